"""One finding per claim: same-category findings in one sentence are merged (engine.one_per_claim)."""
from __future__ import annotations

import json

import pytest

from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.findings import Severity
from healthlint.rules.loader import compile_files
from healthlint.rules.ruleset import RuleSet
from healthlint.ruletest import run

RULES = """\
pack: merge-test
rules:
  - id: M-SAFE-001
    name: safe
    kind: pattern
    category: safety
    severity: warning
    patterns: ['\\bcompletely safe\\b']
    message: 'Safe "{match}".'
    references: [x]
    examples: {bad: ['It is completely safe.'], good: ['It is safe enough.']}
  - id: M-SAFE-002
    name: no-side-effects
    kind: pattern
    category: safety
    severity: error
    patterns: ['\\bno side effects\\b']
    message: 'No side effects "{match}".'
    references: [x]
    examples: {bad: ['There are no side effects.'], good: ['There are side effects.']}
  - id: M-SAFE-003
    name: safe-with-no
    kind: pattern
    category: safety
    severity: warning
    patterns: ['\\bsafe with no\\b']
    message: 'Safe with no "{match}".'
    references: [x]
    examples: {bad: ['It is safe with no risk.'], good: ['It is safe.']}
  - id: M-PROMO-001
    name: miracle
    kind: pattern
    category: promotional
    severity: warning
    patterns: ['\\bmiracle\\b']
    message: 'Hype "{match}".'
    references: [x]
    examples: {bad: ['A miracle.'], good: ['A medicine.']}
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory) -> RuleSet:
    path = tmp_path_factory.mktemp("merge") / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    return RuleSet.of(compile_files([path]))


def found(text, ruleset):
    return [(f.rule, f.text, f.also) for f in lint_text(text, ruleset, format="text").findings]


def test_same_category_in_one_sentence_is_one_finding_keeping_the_most_severe(rules):
    text = "It is completely safe, a miracle, with no side effects."
    assert found(text, rules) == [("M-PROMO-001", "miracle", ()),
                                  ("M-SAFE-002", "no side effects", ("M-SAFE-001",))]
    merged = lint_text(text, rules, format="text").findings[1]
    assert merged.severity == Severity.ERROR


def test_equal_severity_keeps_the_earliest(rules):
    assert found("It is completely safe and safe with no fuss.", rules) == [
        ("M-SAFE-001", "completely safe", ("M-SAFE-003",))]


def test_separate_sentences_and_categories_stay_separate(rules):
    text = "It is completely safe. There are no side effects. A miracle."
    assert [r for r, _, _ in found(text, rules)] == ["M-SAFE-001", "M-SAFE-002", "M-PROMO-001"]


def test_overlap_mode_merges_only_overlapping_or_touching_spans(rules):
    overlap = rules.with_merge("overlap")
    # "completely safe with no" : the two spans overlap on "safe"
    assert found("It is completely safe with no fuss.", overlap) == [
        ("M-SAFE-001", "completely safe with no", ("M-SAFE-003",))]  # the kept span covers both
    # far apart in one sentence: both kept
    text = "It is completely safe, its makers say, and brings no side effects."
    assert [r for r, _, _ in found(text, overlap)] == ["M-SAFE-001", "M-SAFE-002"]


def test_none_keeps_every_finding(rules):
    text = "It is completely safe, with no side effects."
    assert [r for r, _, _ in found(text, rules.with_merge("none"))] == ["M-SAFE-001", "M-SAFE-002"]


def test_suppressing_the_kept_rule_lets_the_other_show(rules):
    text = "<!-- healthlint-disable-next-line M-SAFE-002 -->\nIt is completely safe, with no side effects.\n"
    result = lint_text(text, rules, format="markdown")
    assert [(f.rule, f.also) for f in result.findings] == [("M-SAFE-001", ())]


def test_json_and_sarif_name_the_merged_rules(write, capsys):
    path = write("page.md", "Our drops are completely safe, with no side effects and no risks.\n")
    assert main(["check", "--format", "json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    safety = [f for f in data if f["category"] == "safety"]
    assert len(safety) == 1 and safety[0]["also_rules"]
    assert all("also_rules" not in f for f in data if f["category"] != "safety")
    assert main(["check", "--format", "sarif", str(path)]) == 1
    sarif = json.loads(capsys.readouterr().out)
    props = [r["properties"] for r in sarif["runs"][0]["results"] if r["properties"]["category"] == "safety"]
    assert props[0]["alsoRules"] == safety[0]["also_rules"]


def test_cli_and_config_choose_the_mode(write, capsys, monkeypatch):
    path = write("page.md", "Our drops are completely safe, with no side effects and no risks.\n")
    main(["check", "--format", "json", "--merge-findings", "none", str(path)])
    unmerged = [f for f in json.loads(capsys.readouterr().out) if f["category"] == "safety"]
    assert len(unmerged) >= 2 and all("also_rules" not in f for f in unmerged)
    config = write(".healthlint.yaml", "merge_findings: none\n")
    main(["check", "--format", "json", "--config", str(config), str(path)])
    assert len([f for f in json.loads(capsys.readouterr().out) if f["category"] == "safety"]) == len(unmerged)
    bad = write("bad.yaml", "merge_findings: sometimes\n")
    assert main(["check", "--config", str(bad), str(path)]) == 2
    assert "merge_findings" in capsys.readouterr().err


def test_fixture_expectations_hold_for_a_rule_merged_into_another(rules, write):
    # M-SAFE-001 is merged into the more severe M-SAFE-002 but stays checkable
    fixture = write("fixture.txt", "# expect: M-SAFE-001 \"completely safe\"\n"
                                   "It is completely safe, with no side effects.\n")
    assert run(rules, [str(fixture)]).ok
    missing = write("missing.txt", "# expect: M-SAFE-003\nIt is completely safe, with no side effects.\n")
    report = run(rules, [str(missing)])
    assert not report.ok and "M-SAFE-003" in report.render()
