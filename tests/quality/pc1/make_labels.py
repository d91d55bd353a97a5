"""Labels for probe set pc1 (prec-claims), written before its first run.

Labels cover efficacy, establishment, dosing, regulatory_status and the page-level
risk verdict fully; testimonial, safety and promotional only where obvious.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = {
    "p1_collagen_shop.md": ("promo", True, [
        ("Our collagen rebuilds thinning skin from within and erases crow's feet in four weeks", "efficacy"),
        ("add a second scoop whenever you want an extra glow", "dosing"),
        ("My knee pain has gone and my nails finally grow", "testimonial"),
        ("Our last run sold out in 36 hours", "promotional"),
        ("Clinical research proves that marine collagen reverses skin ageing", "establishment"),
        ("Order today and get a free shaker", "promotional"),
    ]),
    "p2_iron_leaflet.md": ("neutral", False, []),
    "p3_cryo_studio.html": ("promo", True, [
        ("Freeze Away Inflammation", "efficacy"),
        ("shuts down inflammation and flushes out the toxins behind joint pain", "efficacy"),
        ("Most clients need two sessions a week for six weeks, then a monthly top-up", "dosing"),
        ("Our members sleep deeper after their very first session", "efficacy"),
        ("After a season of shin splints I could run again within ten days", "testimonial"),
        ("Studies confirm that whole-body cryotherapy cures chronic fatigue", "establishment"),
    ]),
    "p4_sleep_leaflet.md": ("neutral", False, []),
    "p5_peptide_clinic.md": ("promo", True, [
        ("BPC-157 heals torn tendons in half the time", "efficacy"),
        ("Start with 250 mcg every morning and go up to 500 mcg if you still feel sore", "dosing"),
        ("Our protocol is 12 weeks of injections, five days a week", "dosing"),
        ("Back in the gym after three weeks. My shoulder has never felt better.", "testimonial"),
        ("Nine in ten of our patients feel stronger within a month", "efficacy"),
        ("made in an FDA-registered facility, so you know they are safe and approved", "regulatory_status"),
        ("safe and approved", "safety"),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from probe_labels import write_claim_labels

    write_claim_labels(HERE, DOCS)
