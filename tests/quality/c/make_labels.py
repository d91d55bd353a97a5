"""Labels for held-out set C: written before it was ever linted (first score P 0.778 R 0.519,
7.62 neutral findings per 1000 words), then used for one round of generic fixes.

Run from anywhere: python tests/quality/c/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "c01_immune_protocol.md": ("promo", True, [
        ("doctor-formulated blend of zinc", S, "implied professional endorsement"),
        ("ImmunoShield prevents viral infections, including COVID-19 and the flu", E, "disease prevention claim"),
        ("where it stops viruses from replicating", E, "antiviral effect stated as fact"),
        ("Clinical studies prove that zinc cuts the length of a cold in half.", S, "uncited proof claim"),
        ("Take 2 capsules three times a day at the first sign of illness", D, "self-treatment regimen"),
        ("Everyone in my office got sick except me.", T, "outcome testimonial"),
        ("100% natural and safe for the whole family", SA, "natural and safe, incl. pregnancy"),
    ], []),
    "c02_stem_cell_autism.html": ("promo", True, [
        ("Umbilical cord stem cells reduce inflammation in the brain and reverse the symptoms of autism", E, "disease reversal claim"),
        ("where the therapy is fully approved", R, "foreign approval borrowed"),
        ("Before treatment our son had no words. Six weeks later he was speaking in sentences.", T, "parent testimonial"),
        ("so there is no risk of rejection or infection", SA, "denies risk"),
        ("the most advanced autism treatment available today", C, "superiority claim"),
        ("early treatment gives the best results, and every month counts", P, "urgency and fear"),
    ], [("Is it safe?", SA)]),
    "c03_microdose_glp1.md": ("promo", True, [
        ("The secret weapon of biohackers", P, "hype"),
        ("calms inflammation, protects your heart and brain, and slows aging at the cellular level", E, "outcome claims"),
        ("without the nausea of full doses", SA, "denies side effects"),
        ("the same molecule as Ozempic", R, "compounded product equated with approved brand"),
        ("dosed at just 0.1 mg to 0.25 mg per week for long-term use", D, "off-label regimen without context"),
        ("No labs, no waiting rooms.", P, "implies supervision unnecessary"),
        ("Research shows that GLP-1 drugs lower the risk of heart attack, dementia and even addiction.", S, "uncited establishment claim"),
    ], []),
    "c04_ketamine_pain_clinic.md": ("promo", False, [
        ("most say ketamine gave them their lives back", T, "patient reports as evidence"),
    ], [
        ("Its use for chronic pain is off-label", R),
        ("Ketamine infusions may help some people with complex regional pain syndrome", E),
        ("Your physician will decide on your dose after an evaluation", D),
        ("Common side effects include nausea", SA),
    ]),
    "c05_hyperbaric.md": ("promo", True, [
        ("HBOT is FDA-cleared and heals concussions", R, "clearance stretched to uncleared uses"),
        ("heals concussions, long COVID, autism and Lyme disease", E, "disease treatment claims"),
        ("Just 20 sessions can regrow damaged brain tissue", E, "regeneration claim"),
        ("with zero side effects", SA, "denies side effects"),
        ("Athletes, executives and celebrities use HBOT", T, "celebrity endorsement"),
        ("Only 4 openings left this month.", P, "scarcity"),
    ], []),
    "c_n1_glp1_faq.md": ("neutral", False, [], [
        ("Some brands are FDA-approved for weight management in adults with obesity", R),
        ("people lost on average 15% to 20% of their body weight", E),
        ("Is semaglutide safe?", SA),
        ("Rare but serious problems include pancreatitis", SA),
        ("Your prescriber starts with a low dose", D),
        ("Compounded semaglutide is not FDA-approved", R),
    ]),
    "c_n2_stem_cell_alert.md": ("neutral", False, [], [
        ("claim their treatment cures many unrelated diseases", E),
        ("The only stem cell products approved by the FDA are blood-forming stem cells", R),
        ("use patient testimonials instead of published studies", T),
    ]),
    "c_n3_iron_infusion_leaflet.md": ("neutral", False, [], [
        ("Most people start to feel less tired within 2 to 3 weeks", E),
        ("The dose is worked out from your weight", D),
        ("Rarely, people have a serious allergic reaction", SA),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
