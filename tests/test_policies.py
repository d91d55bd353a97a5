"""The context policies, one behaviour per test, on short texts of our own."""
from __future__ import annotations

import pytest

from healthlint.api import parse
from healthlint.policies import POLICIES


def check(policy: str, text: str, target: str, fmt: str = "markdown") -> bool:
    doc = parse(text, fmt, "t")
    start = doc.prose.index(target)
    return POLICIES[policy](doc, start, start + len(target))


@pytest.mark.parametrize("text,target", [
    ("This treatment is not a cure for arthritis.", "cure"),
    ("There is no guarantee of results.", "guarantee of results"),
    ("Ketamine is never a first treatment for depression.", "first treatment"),
    ("Claims that CBD cures cancer are not supported by evidence.", "cures cancer"),
    ("There is not enough evidence that vitamin D prevents COVID-19.", "prevents COVID-19"),
    ("It has not been shown to reverse ageing.", "reverse ageing"),
    ("Be wary of clinics that claim their treatment cures many diseases.", "cures many diseases"),
    ("Websites that promise to cure autism are breaking the law.", "cure autism"),
    ("Be careful with creams sold online that claim to cure psoriasis.", "cure psoriasis"),
    ("You may see courses and apps that say they can stop stammering for good. Be cautious about them.", "for good"),
    ("Be cautious about any device that promises a cure.", "a cure"),
    # a kind of treatment denied as a whole, and an open question
    ("No complementary or alternative therapy has been shown to cure cancer.", "to cure"),
    ("Trials are still testing whether LDN works better than placebo.", "works better than"),
    ("The trial was not designed to show whether B vitamins prevent dementia.", "prevent dementia"),
    ("Larger trials are needed before anyone can say whether CBD helps with sleep.", "helps with sleep"),
    # a third party's claim told as a fact about the market, in an information page
    ("Some products claim to treat or reverse gum disease, including lozenges.", "reverse gum disease"),
    ("The FDA has warned about therapies marketed with claims that they cure autism.", "cure autism"),
    # a negative quantifier as the clause's subject, further back than the five-word window
    ("None of these treatments is a guaranteed cure, and pain can come back.", "guaranteed cure"),
    ("Neither cream on this page is a permanent fix.", "permanent fix"),
    ("There is no supplement that can prevent or cure a hangover.", "cure a hangover"),
    # ... after a conjunction, and further back than eight words
    ("It is a food supplement, not a medicine, and there is no supplement that has been shown to cure tinnitus.",
     "cure tinnitus"),
    ("In trials it was no better than placebo at relieving pain.", "relieving pain"),
    # a sentence that says the research is thin or negative
    ("There is little research to support the specific claims made for it.", "research to support"),
    ("Current evidence does not show that they offer benefits over tap water.", "benefits over"),
    # a denied subject listed with commas, a lead-in that denies a whole list, evidence called weak, a purchase warned off
    ("No vitamin, herbal product or dietary supplement has been shown to treat hearing loss.", "shown to treat"),
    ("What it won't do: build muscle without training, burn fat, or replace a decent diet.", "burn fat"),
    ("Evidence that static magnets relieve joint pain is weak.", "relieve joint pain"),
    ("So please don't buy this wrap expecting the magnets to treat arthritis.", "treat arthritis"),
    # the evidence denied in a contraction, and results too uneven to call
    ("We haven't seen good evidence that massage guns speed up healing.", "speed up healing"),
    ("Some reported more milk than on placebo; the results are not consistent enough to be sure.", "more milk"),
    ("Both creams have been studied and neither has been shown to be clearly better.", "studied"),
    ("That does not mean everyone will lose that much weight or go into remission.", "go into remission"),
    ("The trials were too small to show whether stockings reduce clots.", "reduce clots"),
])
def test_negated(text, target):
    assert check("negated", text, target)


@pytest.mark.parametrize("text,target", [
    ("Our infusions cure chronic pain.", "cure"),
    ("There is a reason our infusions cure chronic pain.", "cure chronic pain"),
    ("Our lozenges reverse gum disease, unlike what some products claim.", "reverse gum disease"),
    ("It cures pain, but not everyone responds.", "cures pain"),
    ("Not every clinic is the same. Our drip cures hangovers.", "cures hangovers"),
    # a bullet or bar between slogans ends the clause: each slogan is read on its own
    ("No insurance needed \u00b7 No office visits", "No office visits"),
    ("No labs | Results in weeks", "Results in weeks"),
    # a FAQ answer "No." is a sentence of its own
    ("No. It cures hangovers.", "cures hangovers"),
    # the negative subject governs its own clause only
    ("None of our patients waited, and it cures hangovers for good.", "cures hangovers"),
    # emphasis, not denial
    ("There is no doubt that our tea cures colds.", "cures colds"),
    ("There is no better way to cure your colds than our tea.", "cure your colds"),
    ("No wonder our tea cures colds.", "cures colds"),
    ("There is no need to suffer when our balm relieves joint pain.", "relieves joint pain"),
    # "no other" is a boast
    ("No other clinic in the city works faster than ours.", "works faster than"),
    # a list of what the page leaves out, then the claim
    ("No surgery, no pills: our wrap treats arthritis.", "treats arthritis"),
    ("What it does: builds muscle and burns fat.", "burns fat"),
])
def test_not_negated(text, target):
    assert not check("negated", text, target)


@pytest.mark.parametrize("text,target", [
    ("It may relieve joint pain.", "relieve joint pain"),
    ("The balm can help relieve stiffness.", "relieve stiffness"),
    ("Some patients notice less pain after a week.", "less pain"),
    ("Evidence supports its potential as an effective treatment.", "effective treatment"),
    ("Some customers feel calmer within an hour.", "calmer"),
    ("Some men notice easier urination within the first week or two.", "within the first week"),
    ("Researchers think the pulses activate pain-control pathways.", "activate pain-control pathways"),
    ("It can also help prevent bone loss.", "prevent bone loss"),
    # an indication statement, and a mechanism offered as a theory
    ("The band is intended to help relieve nausea caused by motion sickness.", "relieve nausea"),
    ("The mechanism is not fully understood; one theory is that it calms the vagus nerve.", "calms the vagus nerve"),
])
def test_hedged(text, target):
    assert check("hedged", text, target)


def test_hedge_in_an_earlier_sentence_does_not_count():
    assert not check("hedged", "It may sting. The balm relieves joint pain.", "relieves joint pain")


@pytest.mark.parametrize("text", [
    "The balm relieved pain (Lee et al., 2019).",
    "The balm relieved pain (Lee 2019; Park 2021).",
    "The balm relieved pain in a trial published in JAMA in 2020.",
    "The balm relieved pain (doi:10.1001/jama.2020.1234).",
    "The balm relieved pain (PMID: 31234567).",
    "The balm relieved pain. A 2019 trial found this (Lee et al., Pain 2019).",
    "The balm relieved pain [1].\n\n## References\n\n1. Lee J. Pain 2019.",
    "The balm relieved pain in [a randomised trial](https://pubmed.ncbi.nlm.nih.gov/31234567/).",
    "The balm relieved pain in a 2017 meta-analysis (Sun et al., *Medicine*, 2017).",
    "The balm relieved pain, as Kim et al. (Dermatol Surg, 2019) showed.",  # abbreviated journal in the brackets
    "The balm relieved pain in a trial by Park et al. 2021.",
    "The balm relieved pain (for example, Park et al., World Psychiatry 2023).",  # journal named without brackets
    "The balm relieved pain. In a trial of the cream, 300 adults with arthritis reported less "
    "stiffness after twelve weeks (Lee et al., 2019).",
    "The balm relieved pain. (Lee et al., 2019) is the trial we rely on, with 300 adults followed for a year.",
    # a heading's claim is backed by the paragraph under it
    "## The balm relieved pain\n\nIn a trial (Lee et al., 2019), 300 adults reported less stiffness.",
    # a pointer to the study the page cites elsewhere
    "The balm relieved pain (see the study below).\n\nIn one trial (Lee et al., 2019), 300 adults took part.",
    # a national guideline named by its number
    "The balm relieved pain (NICE guideline NG23, updated 2024).",
])
def test_cited(text):
    assert check("cited", text, "relieved pain")


@pytest.mark.parametrize("text", [
    "The balm relieved pain.",
    "The balm relieved pain [1].",  # a footnote with no reference list resolves to nothing
    "The balm relieved pain. Book now. Lee et al. (2019) studied something else.",
    "The balm relieved pain, see [our blog](https://example.com/blog).",
    # a study told in full in the next sentence backs that report, not the claim before it
    "The balm is clinically proven and relieved pain. In a separate trial of the brand-name cream, "
    "300 adults with arthritis reported less stiffness after twelve weeks (Lee et al., 2019).",
    # the next paragraph's citation backs that paragraph's own statement
    "The balm relieved pain.\n\nFish oil is part of a healthy diet, but a review (Lee et al., 2019) found no effect.",
    # a pointer to a study the page never cites
    "The balm relieved pain (see the study below). Book now.",
    # NICE named without a guideline number is not a reference
    "The balm relieved pain, as NICE would want.",
])
def test_not_cited(text):
    assert not check("cited", text, "relieved pain")


def test_quoted_title_of_cited_work():
    assert check("quoted", 'A review titled "Ketamine cures nothing on its own" was published.', "cures nothing")


def test_scare_quotes_are_not_a_quotation():
    assert not check("quoted", 'Ketamine may "reset" the brain.', "reset")


@pytest.mark.parametrize("text,target,expected", [
    ("## Is ketamine safe?\n\nIt is completely safe.", "safe?", True),
    ("## Is ketamine safe?\n\nIt is completely safe.", "completely safe", False),
    ("Does it work when nothing else has?", "nothing else has", True),
    # asked and answered in one breath: the match runs on past the question mark into the claim
    ("The only side effect? A little soreness, which means it is working.",
     "The only side effect? A little soreness, which means it is working", False),
])
def test_question_covers_the_heading_not_its_answer(text, target, expected):
    assert check("question", text, target) is expected


@pytest.mark.parametrize("text,expected", [
    ("Take 50 mg daily as directed by your doctor.", True),
    ("The dose is determined by your physician after an evaluation: 50 mg.", True),
    ("Each infusion is monitored by a nurse. 50 mg is given.", True),
    ("Use 50 mg drops as shown on the label, four times a day.", True),
    ("Take 50 mg daily as your pharmacist advised.", True),
    ("Take paracetamol 50 mg up to four times a day. Follow the instructions on the label.", True),
    ("Take 50 mg daily.", False),
])
def test_supervised(text, expected):
    assert check("supervised", text, "50 mg") is expected


@pytest.mark.parametrize("text,expected", [
    ("Take 50 mg daily as directed by your doctor.", True),
    ("Take 25 mg daily, or as directed by your doctor. For faster results, take 50 mg.", False),
    ("Take 50 mg daily.", False),
])
def test_supervised_here_reads_only_the_sentence(text, expected):
    assert check("supervised_here", text, "50 mg") is expected


@pytest.mark.parametrize("text,target", [
    ('> "I lost 11 pounds in two months. My energy is back." - Jo', "lost 11 pounds"),
    ('"My skin cleared up and I feel like myself again." (Jordan, 5 stars)', "cleared up"),
])
def test_quotation_spanning_sentences_is_quoted(text, target):
    assert check("quoted", text, target)


def test_quote_closed_before_the_match_is_not_a_quotation():
    assert not check("quoted", '"Best clinic ever," said Jo. Our drip cures hangovers.', "cures hangovers")


@pytest.mark.parametrize("text,target,expected", [
    ("We do not claim that any single treatment will cure back pain.", "will cure", True),
    ("We don't recommend buying hearing aids solely to protect memory.", "protect memory", True),
    ("We can't promise when it will be back in stock, so order your supply today.", "order your supply today", False),
])
def test_disclaimer_governs_its_sentence(text, target, expected):
    assert check("negated", text, target) is expected


@pytest.mark.parametrize("text,target,expected", [
    ("Injections can ease pain for a few weeks in some people, but the effect wears off.", "ease pain", True),
    ("Our drip cures hangovers, and some people also sleep better.", "cures hangovers", False),
    ("One session does what years of pills never could.", "does what years of pills", False),
    ("One session could do what years of pills did.", "do what years of pills", True),
])
def test_hedge_later_in_the_same_clause(text, target, expected):
    assert check("hedged", text, target) is expected


@pytest.mark.parametrize("text,target", [
    ("# Tablets\n\n## Side effects\n\nAbout 1 in 10 people feel tired.\n", "1 in 10 people"),
    ("## If you forget a dose\n\nTake it when you remember.\n", "Take it"),
    ("## Warnings\n\n### Alcohol\n\nIt can make you sleepy within an hour.\n", "within an hour"),
    ("## Stopping the tablets\n\nReduce the dose over 2 weeks.\n", "Reduce the dose"),
    ("## How do I stop taking it?\n\nReduce the dose over 2 weeks.\n", "Reduce the dose"),
    ("<h2>Possible side effects</h2><p>Up to 1 in 100 people get a rash.</p>", "1 in 100 people"),
])
def test_risk_section(text, target):
    fmt = "html" if text.startswith("<") else "markdown"
    assert check("risk_section", text, target, fmt)


@pytest.mark.parametrize("text,target", [
    ("## How it works\n\nIt eases pain within an hour.\n", "within an hour"),
    ("## The science behind stopping hair loss\n\nIt regrows hair in weeks.\n", "regrows hair"),
    ("## Side effects\n\nNone.\n\n## Results\n\nMost people lose 10 kg.\n", "lose 10 kg"),
    ("No heading here: side effects are rare, and it works in minutes.", "works in minutes"),
    # a question put to the reader is a pitch, not a leaflet's stopping section
    ("## Coming off opioids?\n\nOur drops ease withdrawal in days.\n", "ease withdrawal"),
    # a heading that denies the risk is a selling point
    ("## No side effects\n\nOur drops cure anxiety.\n", "cure anxiety"),
    ("## Zero side effects, zero downtime\n\nIt works in minutes.\n", "works in minutes"),
    ("## Side effects? None at all\n\nIt works in minutes.\n", "works in minutes"),
])
def test_not_risk_section(text, target):
    assert not check("risk_section", text, target)


def test_plain_text_headings_make_risk_sections_too():
    assert check("risk_section", "SIDE EFFECTS\n\nAbout 1 in 10 people feel tired.\n", "1 in 10", "text")
    assert not check("risk_section", "NO SIDE EFFECTS\n\nIt works in minutes.\n", "works in", "text")


@pytest.mark.parametrize("text,target,fmt", [
    ("[Book your free consultation](/book)\n", "free consultation", "markdown"),
    ('<p><a class="cta" href="/book">Claim your free consultation</a></p>', "free consultation", "html"),
])
def test_linked(text, target, fmt):
    assert check("linked", text, target, fmt)


@pytest.mark.parametrize("text,target,fmt", [
    ("Book now and get a free consultation. [Book](/book)\n", "free consultation", "markdown"),
    ('<p>Claim your <a href="/offer">free</a> consultation today.</p>', "free consultation", "html"),
])
def test_not_linked(text, target, fmt):
    """Body copy, or a match that only partly overlaps a link, is not a button."""
    assert not check("linked", text, target, fmt)


@pytest.mark.parametrize("text,target,fmt", [
    ("# Reclaim your energy\n\nOur clinic offers IV therapy.\n", "Reclaim your energy", "markdown"),
    ("<html><head><title>Injections delivered to your door</title></head><body><p>Hi.</p></body></html>",
     "delivered to your door", "html"),
    ("<h1>Feel like yourself again</h1><p>We treat low mood.</p>", "Feel like yourself again", "html"),
])
def test_headline(text, target, fmt):
    assert check("headline", text, target, fmt)


@pytest.mark.parametrize("text,target,fmt", [
    ("# Clinic\n\n## Reclaim your energy\n\nText.\n", "Reclaim your energy", "markdown"),
    ("# Clinic\n\nReclaim your energy with our drips.\n", "Reclaim your energy", "markdown"),
])
def test_not_headline(text, target, fmt):
    """A second-level heading or the body copy under the headline is not the headline."""
    assert not check("headline", text, target, fmt)


@pytest.mark.parametrize("text,target,fmt", [
    ("# Clinic\n\n## Better than pills\n\nText.\n", "Better than pills", "markdown"),
    ("<h1>Clinic</h1><h3>Faster than any diet</h3><p>Text.</p>", "Faster than any diet", "html"),
])
def test_subheading(text, target, fmt):
    assert check("subheading", text, target, fmt)


@pytest.mark.parametrize("text,target,fmt", [
    ("# Better than pills\n\nText.\n", "Better than pills", "markdown"),
    ("# Clinic\n\n## Why us\n\nIt works better than pills.\n", "better than pills", "markdown"),
])
def test_not_subheading(text, target, fmt):
    """The headline, and the body copy under a subheading, are not subheadings."""
    assert not check("subheading", text, target, fmt)


def test_every_policy_is_implemented_allowed_and_documented():
    """A policy is named in three places: the schema that accepts it, the code that runs
    it and the rule reference that explains it; they must list the same names."""
    from typing import get_args

    from healthlint.ruledocs import POLICY_TEXT
    from healthlint.rules.schema import Policy

    assert set(get_args(Policy)) == set(POLICIES) == set(POLICY_TEXT)


@pytest.mark.parametrize("text,target,expected", [
    ("Stimulation reduces back pain for many people, but it rarely removes it completely.", "reduces back pain", True),
    ("The patches ease hot flushes, although they are not for everyone.", "ease hot flushes", True),
    ("Our laser fades scars, but results vary from person to person.", "fades scars", True),
    ("Injections relieve knee pain, though relief can fade after a few months.", "relieve knee pain", True),
    # a "but" that adds a promise is no concession
    ("Our drops relieve dry eye, but they also brighten tired eyes.", "relieve dry eye", False),
    ("Our drops relieve dry eye, but unlike other drops they never sting.", "relieve dry eye", False),
])
def test_concession_later_in_the_sentence_limits_the_claim(text, target, expected):
    assert check("hedged", text, target) is expected


def test_negated_is_decided_once_per_start_whatever_the_end():
    """negated reads only what comes before the match, so one answer per start serves every rule."""
    doc = parse("This treatment is not a cure for arthritis. It is a cure for boredom.", "markdown", "t")
    first, second = doc.prose.index("cure"), doc.prose.rindex("cure")
    negated = POLICIES["negated"]
    assert negated(doc, first, first + 4) and not negated(doc, second, second + 4)
    assert negated(doc, first, first + 17) and not negated(doc, second, second + 15)  # remembered, other ends
    fresh = parse(doc.text, "markdown", "t")
    assert negated(fresh, first, first + 17) and not negated(fresh, second, second + 15)  # and the same fresh


@pytest.mark.parametrize("text,target,expected", [
    # a name the page repeats inside its sentences
    ("# Calm Skin\n\nShe created Calm Skin for babies. Calm Skin is fragrance-free.", "Calm Skin", True),
    # a name followed by the product it names
    ("Calm Oat Eczema Balm, 50 ml.", "Calm Oat Eczema", True),
    ("Welcome to Rapid Relief Ketamine Center.", "Rapid Relief", True),
    # a slogan in title case, written once: still a claim
    ("# Heal Faster.\n\nOur gel works.", "Heal Faster", False),
    # the same words in lower case are the claim itself
    ("Our balm will calm skin overnight. It can calm skin fast.", "calm skin", False),
    ("Calm Your Skin Tonight", "Calm Your Skin", False),
])
def test_named(text, target, expected):
    assert check("named", text, target) is expected
