"""Page genres: a patient leaflet's claim-shaped sentences are advisory; an advert's are not."""
from __future__ import annotations

import textwrap

import pytest

from healthlint.api import lint_text, load_rules
from healthlint.findings import Severity
from healthlint.rules.loader import compile_ruleset
from healthlint.yamlsrc import SourceError

# Our own leaflet: an evidence sentence and a safety sentence, with four leaflet sections.
LEAFLET = textwrap.dedent("""\
    # Your flu vaccination

    Research has shown that the vaccine helps people avoid flu. The vaccine is not addictive.

    ## Side effects

    Common (may affect up to 1 in 10 people): a sore arm and a mild headache.

    ## When to get help

    Call 999 if you have difficulty breathing after the injection.

    ## Pregnancy and breastfeeding

    The vaccine is recommended if you are pregnant or breastfeeding.
    """)


def severities(text: str, ruleset) -> dict[str, Severity]:
    return {f.rule: f.severity for f in lint_text(text, ruleset=ruleset, format="markdown").findings}


@pytest.fixture(scope="module")
def shipped():
    return load_rules()


def test_a_leaflet_keeps_its_findings_but_only_as_advice(shipped):
    found = severities(LEAFLET, shipped)
    assert found, "the claim-shaped sentences are still reported"
    assert set(found.values()) == {Severity.INFO}


def test_the_same_sentences_in_an_advert_stay_warnings(shipped):
    advert = LEAFLET + "\nBook your jab today: only $15 this week, spaces are limited!\n"
    found = severities(advert, shipped)
    assert any(s >= Severity.WARNING for rule, s in found.items() if not rule.startswith("HL-PROMO"))


def test_one_leaflet_section_is_not_enough(shipped):
    thin = "Research has shown that the vaccine helps people avoid flu.\n\nCall 999 if you feel unwell.\n"
    assert Severity.WARNING in severities(thin, shipped).values()


@pytest.mark.parametrize("section", [
    "Take a new pen out of the fridge an hour before you use it.",  # storage, in lay words
    "Once opened, it can be kept at room temperature for up to 28 days.",
    "Very rarely, about 1 in 1,000 people lose some sight in the treated eye.",  # a frequency
    "| Part | How often to clean |\n|---|---|\n| Mask | Daily |",  # device care in a table
    "## After your operation\n\nYou will be given eye drops.",  # an aftercare section
    "Tell your diabetes team if you have more than two hypos a week.",  # the reader's own clinicians
    "## When to get medical help\n\nGo to A&E if the burn is larger than your hand.",  # a first-aid page's last section
    "## Things you can try yourself\n\nRest your wrist and wear a splint at night.",  # self-care as a section
    "## Outlook (Prognosis)\n\nMost people keep their symptoms under control.",  # a health encyclopedia's sections
    "## When to Contact a Medical Professional\n\nContact your provider if it does not improve.",
])
def test_leaflet_sections_in_other_words(shipped, section):
    page = "Research has shown that the vaccine helps people avoid flu.\n\nCall 999 if you feel unwell.\n\n" + section + "\n"
    assert set(severities(page, shipped).values()) == {Severity.INFO}


def test_a_testimonial_vetoes_the_genre(shipped):
    quoted = LEAFLET + '\n> "I never caught flu again after my jab!" - Mary, 64 \u2605\u2605\u2605\u2605\u2605\n'
    found = severities(quoted, shipped)
    assert any(s >= Severity.WARNING for rule, s in found.items() if not rule.startswith("HL-TESTI"))


GENRE = """\
genres:
  fact-sheet:
    description: A nutrient fact sheet.
    signals: ['\\bupper limit\\b', '\\brecommended amount\\b']
    unless_categories: [promotional]
    lowers: [efficacy]
rules:
  - id: X-EFF-001
    name: helps-bones
    kind: phrase
    category: efficacy
    phrases: [protects your bones]
    message: 'Claim "{match}".'
    examples: {bad: [It protects your bones.], good: [It is a vitamin.]}
  - id: X-PROMO-001
    name: buy-now
    kind: phrase
    category: promotional
    severity: info
    phrases: [buy now]
    message: 'Push "{match}".'
    examples: {bad: [Buy now.], good: [Buy it later.]}
"""


def test_a_user_rule_file_declares_a_genre(write):
    ruleset = compile_ruleset([write("g.yaml", GENRE)])
    sheet = "Vitamin D protects your bones. The recommended amount is 10 mcg. The upper limit is 100 mcg."
    assert severities(sheet, ruleset) == {"X-EFF-001": Severity.INFO}
    assert severities("Vitamin D protects your bones. The upper limit is 100 mcg.", ruleset) == {
        "X-EFF-001": Severity.WARNING}
    # an info-level promotional finding still vetoes: the page sells
    assert severities(sheet + " Buy now.", ruleset)["X-EFF-001"] == Severity.WARNING


def test_a_genre_survives_configuration(write):
    ruleset = compile_ruleset([write("g.yaml", GENRE)]).configured(ignore=["X-PROMO-001"])
    assert ruleset.genres and ruleset.genres[0].name == "fact-sheet"


def test_a_bad_signal_names_file_line_and_field(write):
    broken = GENRE.replace("'\\bupper limit\\b'", "'(unclosed'")
    with pytest.raises(SourceError) as info:
        compile_ruleset([write("g.yaml", broken)])
    message = str(info.value)
    assert "g.yaml" in message and "genres.fact-sheet.signals" in message
    assert info.value.line == 4


def test_a_genre_needs_categories_to_lower(write):
    with pytest.raises(SourceError) as info:
        compile_ruleset([write("g.yaml", GENRE.replace("    lowers: [efficacy]\n", ""))])
    assert "lowers" in str(info.value)
