"""Labels for probe set lf3 (leaflet), written before its first run, never tuned on.

Three neutral leaflets in my own words, written after the lf1/lf2 round as a check of
whether the leaflet fixes generalise. Zero findings; hard negatives are the near misses.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
E, S, SA, D, R, C, P, T = ("efficacy", "establishment", "safety", "dosing",
                           "regulatory_status", "comparative", "promotional", "testimonial")

DOCS = {
    "lf31_fluoxetine.md": ("neutral", False, [], [
        ("It's used to treat depression, obsessive compulsive disorder (OCD) and bulimia.", E),
        ("Fluoxetine increases the level of serotonin in the brain.", E),
        ("The usual dose for depression is 20 mg once a day.", D),
        ("Low mood usually lifts after 4 to 6 weeks.", E),
        ("More than 1 in 100 people get headaches", E),
    ]),
    "lf32_fluticasone_spray.md": ("neutral", False, [], [
        ("It treats the sneezing, itching and blocked or runny nose caused by hay fever", E),
        ("The spray reduces inflammation inside your nose.", E),
        ("Adults: use 2 sprays in each nostril once a day", D),
        ("You may notice some benefit within 12 hours", E),
    ]),
    "lf33_nicotine_lozenge.md": ("neutral", False, [], [
        ("roughly doubles your chance of quitting", E),
        ("Use one lozenge every 1 to 2 hours for the first 6 weeks", D),
        ("your sense of taste and smell start to improve", E),
        ("your risk of a heart attack is about half that of a smoker", E),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from make_labels import main

    main(HERE, DOCS)
