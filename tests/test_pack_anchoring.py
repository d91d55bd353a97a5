"""Every shipped pattern starts on a literal, so a page is scanned once, not once per pattern.

The prefilter tries a pattern only where one of its starting literals occurs.
An alternative with no literal start (it opens with a lookbehind, a class or
an anchor the analysis cannot see through) is searched over every whole page
instead: one such alternative, added for recall, once made the 1 MB benchmark
three times slower. The few that are searched in full on purpose are listed
here, each bounded (a context evaluated once per page, a price or a sample
size that is short and rare); anything else fails with the rule that owns it.
Fix a failure by starting the alternative with its first word or symbol and
moving the lookbehinds after it, or the surrounding context into the rule's
``context:``.
"""
from __future__ import annotations

import pytest

from healthlint.api import load_rules
from healthlint.matchers.prefilter import top_level_alternatives

# The start of each pattern or alternative that is searched in full on purpose.
SEARCHED_IN_FULL = (
    r"\n[^\S\n]*\n[^\n]*[$£€]\s?\d",  # a blank line before a price: a table, a paragraph-wide context
    '(?:[“"](?![^“”"\\n]{0,400}?',  # an opening quotation mark (HL-TESTI-008)
    r"(?:\(\s*(?:[^()\n]{0,30}?,\s*)?(?:n\s*=\s*)?\d",  # a sample size, "(2024, 212 patients)"
)


def unanchored(profile: str) -> list[tuple[str, str]]:
    """(rule id, start of the pattern or alternative) for everything the prefilter cannot anchor,
    leaving out alternatives that are skipped wherever a required literal is absent."""
    found = []
    for rule in load_rules(profile).active:
        unions = getattr(rule.matcher, "unions", None)
        for union in unions() if unions is not None else ():
            pattern = union.key[0]
            if union.pid is None:
                found.append((rule.id, pattern))
            for index, required in union.everywhere or ():
                if required is None:
                    found.append((rule.id, top_level_alternatives(pattern)[index]))
    return found


@pytest.mark.parametrize("profile", ["us", "uk", "eu"])
def test_every_shipped_pattern_starts_on_a_literal(profile):
    unexpected = sorted({(rule, source[:120]) for rule, source in unanchored(profile)
                         if not source.startswith(SEARCHED_IN_FULL)})
    assert not unexpected, (
        "these patterns have no literal start, so they are searched over every whole page "
        f"(start the alternative with a word or symbol; lookbehinds after it): {unexpected}")


def test_the_list_of_full_searches_is_not_stale():
    """Each entry above still names a pattern some shipped rule has."""
    seen = {source for profile in ("us", "uk", "eu") for _, source in unanchored(profile)}
    stale = [start for start in SEARCHED_IN_FULL if not any(s.startswith(start) for s in seen)]
    assert not stale
