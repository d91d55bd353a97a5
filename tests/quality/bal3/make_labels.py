"""Labels for probe set bal3 (written by the `balance` helper after its second tuning round,
labelled before the first run, to measure that round on unseen pages).

Run from anywhere: python tests/quality/bal3/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, SA, main  # noqa: E402

DOCS = {
    "s01_ketamine_depression.md": ("promo", True, [
        ("When nothing else has lifted the fog, ketamine can.", C, "works when nothing else has"),
        ("Most of our patients feel lighter within a day of their first infusion.", E, "onset promise"),
        ("The FDA approved esketamine in 2019, confirming what ketamine clinics had seen for years: ketamine works for depression.", R, "esketamine approval transferred"),
        ("We give 0.5 mg/kg over 40 minutes, six times across three weeks.", D, "regimen without context"),
        ("a single top-up infusion every month keeps the benefits going", D, "maintenance regimen"),
        ("At these doses there are no hallucinations worth mentioning, just a calm, dreamy feeling that lifts within the hour.", SA, "side effects minimised"),
        ("Compared with years of antidepressant trial and error, ketamine is a shortcut to feeling well.", C, "superiority over antidepressants"),
    ], []),
    "s02_cold_laser.md": ("promo", True, [
        ("Numb, burning feet?", P, "self-diagnosis prompt"),
        ("Our class IV laser regrows damaged nerves so you can feel the ground again.", E, "regeneration claim"),
        ("Our laser is FDA-cleared for pain, so you know it works on neuropathy too.", R, "clearance stretched"),
        ("Most patients need 10 to 12 treatments over four weeks.", D, "regimen without context"),
        ("Each session is painless and takes just 15 minutes.", SA, "discomfort denied"),
        ("Laser light carries none of the side effects of gabapentin or nerve pain pills.", C, "comparative safety"),
        ("There are no risks, and you can drive home straight after.", SA, "risk denied"),
    ], []),
    "s03_cbd_kids.md": ("promo", True, [
        ("Our CBD gummies help children with ADHD settle, listen and sleep.", E, "treatment claim for children"),
        ("Give 1 gummy per 25 pounds of body weight each morning, and another after school if your child is still restless.", D, "self-directed dosing for children"),
        ("CBD is non-psychoactive, so there is no high and nothing to fear.", SA, "risk dismissed"),
        ("A gentler choice than stimulant medication, with no appetite loss and no sleepless nights.", C, "superiority over medication"),
    ], []),
    "s04_phentermine.md": ("promo", True, [
        ("Phentermine has helped millions lose weight safely since 1959.", SA, "safety from volume of use"),
        ("Take 37.5 mg every morning, and add a half tablet at lunch if hunger spikes.", D, "self-titration"),
        ("Most people stay on it for a year or more.", D, "duration beyond the label"),
        ("Phentermine is FDA approved for long-term weight management, so you can keep going as long as you like.", R, "false approval scope"),
        ("It works faster than diet and exercise alone", C, "speed superiority"),
        ("side effects like dry mouth and restlessness are minor", SA, "side effects minimised"),
        ("Same-day prescriptions after a short phone call.", P, "consultation by phone"),
        ("No in-office visit required.", P, "visit presented as unnecessary"),
    ], []),
    "s05_myers_migraine.md": ("promo", True, [
        ("Stop a migraine in its tracks.", E, "outcome promise"),
        ("ends attacks in under an hour", E, "onset promise"),
        ("2 g of magnesium", D, "IV dose without context"),
        ("Come in at the first sign of a migraine, as often as you need.", D, "unlimited frequency"),
        ("There are practically no side effects beyond a brief warm flush as the magnesium goes in.", SA, "side effects minimised"),
        ("Gentler than triptans and without the rebound headaches of painkillers.", C, "superiority over named treatments"),
    ], []),
    "s06_hair_telehealth.md": ("promo", True, [
        ("Hair Regrowth, Prescribed Online", P, "treatment by correspondence"),
        ("Take 1 mg of finasteride and 2.5 mg of oral minoxidil every day.", D, "doses without context"),
        ("If shedding continues after three months, double the minoxidil.", D, "self-titration"),
        ("Sexual side effects from finasteride are extremely uncommon and always reverse when you stop.", SA, "risk minimised"),
        ("Oral minoxidil works better than the foam because it reaches every follicle from the inside.", C, "superiority over another form"),
    ], [("Finasteride is FDA-approved to treat hair loss in men.", R),
        ("We also prescribe oral minoxidil, which is off-label for hair loss.", R)]),
    "t01_finasteride_leaflet.md": ("neutral", False, [], [
        ("The usual dose is one 1 mg tablet a day.", D),
        ("Minoxidil solution is applied to the scalp twice a day.", D),
        ("like finasteride it only works while you keep using it", C),
    ]),
    "t02_phentermine_info.md": ("neutral", False, [], [
        ("It is usually taken once a day before breakfast, exactly as your doctor directs.", D),
        ("Is phentermine safe for long-term use?", SA),
        ("it can be habit-forming", SA),
    ]),
    "t03_migraine_options.html": ("neutral", False, [], [
        ("Triptans often work faster than ordinary painkillers for migraine", C),
        ("your GP may suggest a preventive medicine taken every day", D),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
