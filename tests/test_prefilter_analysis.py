"""The prefilter's fast analysis (memoised, a word per step) gives exactly what the plain recursion gives.

``reference_first`` is the analysis as first written: one step per syntax item
and character, nothing remembered. The shipped one must agree with it on every
result and on when the step budget runs out (which decides prefilter or full scan).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.matchers import prefilter as pf

from test_prefilter import FRAGMENTS

LEXICON = "(?:cure|heals?|arthritis|pain|migraines?|a|an|the|fda|side[- ]effects?|x{2,3}|[ab]c)"
MORE = FRAGMENTS + [r"\d{1,3}\s?%", r"\d[\d,]*\+?", r"(?:\d+|one|two)\s+", r"[a-j][a-j]", LEXICON, LEXICON + r"\s+", r"(?:" + LEXICON + r"\s+){0,2}", r"[aeiou]", r"abcdefghijklmnop"]


def reference_first(items, budget, boundary, start=False, depth=0, numbers=True):
    budget[0] -= 1
    if budget[0] < 0:
        raise pf._Exhausted
    here = pf.WORD_START if boundary else pf.ANYWHERE
    if not items or depth >= pf._LONG:
        return {("", here)}
    op, av = items[0]
    rest = items[1:]
    if op is None:
        return {("", here)}
    if op in pf._ZERO_WIDTH:
        return reference_first(rest, budget, boundary or pf._is_word_start(op, av), start, depth, numbers=numbers)
    if op in pf._GROUPS:
        body = av[-1] if op is pf._sc.SUBPATTERN else av
        return reference_first(list(body) + rest, budget, boundary, start, depth, numbers=numbers)
    if op is pf._sc.BRANCH:
        found = set()
        for branch in av[1]:
            found |= reference_first(list(branch) + rest, budget, boundary, start, depth, numbers=numbers)
        return found
    if start and (op in pf._REPEATS or op is pf._sc.IN) and numbers:
        found = reference_after_run(items, budget, boundary)
        if found is not None:
            return found
    if op in pf._REPEATS:
        lo, hi, body = av
        gap = pf._gap(body) if start else None
        if gap is not None and hi > 0:
            return {(t, pf._join(gap, m)) for t, m in reference_first(rest, budget, False, True, numbers=numbers)}
        if gap == pf.AFTER_SPACES or (gap is None and pf._gap(body) == pf.AFTER_SPACES):
            once = reference_first(list(body) + rest, budget, boundary, start, depth, numbers=numbers)
        else:
            once = reference_first(list(body) + (rest if hi == 1 else [pf._STOP]), budget, boundary, start, depth, numbers=numbers)
        return once | reference_first(rest, budget, boundary, start, depth, numbers=numbers) if lo == 0 else once
    chars = pf._chars(op, av)
    if chars is None:
        return {("", here)}
    tails = {t for t, _ in reference_first(rest, budget, False, False, depth + 1, numbers=numbers)}
    longest = max(map(len, tails))
    while len(chars) * len(tails) > pf._CAP and longest > 0:
        longest -= 1
        tails = {t[:longest] for t in tails}
    return {(c + t, here if pf._word(c) else pf.ANYWHERE) for c in chars for t in tails}


def reference_after_run(items, budget, boundary):
    """A number opening the match (``\\d+``, ``\\d[\\d,]*``): the literals after it, in a run mode."""
    span, least, taken, repeated = set(), 0, 0, False
    for op, av in items:
        if op in pf._REPEATS:
            lo, hi, body = av
            chars = pf._run_chars(*list(body)[0]) if len(body) == 1 else None
            if not pf._runnable(chars):
                break
            least, repeated = least + lo, repeated or hi > 1
        else:
            chars = pf._run_chars(op, av)
            if not pf._runnable(chars):
                break
            least += 1
        span |= chars
        taken += 1
    if not repeated:
        return None
    saved = budget[0]
    try:
        budget[0] -= taken
        if budget[0] < 0:
            raise pf._Exhausted
        after = reference_first(items[taken:], budget, False, True)
    except pf._Exhausted:
        budget[0] = saved
        return None
    if not all(t.strip(" ") for t, _ in after):
        budget[0] = saved
        return None
    lead = frozenset(span) if least else None
    return {(t, pf._run_mode(frozenset(span) | pf._general(m)[0], pf._general(m)[1], lead, boundary)) for t, m in after}


def outcome(first, items, budget, numbers=True):
    """(result, steps used) or ("exhausted", None)."""
    left = [budget, pf._LONG]  # steps left, the literal length analysed (pf._first stops there)
    try:
        found = first(items, left, False, True, numbers=numbers)
    except pf._Exhausted:
        return "exhausted", None
    return found, budget - left[0]


def both(pattern: str, budget: int, numbers: bool = True):
    parsed = pf._parsed(pattern, 0)
    if parsed is None:
        return None
    items = parsed[0]
    return (outcome(reference_first, list(items), budget, numbers),
            outcome(pf._first, pf._chain(items), budget, numbers))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MORE), min_size=1, max_size=7), st.integers(1, 400), st.booleans())
def test_fast_analysis_equals_the_plain_recursion(fragments, budget, numbers):
    got = both("".join(fragments), budget, numbers)
    if got is not None:
        reference, fast = got
        assert fast == reference


@pytest.mark.parametrize("pattern", [
    r"\b(?:cure|heal|treat)s?\s+(?:all\s+)?(?:arthritis|pain|migraines?|back\s+pain)\b",
    r"(?:" + LEXICON + r"[- ]){3}abcdefghijklmnopqrstuvwxyz",  # literals cut at _LONG and at _CAP
    r"(?:(?:a|b|c|d|e|f)(?:g|h|i|j|k|l)){4}",
    r"\bword(?:" + "|".join(a + b for a in "abcdefghij" for b in "abcdefghij")[: 97 * 3 - 1] + ")",  # _CAP + 1 tails
])
def test_fast_analysis_equals_the_plain_recursion_at_every_budget(pattern):
    reference, fast = both(pattern, pf._BUDGET)
    assert fast == reference and reference[0] != "exhausted"
    steps = reference[1]
    for budget in (1, steps // 2, steps - 1, steps, steps + 1):  # runs out exactly where the recursion does
        assert both(pattern, budget)[1] == both(pattern, budget)[0]


def test_one_parse_answers_both_questions():
    assert pf._parsed(r"(a)cure", 0)[1] is True
    assert pf._parsed(r"(a)\1cure", 0)[1] is False  # a group reference (in a union: maybe to another alternative)
    assert pf._parsed(r"(?i)cure", 0)[1] is False  # a global flag
    assert pf._parsed(r"cure{", 0) is None  # possibly fuzzy matching in the regex module
    assert pf._parsed(r"(?a:cure)", 0) is None


def test_reading_numbers_is_a_parameter_of_the_analysis_not_module_state():
    items = pf._parsed(r"\b\d+\s?mg\b", 0)[0]
    with_numbers = pf._literal_starts(items, numbers=True)
    without = pf._literal_starts(items, numbers=False)
    assert {literal for literal, _ in with_numbers} == {"mg"}  # in a run mode: "12 mg" starts in the number
    assert {literal for literal, _ in without} == set("0123456789")  # every digit, as before numbers were read
    assert pf._literal_starts(items, numbers=True) == with_numbers  # nothing left switched off
    assert pf._prefixes(items).keys() == {"mg"}
