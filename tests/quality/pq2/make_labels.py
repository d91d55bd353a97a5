"""Labels for probe set pq2 (prec-claims3), written before its first run.

Five pages in my own words, in verticals no earlier set covers: a bariatric
surgery centre (HTML), an acupuncture clinic, an over-the-counter hearing-aid
brand, a probiotic sold for IBS and a neutral blood-pressure tablet leaflet.
Labelled the way the blind writers of sets f-o label: efficacy, establishment,
dosing, regulatory_status and the page-level risk verdict fully (dosing only
where use is open-ended, escalated on request or pushed beyond directions;
plain directions, aftercare and a procedure's description are not findings),
other categories where obvious. Hard negatives name near misses.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
E, S, SA, D, R, C, P, T = ("efficacy", "establishment", "safety", "dosing",
                           "regulatory_status", "comparative", "promotional", "testimonial")
DOCS = {
    "r1_bariatric_centre.html": ("promo", True, [
        ("Patients typically lose 70% of their excess weight within the first year", E, "typical result"),
        ("Type 2 diabetes goes into remission for almost everyone we operate on", E, "near-universal remission"),
        ("most patients leave their blood pressure pills behind for good", E, "drug-free promise"),
        ("permanently resets your metabolism, so the weight stays off without dieting", E, "permanent outcome"),
        ("Research leaves no doubt", S, "uncited certainty"),
        ("the only weight loss method that works long term", C, "only method that works"),
        ("FDA-approved, which means it is proven to work for anyone with a BMI over 30", R, "approval stretched beyond the label"),
    ], [
        ("our surgeons have performed more than 6,000 gastric sleeve and bypass operations since 2009", "experience volume"),
        ("lived about three years longer on average than similar people who did not", "cited cohort result"),
        ("You will take a chewable multivitamin every day for life", "aftercare direction"),
    ]),
    "r2_acupuncture.md": ("promo", False, [
        ("clears the blockages behind migraines, infertility, anxiety and arthritis", E, "disease treatment claim"),
        ("It also strengthens your immune system so you fall ill less often", E, "immune claim"),
        ("Our fertility programme doubles your chances of conceiving with IVF", E, "quantified outcome, no source"),
        ("Thousands of years of practice prove that acupuncture works", S, "tradition as proof"),
        ("many say their pain eases after the very first session", E, "onset promise via hearsay"),
        ("come twice a week until your symptoms are gone, then keep going monthly for maintenance", D, "open-ended course"),
        ("Acupuncture is extremely safe.", SA, "absolute safety"),
        ("first session $60 (usually $95)", P, "was-price"),
    ], [
        ("acupuncture may reduce how often people get tension-type headaches", "hedged, cited review"),
        ("Fine, single-use needles are placed at 10 to 20 points and left in for around 30 minutes", "procedure description"),
        ("licensed acupuncturist (L.Ac.)", "licensure"),
    ]),
    "r3_hearing_aids.md": ("promo", False, [
        ("FDA-approved hearing aids for a fraction of the price", R, "approval claimed for a cleared/registered device"),
        ("Restores your hearing to normal in minutes", E, "outcome and onset promise"),
        ("Stops tinnitus ringing for good", E, "permanent cure claim"),
        ("Clinically proven", S, "proof without citation"),
        ("slow memory loss and protect you from dementia", E, "disease prevention claim"),
        ("Audiologists confirm", S, "unnamed expert endorsement"),
        ("better than any device on the market", C, "superiority over all"),
        ("My ringing is gone too!", T, "outcome testimonial"),
    ], [
        ("over-the-counter hearing aid for adults 18 and over with perceived mild to moderate hearing loss", "labelled indication"),
        ("Wear them a few hours a day at first and build up over a week or two", "acclimatisation direction"),
        ("Rechargeable: 30 hours per charge", "battery spec"),
    ]),
    "r4_ibs_probiotic.md": ("promo", False, [
        ("The probiotic gastroenterologists recommend most.", S, "unnamed expert endorsement"),
        ("Ends IBS cramps, bloating and urgency", E, "disease treatment claim"),
        ("Heals a leaky gut and rebalances your microbiome", E, "healing claim"),
        ("Relief you can feel in as little as 48 hours", E, "onset promise"),
        ("Scientists have shown that IBS starts in the gut microbiome", S, "uncited science"),
        ("CalmGut fixes it at the root", E, "root-cause cure"),
        ("take three or four capsules at once", D, "dose beyond directions"),
        ("you cannot overdose on good bacteria", SA, "no overdose possible"),
        ("Keep taking CalmGut every day, because IBS comes back as soon as you stop.", D, "indefinite use"),
        ("Subscribe and save 20%.", P, "discount"),
    ], [
        ("more of those taking the strain reported an improvement in overall symptoms", "cited trial"),
        ("Take one capsule a day with water.", "plain direction"),
        ("CalmGut is a dietary supplement.", "status statement"),
    ]),
    "r5_amlodipine_leaflet.md": ("neutral", False, [], [
        ("It is used to treat high blood pressure (hypertension)", "indication"),
        ("This lowers your blood pressure", "mechanism"),
        ("The usual starting dose is 5 mg once a day.", "labelled dose"),
        ("Your doctor may increase this to 10 mg once a day", "prescriber titration"),
        ("Keep taking amlodipine even if you feel well", "adherence advice"),
        ("These often improve after the first few weeks.", "side-effect course"),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from make_labels import main

    main(HERE, DOCS)
