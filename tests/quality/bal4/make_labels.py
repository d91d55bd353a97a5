"""Labels for probe set bal4 (written by the `balance` helper after its third tuning round,
labelled before the first run, to measure that round on unseen pages).

Run from anywhere: python tests/quality/bal4/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "w01_methylene_blue.md": ("promo", True, [
        ("Sharper memory, steadier energy and a brain that ages slower.", E, "cognitive and anti-ageing claims"),
        ("the nootropic biohackers swear by", T, "endorsement"),
        ("Place 15 drops under your tongue every morning.", D, "self-directed regimen"),
        ("On exam or deadline days you can go up to 30 drops.", D, "self-titration"),
        ("Methylene blue has been used in hospitals for over a century, so you can take it with confidence.", SA, "borrowed safety"),
        ("Blue urine is the only side effect you will notice.", SA, "side effects minimised"),
        ("It is made in an FDA-registered facility", R, "registration implies approval"),
        ("Sharper than coffee, without the jitters or the afternoon crash.", C, "superiority over a comparator"),
    ], []),
    "w02_sgb_ptsd.md": ("promo", True, [
        ("A single procedure can quiet the fight-or-flight response in 30 minutes", E, "onset and outcome"),
        ("where years of talk therapy have barely moved the needle", C, "works where other care failed"),
        ("The block uses bupivacaine, an FDA-approved anesthetic, so the treatment itself is built on approved medicine.", R, "borrowed approval"),
        ("Most patients receive two injections, one week apart.", D, "regimen without context"),
        ("Complications are exceptionally rare in experienced hands.", SA, "risk minimised"),
        ("Veterans tell us it gave them their lives back.", T, "testimonial"),
    ], []),
    "w03_infrared_sauna.md": ("promo", True, [
        ("Sweat out heavy metals, melt fat and calm joint pain", E, "detox and pain claims"),
        ("book three 45-minute sessions a week for six weeks", D, "regimen without context"),
        ("Infrared heat penetrates deeper than a traditional sauna, so you get twice the benefits at a gentler temperature.", C, "superiority claim"),
        ("Detoxing this way carries zero risk for healthy adults, and dehydration is easily avoided with our electrolyte shots.", SA, "risk denied and minimised"),
    ], []),
    "w04_iv_iron_bar.md": ("promo", True, [
        ("Exhausted all the time? Low iron could be why", P, "self-diagnosis prompt"),
        ("one infusion can fix it", E, "outcome promise"),
        ("We give 1,000 mg of iron in a single 15-minute infusion", D, "dose without context"),
        ("IV iron works ten times faster than tablets and none of the stomach upset.", C, "speed and safety superiority"),
        ("Allergic reactions are a thing of the past with modern iron formulations.", SA, "risk dismissed"),
    ], []),
    "w05_ketamine_retreat.md": ("promo", True, [
        ("Release trauma, anxiety and grief in one transformative weekend by the sea.", E, "outcome claim"),
        ("Guests receive three ascending ketamine doses across the weekend", D, "regimen without context"),
        ("Our trained guides make the experience completely safe, and there is no comedown.", SA, "absolute safety"),
        ("Ketamine therapy has been granted breakthrough status by the FDA for depression.", R, "false regulatory status"),
    ], []),
    "x01_iv_iron_leaflet.md": ("neutral", False, [], [
        ("Most people need one or two infusions.", D),
        ("Iron infusions raise iron levels faster than tablets", C),
    ]),
    "x02_sauna_health.md": ("neutral", False, [], [
        ("Short sessions are considered safe for most healthy adults", SA),
        ("There is no good evidence that saunas remove toxins", S),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
