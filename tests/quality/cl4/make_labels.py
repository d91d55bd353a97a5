"""Probe set cl4 (claims helper): written after round 4 and labelled before its first run, the
last unseen estimate for this branch. Only efficacy and establishment are labelled.

Run from anywhere: python tests/quality/cl4/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import E, S, main  # noqa: E402

DOCS = {
    "u01_vein_clinic.md": ("promo", False, [
        ("Our foam treatment closes faulty veins so the aching stops for good", E, "absolute outcome"),
        ("Varicose veins shrink away after one short visit", E, "outcome with onset"),
        ("Trusted by vascular surgeons nationwide", S, "expert appeal"),
    ], [("Compression stockings are often tried first", E)]),
    "u02_tinnitus_pill.md": ("promo", True, [
        ("QuietEar silences the ringing in your ears naturally", E, "tinnitus claim"),
        ("turned down the volume on tinnitus for good", E, "absolute tinnitus outcome"),
        ("Scientifically formulated", S, "science appeal"),
        ("nourish the delicate hair cells of the inner ear and protect your hearing as you age", E, "prevention/body claim"),
    ], []),
    "u03_mold_detox.md": ("promo", False, [
        ("We pull mycotoxins out of your tissues and give you back your energy, focus and joy", E, "detox and outcome"),
        ("mop up the toxins behind chronic fatigue, rashes and joint pain", E, "disease claim"),
        ("Peer-reviewed research points to mold as a hidden cause of illness", S, "research appeal"),
    ], []),
    "u04_posture_device.md": ("promo", True, [
        ("straightens your spine while you work and takes years of neck pain off your shoulders", E, "pain claim"),
        ("watch headaches become a memory", E, "outcome promise"),
        ("Physiotherapist approved", S, "expert approval"),
    ], [("is not meant to treat any condition", E)]),
    "u05_weight_shot.md": ("promo", False, [
        ("switches off food noise and shrinks your waistline month after month", E, "weight claim"),
        ("Patients typically lose a stone in the first eight weeks", E, "typical outcome"),
        ("Weight-loss injections are backed by landmark trials", S, "backed by trials"),
    ], [("Some people lose less weight than others", E)]),
    "u06_ketamine_ptsd.html": ("promo", False, [
        ("Ketamine gives veterans a fresh start from PTSD, nightmares and survivor's guilt", E, "PTSD claim"),
        ("The intrusive memories loosen their hold after the first round of infusions", E, "outcome with onset"),
        ("We follow published protocols from leading academic centres", S, "borrowed authority"),
    ], [("Ketamine is not approved for PTSD", E)]),
    "u07_collagen.md": ("promo", True, [
        ("Rebuild your joints from the inside", E, "joint rebuild"),
        ("Wrinkles soften and skin bounces back within 28 days", E, "outcome with onset"),
        ("Proven by dermatologists", S, "proof by experts"),
    ], [("Collagen is a protein found in skin, bones and tendons", E)]),
    "v01_gout.md": ("neutral", False, [], [("allopurinol lowers the level of uric acid", E)]),
    "v02_hearing.md": ("neutral", False, [], [("Sound therapy and hearing aids can make tinnitus less noticeable", E)]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
