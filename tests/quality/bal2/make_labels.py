"""Labels for probe set bal2 (written by the `balance` helper after its first tuning round,
labelled before the first run, to measure that round on unseen pages).

Run from anywhere: python tests/quality/bal2/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "q01_glutathione.md": ("promo", True, [
        ("Our IV push brightens dull skin, fades dark spots and flushes toxins from your liver", E, "cosmetic and detox claims"),
        ("We start with 1,200 mg pushes twice a week for the first month, then drop to a weekly maintenance push.", D, "regimen without context"),
        ("Side effects are rare.", SA, "minimiser as the whole risk statement"),
        ("A few clients mention a metallic taste, which is gone before they reach the car park.", SA, "side effect waved away"),
        ("pills and creams are a waste of money next to a push that goes straight into your bloodstream", C, "route superiority"),
    ], []),
    "q02_bpc157.md": ("promo", True, [
        ("Torn tendon? Stubborn tennis elbow?", P, "self-diagnosis prompt"),
        ("BPC-157 is a healing peptide that repairs tendons, ligaments and gut lining in record time", E, "repair claim"),
        ("Most clients inject 250 mcg into the belly once a day.", D, "self-injected dose"),
        ("If healing stalls after two weeks, bump it up to 500 mcg.", D, "self-titration"),
        ("Every vial is produced in a cGMP facility that the FDA has inspected", R, "inspection implies approval"),
        ("Pro athletes have relied on it for years.", T, "athlete endorsement"),
        ("There is no known toxic dose of BPC-157, and it has never caused a serious reaction in any study.", SA, "risk denied"),
        ("It is basically a fragment of a protein found in your own stomach.", SA, "safe by association with the body"),
        ("Compared to cortisone shots, BPC-157 heals the tissue instead of just numbing it.", C, "superiority over a named treatment"),
    ], []),
    "q03_rf_microneedling.html": ("promo", True, [
        ("Tighter Skin Without the Scalpel", C, "implied parity with surgery"),
        ("lifting jowls and erasing acne scars", E, "outcome claim"),
        ("Results rival a surgical facelift at a fraction of the cost.", C, "equivalence to surgery"),
        ("the treatment is virtually painless", SA, "minimised discomfort"),
        ("Any redness settles within hours, and makeup can go back on the next morning.", SA, "side effect waved away"),
        ("Most clients book a series of three sessions, four weeks apart, and come back once a year to maintain results.", D, "regimen without context"),
        ("Our device is cleared by the FDA, which tells you it is both safe and effective.", R, "clearance used as proof"),
    ], []),
    "q04_glp1_microdose.md": ("promo", True, [
        ("You don't need to be overweight to benefit.", E, "benefit claim outside the labelled population"),
        ("A microdose of semaglutide quiets cravings, calms inflammation and supports healthy ageing.", E, "outcome claims"),
        ("Members begin at 10 units weekly and can step up by 5 units whenever cravings return.", D, "self-titration"),
        ("Most people settle somewhere between 15 and 25 units.", D, "dose range without context"),
        ("Semaglutide is the same molecule already trusted by millions of patients.", SA, "borrowed safety"),
        ("nausea is mild and temporary for most people", SA, "side effect minimised"),
        ("serious problems like pancreatitis are exceedingly rare", SA, "serious risk minimised"),
        ("Unlike the full dose pens, microdosing gives you the benefits without the side effects.", C, "superiority over the approved regimen"),
        ("gives you the benefits without the side effects", SA, "risk denied"),
    ], [("Is it safe?", SA)]),
    "q05_ketamine_pain.md": ("promo", True, [
        ("Ketamine resets pain pathways in the spinal cord and brain, bringing lasting relief from nerve pain, migraines and CRPS.", E, "mechanism and lasting relief"),
        ("Ketamine has been a staple of emergency medicine for over 50 years", SA, "borrowed safety record"),
        ("At the low doses we use for pain, it is gentle on the body.", SA, "safety claim"),
        ("Pain patients typically receive six four-hour infusions across two weeks, with boosters as needed.", D, "regimen without context"),
        ("Ketamine does not carry the overdose danger of opioids", C, "comparative safety"),
        ("patients can often cut back on their pain pills once they finish the series", P, "encourages stopping other medicines"),
        ("Side effects such as dizziness are short-lived and wear off soon after the drip stops.", SA, "side effects minimised"),
    ], []),
    "q06_pellets.md": ("promo", True, [
        ("Feel like yourself again.", P, "emotive appeal"),
        ("Hormone pellets restore energy, libido and sleep for women and men.", E, "outcome claims"),
        ("which makes them far gentler than the synthetic hormones in pills and patches", C, "superiority over other hormone forms"),
        ("A pellet the size of a grain of rice is placed under the skin of the hip every three to four months.", D, "regimen without context"),
        ("The fears about hormones and breast cancer came from one flawed study in 2002 and have since been overturned.", SA, "risk dismissed"),
        ("All of our pellets are compounded from FDA-approved ingredients.", R, "ingredient approval implies product approval"),
    ], []),
    "q07_shockwave_ed.md": ("promo", True, [
        ("Restore natural erections without pills.", E, "outcome claim"),
        ("grows new blood vessels and reverses erectile dysfunction at its source", E, "reversal claim"),
        ("No needles, no downtime and no side effects", SA, "risk denied"),
        ("A drug-free alternative to the little blue pill", C, "alternative to a named treatment"),
        ("Effects that last years, not hours", C, "duration superiority"),
        ("A standard course is 12 sessions, two per week, each lasting 20 minutes.", D, "regimen without context"),
        ("Our device is FDA-registered", R, "registration implies approval"),
        ("has been used in Europe for more than a decade", S, "tradition as evidence"),
    ], []),
    "q08_cord_cells.md": ("promo", True, [
        ("cord-derived stem cell infusions that calm inflammation in the brain and unlock speech", E, "treatment claim for autism"),
        ("Our cells are processed in an FDA-registered laboratory", R, "registration implies approval"),
        ("the treatment is approved in Panama", R, "foreign approval borrowed"),
        ("Children receive four infusions of 30 million cells over five days.", D, "regimen without context"),
        ("Stem cells succeed where years of behavioural therapy have plateaued.", C, "works where other care failed"),
        ("so rejection is not a concern", SA, "risk dismissed"),
    ], []),
    "r01_warfarin.md": ("neutral", False, [], [
        ("Take your dose at the same time every evening.", D),
        ("Newer anticoagulants need fewer blood tests than warfarin", C),
        ("Is it safe to drink alcohol?", SA),
        ("Minor bruising and nosebleeds are common.", SA),
    ]),
    "r02_botulinum_migraine.md": ("neutral", False, [], [
        ("A specialist gives 31 small injections around the head and neck every 12 weeks.", D),
        ("usually wear off over a few weeks", SA),
    ]),
    "r03_knee_options.html": ("neutral", False, [], [
        ("Anti-inflammatory tablets work better for some people", C),
        ("Knee replacement can help when pain is severe and other treatments have not worked.", C),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
