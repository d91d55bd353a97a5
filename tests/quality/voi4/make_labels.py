"""Labels of the voi4 probe set, written before its first lint run (see ../probe_labels.py)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
P, T = "promotional", "testimonial"

DOCS = {
    "s01_nad_biohack.md": ("promo", [
        ("Upgrade Your Cells", P, "hype"),
        ("Peak performers don't wait for their bodies to slow down.", P, "emotive/status appeal"),
        ("NAD+ therapy is how founders, pro gamers and longevity nerds stay sharp", T, "group endorsement"),
        ("What regulars say", T, "testimonial heading"),
        ("Honestly it's like someone cleaned my brain's windows. I haven't needed my afternoon nap in months.", T, "attributed outcome"),
        ("4,000+ infusions delivered.", P, "volume"),
        ("Founding membership", P, "membership inducement"),
        ("The first 200 members lock in $349 per infusion for life.", P, "scarcity + price lock"),
        ("After that, the price goes to $499.", P, "price rise"),
        ("Membership closes when we hit 200.", P, "scarcity"),
    ], []),
    "s02_weightloss_captions.md": ("promo", [
        ("Three months with us and she's down 42 lbs and off her blood pressure meds.", T, "third-person outcome"),
        ("POV: you stopped fighting your hunger and started winning.", P, "emotive"),
        ("GLP-1s, prescribed online, shipped free.", P, "remote prescribing + delivery + free"),
        ("We just opened 50 new spots for October.", P, "scarcity"),
        ("When they're gone, they're gone.", P, "scarcity"),
        ("Swipe for the glow-up: same woman, twelve weeks apart.", T, "before/after"),
    ], [("Meet the nurses who answer your messages seven days a week.", P)]),
    "s03_stem_mexico.md": ("promo", [
        ("There is another way.", P, "hope / alternative to care"),
        ("thousands of Americans cross the border to receive them here", P, "social proof"),
        ("We handle everything: airport pickup, a boutique hotel, and a personal concierge.", P, "package inducement"),
        ("Patient outcomes", T, "case stories heading"),
        ("Six weeks after her treatment she walked the length of the beach without a cane.", T, "case story outcome"),
        ("has been featured on Fox News and in Newsweek", P, "as seen on"),
        ("A $1,000 early-booking discount applies to spring dates reserved before 31 January.", P, "discount + deadline"),
    ], [("Packages start at $9,800.", P)]),
    "s04_laser_eye.md": ("promo", [
        ("Imagine waking up and seeing the alarm clock clearly.", P, "emotive"),
        ("Over 60,000 procedures performed by our surgeons", P, "volume"),
        ("Rated 4.9 by our patients on Google", T, "ratings"),
        ("Interest-free finance from £49 a month", P, "financing"),
        ("Your free assessment", P, "free inducement heading"),
        ("Every journey starts with a free, no-obligation assessment", P, "free inducement"),
    ], [("Laser eye surgery is not suitable for everyone.", P)]),
    "s05_sleep_device.md": ("promo", [
        ("Your partner deserves a good night's sleep too.", P, "emotive"),
        ("No sleep study.", P, "discourages diagnosis"),
        ("No CPAP mask.", P, "discourages treatment"),
        ("No doctor's appointment.", P, "supervision unnecessary"),
        ("Loved by light sleepers", T, "endorsement heading"),
        ("My wife moved back into the bedroom after three years in the spare room!", T, "attributed outcome"),
        ("Join 300,000 happy sleepers.", T, "happy customers volume"),
        ("Order two and get a third free, with a 90-night money-back guarantee.", P, "bundle + money-back"),
    ], [("speak to your GP before using any anti-snoring device", P)]),
    "s06_knee_exercises_leaflet.md": ("neutral", [], [
        ("exercises to do at home", P), ("Some people have this by video call.", P),
        ("Patients often tell us that keeping a simple exercise diary helps them stick to the plan.", T)]),
    "s07_online_doctor_faq.md": ("neutral", [], [
        ("Can I get a prescription without seeing a doctor in person?", P),
        ("our pharmacy sends it by tracked delivery", P),
        ("The price shown on each treatment page includes the consultation and the medicine.", P)]),
    "s08_migraine_clinic_balanced.md": ("promo", [], [
        ("I went from fifteen migraine days a month to about six", T), ("A new patient consultation costs £250", P)]),
    "s09_ketamine_us.md": ("promo", [
        ("Ketamine-assisted therapy could be the turning point you've been waiting for.", P, "hope"),
        ("we offer payment plans through CareCredit", P, "financing"),
        ("Veterans, first responders and new moms have all found relief with us.", T, "group endorsement + outcome"),
        ("I felt lighter after the second infusion, like I could finally breathe.", T, "attributed outcome"),
        ("New intake slots open every Monday and fill within days.", P, "scarcity"),
        ("Call now to claim yours.", P, "urgency"),
    ], []),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_labels

    write_labels(HERE, DOCS)
