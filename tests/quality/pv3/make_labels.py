"""Labels of the pv3 probe set, written before its first lint run (see ../probe_labels.py).

Labels cover promotional, testimonial, safety and comparative only, in the blind sets'
style: the claim is labelled, not the section title over it.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "c01_hair_transplant_abroad.md": ("promo", [
        ("Your hairline doesn't have to keep retreating.", P, "hope appeal"),
        ("Our all-inclusive package covers the procedure, four nights in a 5-star hotel and VIP airport transfers.", P, "package perks"),
        ("A transplant here costs a third of what London clinics charge, with the same surgeons' skill.", C, "price and equivalence comparison"),
        ("Our sapphire-blade technique is the most refined method available today", C, "unsupported superlative"),
        ("leaves no visible scarring", S, "denies scarring risk"),
        ("Twelve months later I have a full head of hair and I finally cut it short again.", T, "outcome testimonial"),
        ("Our November calendar is almost booked out.", P, "scarcity"),
        ("Pay your deposit this week and we'll upgrade your hotel for free.", P, "deadline inducement"),
    ], [
        ("The hotel was spotless and the translator was with us the whole time.", T),
        ("Most people feel some tightness and swelling of the forehead for a few days.", S),
    ]),
    "c02_kids_gummies.html": ("promo", [
        ("they are perfectly safe for children from age two, with no side effects", S, "absolute safety in children"),
        ("Far tastier than chalky chewables, and one gummy gives as much vitamin C as four oranges.", C, "superiority over rivals and food"),
        ("This winter she hasn't missed a single day.", T, "child outcome testimonial"),
        ("Join over 20,000 families who trust Little Sprouts.", P, "social proof"),
        ("Buy two jars and get a third free.", P, "inducement"),
        ("Offer ends Sunday at midnight.", P, "deadline"),
    ], [
        ("<h2>Parents love them</h2>", T),
        ("Keep out of reach of children.", S),
    ]),
    "c03_hayfever_leaflet.md": ("neutral", [], [
        ("less likely to make you drowsy than older ones", C),
        ("They are generally safe for adults and children over six", S),
        ("Steroid nasal sprays work better than tablets for a blocked nose", C),
        ("free minor ailments consultation", P),
        ("you do not need an appointment", P),
    ]),
    "c04_weight_jab_pharmacy.md": ("promo", [
        ("Finally, a weight-loss treatment that actually works.", P, "hope/hype"),
        ("your first pen ships within 24 hours", P, "delivery speed"),
        ("A bit of queasiness for the first week or two is about all most of our patients notice.", S, "minimising side effects"),
        ("Our patients lose twice as much weight as people who diet alone.", C, "uncited comparative result"),
        ("Thousands of customers have already transformed their lives with SlimPath.", T, "reported outcomes as endorsement"),
        ("Down three dress sizes and my blood sugar is normal for the first time in a decade.", T, "outcome testimonial"),
        ("Price rises on 1 June, so lock in today's rate now.", P, "price deadline"),
    ], [
        ("Starter dose from £149 a month.", P),
    ]),
    "c05_counselling_balanced.md": ("promo", [], [
        ("I will ask you at the start what you hope to change", T),
        ("counselling combined with medication often works better than either alone", C),
        ("Concessions are available for students and people on low incomes.", P),
        ("It took a few sessions before I felt comfortable, and that was fine.", T),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
