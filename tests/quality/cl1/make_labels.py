"""Probe set cl1 (claims helper): efficacy and establishment claims in phrasings no rule had seen,
with negated, hedged, cited, question and neutral near misses. Labelled before its first run.
Only efficacy and establishment are labelled; other categories' rows are not meaningful here.

Run from anywhere: python tests/quality/cl1/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import E, S, main  # noqa: E402

DOCS = {
    "p01_tms.md": ("promo", False, [
        ("offers a drug-free way out of the fog of depression", E, "implied depression treatment"),
        ("retrain the circuits that keep obsessive thoughts looping, so OCD loosens its grip within a few weeks", E, "OCD claim with onset"),
        ("Targeted pulses quiet the overactive brain regions behind tinnitus", E, "tinnitus claim"),
        ("Backed by more than forty peer-reviewed trials", S, "evidence quantity, uncited"),
    ], [("TMS is not a cure for depression", E), ("A 2019 trial of 120 adults found remission", S)]),
    "p02_drip.md": ("promo", False, [
        ("Knocks out a hangover in under an hour", E, "outcome and onset"),
        ("Arms your body against seasonal viruses before they take hold", E, "prevention"),
        ("Glutathione clears acne from the inside out", E, "condition claim"),
        ("proven in the lab", S, "proof claim"),
    ], [("IV fluids are used in hospitals to treat severe dehydration", E), ("No drip can cure a hangover", E)]),
    "p03_stem.md": ("promo", False, [
        ("Stem cell injections rebuild worn knee cartilage", E, "regeneration"),
        ("our cells seek out damaged tissue and switch on the body's repair machinery", E, "repair mechanism claim"),
        ("Patients with rotator cuff tears regain full range of motion", E, "outcome"),
        ("Thousands of published papers document what stem cells can do", S, "evidence quantity"),
    ], [("Research into regenerative medicine is ongoing", S), ("Does it work for everyone?", E)]),
    "p04_supplement.md": ("promo", False, [
        ("NeuroLift sharpens memory and wards off age-related decline", E, "cognition and prevention"),
        ("Each capsule lowers blood sugar naturally", E, "disease-marker claim"),
        ("Scientists at leading universities have confirmed the benefits of our key ingredient", S, "expert confirmation"),
        ("Made with clinically studied ingredients", S, "clinically studied"),
        ("Our formula calms the overactive immune response in lupus", E, "disease claim"),
    ], [("It may support healthy joints", E)]),
    "p05_chiro.md": ("promo", False, [
        ("correct the misalignments behind migraines, colic and ear infections", E, "disease claims"),
        ("Adjustments unlock your nervous system so your body can heal itself", E, "healing claim"),
        ("Most families notice their child sleeps better after the first visit", E, "outcome after first visit"),
        ("Evidence-based care for the whole family", S, "evidence-based"),
    ], [("A 2017 review found spinal manipulation modestly reduced acute low back pain", E),
        ("Chiropractic care is one option for low back pain", E)]),
    "p06_weight.md": ("promo", False, [
        ("Shed stubborn belly fat without dieting", E, "fat loss"),
        ("Our program resets your hunger hormones so cravings simply fade", E, "reset claim"),
        ("Patients drop two dress sizes in their first month", E, "outcome rate"),
        ("Backed by the same research that led to the approval of semaglutide", S, "borrowed evidence"),
    ], [("Weight loss varies from person to person", E)]),
    "p07_ketamine.md": ("promo", False, [
        ("Ketamine rewires the neural pathways that trap you in chronic pain", E, "rewire claim"),
        ("Many patients feel the heaviness lift after a single infusion", E, "onset outcome"),
        ("Our infusions interrupt the pain cycle of CRPS", E, "CRPS claim"),
        ("Decades of research prove ketamine works for pain that nothing else touches", S, "research proves"),
    ], [("Ketamine is not approved by the FDA for chronic pain", E), ("Some people may notice changes in mood", E),
        ("The clinical evidence for fibromyalgia is weak", S)]),
    "p08_hbot.md": ("promo", False, [
        ("Pressurised oxygen floods injured tissue and speeds the healing of stubborn wounds", E, "healing"),
        ("Sessions calm brain inflammation in long COVID and post-concussion syndrome", E, "disease claim"),
        ("Hyperbaric oxygen boosts stem cell counts by 800%", E, "magnitude"),
        ("Our results are supported by published clinical research", S, "uncited research support"),
    ], [("Hyperbaric oxygen is an established treatment for decompression sickness", E)]),
    "p09_redlight.md": ("promo", True, [
        ("Red light melts away joint pain and erases years from your face", E, "pain and anti-ageing"),
        ("Every session tightens skin and stimulates new collagen", E, "body effect"),
        ("Dermatologists trust red light for radiant skin", S, "expert appeal"),
    ], [("Will red light help my arthritis?", E), ("Red light does not replace the treatment", E)]),
    "n01_asthma.md": ("neutral", False, [], [("Preventer inhalers reduce swelling in the airways", E)]),
    "n02_migraine.md": ("neutral", False, [], [("Triptans are medicines that relieve migraine", E)]),
    "n03_knee.md": ("neutral", False, [], [("strengthening the muscles around the knee reduces pain", E)]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
