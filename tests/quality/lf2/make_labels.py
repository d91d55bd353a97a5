"""Labels for probe set lf2 (leaflet), written before its first run.

Three neutral leaflets in my own words that carry the words leaflets really use and
that read as a provider's voice to a naive rule: a hospital department's "we" and
"contact us", a health site's "read our guide" and "book an appointment with a GP",
"in the US" and a price. Zero findings; the hard negatives are the near misses.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
E, S, SA, D, R, C, P, T = ("efficacy", "establishment", "safety", "dosing",
                           "regulatory_status", "comparative", "promotional", "testimonial")

DOCS = {
    "lf21_propranolol_hospital.md": ("neutral", False, [], [
        ("it is also used to prevent migraine attacks", E),
        ("It is thought to work by calming blood vessels and nerve signals", E),
        ("We usually start with 40 mg twice a day.", D),
        ("After 2 weeks you can increase to 80 mg twice a day", D),
        ("It can take 4 to 6 weeks before you notice fewer headaches", E),
        ("Around 1 in 10 people feel tired or have cold hands and feet.", E),
    ]),
    "lf22_cetirizine_guide.md": ("neutral", False, [], [
        ("It relieves the symptoms of allergies such as hay fever", E),
        ("Cetirizine works by blocking the effects of histamine", E),
        ("The usual dose for adults and children aged 12 and over is 10 mg once a day.", D),
        ("Cetirizine starts to work within an hour, and the effect lasts for about 24 hours.", E),
        ("Book an appointment with a GP", P),
    ]),
    "lf23_montelukast_us.md": ("neutral", False, [], [
        ("It is used to prevent asthma symptoms", E),
        ("Montelukast blocks the action of leukotrienes", E),
        ("one 10 mg tablet once a day in the evening", D),
        ("Improvement usually begins within the first day", E),
        ("Generic montelukast often costs less than $20 a month with a discount card.", P),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from make_labels import main

    main(HERE, DOCS)
