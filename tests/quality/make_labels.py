"""Write labels.jsonl for the held-out set from the table below, checking every quote.

The labels were written before any rule was tuned on these pages. Each quote must
occur exactly once in its document (score.py finds it with str.find).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
E, S, SA, D, R, C, P, T = ("efficacy", "establishment", "safety", "dosing",
                           "regulatory_status", "comparative", "promotional", "testimonial")

DOCS = {
    "h01_iv_drip.md": ("promo", True, [
        ("Feel Amazing in 45 Minutes", E, "outcome and onset promise as a heading"),
        ("Our Immunity Blast drip boosts your immune system", E, "immune-boosting claim"),
        ("protects you against colds and flu all winter long", E, "disease prevention claim"),
        ("Each bag contains 2,500 mg of vitamin C, 30 mg of zinc", D, "IV doses with no individualisation or supervision"),
        ("Our Hangover Rescue drip cures hangovers in under an hour", E, "cure claim with onset"),
        ("Headache, nausea and fatigue disappear before you leave the chair", E, "outcome promise"),
        ("Unlike oral supplements, which your gut barely absorbs", C, "superiority over oral route"),
        ("Doctors recommend IV therapy for anyone who wants to perform at their best", S, "unnamed expert consensus"),
        ("IV vitamins are completely safe with no side effects", SA, "absolute safety"),
        ("Treatment from the comfort of your own home", P, "home convenience, no monitoring described"),
        ("Limited spots this weekend, so book now!", P, "scarcity and urgency"),
        ("I haven't had a single cold since I started monthly drips.", T, "star-rated outcome testimonial"),
    ], []),
    "h02_stem_cells.html": ("promo", False, [
        ("Avoid Knee Replacement Surgery with Stem Cell Therapy", C, "presented as replacing surgery"),
        ("Our stem cell injections regenerate damaged cartilage and heal joints naturally", E, "regeneration claim"),
        ("they differentiate into new cartilage and repair torn ligaments", E, "repair claim stated as fact"),
        ("FDA-compliant laboratory", R, "borrowed FDA status"),
        ("clinically proven to restore mobility", S, "proof claim without citation"),
        ("Conditions we treat", E, "claim heading over a disease list (incl. MS)"),
        ("Stem cell therapy is a safer alternative to joint replacement", C, "safer than named treatment"),
        ("Patients report up to 90% improvement", T, "patient reports as evidence"),
        ("up to 90% improvement in pain and mobility after a single treatment", E, "quantified outcome, no source"),
        ("After one injection I was hiking again within a month. It gave me my life back.", T, "outcome testimonial"),
        ("the risk of rejection is minimal", SA, "risk minimised"),
        ("but this is mild and temporary", SA, "side effect minimised"),
    ], [("Stem cells are harvested from your own bone marrow", E)]),
    "h03_semaglutide.md": ("promo", False, [
        ("Lose up to 20% of your body weight", E, "outcome promise"),
        ("the same active ingredient as Wegovy and Ozempic", R, "compounded product equated with approved brands"),
        ("No doctor visit needed.", P, "implies supervision unnecessary"),
        ("Your medication is shipped to your door in 48 hours.", P, "convenience, no follow-up described"),
        ("watch the pounds melt away", E, "outcome promise"),
        ("Our semaglutide is FDA-approved and made in an FDA-registered pharmacy", R, "compounded drug called FDA-approved"),
        ("you get the same results as the brand-name pens", C, "parity with approved product, no evidence"),
        ("Start at 0.25 mg once weekly for four weeks", D, "titration schedule with no prescriber role"),
        ("Results that last", E, "durability claim heading"),
        ("Semaglutide has been shown to reduce appetite and melt belly fat", S, "evidence claim without a source"),
        ("Our members lose an average of 35 pounds, and they keep it off for good", E, "quantified and permanent outcome"),
        ("but it is temporary and easy to manage", SA, "side effect minimised"),
        ("Prices go up Friday!", P, "urgency"),
    ], []),
    "h04_cbd.md": ("promo", True, [
        ("Nature's answer to anxiety and sleepless nights.", E, "implied treatment of anxiety and insomnia"),
        ("Our full-spectrum CBD oil treats anxiety, relieves chronic pain and cures insomnia", E, "disease treatment and cure claims"),
        ("without the side effects of prescription drugs", SA, "denies side effects"),
        ("It is 100% natural, non-addictive", SA, "natural-and-safe, non-addictive"),
        ("Research shows that CBD reduces inflammation", S, "uncited establishment claim"),
        ("Unlike sleeping pills, CBD won't leave you groggy.", C, "contrast with a drug class"),
        ("Place 1 mL (33 mg CBD) under your tongue twice daily.", D, "self-directed regimen"),
        ("For stronger relief, double the dose.", D, "self-titration"),
        ("My anxiety is completely gone. I stopped my medication after two weeks.", T, "outcome testimonial"),
        ("I sleep through the night for the first time in years.", T, "outcome testimonial"),
        ("Order now and get 30% off your first bottle!", P, "urgency and discount"),
    ], []),
    "h05_tms.html": ("promo", False, [
        ("FDA-cleared, drug-free treatment for depression, PTSD, anxiety and chronic pain", R, "clearance stretched to uncleared indications"),
        ("TMS works when antidepressants have failed.", E, "refractory efficacy stated as fact"),
        ("Over 80% of our patients respond, and many achieve full remission.", E, "quantified outcome, no source"),
        ("Unlike antidepressants, TMS has no weight gain", C, "contrast with a drug class"),
        ("but they are extremely rare", SA, "risk minimised"),
        ("Start feeling like yourself again.", P, "emotive outcome appeal"),
    ], [("The most common side effect is a headache or scalp discomfort", SA)]),
    "h06_hormones.md": ("promo", True, [
        ("Turn back the clock", P, "anti-ageing hype"),
        ("bioidentical hormones reverse the signs of aging, restore your libido and melt away stubborn weight", E, "outcome claims"),
        ("they are natural and safe", SA, "natural therefore safe"),
        ("with none of the risks of synthetic hormones", C, "safer than named alternative"),
        ("BHRT prevents osteoporosis, heart disease and Alzheimer's", E, "disease prevention claim"),
        ("I feel twenty years younger. My hot flashes vanished within a week.", T, "outcome testimonial"),
        ("Don't let menopause steal another year of your life.", P, "fear appeal"),
    ], []),
    "h07_peptides.md": ("promo", True, [
        ("Discover the healing power of peptides.", P, "hype"),
        ("BPC-157 heals torn tendons, ligaments and leaky gut", E, "healing claim"),
        ("It is a breakthrough in regenerative medicine", P, "hype"),
        ("elite athletes have used for years", T, "endorsement by use"),
        ("Studies show BPC-157 accelerates tissue repair", S, "uncited establishment claim"),
        ("TB-500 has been proven to regrow damaged muscle fibres.", S, "uncited proof claim"),
        ("Inject 250 mcg subcutaneously twice daily", D, "self-injection regimen"),
        ("Stack with TB-500 at 2 mg twice weekly for faster results.", D, "self-directed stacking regimen"),
        ("Peptides are completely safe because they are made of amino acids", SA, "absolute safety"),
        ("Order before midnight for free shipping.", P, "urgency"),
    ], []),
    "h08_chiropractic.md": ("promo", True, [
        ("Our gentle adjustments correct the root cause of illness", E, "root-cause cure claim"),
        ("Chiropractic care treats ear infections, asthma, colic and ADHD in children", E, "disease treatment claims"),
        ("Adjustments are so gentle and safe that we treat newborns", SA, "absolute safety"),
        ("Instead of masking the pain with pills, fix the cause.", C, "disparages medicines"),
        ("Our patients throw away their painkillers for good.", P, "discourages medical care"),
        ("Don't let your child suffer another sleepless night.", P, "fear appeal"),
    ], []),
    "h09_joint_supplement.html": ("promo", True, [
        ("Clinically proven to reduce joint pain", S, "proof claim without citation"),
        ("reduce joint pain by 60% in just 7 days", E, "quantified rapid outcome"),
        ("rebuilds worn-out cartilage and ends arthritis pain for good", E, "regeneration and permanent relief"),
        ("Better than ibuprofen</h2>", C, "superiority heading"),
        ("FlexiJoint works better than ibuprofen", C, "superiority over named drug"),
        ("I threw away my arthritis meds. I can garden again!", T, "outcome testimonial that discourages care"),
        ("Hurry, only 50 bottles left at this price!", P, "scarcity"),
    ], []),
    "h10_ketamine_depression.md": ("promo", False, [
        ("Our infusions cure depression", E, "cure claim"),
        ("where years of therapy and pills have failed", E, "refractory efficacy claim"),
        ("## Fast relief", E, "rapid-relief heading"),
        ("Many patients feel better after just one infusion, often within hours.", E, "onset claim"),
        ("Ketamine rewires the brain and rebuilds the connections", E, "disease-modification claim"),
        ("A proven treatment", S, "proof heading"),
        ("Ketamine is FDA-approved and has been used", R, "anaesthetic approval in a depression pitch"),
        ("has been used safely for over 50 years", SA, "borrowed safety record"),
        ("so ketamine is now an established depression treatment", R, "esketamine approval transferred"),
        ("A series of six infusions over two to three weeks at 0.5 mg/kg", D, "regimen without individualisation"),
        ("Ketamine is non-addictive at therapeutic doses.", SA, "denies addiction risk"),
        ("but it is short-lived and harmless", SA, "minimises dissociation"),
        ("Take back your life.", P, "emotive appeal"),
    ], []),
    "n01_semaglutide_leaflet.md": ("neutral", False, [], [
        ("Wegovy is approved by the FDA for chronic weight management in adults", R),
        ("It is not a cure for obesity", E),
        ("usually 0.25 mg once a week", D),
        ("adults taking semaglutide lost about 15% of their body weight on average", E),
        ("Is semaglutide safe?", SA),
        ("There is no guarantee of results", E),
        ("Compounded versions of semaglutide are not FDA-approved", R),
    ]),
    "n02_cbd_faq.html": ("neutral", False, [], [
        ("is FDA-approved to treat seizures associated with three rare forms of epilepsy", R),
        ("Claims that CBD cures cancer or other serious diseases are not supported by evidence", E),
        ("Is CBD safe?", SA),
        ("Unlike THC, it does not cause a", C),
        ("There is no established safe dose of over-the-counter CBD", D),
    ]),
    "n03_ketamine_hospital_leaflet.md": ("neutral", False, [], [
        ("its use for chronic pain is off-label", R),
        ("It is not a cure", E),
        ("typically 0.5 mg/kg over 40 minutes", D),
        ("These usually settle within a few hours of stopping the drip.", SA),
        ("Is ketamine safe for everyone?", SA),
        ("Some people with complex regional pain syndrome (CRPS) get a reduction in pain", E),
    ]),
    "n04_tms_faq.md": ("neutral", False, [], [
        ("cleared by the FDA for major depressive disorder", R),
        ("TMS may help some adults with depression", E),
        ("Seizures are rare but serious", SA),
        ("Is TMS better than medication?", C),
        ("Do not stop taking any medicine without talking to your doctor.", P),
        ("A typical course is five sessions a week for four to six weeks.", D),
    ]),
    "n05_vitamin_d_leaflet.md": ("neutral", False, [], [
        ("10 micrograms (400 IU) of vitamin D", D),
        ("Adults should not take more than 100 micrograms (4,000 IU) a day", D),
        ("not enough evidence to support taking vitamin D solely to prevent or treat COVID-19", E),
        ("this does not show that supplements relieve these symptoms", E),
    ]),
}


def main(here: Path = HERE, docs: dict = DOCS) -> None:
    lines = []
    for doc, (kind, missing, findings, negatives) in docs.items():
        text = (here / "docs" / doc).read_text(encoding="utf-8")
        for quote, *_ in findings + negatives:
            n = text.count(quote)
            assert n == 1, f"{doc}: {quote!r} occurs {n} times"
        entry = {
            "doc": doc, "kind": kind, "doc_level": {"missing_risk_disclosure": missing},
            "findings": [{"quote": q, "category": c, "note": n} for q, c, n in findings],
            "hard_negatives": [
                {"quote": q, "looks_like": c, "start": text.find(q), "end": text.find(q) + len(q)}
                for q, c in negatives
            ],
        }
        lines.append(json.dumps(entry, ensure_ascii=False))
    (here / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
