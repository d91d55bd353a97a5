"""Labels for probe set bal1 (written by the `balance` helper, labelled before the first run).

First run (before any tuning on it) is recorded in the README Quality section.
Run from anywhere: python tests/quality/bal1/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "p01_prp_knee.md": ("promo", True, [
        ("Regenerate Your Knees with PRP", E, "regeneration heading"),
        ("Tired of cortisone shots that wear off in a month?", C, "disparages a named alternative"),
        ("uses growth factors from your own blood to rebuild worn cartilage", E, "repair claim"),
        ("PRP outlasts steroid injections by years, not weeks.", C, "superiority over a named treatment"),
        ("there is zero chance of an allergic reaction", SA, "risk denied"),
        ("Recovery is a breeze", SA, "recovery burden minimised"),
        ("A smarter choice than knee replacement for most people over fifty.", C, "superiority over surgery"),
        ("Most knees need three injections spaced two weeks apart, followed by a booster every six months.", D, "regimen without clinical context"),
        ("Soreness after the injection is minor and fades within a day.", SA, "side effect minimised"),
        ("Our spring package is $450 off until April 30.", P, "discount with deadline"),
        ("Only eight treatment slots open each week, so reserve yours today.", P, "scarcity"),
        ("After PRP I cancelled it and I'm back on the tennis court.", T, "outcome testimonial"),
        ("Your knees won't heal themselves.", P, "fear appeal"),
        ("Every month you put it off, more cartilage is lost for good.", P, "fear appeal"),
    ], []),
    "p02_trt_online.md": ("promo", True, [
        ("Low energy? Low drive? Belly fat that won't budge?", P, "self-diagnosis prompt"),
        ("we can fix it in weeks", E, "outcome promise"),
        ("Answer a 5-minute online questionnaire.", P, "consultation replaced by a form"),
        ("Our partner pharmacy mails your vials and syringes overnight.", P, "delivery convenience, no monitoring"),
        ("Inject 200 mg every week", D, "self-injected dose without prescriber role"),
        ("in the comfort of your living room", P, "home convenience"),
        ("No waiting rooms. No awkward exams.", P, "exam presented as unnecessary"),
        ("so your body treats it just like its own hormone", SA, "bioidentical therefore safe"),
        ("Any effect on red blood cells is trivial and reversible.", SA, "risk minimised"),
        ("Heart concerns from older studies have been debunked.", SA, "risk dismissed"),
        ("Compared with pills and gels, injections give steadier levels and faster gains in muscle.", C, "route superiority"),
        ("Our testosterone is pharmaceutical grade and FDA-approved", R, "compounded product called FDA-approved"),
        ("Join 40,000 men who got their edge back.", P, "bandwagon appeal"),
        ("Use code STRONG for 25% off your first three months.", P, "discount"),
    ], [("Is TRT risky?", SA)]),
    "p03_hyperbaric.html": ("promo", True, [
        ("Oxygen Heals", E, "healing heading"),
        ("speeding recovery from long COVID, concussion, autism and stroke", E, "disease claims"),
        ("Our chambers are FDA-cleared medical devices, so you can trust them for brain injury recovery and wellness alike.", R, "clearance stretched to unapproved uses"),
        ("A typical plan is 40 dives at 2.0 ATA, 60 minutes each, five days a week.", D, "regimen without clinical context"),
        ("Unlike medications, oxygen leaves nothing behind in your body.", C, "implied superiority over medicines"),
        ("HBOT poses no danger to children or older adults.", SA, "risk denied"),
        ("Ear popping is the only thing most people notice.", SA, "side effects minimised"),
        ("Become a founding member this month and lock in unlimited sessions for $299.", P, "deadline inducement"),
        ("This offer will not be repeated.", P, "scarcity"),
        ("a true turning point for families who have tried everything else", P, "hope appeal"),
    ], []),
    "p04_botox_migraine.md": ("promo", True, [
        ("our nurse injectors also use it for tension headaches, jaw clenching and neck pain", R, "off-label uses next to the approval"),
        ("Fewer headaches, more living", E, "outcome heading"),
        ("there is no downtime", SA, "recovery burden minimised"),
        ("Most clients receive 155 units across 31 sites, repeated every 12 weeks.", D, "dose and regimen without context"),
        ("Botox is one of the most studied drugs on the planet", S, "vague evidence claim"),
        ("has a spotless safety record in the hands of our injectors", SA, "safety record claim"),
        ("Say goodbye to daily migraine pills with their fog and weight gain.", P, "discourages other care"),
        ("First-time clients get a complimentary lip flip with any migraine treatment.", P, "inducement"),
        ("Bring a friend and you both save $50.", P, "referral discount"),
    ], [("Botox is FDA-approved for chronic migraine in adults who have headaches on 15 or more days a month.", R)]),
    "p05_nad_patch.md": ("promo", True, [
        ("Youth on Your Skin", E, "anti-ageing heading"),
        ("release 100 mg of NAD+ over eight hours", D, "dose as a selling point"),
        ("so you absorb far more than with capsules", C, "route superiority"),
        ("Wear one patch each morning and add a second on heavy training days.", D, "self-directed regimen"),
        ("stack the patch with two capsules of our NMN blend at night", D, "self-directed stacking"),
        ("supplementing it is about as risky as drinking water", SA, "risk minimised"),
        ("No reported interactions with any medicine.", SA, "risk denied"),
        ("Why patches beat IV drips", C, "superiority heading"),
        ("Our patch works while you live your life, with the same benefits at a fraction of the price.", C, "equivalence claim"),
        ("Subscribe and save 30%.", P, "discount"),
        ("Stock is limited because every batch is made by hand.", P, "scarcity"),
    ], [("Is it safe?", SA)]),
    "p06_laser_spine.md": ("promo", True, [
        ("the modern answer to herniated discs, sciatica and spinal stenosis", E, "treatment claim"),
        ("Traditional open back surgery means large incisions, weeks in bed and a long, painful recovery.", C, "disparaging contrast"),
        ("98% patient satisfaction", T, "satisfaction figure as evidence"),
        ("Lower infection rates than hospital surgery", C, "comparative safety"),
        ("The risk of nerve damage is extremely small", SA, "risk minimised"),
        ("complications are almost unheard of", SA, "risk minimised"),
        ("Get a free MRI review", P, "free inducement"),
        ("Send us your MRI today and our surgeons will tell you within 48 hours if you are a candidate.", P, "assessment by correspondence"),
        ("Don't let back pain steal another year from you.", P, "fear appeal"),
    ], []),
    "p07_ketamine_lozenge.md": ("promo", True, [
        ("Ketamine Lozenges for Depression, Prescribed Online", R, "off-label use promoted in a heading"),
        ("Ketamine works on a different brain pathway than SSRIs, which is why it helps people whom antidepressants failed.", C, "works where others failed"),
        ("30-day supply of 150 mg lozenges", D, "dose without context"),
        ("Let one dissolve under your tongue three times a week, and take a second if the first feels too weak.", D, "self-titration"),
        ("Most members notice a lift after their very first dose.", E, "onset promise"),
        ("Ketamine has been given to millions of patients in operating rooms worldwide.", SA, "borrowed safety record"),
        ("dissociation is gentle and pleasant, and it passes within an hour", SA, "side effect minimised"),
        ("Unlike esketamine nasal spray, there is no two-hour clinic wait after each dose.", C, "contrast with the monitored approved product"),
        ("Your first month ships free.", P, "inducement with home delivery"),
    ], []),
    "p08_chelation.md": ("promo", True, [
        ("EDTA Chelation: Clean Your Arteries Without Surgery", E, "outcome heading"),
        ("pulls calcium plaque out of your arteries, restoring blood flow to the heart, brain and legs", E, "disease claim"),
        ("Why undergo bypass or stents when a gentle IV can do the same job?", C, "equivalence to surgery"),
        ("Chelation is non-invasive and carries none of the dangers of heart surgery.", C, "comparative safety"),
        ("Our standard course is 30 infusions of 3 grams of EDTA, given twice weekly.", D, "regimen without context"),
        ("Chelation has been used for over 70 years", S, "tradition as evidence"),
        ("is approved for removing heavy metals, which proves it is a legitimate medical treatment", R, "borrowed approval"),
        ("Protect yourself before a heart attack decides for you.", P, "fear appeal"),
    ], []),
    "n01_iron_tablets.md": ("neutral", False, [], [
        ("The usual adult dose is one 200 mg ferrous sulfate tablet once or twice a day", D),
        ("Are they safe in pregnancy?", SA),
        ("An infusion raises iron levels faster than tablets", C),
    ]),
    "n02_steroid_injection.md": ("neutral", False, [], [
        ("Steroid injections usually act faster than physiotherapy", C),
        ("Most people can have up to three or four injections in the same joint in a year.", D),
        ("rarely, infection in the joint", SA),
    ]),
    "n03_sleep_clinic.html": ("neutral", False, [], [
        ("Some can be habit-forming", SA),
        ("Is melatonin safe?", SA),
        ("It takes six to eight weekly sessions", D),
        ("Melatonin is licensed for some adults over 55.", R),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
