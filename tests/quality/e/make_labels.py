"""Labels for held-out set E: written after all tuning (sets A-D), before it was ever linted.

First run (the final estimate for unseen pages): P 0.643 R 0.310, risk verdicts 6/7 (one
hidden-risk page missed because none of its claims was found), 0 neutral findings; then
used for one round of generic fixes.
Run from anywhere: python tests/quality/e/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "e01_iv_ketamine_ptsd.md": ("promo", True, [
        ("Ketamine for PTSD: Find Peace Again", P, "emotive headline"),
        ("ketamine offers a way out when talk therapy and medications fall short", E, "works where others fail"),
        ("Ketamine quiets the overactive fear centre of the brain", E, "mechanism-outcome claim as fact"),
        ("Most of our veterans notice a difference after their first infusion.", E, "outcome rate and onset"),
        ("Safe, proven, effective", E, "safe-and-effective heading"),
        ("Ketamine has been on the WHO list of essential medicines for decades", R, "borrowed authority for an anaesthetic"),
        ("is one of the safest medicines ever developed", SA, "safety superlative"),
        ("Six 40-minute infusions over 2 weeks at 0.5 mg/kg, then monthly maintenance infusions.", D, "regimen without individualisation"),
        ("I finally sleep without nightmares.", T, "outcome testimonial"),
    ], []),
    "e02_hair_growth.md": ("promo", True, [
        ("Say goodbye to thinning hair for good.", E, "permanent outcome"),
        ("awakens dormant follicles and regrows hair in as little as 30 days", E, "regrowth with onset"),
        ("Dermatologist-tested and backed by clinical research", S, "vague establishment"),
        ("Unlike minoxidil, FolliRenew causes no shedding", C, "contrast with an approved drug"),
        ("causes no shedding, itching or irritation", SA, "denies side effects"),
        ("Join 250,000 men and women who have regrown their hair with FolliRenew.", T, "crowd testimonial"),
    ], []),
    "e03_long_covid_clinic.html": ("promo", True, [
        ("eliminate long COVID symptoms at the root", E, "disease elimination claim"),
        ("We have successfully treated hundreds of long-haulers", T, "clinic anecdote as evidence"),
        ("Conventional medicine can only manage symptoms.", C, "disparages standard care"),
        ("We restore your body's natural ability to heal.", E, "restoration claim"),
        ("Most patients regain their energy within four weeks and return to work within two months.", E, "outcome rate and time course"),
        ("Space in the program is limited.", P, "scarcity"),
    ], []),
    "e04_sleep_gummy.md": ("promo", True, [
        ("Fall asleep in 15 minutes and wake up refreshed", E, "onset promise"),
        ("with no morning grogginess", SA, "denies side effect"),
        ("safe for nightly use and never habit-forming", SA, "absolute safety and dependence denial"),
    ], [("Studies suggest melatonin can help people fall asleep a little faster", S)]),
    "e05_cryotherapy.md": ("promo", True, [
        ("Three minutes at minus 110 °C burns up to 800 calories", E, "quantified outcome"),
        ("Cryotherapy is an effective treatment for arthritis, fibromyalgia, depression and anxiety.", E, "disease treatment claim"),
        ("Elite athletes use cryotherapy to recover faster", T, "athlete endorsement"),
        ("There are no side effects, and sessions are completely safe for everyone.", SA, "denies risk"),
        ("First session free for new clients this month only.", P, "deadline inducement"),
    ], []),
    "e_n1_melatonin_leaflet.md": ("neutral", False, [], [
        ("Melatonin may help some people fall asleep slightly faster", E),
        ("Your doctor will tell you the dose, usually 2 mg", D),
        ("Do not drive if you feel sleepy.", P),
    ]),
    "e_n2_cryo_faq.md": ("neutral", False, [], [
        ("have not been cleared or approved by the FDA to treat any medical condition", R),
        ("Some small studies report less muscle soreness after exercise", S),
        ("Is cryotherapy safe?", SA),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
