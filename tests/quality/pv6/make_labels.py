"""Labels of the pv6 probe set (prec-voices2), written before its first lint run and never tuned on
(see ../probe_labels.py). Labels cover promotional, testimonial, safety and comparative only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "f01_knee_gel_shop.md": ("promo", [
        ("FlexiJoint is the cooling gel thousands of walkers already rely on.", P, "social proof"),
        ("Unlike pills, it goes straight where it hurts", C, "contrast with oral pain relief"),
        ("with none of the stomach trouble of ibuprofen tablets", C, "safer than a named drug"),
        ("FlexiJoint is gentle enough for daily use and completely safe for everyone over 12.", S, "absolute safety"),
        ("Three weeks in and I walked the whole coast path without stopping.", T, "outcome testimonial"),
        ("Customers tell us they no longer reach for painkillers before a walk.", T, "reported outcome"),
        ("Buy two tubes and get a third free.", P, "multi-buy inducement"),
        ("This weekend only.", P, "deadline"),
    ], [
        ("Fast delivery and the tube lasts ages.", T),
        ("Prices: one tube £14.99; three tubes £29.98.", P),
    ]),
    "f02_vein_clinic.html": ("promo", [
        ("Beautiful legs without surgery", C, "avoids surgery"),
        ("most clients are back at their desk the same afternoon", S, "no downtime minimiser"),
        ("Our method is the smarter choice than vein stripping for almost every patient.", C, "superiority"),
        ("Side effects are minimal and disappear on their own.", S, "side effects waved away"),
        ("There is nothing to worry about.", S, "risk dismissed"),
        ("Left untreated, varicose veins will only get worse", P, "fear appeal"),
        ("My legs haven't looked this good since my twenties.", T, "outcome testimonial"),
        ("Voted the best vein clinic in the county three years running.", P, "award"),
        ("Only 6 appointments left in May.", P, "scarcity"),
    ], [
        ("Book your free assessment", P),
    ]),
    "f03_ibuprofen_leaflet.md": ("neutral", [], [
        ("paracetamol is gentler on the stomach than ibuprofen", C),
        ("Most people take ibuprofen without problems.", S),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
