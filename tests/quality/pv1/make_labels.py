"""Labels of the pv1 probe set, written before its first lint run (see ../probe_labels.py).

Labels cover promotional, testimonial, safety and comparative only, in the blind sets'
style: the claim is labelled, not the section title over it.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "a01_knee_gel_clinic.md": ("promo", [
        ("Stiff, grinding knees don't have to be your future.", P, "hope appeal"),
        ("Unlike cortisone, gel injections never weaken cartilage, and one course lasts far longer than a steroid shot.", C, "superiority over steroid injection"),
        ("Gel is the safest injection you can have for arthritis.", C, "superlative safety comparison"),
        ("Three injections later I spent a whole Saturday on my knees planting bulbs", T, "outcome testimonial"),
        ("Book before 30 April and your second injection is half price.", P, "deadline discount"),
        ("Places on our Saturday list go quickly.", P, "scarcity"),
        ("Trusted by more than 6,000 local patients.", P, "social proof"),
    ], [
        ("Fill in a 10-minute health form before you arrive.", P),
        ("Steroid injections are still useful for a sudden flare", C),
        ("## Patient stories", T),
        ("better than I did at fifty", C),
        ("The staff were kind and explained every step, and parking was easy.", T),
        ("It is not safe if you have an infection in or around the joint.", S),
    ]),
    "a02_acne_telederm.html": ("promo", [
        ("Clear skin, without the dermatology waiting list", P, "discourages specialist route"),
        ("delivered to your door", P, "home delivery of prescription medicine"),
        ("Eight weeks on ClearPath and my skin is the clearest it has been since I was fourteen.", T, "outcome testimonial"),
        ("My confidence is back. I finally take photos again.", T, "outcome testimonial"),
        ("Rated 4.8 out of 5 by over 3,000 customers.", T, "ratings as endorsement"),
        ("Our creams are gentle enough for the most sensitive skin and have no side effects worth worrying about.", S, "no side effects"),
        ("Tretinoin works faster than any over-the-counter wash and is twice as effective as benzoyl peroxide.", C, "superiority claim"),
        ("Risk-free for 30 days", P, "guarantee inducement heading"),
        ("Use code GLOW15 for 15% off your first order.", P, "discount code"),
    ], [
        ("Start your visit", P),
        ("Answer a short set of questions about your skin and upload three photos.", P),
        ("Real people, real skin", T),
    ]),
    "a03_eczema_leaflet.md": ("neutral", [], [
        ("Ointments are greasier than creams", C),
        ("Emollients are safe to use as often as you need.", S),
        ("they are safe for most people", S),
        ("Prescriptions are free in Wales and Scotland.", P),
        ("save money with a prescription prepayment certificate", P),
    ]),
    "a04_hearing_aids.md": ("promo", [
        ("You are not alone, and you don't have to put up with it.", P, "hope appeal"),
        ("clarify speech better than any hearing aid on the market", C, "superiority over all competitors"),
        ("They are 100% safe for all ages", S, "absolute safety"),
        ("need no fitting appointment: just pop them in", P, "fitting appointment unnecessary"),
        ("Left unchecked, hearing loss speeds up memory decline, so every month you wait matters.", P, "fear appeal"),
        ("I can hear my granddaughter on the phone for the first time in years.", T, "outcome testimonial"),
        ("Over 90% of customers tell us they hear conversations better within a week.", T, "customers report outcome"),
        ("Try Nest One for 45 days with our money-back guarantee.", P, "guarantee inducement"),
        ("This week only: a free second charging case with every pair.", P, "deadline gift"),
        ("Stock is running low.", P, "scarcity"),
    ], [
        ("## What our customers say", T),
        ("Delivery was quick and the app is easy.", T),
    ]),
    "a05_sleep_clinic_balanced.md": ("promo", [], [
        ("I usually also ask people to bring their partner", T),
        ("CPAP works better than a mouth guard for moderate and severe apnoea in trials", C),
        ("about half of patients who finish the course report sleeping noticeably better", T),
        ("I was nervous about the overnight test", T),
        ("It is posted back to us in a prepaid envelope.", P),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
