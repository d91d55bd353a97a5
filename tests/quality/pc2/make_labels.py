"""Labels for probe set pc2 (prec-claims), written before its first run.

Labels cover efficacy, establishment, dosing, regulatory_status and the page-level
risk verdict fully; testimonial, safety and promotional only where obvious.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = {
    "a1_ozone_clinic.md": ("promo", True, [
        ("Ozone therapy wipes out chronic Lyme disease and lifts the brain fog that comes with it", "efficacy"),
        ("Published trials have confirmed that ozone reverses fibromyalgia", "establishment"),
        ("Our standard course is ten infusions over five weeks, with a booster every three months after that", "dosing"),
        ("Three infusions later my joints stopped aching and I sleep all night.", "testimonial"),
        ("Ozone is approved in Europe to treat infected wounds, so you can trust it", "regulatory_status"),
    ]),
    "a2_asthma_leaflet.md": ("neutral", False, []),
    "a3_keto_drops.html": ("promo", True, [
        ("switch your body into fat-burning mode", "efficacy"),
        ("Burns belly fat while you sleep and crushes sugar cravings in days", "efficacy"),
        ("Add another 10 drops whenever cravings hit", "dosing"),
        ("Scientists have shown that ketones melt visceral fat", "establishment"),
        ("Down two dress sizes by my sister's wedding", "testimonial"),
        ("Most customers use it daily without a problem", "safety"),
    ]),
    "a4_knee_clinic_balanced.md": ("promo", False, []),
    "a5_nootropic_store.md": ("promo", True, [
        ("BrainForge sharpens memory and clears brain fog within 30 minutes", "efficacy"),
        ("On exam days, double up to 4", "dosing"),
        ("Clinically proven to boost IQ by 12 points", "establishment"),
        ("Nine out of ten students score higher after a week", "efficacy"),
        ("Now I remember everything", "testimonial"),
        ("Our last drop sold out in 3 hours", "promotional"),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_claim_labels

    write_claim_labels(HERE, DOCS)
