"""Labels of the voi3 probe set, written before its first lint run (see ../probe_labels.py)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T = "promotional", "testimonial"

DOCS = {
    "r01_functional_blog.md": ("promo", [
        ("5 Signs Your Thyroid Is Sabotaging You (And What Your Doctor Is Missing)", P, "fear + undermining the doctor"),
        ("Most GPs only run one basic blood test, and they'll tell you you're", P, "undermines conventional care"),
        ("You don't have to accept feeling this way", P, "hope appeal"),
        ("Hundreds of women have come to us after being dismissed by their doctors.", P, "undermines doctors, social proof"),
        ("Within weeks of starting their personalised protocol, most tell us their energy is back", T, "patients tell us + outcome"),
        ("Three doctors told me nothing was wrong. Rootwell found the real problem in one visit, and I've lost 18 pounds since.", T, "attributed outcome"),
        ("Start your healing journey", P, "emotive tagline"),
        ("now £199 instead of £349 for January only", P, "discount + deadline"),
    ], []),
    "r02_cbd_product.md": ("promo", [
        ("Over 25,000 bottles sold", P, "volume"),
        ("Customer reviews (4.8 average, 1,912 reviews)", T, "ratings"),
        ("I used to wake up five times a night. Now I sleep straight through.", T, "star-rated outcome"),
        ("My anxiety is so much better.", T, "star-rated outcome"),
        ("Bundle offers", P, "inducement heading"),
        ("Buy 2, save 15%.", P, "bundle discount"),
        ("Buy 3, save 25% and get free express shipping.", P, "bundle discount"),
    ], [("Nice taste, fast delivery.", T)]),
    "r03_trt_uk.md": ("promo", [
        ("Testosterone Therapy, Delivered", P, "convenience"),
        ("It might not just be age.", P, "self-diagnosis nudge"),
        ("your medication arrives by tracked post", P, "POM by correspondence"),
        ("No GP appointment needed", P, "supervision unnecessary"),
        ("Trusted by 12,000 men across the UK", P, "social proof"),
        ("First month half price with code VIGOUR50", P, "discount"),
        ("Results men notice", T, "testimonial heading"),
        ("Men on our programme commonly report more energy, better sleep and a stronger sex drive", T, "patients report outcome"),
    ], []),
    "r04_implants.md": ("promo", [
        ("Our implant team has placed over 15,000 implants", P, "volume"),
        ("Finance made easy", P, "financing"),
        ("Spread the cost with 0% finance over 12 months, or from £79 a month over five years.", P, "financing"),
        ("Free CT scan and consultation worth £250 when you book this month.", P, "free + deadline"),
        ("Patient journeys", T, "case stories heading"),
        ("After her All-on-4 treatment, she went straight to her favourite restaurant and ordered steak.", T, "case story outcome"),
    ], [("Your dentist will examine you, take a 3D scan and explain the risks", P)]),
    "r05_fertility.md": ("promo", [
        ("Your Family Is Closer Than You Think", P, "hope"),
        ("every person who dreams of a baby deserves the chance to hold one", P, "emotive"),
        ("Thousands of families started here.", T, "volume + outcome"),
        ("we refund up to 70% of your fee", P, "money-back inducement"),
        ("Don't leave it too late", P, "fear"),
        ("Fertility declines with every year that passes.", P, "fear"),
        ("The sooner you act, the better your chances, so book your free fertility MOT today.", P, "urgency + free"),
    ], [("Success rates depend on age and cause of infertility.", P)]),
    "r06_pharmacy_weightloss.md": ("promo", [], [
        ("Starter pen (first month): £149.", P), ("Consultations are included in the price of the medicine.", P),
        ("people lost on average 15% of their weight", T)]),
    "r07_hearing_leaflet.md": ("neutral", [], [
        ("A hearing test is free on the NHS", P), ("Some people say everyday sounds", T),
        ("order them by post to your home", P), ("no appointment is needed", P)]),
    "r08_flu_jab.md": ("neutral", [], [
        ("The vaccine is free for people aged 65", P), ("no appointment needed", P), ("it costs £16", P)]),
    "r09_acupuncture_balanced.md": ("promo", [], [
        ("After six sessions my back was less stiff and I could sit through a film again.", T),
        ("What patients tell us", T)]),
    "r10_patient_stories_nhs.md": ("neutral", [], [
        ("Living With Type 2 Diabetes: Patient Stories", T),
        ("The education course helped me understand my blood sugar readings", T)]),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels

    write_labels(HERE, DOCS)
