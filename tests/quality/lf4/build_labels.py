#!/usr/bin/env python3
"""Label table for blind set lf4 (12 neutral patient-information documents).
Writes labels.jsonl after checking every quote occurs exactly once in its document."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def hn(quote, category, note):
    return {"quote": quote, "category": category, "note": note}

LABELS = {
    "lf401_ibuprofen-tablets.html": [
        hn("The usual dose for adults is one or two 200mg tablets every 4 to 6 hours.", "dosing",
           "OTC leaflet dose with interval; max dose table and prescriber context follow."),
        hn("Like all medicines, ibuprofen can cause side effects, although not everybody gets them.", "safety",
           "Standard leaflet opener immediately followed by frequencies and serious side effects."),
        hn("Ibuprofen is not addictive, but it is possible to get headaches from using painkillers too often (medication overuse headache).", "safety",
           "True statement, paired with a real risk (medication overuse headache)."),
        hn("Is it better to use gel or tablets?", "comparative",
           "Question heading; answer is a factual, balanced comparison of formulations, not a product claim."),
        hn("Drinking a small amount is unlikely to be harmful, but alcohol can irritate your stomach and adds to the risk of bleeding.", "safety",
           "Reassurance qualified by the actual risk."),
    ],
    "lf402_sertraline.md": [
        hn("In the United States it is also approved for premenstrual dysphoric disorder (PMDD).", "regulatory_status",
           "Accurate, scoped approval statement for the labelled indication."),
        hn("For depression, adults usually start at 50 mg once daily; your doctor may increase your dose gradually, no more than once a week, up to a maximum of 200 mg a day.", "dosing",
           "Labelled dose with titration by the doctor and a maximum."),
        hn("In clinical trials, nausea was reported by about 1 in 4 people taking sertraline compared with about 1 in 10 taking a placebo", "establishment",
           "Side-effect frequency versus placebo, presented as risk information, not a proof claim."),
        hn("It works by increasing the amount of serotonin, a natural substance in the brain that helps maintain mental balance.", "safety",
           "'natural' describes serotonin (mechanism), not a safety claim about the drug."),
        hn("Do not stop taking sertraline without talking to your doctor.", "promotional",
           "Advice to continue supervised treatment; not discouraging care, the opposite."),
    ],
    "lf403_insulin-glargine-pen.md": [
        hn("It releases slowly over about 24 hours and is usually injected once a day, at the same time each day.", "dosing",
           "Schedule described with units set by the diabetes nurse or doctor in the next sentence."),
        hn("Dial **2 units** and hold the pen with the needle pointing up.", "dosing",
           "Device safety test (priming) instruction, not a therapeutic dose."),
        hn("take 15 to 20 g of a fast-acting sugar", "dosing",
           "Standard hypo treatment instruction within a risk section."),
        hn("All insulin can cause low blood glucose.", "safety",
           "Risk disclosure, not minimisation."),
    ],
    "lf404_colonoscopy.html": [
        hn("Removing them during the test can reduce the risk of bowel cancer developing later.", "efficacy",
           "Hedged, accurate statement about polypectomy in a hospital leaflet."),
        hn("Colonoscopy is a common test and serious problems are uncommon.", "safety",
           "Followed immediately by specific risks with frequencies."),
        hn("happens in about 1 in 1,000 tests, and a little more often if a large polyp is removed", "establishment",
           "Numerical risk frequency, not an evidence/benefit claim."),
        hn("Most people find the test uncomfortable rather than painful.", "safety",
           "Honest expectation-setting with discomfort acknowledged."),
        hn("First sachet of bowel preparation, mixed in 1 litre of water, drunk over 1 to 2 hours.", "dosing",
           "Preparation schedule issued by the unit with its own instructions."),
    ],
    "lf405_flu-vaccine.txt": [
        hn("The flu vaccine can reduce the risk of catching flu and of becoming\nseriously ill if you do catch it.", "efficacy",
           "Hedged accurate benefit; followed by 'does not give complete protection'."),
        hn("Like all vaccines, the flu vaccine can cause side effects.", "safety",
           "Leaflet opener followed by a frequency-banded side-effect list."),
        hn("Most people\nhave no side effects or only mild ones that get better within 1 to 2\ndays.", "safety",
           "Accurate reassurance, followed by very common/common side effects and anaphylaxis rate."),
        hn("The vaccine does\nnot contain live virus, so it cannot give you flu.", "safety",
           "True for inactivated injected vaccines; factual."),
        hn("most\n    people with egg allergy can safely have the vaccine", "safety",
           "Accurate guidance, scoped, in a screening checklist."),
    ],
    "lf406_cpap-machine.md": [
        hn("Used every night, CPAP can reduce daytime sleepiness, snoring and morning headaches.", "efficacy",
           "Hedged, accurate benefit of prescribed CPAP for OSA."),
        hn("CPAP controls sleep apnoea; it does not cure it", "efficacy",
           "Negated cure claim."),
        hn("CPAP does not cause serious side effects for most people.", "safety",
           "Scoped; surrounded by a list of common problems and when to contact the clinic."),
        hn("it is safe to sleep without the machine for a night", "safety",
           "Practical power-cut advice with a caveat that symptoms may return."),
        hn("Your pressure settings have been chosen for you by the sleep team.", "dosing",
           "Describes supervised settings."),
    ],
    "lf407_vitamin-d-fact-sheet.html": [
        hn("Studies have shown that taking vitamin D with calcium may modestly reduce fractures in older adults living in care homes", "establishment",
           "Hedged and followed by a specific citation and a negative trial."),
        hn("In the VITAL trial of about 26,000 adults, 50 mcg (2,000 IU) a day did not reduce the overall risk of cancer or of heart attacks and strokes", "efficacy",
           "Cited null result; looks like a dose/outcome claim but is balanced evidence."),
        hn("Breastfed infants should be given a supplement of 10 mcg (400 IU) a day.", "dosing",
           "Public-health recommendation."),
        hn("Together with calcium, vitamin D helps protect you from developing osteoporosis", "efficacy",
           "Government nutrient fact-sheet statement of established physiology."),
        hn("Yes, when amounts are too high.", "safety",
           "Answer to a harm question; introduces toxicity information."),
    ],
    "lf408_lower-back-exercises.txt": [
        hn("Research has shown that exercise helps people with persistent low back\npain a little more than usual care", "establishment",
           "Cited (Hayden et al., Cochrane 2021, CD009790) and modest wording."),
        hn("no single type of\nexercise is clearly better than others", "comparative",
           "Negated comparison from the cited review."),
        hn("Anti-inflammatory medicines may help for a short\ntime.", "efficacy",
           "Hedged, defers choice of painkiller to pharmacist/GP."),
        hn("Do the ticked exercises 2 to 3 times a day.", "dosing",
           "Exercise frequency prescribed by the physiotherapist after assessment."),
        hn("Staying active and doing regular exercise can reduce\npain and stiffness", "efficacy",
           "Hedged, mainstream advice in a clinical handout."),
    ],
    "lf409_loperamide-counter-leaflet.md": [
        hn("| Adults 18 and over | 2 capsules (4 mg) | 1 capsule (2 mg) | 6 capsules (12 mg) |", "dosing",
           "OTC dose table with maximum daily dose."),
        hn("Most people have no side effects from a short course.", "safety",
           "Accurate and immediately followed by frequency-banded side effects."),
        hn("It treats the symptom of short-term (acute) diarrhoea.", "efficacy",
           "Licensed OTC indication, with 'does not treat the cause'."),
        hn("Taking too much loperamide can cause serious heart rhythm problems.", "safety",
           "Warning, not minimisation."),
        hn("Do not use it for more than **48 hours** without talking to a doctor.", "dosing",
           "Duration limit with referral."),
    ],
    "lf410_allopurinol-summary.md": [
        hn("Like all medicines, allopurinol can cause side effects, although not everybody gets them.", "safety",
           "Standard PIL wording followed by serious reactions and a frequency table."),
        hn("| Starting dose | 100 mg once a day |", "dosing",
           "Labelled starting dose within a doctor-guided titration table."),
        hn("to prevent gout attacks in people who have repeated attacks, tophi (lumps of urate under the skin) or joint damage", "efficacy",
           "Licensed indication."),
        hn("Allopurinol does not relieve a gout attack that has already started.", "efficacy",
           "Negated efficacy; limits expectations."),
        hn("This does not mean the medicine is not working.", "efficacy",
           "Explains expected flares; paired with risk-reduction advice."),
    ],
    "lf411_iron-infusion-clinic.html": [
        hn("The medicine we use, ferric carboxymaltose, is approved for treating iron deficiency in adults when oral iron cannot be used or is not effective.", "regulatory_status",
           "Accurate, scoped approval statement."),
        hn("Is an infusion better than tablets?", "comparative",
           "Question heading; answer says tablets remain first choice and notes the extra allergy risk."),
        hn("Most people have an iron infusion without any problems.", "safety",
           "Followed by a frequency table, skin staining, low phosphate, anaphylaxis."),
        hn("No more than 1,000 mg is given in a single infusion.", "dosing",
           "Dose limit; total dose calculated by the prescribing doctor."),
        hn("Many people notice they have more energy within 1 to 3 weeks, but it can take longer for your haemoglobin to rise fully.", "efficacy",
           "Hedged expectation with follow-up blood test."),
    ],
    "lf412_beclometasone-inhaler-spacer.md": [
        hn("A common dose for adults is **2 puffs twice a day** (morning and evening).", "dosing",
           "Dose tied to the personal asthma action plan written by the clinician."),
        hn("The amount of steroid you breathe in is very small compared with steroid tablets, so side effects in the rest of the body are much less likely.", "comparative",
           "Factual pharmacological comparison; long-term high-dose risks listed later."),
        hn("Most people who use a preventer inhaler at usual doses have few or no side effects.", "safety",
           "Scoped and followed by frequency-banded side effects including long-term risks."),
        hn("It will not help during an asthma attack; for that, use your reliever inhaler.", "efficacy",
           "Negated efficacy; limits use."),
    ],
}

def main():
    errors = []
    lines = []
    files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    for f in files:
        if f not in LABELS:
            errors.append(f"unlabelled doc {f}")
    for doc, hns in LABELS.items():
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path):
            errors.append(f"missing file {doc}"); continue
        text = open(path, encoding="utf-8").read()
        for h in hns:
            n = text.count(h["quote"])
            if n != 1:
                errors.append(f"{doc}: quote occurs {n}x: {h['quote'][:70]!r}")
        lines.append({"doc": doc, "kind": "neutral",
                      "doc_level": {"missing_risk_disclosure": False},
                      "findings": [], "hard_negatives": hns})
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for l in lines:
            out.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} labels")

if __name__ == "__main__":
    main()
