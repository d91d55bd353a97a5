"""Every shipped rule against its own bad/good examples, and the shipped packs' hygiene."""
from __future__ import annotations

import pytest

from healthlint.findings import CATEGORIES
from healthlint.matchers import MATCHERS
from healthlint.rules.loader import load_rules, profiles
from healthlint.rules.schema import RULE_KINDS
from healthlint.ruletest import example_failures


def _all_rules():
    seen = {}
    for profile in profiles():
        ruleset = load_rules(profile)
        for rule in ruleset.rules:
            seen.setdefault(rule.id, (profile, rule))
    return seen


ALL = _all_rules()


@pytest.mark.parametrize("rule_id", sorted(ALL))
def test_rule_examples(rule_id):
    profile, rule = ALL[rule_id]
    assert rule.bad and rule.good, "a rule without bad and good examples is incomplete"
    assert example_failures(rule, load_rules(profile)) == []


def test_registry_matches_schema():
    assert set(MATCHERS) == set(RULE_KINDS)


def test_default_pack_covers_every_category():
    assert {rule.category for rule in load_rules("us").rules} == set(CATEGORIES)


@pytest.mark.parametrize("rule_id", sorted(ALL))
def test_rule_is_documented(rule_id):
    _, rule = ALL[rule_id]
    assert rule.references, "every shipped rule cites its regulatory basis"
    assert rule.description, "every shipped rule says why it matters"
