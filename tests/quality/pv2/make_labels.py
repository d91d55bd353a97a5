"""Labels of the pv2 probe set, written before its first lint run (see ../probe_labels.py).

Labels cover promotional, testimonial, safety and comparative only, in the blind sets'
style: the claim is labelled, not the section title over it.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T, S, C = "promotional", "testimonial", "safety", "comparative"

DOCS = {
    "b01_dental_implants.md": ("promo", [
        ("Why put up with a wobbly denture for another year?", C, "rhetorical disparagement of dentures"),
        ("It's the most advanced implant system in the county", C, "unsupported superlative"),
        ("titanium is so biocompatible that your jaw simply accepts it", S, "implant failure/rejection minimised"),
        ("Implants outlast bridges and look more natural than any denture.", C, "superiority over alternatives"),
        ("Dentures slip; implants never do.", C, "disparages alternative"),
        ("Now I can eat steak again and I grin in every photo.", T, "outcome testimonial"),
        ("Ninety-six percent of our implant patients say they would choose us again.", T, "satisfaction share"),
        ("We only open 8 surgical slots a month, and April is nearly full.", P, "scarcity"),
        ("Book by Friday to lock in 2024 prices.", P, "deadline"),
    ], [
        ("which may suit people who don't want surgery", C),
        ("The consultation takes about an hour and costs £95.", P),
        ("## What patients say", T),
        ("Reception were friendly and the payment plan was clear.", T),
    ]),
    "b02_iv_vitamin_bar.html": ("promo", [
        ("hydrate you three times faster than a sports drink", C, "speed superiority"),
        ("No appointment necessary, just walk in and pull up a chair.", P, "no assessment needed"),
        ("IV vitamins are so gentle that even pregnant mums book them for morning sickness.", S, "safety by consequence, pregnancy"),
        ("A small bruise where the cannula went in is the only thing most guests ever notice.", S, "minimising"),
        ("My migraine was gone before the bag was empty.", T, "outcome review"),
        ("Weekdays 2-5pm every drip is 30% off.", P, "discount"),
        ("Bring a friend and your booster shot is on us.", P, "free add-on"),
        ("Don't let a rough week steal your weekend.", P, "fear/emotive"),
    ], [
        ("Every drip is mixed by a registered nurse after a short health check", P),
        ("<h2>Guest reviews</h2>", T),
        ("Super clean, lovely nurses, easy parking.", T),
    ]),
    "b03_physio_leaflet.md": ("neutral", [], [
        ("Ice packs are cheaper than gel packs and work just as well", C),
        ("It is safe to climb stairs one step at a time", S),
        ("Some swelling and warmth around the knee is normal for several weeks.", S),
        ("Your physiotherapy appointments are free", P),
        ("you do not need a GP referral", P),
    ]),
    "b04_fertility_supplement.md": ("promo", [
        ("It doesn't have to stay that way.", P, "hope appeal"),
        ("unlike clomiphene it never causes hot flushes or mood swings", C, "safer than prescription drug"),
        ("One sachet delivers more CoQ10 than three handfuls of walnuts.", C, "superiority over food"),
        ("NestWell is completely safe to take while trying to conceive", S, "absolute safety in pregnancy planning"),
        ("Four months on NestWell and we're expecting twins!", T, "fertility outcome testimonial"),
        ("Over 12,000 women have already started their NestWell journey.", P, "social proof"),
        ("Get 25% off your first three months with code NEST25, and free delivery on every order.", P, "discount code"),
        ("Our spring batch is selling out fast, so order while stocks last.", P, "scarcity"),
    ], [
        ("## Stories from our community", T),
    ]),
    "b05_adhd_service_balanced.md": ("promo", [], [
        ("which take most people about 20 minutes", P),
        ("Stimulant medicines work faster than non-stimulants", C),
        ("We do not offer discounts or payment deadlines.", P),
        ("I was worried I'd be rushed, but the psychiatrist listened for the full session.", T),
        ("We can't promise a diagnosis", P),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels
    write_labels(HERE, DOCS)
