"""Labels for probe set bal5 (written by the `balance` helper after its fourth and last tuning round,
labelled before the first run: the unseen estimate for the final rules; not tuned on).

Run from anywhere: python tests/quality/bal5/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, SA, main  # noqa: E402

DOCS = {
    "y01_nasal_oxytocin.md": ("promo", True, [
        ("Feel closer to your partner, calmer in crowds and more present with your kids.", E, "outcome claims"),
        ("Two sprays in each nostril before social events.", D, "self-directed regimen"),
        ("If you still feel anxious after 20 minutes, repeat the dose.", D, "self-titration"),
        ("Oxytocin is the love hormone your body already releases during a hug, so side effects simply do not happen.", SA, "risk denied by association"),
        ("Unlike anti-anxiety pills, it will never leave you foggy or dependent.", C, "comparative safety"),
        ("compounded in a state-licensed pharmacy that follows FDA guidelines", R, "borrowed FDA authority"),
    ], []),
    "y02_lipo_injections.md": ("promo", True, [
        ("Melt stubborn fat from your belly and thighs while you boost your metabolism.", E, "outcome claims"),
        ("Most clients come in for a shot every week, and many double up during the month before a wedding.", D, "regimen and self-escalation"),
        ("Lipo injections are a fraction of the cost of liposuction, with results that speak for themselves and none of the recovery time.", C, "implied parity with surgery"),
        ("Because the ingredients are vitamins and amino acids, there is nothing in them that can hurt you.", SA, "risk denied"),
        ("Clinically cleared ingredients, mixed fresh in our FDA-compliant lab.", R, "borrowed FDA status"),
    ], []),
    "y03_peptide_sleep.md": ("promo", True, [
        ("Fall asleep in minutes and wake up fully restored, without sleeping pills.", E, "outcome promise"),
        ("Inject 100 mcg under the skin 30 minutes before bed, five nights on and two nights off.", D, "self-injected regimen"),
        ("Unlike melatonin or prescription sleep aids, DSIP resets your natural sleep cycle for good.", C, "superiority over other sleep aids"),
        ("DSIP has an outstanding safety record spanning four decades of research", SA, "safety record claim"),
        ("users report zero morning grogginess", SA, "side effect denied"),
    ], []),
    "y04_ketamine_troches.md": ("promo", True, [
        ("Ketamine has been approved by the FDA since 1970, and our clinicians now use it to treat anxiety and PTSD from home.", R, "anesthetic approval borrowed for off-label use"),
        ("treat anxiety and PTSD from home", P, "at-home ketamine without monitoring"),
        ("Start with one 100 mg troche three evenings a week.", D, "regimen without context"),
        ("Most members move up to 200 mg by week three.", D, "titration without prescriber role"),
        ("Ketamine at these doses is milder than a glass of wine, and any dizziness fades by the next morning.", SA, "risk minimised"),
        ("It works in hours, where SSRIs take six to eight weeks.", C, "speed superiority"),
    ], []),
    "y05_ozone_joints.md": ("promo", True, [
        ("Rebuild worn cartilage and say goodbye to knee pain for good.", E, "permanent outcome"),
        ("Prolozone combines ozone with vitamins to regenerate joints", E, "regeneration claim"),
        ("it succeeds where cortisone and physical therapy have let you down", C, "works where other care failed"),
        ("A typical series is four to six injections, spaced two weeks apart.", D, "regimen without context"),
        ("Ozone is simply activated oxygen, so the procedure is extremely safe.", SA, "absolute safety by association"),
    ], []),
    "z01_melatonin_child.md": ("neutral", False, [], [
        ("Give it 30 to 60 minutes before bedtime.", D),
        ("Melatonin is a hormone the body makes naturally", SA),
    ]),
    "z02_knee_injection_options.md": ("neutral", False, [], [
        ("Hyaluronic acid injections are slower to work", C),
        ("Each carries a small risk of infection", SA),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
