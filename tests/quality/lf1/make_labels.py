"""Labels for probe set lf1 (leaflet), written before its first run.

Seven neutral patient leaflets in my own words (NHS / MedlinePlus / package-insert
summary style): what the medicine is for and how it works, real doses, onset,
missed-dose advice, side effects with frequencies, when to get help. None of it is
promotional, so every page has zero findings; the hard negatives are the leaflet
sentences that look most like claims, dosing regimens or safety talk.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
E, S, SA, D, R, C, P, T = ("efficacy", "establishment", "safety", "dosing",
                           "regulatory_status", "comparative", "promotional", "testimonial")

DOCS = {
    "lf01_citalopram.md": ("neutral", False, [], [
        ("It is used to treat depression and panic disorder in adults.", E),
        ("Citalopram works by increasing the amount of serotonin available between nerve cells", E),
        ("the usual starting dose for adults is 20 mg a day", D),
        ("Your doctor may increase this to a maximum of 40 mg a day.", D),
        ("it usually takes 4 to 6 weeks before you feel the full benefit", E),
        ("Never take 2 doses at the same time to make up for a forgotten one.", D),
        ("Serious side effects are rare and happen in fewer than 1 in 1,000 people.", SA),
    ]),
    "lf02_naproxen.md": ("neutral", False, [], [
        ("It is used to relieve pain and swelling in conditions such as rheumatoid arthritis", E),
        ("This reduces the production of prostaglandins", E),
        ("you will usually take 750 mg at first and then 250 mg every 8 hours", D),
        ("For pain, naproxen starts to work within 1 hour.", E),
        ("Do not take an extra dose to catch up.", D),
        ("Naproxen is not suitable for everyone.", SA),
    ]),
    "lf03_beclometasone_inhaler.md": ("neutral", False, [], [
        ("It is called a preventer because it stops asthma attacks from happening.", E),
        ("Beclometasone works by reducing swelling and irritation in the lining of the airways.", E),
        ("The usual dose for adults is 1 or 2 puffs twice a day", D),
        ("You should notice your symptoms getting better within 1 week", E),
        ("Most people who use a steroid inhaler get no side effects or only mild ones.", SA),
    ]),
    "lf04_bisoprolol.md": ("neutral", False, [], [
        ("It is used to treat high blood pressure, angina", E),
        ("Bisoprolol slows down your heart rate and makes it easier for your heart to pump blood around your body.", E),
        ("Your doctor will increase it slowly, usually every 1 to 2 weeks, up to 10 mg a day", D),
        ("Bisoprolol starts to lower your blood pressure within a few hours of the first dose", E),
        ("Do not take a double dose.", D),
    ]),
    "lf05_liothyronine.md": ("neutral", False, [], [
        ("It is used to treat an underactive thyroid gland (hypothyroidism)", E),
        ("which brings your metabolism back to a normal rate", E),
        ("Your specialist may raise it by 10 micrograms every 1 to 2 weeks", D),
        ("Liothyronine acts faster than levothyroxine.", C),
        ("most people notice they have more energy within a few days", E),
        ("you will probably need to take thyroid hormone for the rest of your life", D),
    ]),
    "lf06_nicotine_gum.md": ("neutral", False, [], [
        ("It helps you stop smoking by relieving the cravings and withdrawal symptoms", E),
        ("This reduces urges to smoke and symptoms such as irritability and poor concentration.", E),
        ("Most people need 8 to 12 pieces a day.", D),
        ("The gum starts to ease cravings within a few minutes of chewing.", E),
        ("Using NRT is much safer than continuing to smoke.", C),
        ("For free support to stop smoking, contact your local stop smoking service.", P),
    ]),
    "lf07_atorvastatin.md": ("neutral", False, [], [
        ("It is also used to prevent heart disease, including heart attacks and strokes, in people at higher risk.", E),
        ("Lowering LDL cholesterol (\"bad\" cholesterol) slows the build-up of fatty deposits in your arteries.", E),
        ("Your doctor may increase your dose, up to a maximum of 80 mg a day", D),
        ("Your cholesterol will usually start to fall within 2 weeks", E),
        ("You will usually need to take atorvastatin for the rest of your life.", D),
    ]),
}

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from make_labels import main

    main(HERE, DOCS)
