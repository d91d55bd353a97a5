"""Labels for held-out set D: written after sets A-C were tuned on, before it was ever linted.

First run (the honest unseen estimate): P 0.789 R 0.50, risk verdicts 8/8, 2.11 neutral
findings per 1000 words; then used for one round of generic lexicon fixes.
Run from anywhere: python tests/quality/d/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "d01_tirzepatide.html": ("promo", True, [
        ("the most powerful weight-loss medication ever made", C, "superiority claim"),
        ("Our patients drop two dress sizes in the first month.", E, "outcome promise"),
        ("Tirzepatide resets your metabolism and shuts off food noise for good.", E, "reset and permanence claims"),
        ("Same active ingredient as Mounjaro and Zepbound", R, "compounded product equated with approved brands"),
        ("Vials shipped overnight to your door", P, "home delivery, no follow-up described"),
        ("made in a state-of-the-art FDA-registered 503A pharmacy", R, "registration implying approval"),
        ("Begin with 2.5 mg weekly. Most patients move up to 5 mg in week 5 and 7.5 mg in week 9.", D, "titration without prescriber role"),
        ("Price locked for the first 100 patients only.", P, "scarcity"),
    ], []),
    "d02_prp.md": ("promo", True, [
        ("repair damaged joints, tendons and hair follicles", E, "repair claim"),
        ("it is 100% safe and there is no chance of an allergic reaction", SA, "absolute safety"),
        ("PRP stimulates new hair growth in 9 out of 10 patients", E, "outcome rate without source"),
        ("knee patients often avoid surgery altogether", C, "presented as replacing surgery"),
        ("My knee pain is gone and I'm back on the tennis court.", T, "outcome testimonial"),
        ("Results last up to two years.", E, "durability claim"),
        ("Ask about our spring special: 20% off a three-session package.", P, "discount inducement"),
    ], []),
    "d03_chelation.md": ("promo", True, [
        ("Detox Your Body from the Inside Out", E, "detox claim heading"),
        ("pull toxic metals out of your body and unclog your arteries naturally", E, "disease treatment claim"),
        ("a safe alternative to bypass surgery and stents", C, "safer than named treatments"),
        ("Doctors who practise integrative medicine have used chelation for over 60 years", S, "appeal to practitioners and tradition"),
        ("thousands of patients have reversed their heart disease", T, "anecdotal outcome claim"),
        ("Chelation is gentle, painless and free of side effects.", SA, "denies side effects"),
    ], []),
    "d04_exosomes.md": ("promo", False, [
        ("Exosomes are the next generation of regenerative medicine.", P, "hype"),
    ], [
        ("Exosome therapy is not FDA-approved", R),
        ("Possible side effects include redness, swelling and bruising", SA),
        ("rarely, infection or allergic reaction", SA),
    ]),
    "d05_psychedelic_retreat.md": ("promo", True, [
        ("Heal trauma, depression and addiction in a single weekend.", E, "disease treatment with onset"),
        ("Psilocybin rewires your brain, dissolving years of negative thought patterns", E, "rewiring claim"),
        ("Participants describe it as worth ten years of therapy.", T, "participant reports as evidence"),
        ("Psilocybin is non-toxic and non-addictive", SA, "denies toxicity and addiction"),
        ("safer than alcohol or cannabis", C, "comparative safety"),
        ("so you can heal without risk", SA, "denies risk"),
        ("Only 8 seats per retreat.", P, "scarcity"),
        ("Reserve yours now before this season sells out.", P, "urgency"),
    ], []),
    "d_n1_adhd_leaflet.md": ("neutral", False, [], [
        ("used to treat attention deficit hyperactivity disorder (ADHD)", E),
        ("It does not cure ADHD", E),
        ("Your child's specialist will start with a low dose", D),
        ("Is methylphenidate safe?", SA),
        ("Many children with ADHD find it easier to concentrate", E),
    ]),
    "d_n2_chelation_faq.md": ("neutral", False, [], [
        ("It is an approved treatment for heavy metal poisoning", R),
        ("claim it reverses heart disease", E),
        ("Is chelation therapy safe?", SA),
    ]),
    "d_n3_botox_migraine.md": ("neutral", False, [], [
        ("is licensed to prevent headaches in adults with chronic migraine", E),
        ("A neurologist gives 31 small injections around the head and neck every 12 weeks.", D),
        ("people had on average about two fewer headache days a month", E),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
