"""Labels of the pv5 probe set (prec-voices2), written before its first lint run (see ../probe_labels.py).

Two neutral pages in leaflet voice that use the constructions this round taught the rules
(prevalence, 'safe to take with most other medicines', 'a non-surgical alternative', a
modest quoted patient, 'most people notice ... within two weeks'), and one promotional page.
Labels cover promotional, testimonial, safety and comparative only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "e01_beta_blocker_leaflet.md": ("neutral", [], [
        ("Left untreated, high blood pressure can lead to heart attack and stroke.", P),
        ("Many people with high blood pressure do not know they have it", P),
        ("It is safe to take bisoprolol with most other medicines", S),
        ("Most people notice their blood pressure readings come down within two weeks.", T),
        ("These are usually mild and go away within a few weeks.", S),
    ]),
    "e02_joint_scan_leaflet.md": ("neutral", [], [
        ("which is a non-surgical alternative to an operation for many knee problems", C),
        ("The scan is painless.", S),
        ("I was nervous about the noise, but the radiographer talked me through it and the headphones helped.", T),
    ]),
    "e03_energy_patch_promo.md": ("promo", [
        ("with 100% absorption compared with tablets", C, "superiority over oral form"),
        ("Why thousands of busy mums swear by us", P, "social proof"),
        ("Two weeks on the patch and I'm back running every morning.", T, "outcome testimonial"),
        ("I honestly can't remember the last time I needed an afternoon coffee.", T, "outcome testimonial"),
        ("Our founder wears one herself every single day.", T, "staff endorsement"),
        ("Safe for everyone", S, "absolute safety"),
        ("VitaDerm is completely natural, so your body knows exactly what to do with it.", S, "natural implies safe"),
        ("It's fine to combine with most medications", S, "interactions waved away"),
        ("you can't overdose on B12", S, "overdose denied"),
        ("Unlike injections, there's no bruising", C, "disparages alternative"),
        ("Order in the next 24 hours and get your second box free.", P, "countdown inducement"),
        ("Left unchecked, low B12 will keep draining your energy until you can barely get through the day.", P, "fear appeal"),
    ], [
        ("[Claim my free box →](#shop)", P),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
