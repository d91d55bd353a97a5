"""Where on a page the shipped promotional rules speak: price tables, buttons, the headline.

The blind sets label offers in body copy; a plan table's row, a call-to-action button that
repeats the offer, and the page headline are not labelled (see rules/core/promotional.yaml).
"""
from __future__ import annotations

import pytest

from healthlint.api import lint_text, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules("us")


def _promo(rules, text: str, fmt: str = "markdown") -> list[tuple[str, str]]:
    result = lint_text(text, rules, format=fmt)
    return [(f.rule, f.severity.name.lower()) for f in result.findings if f.category == "promotional"]


def test_a_plan_table_row_is_a_price_list(rules):
    page = ("## Plans\n\n| Plan | Includes | Price |\n|---|---|---|\n"
            "| Drip Club | Two drips a month, 15% off add-ons | $329 |\n")
    assert _promo(rules, page) == []


def test_the_same_offer_in_body_copy_is_flagged(rules):
    assert ("HL-PROMO-005", "warning") in _promo(rules, "Join the Drip Club this month and get 15% off add-ons.\n")


@pytest.mark.parametrize("page,fmt", [
    ("Ready to start?\n\n[Claim your free consultation](/book)\n", "markdown"),
    ('<p>Ready to start?</p><p><a class="cta" href="/book">Claim your free consultation</a></p>', "html"),
])
def test_a_button_repeating_the_offer_is_not_reported(rules, page, fmt):
    assert _promo(rules, page, fmt) == []


def test_a_headline_slogan_is_advice(rules):
    found = _promo(rules, "# Feel like yourself again\n\nOur clinic offers hormone therapy.\n")
    assert found == [("HL-PROMO-006", "info")]
