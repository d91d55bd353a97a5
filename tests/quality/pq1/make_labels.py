"""Labels for probe set pq1 (prec-claims2), written before its first run.

Six pages in my own words. Labelled the way the blind writers of sets f-m label:
efficacy, establishment, dosing, regulatory_status and the page-level risk verdict
fully (dosing only where a dose is sold, escalated on request or left open-ended;
plain directions, a typical course and a trial's dose are not findings), other
categories where obvious. Hard negatives name the near misses this round taught
the rules to leave alone, plus new ones.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = {
    "q1_glp1_program.md": ("promo", True, [
        ("the exact same medicine as Wegovy", "regulatory_status", "sameness with an approved brand"),
        ("Appetite quiet by the end of your first week", "efficacy", "onset promise"),
        ("Members shed an average of 18 lbs in their first three months", "efficacy", "typical result"),
        ("Steadier blood sugar and lower cholesterol", "efficacy", "marker claim"),
        ("prepared in an FDA-registered pharmacy, so you know it is safe and approved", "regulatory_status", "registration as approval"),
        ("you know it is safe", "safety", "registration as proof of safety"),
        ("Your dose goes up every four weeks.", "dosing", "fixed escalation for everyone"),
        ("Just reply to your monthly text and we'll move you to the next strength", "dosing", "step-up on request"),
        ("First month $99 with code TRIM.", "promotional", "price inducement"),
    ], [
        ("adults with obesity who injected semaglutide 2.4 mg weekly lost about 15% of their body weight", "trial report"),
        ("4 weekly pens, 0.25 mg", "price table row"),
        ("A licensed clinician reviews it, usually within 24 hours.", "service turnaround"),
    ]),
    "q2_tms_centre.html": ("promo", False, [
        ("We also offer it for tinnitus, long COVID fatigue and chronic pain.", "regulatory_status", "uses beside a clearance"),
        ("Most of our patients feel the fog lift within the first week.", "efficacy", "onset promise"),
    ], [
        ("FDA-cleared for the treatment of major depressive disorder in adults", "labelled indication"),
        ("A standard course is 36 sessions over about nine weeks", "typical course"),
        ("46% had at least a 50% drop in their depression questionnaire score", "figure with sample and measure"),
        ("Seizures are rare but possible.", "risk information"),
    ]),
    "q3_gut_gummies.md": ("promo", True, [
        ("Bloating gone in 7 days, or your money back.", "efficacy", "onset promise with a refund"),
        ("Our strains have been studied in over 25 clinical trials", "establishment", "research volume"),
        ("Gastroenterologists agree that a balanced gut is the key to lifelong health", "establishment", "expert consensus"),
        ("just double up; there's no such thing as too many", "dosing", "open-ended doubling"),
        ("Six weeks in and my IBS has completely disappeared.", "testimonial", "cure story"),
        ("BloomBelly is 100% natural, so there are no side effects.", "safety", "natural means safe"),
    ], [
        ("Third-party lab tested for purity and potency", "quality testing"),
    ]),
    "q4_ibuprofen_leaflet.md": ("neutral", False, [], [
        ("It is used to relieve mild to moderate pain", "indication"),
        ("take one or two tablets with water, up to three times a day", "labelled directions"),
    ]),
    "q5_oxygen_lounge.md": ("promo", True, [
        ("Heal faster, think sharper, age slower", "efficacy", "tagline claims"),
        ("regenerating damaged cartilage and rebuilding the nerves behind chronic pain", "efficacy", "tissue repair claim"),
        ("A 2021 study proved that hyperbaric oxygen reverses the ageing of your cells.", "establishment", "uncited proof"),
        ("FDA-approved for 13 conditions, so you can trust it for recovery, fatigue and brain health too", "regulatory_status", "approval stretched"),
        ("The more sessions you book, the faster you heal.", "dosing", "more is better"),
        ("keep a weekly top-up for life", "dosing", "indefinite use"),
        ("Oxygen is completely natural.", "safety", "natural means safe"),
        ("Ear popping is about all most members notice.", "safety", "minimised risk"),
    ], [
        ("| 10 sessions | $1,200 |", "price table row"),
    ]),
    "q6_knee_physio.md": ("promo", False, [], [
        ("Exercise therapy has been shown to reduce knee pain modestly", "cited, modest"),
        ("Some people notice less stiffness after a few weeks", "hedged"),
        ("Most people attend one class a week.", "typical attendance"),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from make_labels import main

    main(HERE, DOCS)
