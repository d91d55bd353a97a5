"""Labels of the voi1 probe set, written before its first lint run (see ../probe_labels.py)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T = "promotional", "testimonial"

DOCS = {
    "p01_glp1_telehealth.md": ("promo", [
        ("get matched with a licensed provider in minutes, and your GLP-1 medication ships straight to your doorstep", P, "speed + delivery: assessment presented as a formality"),
        ("No waiting rooms, no awkward appointments, no hassle.", P, "no in-person care"),
        ("Why 52,000 members chose Slimline", P, "social-proof volume"),
        ("Rated 4.9 out of 5 from over 6,000 verified reviews", T, "aggregate rating on a weight-loss product"),
        ("Featured in Women's Wellness Weekly and The Morning Show", P, "as-seen-in"),
        ("America's #1 rated online weight-loss program", P, "#1 claim"),
        ("Real members, real results", T, "testimonial heading"),
        ("I've lost 41 pounds since January and my knees don't ache anymore.", T, "first-person outcome"),
        ("My blood sugar is finally under control and I have so much energy for my kids.", T, "first-person outcome"),
        ("Limited-time offer", P, "deadline"),
        ("Get your first month for just $99 (normally $299).", P, "discount"),
        ("This price won't last: rates increase on the 1st.", P, "price deadline"),
        ("Only a few enrollment spots remain this month", P, "scarcity"),
        ("Pay over time with zero-interest financing.", P, "financing inducement"),
        ("Get your money back, guaranteed.", P, "money-back inducement"),
    ], [("Results may vary.", T)]),
    "p02_mens_clinic.md": ("promo", [
        ("Feel Like the Man You Used to Be", P, "emotional appeal heading"),
        ("Low testosterone quietly steals your drive, your muscle and your confidence, and it only gets worse with age.", P, "fear appeal"),
        ("Don't let another year slip away.", P, "fear/urgency"),
        ("we use cutting-edge hormone optimization protocols to help men reclaim their energy", P, "hype + reclaim"),
        ("It's the ultimate upgrade for body and mind.", P, "hype"),
        ("What our patients say", T, "testimonial heading"),
        ("Within three weeks I was sleeping through the night and hitting the gym again. My wife says I'm a totally different guy.", T, "first-person outcome"),
        ("Best decision I've ever made. I feel twenty-five again.", T, "first-person outcome"),
        ("Our patients consistently tell us they feel stronger, sharper and more motivated within the first month.", T, "patients tell us + outcome"),
        ("Book your free consultation and lab panel today.", P, "free inducement + today"),
        ("refer a buddy and you both get $100 off", P, "referral discount"),
    ], [("Our clinic is open Monday to Saturday, 8am to 6pm.", P)]),
    "p03_knee_regen.md": ("promo", [
        ("Skip the Knee Replacement", P, "discourages other care"),
        ("You may not need it.", P, "discourages surgery"),
        ("a game-changing option for people who want to stay active without going under the knife", P, "hype"),
        ("Orthopedic medicine is entering a new era, and we are proud to be at the forefront.", P, "hype"),
        ("Patient stories", T, "case stories heading"),
        ("Three months after her treatment, she completed a 10K charity walk with her grandchildren.", T, "case story outcome"),
        ("I cancelled my surgery date. Best call I ever made.", T, "first-person outcome, discourages surgery"),
        ("See the before-and-after mobility videos from our patients", T, "before/after"),
        ("Don't wait until it's too late", P, "fear appeal"),
        ("Every month you put off treatment, your joint wears down a little more.", P, "fear appeal"),
    ], [("Treatment is performed in our office by a board-certified physician.", P)]),
    "p04_iv_lounge.html": ("promo", [
        ("Loved by the people you follow", T, "influencer endorsement"),
        ("From reality TV stars to pro athletes, our drips are the go-to recovery ritual", T, "celebrity/athlete use"),
        ("Bundle and save", P, "bundle"),
        ("Buy 3 drips, get the 4th free", P, "bundle inducement"),
        ("Members save 20% on every visit", P, "discount"),
        ("Bring a friend for half price on Fridays", P, "discount"),
        ("Came in with a brutal migraine and walked out feeling brand new.", T, "star-rated outcome"),
        ("Thousands of happy clients can't be wrong.", T, "volume of happy clients"),
        ("This is the secret the wellness world has been keeping from you.", P, "secret hype"),
    ], [("The nurse was lovely and on time.", T), ("Our lounge is open daily from 9am to 7pm.", P),
        ("delivered by a nurse to your home, hotel or office", P)]),
    "p05_chiro.md": ("promo", [
        ("Voted Springfield's Best Chiropractor Three Years Running", P, "award/best"),
        ("Our award-winning team has helped more than 8,000 families live without pain.", P, "award + volume"),
        ("If you are tired of masking symptoms with pills, it's time to try something different.", P, "discourages medicines"),
        ("Throw away the painkillers", P, "discourages medicines"),
        ("Medication only covers up the problem.", P, "discourages medicines"),
        ("so you can finally stop relying on prescriptions", P, "discourages medicines"),
        ("A patient's journey", T, "case story heading"),
        ("After eight adjustments he was back at work and pain-free.", T, "case story outcome"),
        ("I honestly thought I'd be on disability. Dr. Hale gave me my career back.", T, "first-person outcome"),
        ("New patient special", P, "inducement"),
        ("Your first exam and X-rays are free when you mention this page.", P, "free inducement"),
    ], [("Same-day appointments are available.", P), ("We accept most insurance plans.", P)]),
    "p06_hair.md": ("promo", [
        ("No Doctor's Office Required.", P, "no in-person care"),
        ("the discreet, doctor-trusted way to stop hair loss in its tracks", T, "professional endorsement"),
        ("Complete a two-minute online questionnaire.", P, "assessment as a formality"),
        ("There are no video calls and no appointments to fit around your schedule.", P, "no consultation"),
        ("Scroll through hundreds of before-and-after photos from real customers.", T, "before/after"),
        ("Six months in and my bald spot is gone. My barber didn't believe it.", T, "first-person outcome"),
        ("Join over 200,000 men who have already taken back control of their hairline.", P, "social proof + emotional"),
        ("Try it risk-free", P, "inducement"),
        ("Your first 30 days are on us.", P, "free month"),
        ("Subscribe and save 40% for life.", P, "discount"),
    ], []),
    "b01_physio_clinic.md": ("neutral", [], [
        ("Book a consultation online or call reception", P), ("costs £65", P),
        ("exercises you can do at home between sessions", P),
        ("92% of the patients who returned our survey said they would recommend the clinic to a friend", T),
        ("I was nervous before my first visit, but everything was explained clearly.", T),
    ]),
    "b02_weight_clinic_balanced.md": ("promo", [], [
        ("so you do not always need to travel to the clinic", P),
        ("I have lost 9 kg over eight months and feel more confident walking to work.", T),
        ("There is no minimum contract and you can stop at any time.", P),
    ]),
    "n01_asthma_leaflet.md": ("neutral", [], [
        ("You can check your inhaler technique at home", P), ("check it for free", P),
        ("delivered to your home by many pharmacies", P), ("Some people say they find it hard to remember their inhaler.", T),
    ]),
    "n02_video_appointments.md": ("neutral", [], [
        ("You can join from home", P), ("Some pharmacies offer free home delivery.", P),
        ("most patients told us video appointments saved them travel time", T),
    ]),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels

    write_labels(HERE, DOCS)
