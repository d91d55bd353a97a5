"""Labels of the pv7 probe set (prec-voices3), written before its first lint run and never tuned on
(see ../probe_labels.py). Labels cover promotional, testimonial, safety and comparative only.
Verticals not covered by earlier probes: custom orthotic insoles (shop), a snoring laser clinic
(HTML, with a call-to-action button), a food-intolerance test kit (marketing email) and a shingles
vaccine leaflet (neutral).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "h01_orthotic_insoles.md": ("promo", [
        ("More than 80,000 runners, nurses and warehouse staff already start their day on StrideWell.", P, "social proof"),
        ("Generic gel inserts go flat within weeks and are cut for an average foot that nobody has.", C, "disparages rival products"),
        ("StrideWell outperforms every pharmacy insole we have put on the test bench", C, "superiority"),
        ("unlike cortisone injections there are no needles and nothing that wears off after a month", C, "contrast with a medical treatment"),
        ("StrideWell is 100% safe for every age and every foot type.", S, "absolute safety"),
        ("There is zero risk", S, "risk dismissed"),
        ("Eight weeks in StrideWell and I finished my first 10k.", T, "outcome testimonial"),
        ("These days my feet are the last thing I think about.", T, "outcome testimonial"),
        ("Black Friday: 40% off your first pair, ending Sunday at midnight.", P, "discount with deadline"),
        ("Only 200 scans left at this price.", P, "scarcity"),
        ("Don't wait until the damage is done.", P, "fear appeal / urgency"),
    ], [
        ("The scan was easy and the parcel came in five days.", T),
        ("talk to your doctor or a podiatrist before you use any insole", S),
        ("Returns are free for 60 days.", P),
        ("[Start my scan](/scan)", P),
    ]),
    "h02_snoring_clinic.html": ("promo", [
        ("Why patients choose us over surgery and CPAP", C, "positioned against surgery and CPAP"),
        ("QuietNight is far more comfortable than either and works better than any mouth guard.", C, "superiority"),
        ("Completely.", S, "unqualified 'is it safe?' answer"),
        ("The laser never cuts the skin, there is no anaesthetic and no downtime", S, "no-downtime minimiser"),
        ("After the second session my wife moved back into our bedroom.", T, "outcome testimonial"),
        ("Rated 4.9 out of 5 by more than 2,000 patients.", P, "ratings social proof"),
        ("Winner of the Regional Aesthetics Award 2025.", P, "award"),
        ("let another night of snoring ruin your relationship", P, "fear/emotional appeal"),
        ("Book before 30 June and save &pound;150 on a course of three sessions.", P, "discount with deadline"),
    ], [
        ("The staff were kind and explained everything.", T),
        ("Claim your free consultation", P),
        ("we will ask you to have a sleep study first", S),
    ]),
    "h03_intolerance_kit_email.md": ("promo", [
        ("and 50% off inside", P, "discount in subject line"),
        ("GutKey gives you answers in a week, with no guesswork and no expensive specialist appointments.", C, "against the doctor's route"),
        ("It is the most accurate home intolerance test in the UK.", C, "superlative accuracy"),
        ("The test is painless, totally risk-free and suitable for the whole family, even toddlers.", S, "absolute safety, children"),
        ("Two weeks after cutting out the foods GutKey flagged, the bloating was gone.", T, "outcome testimonial"),
        ("My son's eczema cleared up once we dropped dairy and eggs.", T, "outcome testimonial"),
        ("Over half a million kits sold across Europe.", P, "sales social proof"),
        ("For 48 hours only, use code GUT50 for half price.", P, "deadline discount"),
        ("Stocks are limited, so order today before they run out.", P, "scarcity"),
    ], [
        ("A food intolerance test does not diagnose food allergy.", S),
    ]),
    "h04_shingles_vaccine_leaflet.md": ("neutral", [], [
        ("The newer non-live vaccine works better than the older live vaccine", C),
        ("The vaccine is safe to have at the same time as your flu vaccine.", S),
        ("Most side effects are mild and last 2 to 3 days.", S),
        ("Serious allergic reactions are very rare.", S),
        ("If you still get shingles after being vaccinated, the illness is usually milder.", C),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
