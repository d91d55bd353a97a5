"""Malformed rule files: one line naming file, line, rule and field; never a traceback."""
from __future__ import annotations

import textwrap

import pytest

from healthlint.cli import main
from healthlint.rules.loader import compile_files
from healthlint.yamlsrc import SourceError

GOOD_RULE = """\
rules:
  - id: X-EFF-001
    name: cure
    kind: phrase
    category: efficacy
    phrases: [cure]
    message: m
    examples: {bad: [It cures.], good: [No.]}
"""


def error_for(write, text: str) -> SourceError:
    path = write("rules.yaml", textwrap.dedent(text))
    with pytest.raises(SourceError) as info:
        compile_files([path])
    return info.value


def test_unknown_key_names_line_field_and_rule(write):
    err = error_for(write, GOOD_RULE.replace("    phrases: [cure]", "    phrses: [cure]"))
    assert err.line == 6
    assert "unknown field 'phrses'" in err.message and "X-EFF-001" in err.message
    assert str(err).startswith(str(err.path) + ":6: ")


def test_wrong_type(write):
    err = error_for(write, GOOD_RULE.replace("category: efficacy", "category: [efficacy]"))
    assert err.line == 5 and "category" in err.message


def test_unknown_category(write):
    err = error_for(write, GOOD_RULE.replace("category: efficacy", "category: efficiency"))
    assert err.line == 5 and "category" in err.message


def test_missing_examples(write):
    err = error_for(write, GOOD_RULE.replace("    examples: {bad: [It cures.], good: [No.]}\n", ""))
    assert "missing field 'examples'" in err.message


def test_empty_examples_rejected(write):
    err = error_for(write, GOOD_RULE.replace("good: [No.]", "good: []"))
    assert "examples.good" in err.message


def test_unknown_kind(write):
    err = error_for(write, GOOD_RULE.replace("kind: phrase", "kind: magic"))
    assert err.line in (2, 4) and "kind" in err.message


def test_invalid_regex_names_field_and_line(write):
    text = GOOD_RULE.replace("kind: phrase", "kind: pattern").replace("phrases: [cure]", "patterns: ['ok', '(unclosed']")
    err = error_for(write, text)
    assert "invalid regex" in err.message and "patterns" in err.message and "X-EFF-001" in err.message
    assert err.line == 6


def test_duplicate_rule_id(write):
    text = GOOD_RULE + GOOD_RULE.split("rules:\n", 1)[1]
    err = error_for(write, text)
    assert "duplicate rule id X-EFF-001" in err.message and err.line == 9


def test_duplicate_key(write):
    err = error_for(write, GOOD_RULE.replace("    message: m\n", "    message: m\n    message: n\n"))
    assert "duplicate key 'message'" in err.message and err.line == 8


def test_yaml_syntax_error(write):
    err = error_for(write, GOOD_RULE.replace("phrases: [cure]", "phrases: [cure"))
    assert "invalid YAML" in err.message and err.line


def test_alias_bomb_rejected_fast(write):
    import time

    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        levels.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]")
    started = time.perf_counter()
    err = error_for(write, "\n".join(levels) + "\n")
    assert "alias" in err.message
    assert time.perf_counter() - started < 2


def test_small_aliases_allowed(write):
    text = GOOD_RULE.replace("phrases: [cure]", "phrases: &words [cure, heal]") + (
        "  - id: X-EFF-002\n    name: cure2\n    kind: phrase\n    category: efficacy\n"
        "    phrases: *words\n    message: m\n    examples: {bad: [It heals.], good: [No.]}\n")
    path = write("rules.yaml", text)
    assert [r.id for r in compile_files([path])] == ["X-EFF-001", "X-EFF-002"]


def test_python_tags_never_executed(write, tmp_path):
    marker = tmp_path / "pwned"
    text = f"rules: !!python/object/apply:os.system ['touch {marker}']\n"
    err = error_for(write, text)
    assert not marker.exists()
    assert "invalid YAML" in err.message


def test_cli_exits_2_with_one_line(write, capsys, monkeypatch, tmp_path):
    rules = write("custom/bad.yaml", GOOD_RULE.replace("    phrases: [cure]", "    phrses: [cure]"))
    write(".healthlint.yaml", f"extra_rules: [{rules.parent}]\n")
    page = write("page.md", "Hello.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(page)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "bad.yaml:6: unknown field 'phrses'" in err
    assert "Traceback" not in err
