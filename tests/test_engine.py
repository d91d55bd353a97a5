"""The engine and its context policies, on a tiny rule set written here."""
from __future__ import annotations

import pytest

from healthlint.api import lint_text
from healthlint.findings import Severity
from healthlint.rules.loader import compile_files
from healthlint.rules.ruleset import RuleSet


def rules_hit(result, rule=None):
    return [(f.rule, f.text, str(f.severity)) for f in result.findings if rule in (None, f.rule)]


def test_claim_is_found_with_exact_position(tiny_rules):
    result = lint_text("Intro line.\nOur drug cures pain.\n", tiny_rules, format="text")
    cure = [f for f in result.findings if f.rule == "T-EFF-001"][0]
    assert (cure.line, cure.column, cure.end_line, cure.end_column) == (2, 10, 2, 15)
    assert cure.text == "cures"
    assert cure.severity == Severity.ERROR
    assert cure.message == 'Cure claim "cures".'
    assert cure.suggestion == "may help some patients"
    assert cure.references == ("21 CFR 202.1(e)(6)(i)",)


def test_negated_claim_is_not_a_claim(tiny_rules):
    assert rules_hit(lint_text("Ketamine is not a cure-all.", tiny_rules, format="text"), "T-EFF-001") == []


def test_question_is_not_a_claim(tiny_rules):
    assert rules_hit(lint_text("Can ketamine cure pain?", tiny_rules, format="text"), "T-EFF-001") == []


def test_quotation_of_three_words_or_more_is_not_our_claim(tiny_rules):
    text = 'The article was titled "Can infusions cure chronic pain" and was widely shared.'
    assert rules_hit(lint_text(text, tiny_rules, format="text"), "T-EFF-001") == []


def test_scare_quotes_do_not_excuse_a_claim(tiny_rules):
    assert rules_hit(lint_text('It will "cure" you.', tiny_rules, format="text"), "T-EFF-001")


def test_citation_downgrades_to_info(tiny_rules):
    found = rules_hit(lint_text("It cured pain in 40% of patients (Smith et al., 2019).", tiny_rules, format="text"),
                      "T-EFF-001")
    assert found == [("T-EFF-001", "cured", "info")]


def test_citation_in_next_sentence_counts(tiny_rules):
    text = "It cured pain in a small trial. See Jones, Clin J Pain 2021."
    assert rules_hit(lint_text(text, tiny_rules, format="text"), "T-EFF-001")[0][2] == "info"


def test_hedge_lowers_but_does_not_suppress(tiny_rules):
    found = rules_hit(lint_text("It may cure some kinds of pain.", tiny_rules, format="text"), "T-EFF-001")
    assert found == [("T-EFF-001", "cure", "warning")]


def test_context_rule_needs_absent_cue_in_paragraph(tiny_rules):
    assert rules_hit(lint_text("Take 50 mg daily.", tiny_rules, format="text"), "T-DOSE-001")
    text = "Take 50 mg daily.\nYour dose is monitored by our team."
    assert rules_hit(lint_text(text, tiny_rules, format="text"), "T-DOSE-001") == []
    text = "Take 50 mg daily.\n\nYour dose is monitored by our team."
    assert rules_hit(lint_text(text, tiny_rules, format="text"), "T-DOSE-001")


def test_document_rule_fires_once_at_first_claim(tiny_rules):
    result = lint_text("Intro.\nIt cures pain. It also cures sadness.", tiny_rules, format="text")
    risk = [f for f in result.findings if f.category == "risk_disclosure"]
    assert len(risk) == 1
    assert (risk[0].line, risk[0].column) == (2, 4)


def test_document_rule_quiet_when_risks_disclosed(tiny_rules):
    text = "It cures pain.\n\nSide effects include nausea and dizziness."
    assert not [f for f in lint_text(text, tiny_rules, format="text").findings if f.category == "risk_disclosure"]


def test_minimising_risk_talk_does_not_count_as_disclosure(tiny_rules):
    text = "It cures pain.\n\nSide effects are rare and mild."
    assert [f for f in lint_text(text, tiny_rules, format="text").findings if f.category == "risk_disclosure"]


@pytest.mark.parametrize("fmt, text", [
    ("markdown", "It cures pain.\n\n[Side effects](https://example.org/side-effects) | [Privacy](/privacy)"),
    ("html", "<p>It cures pain.</p><footer><a href='/safety'>Side effects</a> | <a href='/terms'>Terms</a></footer>"),
    ("html", "<p>It cures pain.</p><footer><p>Side effects include nausea and dizziness.</p></footer>"),
])
def test_a_link_to_risk_information_is_not_disclosure(tiny_rules, fmt, text):
    """Fair balance is what the page says, as prominently as its claims: not a link, not a footer."""
    assert [f for f in lint_text(text, tiny_rules, format=fmt).findings if f.category == "risk_disclosure"]


def test_risk_text_beside_a_link_still_counts(tiny_rules):
    text = "It cures pain.\n\nSide effects include nausea. [Read more](https://example.org/risks)"
    assert not [f for f in lint_text(text, tiny_rules, format="markdown").findings if f.category == "risk_disclosure"]


def test_findings_are_sorted_and_immutable(tiny_rules):
    result = lint_text("A miracle. It cures pain. Another miracle.", tiny_rules, format="text")
    assert list(result.findings) == sorted(result.findings)
    finding = result.findings[0]
    try:
        finding.line = 99  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("findings must be immutable")


def test_phrase_tolerates_inflection_hyphens_and_case(tiny_rules):
    text = "It CURED me. Eliminating pain was easy. We eliminate-pain."
    found = rules_hit(lint_text(text, tiny_rules, format="text"), "T-EFF-001")
    assert [t for _, t, _ in found] == ["CURED", "Eliminating pain", "eliminate-pain"]


def test_word_boundaries(tiny_rules):
    assert rules_hit(lint_text("The curator and the secure vault.", tiny_rules, format="text"), "T-EFF-001") == []


RUN_ON_RULES = """
rules:
  - id: T-RUN-001
    name: relief-by-date
    kind: pattern
    category: efficacy
    patterns: ['\\brelief\\s+(?:\\w+\\s+){0,3}?in\\s+\\d+\\s+(?:days|weeks)\\b']
    message: 'Relief promised: "{match}".'
    examples: {bad: ["Relief for most in 2 weeks."], good: ["Relief varies."]}
"""


@pytest.fixture(scope="module")
def run_on_rules(tmp_path_factory) -> RuleSet:
    path = tmp_path_factory.mktemp("rules") / "run-on.yaml"
    path.write_text(RUN_ON_RULES, encoding="utf-8")
    return RuleSet.of(compile_files([path]))


@pytest.mark.parametrize("fmt, text", [
    ("markdown", "## Instant relief\n\nDry nights in 2 weeks for most children."),
    ("html", "<h2>Fast relief</h2><p>Dry nights in 2 weeks.</p>"),
    ("markdown", "- Gentle relief\n- Results in 2 weeks"),
    ("html", "<table><tr><td>Relief</td><td>in 2 weeks</td></tr></table>"),
])
def test_a_heading_bullet_or_cell_does_not_run_on_into_the_next_block(run_on_rules, fmt, text):
    """'RELIEF' over 'Dry nights in 2 weeks' is two statements: read together they make a claim no one wrote."""
    assert rules_hit(lint_text(text, run_on_rules, format=fmt)) == []


def test_a_match_inside_a_heading_is_still_found_and_the_next_block_still_read(run_on_rules):
    text = "## Relief in 2 weeks\n\nA paragraph. Relief for most in 3 weeks.\n"
    found = rules_hit(lint_text(text, run_on_rules, format="markdown"))
    assert [t for _, t, _ in found] == ["Relief in 2 weeks", "Relief for most in 3 weeks"]


def test_a_run_on_heading_does_not_hide_the_claim_that_starts_the_next_block(run_on_rules):
    """The scan goes on from the next block, so a match that starts inside the dropped span is still seen."""
    text = "## Our relief\n\nRelief in 2 weeks for most.\n"
    found = lint_text(text, run_on_rules, format="markdown").findings
    assert [(f.line, f.text) for f in found] == [(3, "Relief in 2 weeks")]
