"""Inline suppression comments (contract: healthlint-disable / -enable / -disable-next-line)."""
from __future__ import annotations

from healthlint.api import lint_text


def rules_of(result):
    return [(f.rule, f.line) for f in result.findings]


def test_disable_next_line_by_rule_id(tiny_rules):
    text = "<!-- healthlint-disable-next-line T-PROMO-001 -->\nA miracle.\n\nAnother miracle.\n"
    assert rules_of(lint_text(text, tiny_rules)) == [("T-PROMO-001", 4)]


def test_disable_next_line_by_category(tiny_rules):
    text = "<!-- healthlint-disable-next-line promotional -->\nA miracle that cures.\n"
    assert rules_of(lint_text(text, tiny_rules)) == [("T-EFF-001", 2), ("T-RISK-001", 2)]


def test_disable_enable_block(tiny_rules):
    text = ("A miracle.\n\n<!-- healthlint-disable T-PROMO-001 -->\n\nA miracle.\n\nMiracle.\n\n"
            "<!-- healthlint-enable T-PROMO-001 -->\n\nA miracle.\n")
    assert [line for rule, line in rules_of(lint_text(text, tiny_rules))] == [1, 11]


def test_disable_all_until_end(tiny_rules):
    text = "A miracle.\n\n<!-- healthlint-disable -->\n\nIt cures. A miracle.\n"
    assert rules_of(lint_text(text, tiny_rules)) == [("T-PROMO-001", 1)]


def test_unknown_name_is_reported(tiny_rules):
    result = lint_text("<!-- healthlint-disable-next-line HL-NOPE-999 -->\nA miracle.\n", tiny_rules)
    assert rules_of(result) == [("T-PROMO-001", 2)]
    assert len(result.notices) == 1
    assert "HL-NOPE-999" in result.notices[0].message and result.notices[0].line == 1


def test_plain_text_comment_line(tiny_rules):
    text = "# healthlint-disable-next-line T-PROMO-001\nA miracle.\n"
    assert rules_of(lint_text(text, tiny_rules, format="text")) == []


def test_html_comment_in_html(tiny_rules):
    text = "<p>A miracle.</p>\n<!-- healthlint-disable-next-line miracle T-PROMO-001 -->\n<p>A miracle.</p>\n"
    result = lint_text(text, tiny_rules, format="html")
    assert rules_of(result) == [("T-PROMO-001", 1)]
    assert "'miracle'" in result.notices[0].message
