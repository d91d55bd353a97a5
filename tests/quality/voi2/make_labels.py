"""Labels of the voi2 probe set, written before its first lint run (see ../probe_labels.py)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T = "promotional", "testimonial"

DOCS = {
    "q01_aligners.md": ("promo", [
        ("Straighter Teeth Without a Single Office Visit", P, "no in-person dental care"),
        ("take your moulds at the kitchen table", P, "at-home impressions instead of an exam"),
        ("Monthly plans from $89, with no credit check", P, "financing inducement"),
        ("Over 1 million smiles transformed", T, "volume + outcome"),
        ("Smile stories", T, "testimonial heading"),
        ("I spent twenty years hiding my teeth in photos. Now I can't stop smiling.", T, "attributed outcome story"),
        ("Honestly the easiest thing I've ever done for myself. My teeth were straight before my wedding.", T, "outcome story"),
        ("Before-and-after results from real customers are on our Instagram.", T, "before/after"),
        ("Our spring sale ends Sunday: take $400 off your aligners when you order this week.", P, "deadline + discount"),
        ("Your dream smile is waiting.", P, "emotive promise"),
    ], [("Aligners are not suitable for everyone.", P)]),
    "q02_medspa.html": ("promo", [
        ("Look Ten Years Younger Over Your Lunch Break", P, "trivialising convenience + promise"),
        ("Happy hour pricing", P, "price inducement heading"),
        ("Every Thursday from 4 to 7pm, Botox is just $9 a unit.", P, "price deal"),
        ("Join our VIP membership for exclusive perks and priority booking.", P, "membership inducement"),
        ("Brides, busy moms and executives trust us with their faces.", P, "social proof"),
        ("We were named Best Med Spa by City Magazine readers in 2023.", P, "award"),
        ("Nobody can tell I've had anything done. People just keep telling me I look well rested.", T, "attributed outcome"),
        ("Lock in this season's price by booking before Friday.", P, "deadline"),
    ], [("Treatment is performed by a registered nurse after a medical consultation.", P)]),
    "q03_supplement_email.md": ("promo", [
        ("Last chance, your gut will thank you", P, "urgency"),
        ("The gut-reset secret that doctors hate is finally back in stock, but not for long.", P, "secret, doctors hate, scarcity"),
        ("Our small-batch Biome Restore formula sold out twice last month.", P, "scarcity/popularity"),
        ("This batch is limited, and once it's gone we can't promise when it'll be back.", P, "scarcity"),
        ("Sarah from Ohio dropped two dress sizes in her first month and says her energy is through the roof.", T, "third-person testimonial"),
        ("95% of customers reorder", P, "social proof statistic"),
        ("Order before midnight tonight and you'll get a free travel shaker with every bottle", P, "deadline + gift"),
    ], []),
    "q04_social_posts.md": ("promo", [
        ("Depression doesn't get to write the rest of your story.", P, "emotive"),
        ("Healing is possible, and it can start this week.", P, "hope"),
        ("The fog lifted after my very first session. I cried in the car because I could finally feel the sun again.", T, "quoted outcome"),
        ("Real stories. Real healing.", T, "testimonial tagline"),
        ("Our May calendar is almost full!", P, "scarcity"),
        ("Only a handful of infusion slots are still open, so reach out today.", P, "scarcity"),
        ("This could be the answer they've been looking for.", P, "hope"),
    ], [("we are closed on Monday for the public holiday", P)]),
    "q05_online_physio.md": ("promo", [
        ("Our patients love us", T, "testimonial heading"),
        ("Rated Excellent on Trustpilot, with more than 3,000 five-star reviews.", T, "ratings"),
        ("I was sceptical about doing physio over a screen, but within a fortnight I was back on my bike.", T, "attributed outcome"),
    ], [("with no GP referral and no waiting list", P), ("Initial video assessment: £45.", P),
        ("Physio From Your Sofa", P)]),
    "q06_mobile_iv_balanced.md": ("promo", [], [
        ("Clients often tell us the nurses are friendly and punctual.", T), ("£150", P),
        ("We provide IV fluids at home", P)]),
    "q07_news_article.md": ("neutral", [], [
        ("For a few weeks it felt as if a weight had lifted.", T),
        ("clinics that promise lasting results", P)]),
    "q08_weight_leaflet.md": ("neutral", [], [
        ("online from home", P), ("free of charge", P), ("lose on average 3 kg", T),
        ("some told us the weekly check-ins helped them stay motivated", T)]),
    "q09_clinic_about.md": ("neutral", [], [
        ("free parking", P), ("received a regional award", P), ("serving about 9,000 patients", P)]),
    "q10_hair_transplant.md": ("promo", [
        ("Get Your Confidence Back in Istanbul", P, "emotive"),
        ("all-inclusive hair transplant package gives you surgery, a 4-star hotel, VIP airport transfers", P, "bundle"),
        ("More than 10,000 successful procedures since 2015", P, "volume"),
        ("Save up to 70% compared with UK clinics", P, "price inducement"),
        ("Results your friends won't believe", P, "hype"),
        ("Send us a few photos on WhatsApp for your free online consultation", P, "free + remote"),
        ("No need for an in-person assessment before you fly.", P, "assessment unnecessary"),
        ("Best money I have ever spent. Twelve months on and I have a full head of hair.", T, "attributed outcome"),
        ("Summer dates are going fast", P, "scarcity"),
        ("Only six surgery dates left in July.", P, "scarcity"),
        ("Secure your place with a €200 deposit today.", P, "urgency"),
    ], []),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels

    write_labels(HERE, DOCS)
