"""Probe set cl3 (claims helper): written after round 3 and labelled before its first run.
Only efficacy and establishment are labelled; other categories' rows are not meaningful here.

Run from anywhere: python tests/quality/cl3/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import E, S, main  # noqa: E402

DOCS = {
    "s01_ozone_blog.md": ("promo", False, [
        ("ozone sessions could finally turn the tide on chronic fatigue syndrome", E, "hedged disease claim"),
        ("Detoxes heavy metals through the skin", E, "detox bullet"),
        ("Supercharges circulation", E, "body effect bullet"),
        ("Clears brain fog after a single session", E, "onset bullet"),
        ("According to recent studies, ozone improves oxygen delivery to every organ", S, "uncited studies"),
    ], [("Ozone is not a treatment for any disease", E)]),
    "s02_hormone.html": ("promo", False, [
        ("Bioidentical pellets can help you beat the mood swings, night sweats and brain fog of menopause", E, "hedged condition claim"),
        ("Restores libido and muscle tone in men over 40", E, "body effect"),
        ("The science speaks for itself", S, "science appeal"),
    ], [("How long does a pellet last?", E)]),
    "s03_cryo.md": ("promo", False, [
        ("shuts down inflammation and sends arthritis pain packing", E, "arthritis claim"),
        ("Athletes recover twice as fast, and you will too", E, "magnitude promise"),
        ("Research-backed recovery for weekend warriors", S, "research-backed"),
    ], []),
    "s04_ketamine_dep.md": ("promo", False, [
        ("ketamine lifts treatment-resistant depression", E, "depression claim"),
        ("Ketamine may relieve suicidal thoughts within hours", E, "hedged disease claim with onset"),
        ("rooted in two decades of published research", S, "research appeal"),
    ], [("Ketamine is not FDA-approved for depression", E)]),
    "s05_iv_immune.md": ("promo", False, [
        ("has a long track record of easing asthma attacks and migraines", E, "disease claim"),
        ("Feel the difference before you leave the chair", E, "onset promise"),
        ("Vitamin C in high doses supercharges your defences against infection", E, "prevention"),
    ], [("Studies suggest magnesium may reduce migraine frequency", S)]),
    "s06_acupuncture.md": ("promo", False, [
        ("Acupuncture boosts your chances of conceiving by restoring hormonal balance", E, "fertility claim"),
        ("Couples struggling with infertility often fall pregnant within three cycles", E, "outcome with onset"),
        ("Endorsed by leading fertility doctors", S, "expert endorsement"),
    ], [("evidence for IVF outcomes is mixed", S)]),
    "t01_blood_pressure.md": ("neutral", False, [], [("medicines can bring it down", E)]),
    "t02_back_pain.md": ("neutral", False, [], [("Painkillers such as ibuprofen can ease the pain", E)]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
