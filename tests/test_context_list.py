"""A context rule may name several contexts; every one must allow the match."""
from __future__ import annotations

import textwrap

from healthlint.api import lint_text
from healthlint.rules.loader import compile_files
from healthlint.rules.ruleset import RuleSet

RULE = """\
rules:
  - id: X-EFF-001
    name: relief
    kind: context
    category: efficacy
    phrases: [relieves pain]
    context:
      - {scope: sentence, absent: ['\\bstud(?:y|ies)\\b']}
      - {scope: document, present: ['\\bour\\b']}
    message: 'Claim "{match}".'
    examples: {bad: [Our balm relieves pain.], good: [Studies say our balm relieves pain.]}
"""


def found(write, text: str) -> list[str]:
    ruleset = RuleSet.of(compile_files([write("r.yaml", textwrap.dedent(RULE))]))
    return [f.text for f in lint_text(text, ruleset).findings]


def test_all_contexts_must_allow(write):
    assert found(write, "Our balm relieves pain.") == ["relieves pain"]
    assert found(write, "The balm relieves pain. Visit our shop.") == ["relieves pain"]  # document scope
    assert found(write, "The balm relieves pain.") == []  # no provider voice on the page
    assert found(write, "Studies say it relieves pain. Visit our shop.") == []  # sentence context vetoes


def test_a_list_lead_in_vetoes_for_its_items_first_sentence(write):
    # "Studies say our balm:" frames each item, as if the sentence ran on
    assert found(write, "Studies say our balm:\n\n- relieves pain\n- smells nice\n") == []
    # only a lead-in that ends in a colon introduces the list
    assert found(write, "Studies say our balm works.\n\n- relieves pain\n") == ["relieves pain"]
    # and only the item's first sentence continues it
    assert found(write, "Studies say our balm:\n\n- smells nice. It relieves pain.\n") == ["relieves pain"]
    # a present cue is not borrowed from the lead-in: no finding appears that was not there
    assert found(write, "Our balm:\n\n- relieves pain\n") == ["relieves pain"]


def test_context_list_errors_name_the_item(write):
    import pytest

    from healthlint.yamlsrc import SourceError

    path = write("r.yaml", textwrap.dedent(RULE).replace("present: ['\\bour\\b']", "present: ['(our']"))
    with pytest.raises(SourceError) as info:
        compile_files([path])
    assert info.value.line == 9 and "'context.present'" in info.value.message
