"""Labels for held-out set B: written before it was ever linted (first score P 0.897 R 0.456), then tuned on.

Run from anywhere: python tests/quality/b/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import C, D, E, P, R, S, SA, T, main  # noqa: E402

DOCS = {
    "u01_nad_iv.md": ("promo", True, [
        ("The Fountain of Youth in a Drip", P, "anti-ageing hype heading"),
        ("Our NAD+ infusions reverse cellular aging, sharpen memory and focus", E, "anti-ageing and cognitive claims"),
        ("treat addiction by resetting the brain's reward pathways", E, "disease treatment claim"),
        ("safe and effective treatment for chronic fatigue, brain fog and Parkinson's disease", E, "warning-letter phrase with diseases"),
        ("Trusted by the stars", T, "celebrity endorsement heading"),
        ("Hollywood celebrities and Silicon Valley CEOs swear by NAD+", T, "celebrity endorsement"),
        ("Each 500 mg infusion takes 2 to 4 hours.", D, "dose without individualisation"),
        ("Most clients book a loading series of 10 infusions over two weeks.", D, "regimen without clinical context"),
        ("I have more energy at 60 than I did at 40.", T, "outcome testimonial"),
        ("Our infusions contain only FDA-approved ingredients.", R, "ingredient status used to imply product approval"),
    ], []),
    "u02_ozone.html": ("promo", True, [
        ("Ozone therapy kills viruses, bacteria and fungi in your blood", E, "anti-infective claim"),
        ("It is an effective treatment for Lyme disease, shingles and long COVID", E, "disease treatment claim"),
        ("many of our patients with autoimmune disease no longer need their medications", T, "clinic anecdote as evidence, discourages care"),
        ("Backed by research</h2>", S, "establishment heading"),
        ("Studies have shown that ozone improves circulation", S, "uncited establishment claim"),
        ("Over 4,000 scientific papers support its use.", S, "vague quantity of evidence"),
        ("ozone therapy has no known side effects", SA, "denies side effects"),
        ("After six treatments my Lyme symptoms were gone.", T, "outcome testimonial"),
        ("Only a few appointments remain this month.", P, "scarcity"),
    ], [("Is ozone therapy safe?", SA)]),
    "u03_red_light.md": ("promo", True, [
        ("Grows thicker, fuller hair in 8 weeks", E, "outcome promise bullet"),
        ("Heals wounds and scars 3x faster", E, "healing claim"),
        ("Erases fine lines and wrinkles", E, "outcome promise bullet"),
        ("Relieves arthritis and back pain", E, "disease relief claim"),
        ("the most powerful home panel on the market", C, "superiority claim"),
        ("completely non-invasive with zero downtime and no risks", SA, "denies risk"),
        ("who have transformed their skin and health", T, "customer outcome claim"),
    ], []),
    # relabelled by `balance`: the page's only risk talk is "side effects such as acne are rare and easily
    # managed", which issue 3 counts as minimising, not as disclosure ("a page whose only risk talk minimises
    # ... is flagged as well"); the integrator's blind-set note says the same
    "u04_trt.md": ("promo", True, [
        ("It could be low T.", P, "self-diagnosis prompt"),
        ("with no in-person visit or lab appointment required", P, "implies supervision unnecessary"),
        ("Your medication ships discreetly to your home.", P, "home delivery convenience"),
        ("Feel 25 again", P, "emotive youth appeal"),
        ("Testosterone therapy boosts energy, builds lean muscle, burns belly fat and restores your sex drive.", E, "outcome claims"),
        ("Men in our program report sharper focus and better mood within weeks.", T, "patient reports as evidence"),
        ("Most men inject 200 mg of testosterone cypionate every week.", D, "dose without individualisation"),
        ("add anastrozole 0.5 mg twice weekly to control estrogen", D, "add-on regimen without context"),
        ("TRT is proven safe when monitored.", SA, "absolute safety"),
        ("are rare and easily managed", SA, "side effects minimised"),
    ], [("Is TRT safe?", SA)]),
    "u05_gummies.md": ("promo", True, [
        ("Burn fat while you sleep!", E, "outcome promise"),
        ("KetoBurn gummies melt stubborn belly fat fast.", E, "outcome promise"),
        ("Customers lose up to 30 pounds in 30 days", E, "quantified rapid weight loss"),
        ("clinically tested formula", S, "implied establishment"),
        ("blocks fat absorption and kills sugar cravings instantly", E, "mechanism and outcome claim"),
        ("This weight-loss breakthrough", P, "hype"),
        ("is 100% natural", SA, "natural-therefore-safe"),
        ("guaranteed to work, or your money back", E, "guaranteed result"),
        ("supplies are running out fast due to huge demand", P, "scarcity"),
        ("Claim your discounted bottles before they're gone!", P, "urgency and discount"),
    ], []),
    "u06_ketamine_troches.md": ("promo", True, [
        ("Ketamine therapy, prescribed online and delivered to your door.", P, "home delivery, no monitoring"),
        ("Unlike SSRIs, which can take months to work", C, "speed contrast with a drug class"),
        ("ketamine starts working in as little as 24 hours", E, "onset claim"),
        ("It is non-habit forming", SA, "denies addiction risk"),
        ("has been approved by the FDA for decades", R, "anaesthetic approval in a psychiatric pitch"),
        ("Ketamine treats anxiety, depression and PTSD", E, "disease treatment claim"),
        ("we ship sublingual ketamine troches to your home", P, "at-home ketamine without monitoring"),
        ("Take one troche (100 mg to 200 mg) during each guided session", D, "self-administered dose"),
        ("Ketamine saved my life. My depression lifted after the second session.", T, "outcome testimonial"),
        ("Thousands of patients have found relief.", T, "anecdotal outcome claim"),
        ("Your breakthrough is waiting.", P, "hype"),
    ], []),
    "n_u1_iv_vitamin_faq.md": ("neutral", False, [], [
        ("There is little evidence that IV vitamin drips boost immunity, cure hangovers", E),
        ("Is IV vitamin therapy safe?", SA),
        ("used in hospitals to treat dehydration", E),
        ("high-dose vitamin C can cause kidney stones", D),
    ]),
    "n_u2_hrt_leaflet.md": ("neutral", False, [], [
        ("HRT is a treatment to relieve symptoms of the menopause", E),
        ("it can help relieve most menopausal symptoms", E),
        ("there is no good evidence that they are safer or more effective", C),
        ("Your GP will start you on the lowest dose", D),
        ("The benefits of HRT usually outweigh the risks", SA),
    ]),
    "n_u3_back_pain_leaflet.md": ("neutral", False, [], [
        ("Most low back pain gets better within a few weeks", E),
        ("may help some people with low back pain", E),
        ("Serious complications, such as nerve damage, are rare but have been reported", SA),
        ("There is no good evidence that spinal manipulation treats conditions such as asthma", E),
        ("Is spinal manipulation safe?", SA),
    ]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
