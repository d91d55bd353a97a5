"""Labels of the voi5 probe set, written before its first lint run (see ../probe_labels.py)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T = "promotional", "testimonial"

DOCS = {
    "t01_kids_chiro.md": ("promo", [
        ("Parents are amazed", T, "testimonial heading"),
        ("After four visits our daughter finally stopped screaming through the night. We got our family back.", T, "family outcome quote"),
        ("Dr. Ellie has cared for more than 2,500 little spines and is one of the most sought-after pediatric chiropractors in the state.", P, "volume + status"),
        ("Back-to-school special", P, "inducement heading"),
        ("your child's first exam is on the house", P, "free exam"),
        ("Siblings get 50% off their first visit.", P, "discount"),
        ("Spaces in our Saturday kids' clinic are extremely limited.", P, "scarcity"),
        ("Why keep giving your child antibiotics for every ear infection when there may be a better answer?", P, "rhetorical question discouraging antibiotics"),
    ], []),
    "t02_menopause_online.md": ("promo", [
        ("You are not going mad, and you don't have to just put up with it.", P, "hope/emotive"),
        ("Our menopause specialists can start you on HRT after a 20-minute video call.", P, "assessment as formality"),
        ("Your prescription is sent straight to your door, usually within two working days.", P, "delivery convenience"),
        ("No waiting months for a GP appointment.", P, "discourages usual care"),
        ("Over 40,000 women have already switched to Aurora for their menopause care.", P, "social proof"),
        ("Many say they wish they'd found us years ago.", T, "patients say"),
        ("Within a month the night sweats had gone and I felt like me again.", T, "attributed outcome"),
        ("Your first consultation is free when you join before the end of the month.", P, "free + deadline"),
    ], [("HRT is not suitable for everyone.", P)]),
    "t03_cryo_studio.md": ("promo", [
        ("the recovery secret", P, "secret"),
        ("elite teams have used for years", T, "athlete endorsement"),
        ("Intro offer", P, "inducement heading"),
        ("Your first session is just $19.", P, "intro price"),
        ("From marathon runners to busy parents, our members swear by the post-freeze buzz.", T, "members swear by"),
        ("I've never slept better, and my knees stopped aching after a week.", T, "attributed outcome"),
    ], [("Walk-ins welcome.", P)]),
    "t04_smoking_leaflet.md": ("neutral", [], [
        ("free for anyone who lives or works in the borough", P), ("by phone from home", P), ("free of charge", P),
        ("Some people tell us that the first two weeks are the hardest.", T)]),
    "t05_physio_package_balanced.md": ("promo", [], [
        ("there is no obligation and unused sessions are refunded", P),
        ("improved on average by 18 points", T), ("free parking", P)]),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels

    write_labels(HERE, DOCS)
