"""Labels for probe set pc3 (prec-claims), written before its first run.

Labels cover efficacy, establishment, dosing, regulatory_status and the page-level
risk verdict fully; testimonial, safety and promotional only where obvious.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = {
    "k1_laser_hair.md": ("promo", True, [
        ("Permanent hair removal in as little as six sessions", "efficacy"),
        ("with no pain at all", "safety"),
        ("87% of our clients see smooth skin after their third visit", "efficacy"),
        ("Our lasers are FDA-registered, so you know they are safe for every skin type", "regulatory_status"),
        ("Now I barely think about it.", "testimonial"),
    ]),
    "k2_gout_leaflet.md": ("neutral", False, []),
    "k3_detox_tea.html": ("promo", True, [
        ("Flush out toxins, melt stubborn belly fat and reset your metabolism in just 14 days", "efficacy"),
        ("Lose up to 10 pounds without changing what you eat", "efficacy"),
        ("add an evening cup whenever you feel bloated", "dosing"),
        ("Doctors agree", "establishment"),
        ("Down a jeans size and my skin is glowing.", "testimonial"),
    ]),
    "k4_pt_clinic_balanced.md": ("promo", False, []),
    "k5_hangover_drip.md": ("promo", True, [
        ("wipes out hangover headaches and nausea before you finish your coffee", "efficacy"),
        ("the highest doses in the city", "dosing"),
        ("Research from leading universities confirms that IV hydration clears a hangover twice as fast as drinking water", "establishment"),
        ("Just book another drip; there's no limit", "dosing"),
        ("Hangover-free mornings, guaranteed", "efficacy"),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_claim_labels

    write_claim_labels(HERE, DOCS)
