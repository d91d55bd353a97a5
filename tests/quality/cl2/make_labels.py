"""Probe set cl2 (claims helper): written after round 2 and labelled before its first run.
Only efficacy and establishment are labelled; other categories' rows are not meaningful here.

Run from anywhere: python tests/quality/cl2/make_labels.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_labels import E, S, main  # noqa: E402

DOCS = {
    "q01_neurofeedback.md": ("promo", False, [
        ("settles the restless mind of a child with ADHD", E, "ADHD claim"),
        ("Within ten sessions, focus and homework time improve dramatically", E, "onset and magnitude"),
        ("which dissolves anxiety at its source", E, "anxiety cure-like claim"),
        ("Neuroscience confirms that the brain can change at any age", S, "science confirms"),
    ], [("Neurofeedback may help some children concentrate", E)]),
    "q02_probiotic.md": ("promo", False, [
        ("rebalances your microbiome and puts an end to bloating", E, "gut and symptom claim"),
        ("People with IBS find their flare-ups settle within days", E, "IBS outcome with onset"),
        ("validated in human trials", S, "validated claim"),
        ("Our strains seal a leaky gut and calm the inflammation that drives eczema", E, "disease claims"),
    ], [("A healthy diet with plenty of fibre supports digestion", E)]),
    "q03_laser_back.md": ("promo", False, [
        ("dissolves sciatica at the root", E, "cure-like claim"),
        ("Most of our patients walk out standing taller and free of back pain", E, "outcome rate"),
        ("Laser energy jump-starts cellular repair in herniated discs", E, "repair mechanism"),
        ("Hundreds of peer-reviewed studies stand behind low-level laser therapy", S, "evidence quantity"),
    ], [("Low-level laser therapy has not been proven to help chronic low back pain", E)]),
    "q04_cbd.md": ("promo", False, [
        ("melt away tension and knock seizures down to a fraction", E, "seizure claim"),
        ("Our balm takes the sting out of arthritis in minutes", E, "arthritis claim with onset"),
        ("Backed by science", S, "backed by science"),
        ("Doctors around the country now recommend CBD to their patients", S, "expert appeal"),
    ], [("CBD may make some people feel more relaxed", E)]),
    "q05_hair.md": ("promo", False, [
        ("wakes up dormant follicles and reverses thinning in as little as three months", E, "reversal with onset"),
        ("Our injections bring back a full head of hair", E, "hair regrowth"),
        ("Male pattern baldness is no match for our protocol", E, "implied cure"),
        ("Clinically demonstrated results", S, "clinically demonstrated"),
    ], [("PRP is not suitable for everyone with hair loss", E)]),
    "q06_nad.md": ("promo", False, [
        ("turns back the clock on your cells and repairs damaged DNA", E, "anti-ageing and repair"),
        ("sharper thinking and boundless energy by the end of the drip", E, "immediate outcome"),
        ("Our longevity protocol slows biological ageing", E, "anti-ageing"),
    ], [("We cannot promise that any drip will extend your life", E)]),
    "q07_sleep.md": ("promo", False, [
        ("rebuilds natural sleep and frees you from sleeping pills for good", E, "absolute outcome"),
        ("Patients with chronic insomnia sleep through the night within two weeks", E, "insomnia outcome with onset"),
        ("grounded in decades of sleep science", S, "science appeal"),
    ], [("A 2015 meta-analysis found CBT-I improved sleep onset", E)]),
    "q08_allergy.md": ("promo", True, [
        ("retrain your immune system to ignore pollen", E, "immune retraining"),
        ("Say farewell to hay fever season", E, "goodbye promise"),
        ("Our drops desensitize children to peanut allergy at home", E, "allergy treatment claim"),
        ("Allergy specialists trust our formulation", S, "expert appeal"),
    ], [("Does this replace your EpiPen?", E)]),
    "r01_statins.md": ("neutral", False, [], [("Statins are medicines that lower the level of cholesterol", E),
                                             ("Statins reduce this risk", E)]),
    "r02_eczema.md": ("neutral", False, [], [("Steroid creams reduce inflammation during flare-ups", E)]),
    "r03_physio.md": ("neutral", False, [], [("The exercises strengthen the muscles around your new knee", E),
                                            ("Ice and raising your leg help reduce swelling", E)]),
}

if __name__ == "__main__":
    main(HERE, DOCS)
