"""Labels of the pv4 probe set, written before its first lint run (see ../probe_labels.py).

Written after the last rule change of this work and never tuned on: its first run is the
honest estimate. Labels cover promotional, testimonial, safety and comparative only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "d01_menopause_gummies.md": ("promo", [
        ("Black cohosh and sage cool night sweats without the blood-clot worries that come with HRT.", C, "safer than HRT"),
        ("Bloomwell is kinder to your body than hormone patches and far easier to take.", C, "superiority over patches"),
        ("Because it's plant-based, it's safe to take for as long as you like.", S, "natural implies safe"),
        ("Within three weeks the night sweats stopped and my husband says he has his wife back.", T, "outcome testimonial"),
        ("Join 35,000 women who have already found their balance.", P, "social proof"),
        ("Save 40% on a three-month supply.", P, "discount"),
        ("Only 200 tins left at this price.", P, "scarcity"),
    ], [
        ("## Real stories", T),
        ("Lovely packaging and fast delivery.", T),
    ]),
    "d02_back_pain_clinic.html": ("promo", [
        ("There is another way.", P, "hope appeal"),
        ("Surgery should be your last resort, not your first.", P, "discourages surgical care"),
        ("Decompression is completely painless and has no downtime", S, "minimises"),
        ("Unlike chiropractors who crack your back, we never twist or force the spine.", C, "disparages alternative"),
        ("Our results are better than physiotherapy for disc problems.", C, "superiority claim"),
        ("Twenty sessions and I'm back on the golf course pain-free.", T, "outcome testimonial"),
        ("Book this month and your first two sessions are free.", P, "deadline inducement"),
    ], [
        ("A clinician takes your history, examines your back and reviews any scans.", P),
    ]),
    "d03_asthma_inhaler_leaflet.md": ("neutral", [], [
        ("Using a spacer is better than using the inhaler on its own for most people", C),
        ("Inhaled steroids are safe for long-term use at the doses used for asthma.", S),
        ("Your review is free on the NHS.", P),
    ]),
    "d04_laser_eye_balanced.md": ("promo", [], [
        ("LASIK recovery is quicker than with PRK", C),
        ("94 of 100 patients could see well enough to drive without glasses after one year", T),
        ("The surgeon was honest that my night vision might change, and it did a little.", T),
        ("Assessment £150, deducted from the price if you go ahead.", P),
    ]),
    "d05_collagen_powder.md": ("promo", [
        ("GlowCore is the cleanest collagen on the market and absorbs better than any capsule.", C, "superiority claims"),
        ("Dermatologists are calling it the skincare secret of the decade.", P, "hype with unnamed authority"),
        ("My nails finally grow and my skin looks ten years younger.", T, "outcome review"),
        ("there is nothing in GlowCore your body will react to", S, "denies allergy risk"),
        ("Free shaker with every order.", P, "gift inducement"),
        ("Subscribe today and your first tub is half price.", P, "discount"),
    ], [
        ("Arrived quickly, mixes well in coffee.", T),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
