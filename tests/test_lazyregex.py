"""Frozen patterns: the compiled code is kept as a compact array and thaws to the same pattern."""
from __future__ import annotations

from array import array

import regex

from healthlint.lazyregex import capture, thaw

SOURCE = r"\b(?:cures?|heals?)\s+(?:your\s+)?(?:pain|aches?|ﬁbromyalgia)\b|(?!)"
TEXT = "It cures pain. Nothing heals your aches. It HEALS FIBROMYALGIA."


def test_the_code_is_frozen_as_an_array_and_thaws_to_the_same_matches():
    frozen = capture(SOURCE, regex.I | regex.V0)
    assert isinstance(frozen[2], array)
    thawed = thaw(frozen, SOURCE)
    compiled = regex.compile(SOURCE, regex.I | regex.V0)
    assert [m.span() for m in thawed.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]


def test_a_frozen_form_holding_a_plain_list_still_thaws():
    """Entries written before the code was packed (or by another build) keep working."""
    frozen = capture(SOURCE, regex.I | regex.V0)
    as_list = frozen[:2] + (frozen[2].tolist(),) + frozen[3:]
    assert thaw(as_list, SOURCE).pattern == SOURCE


def test_a_frozen_form_of_another_pattern_is_refused():
    assert thaw(capture(SOURCE, regex.I), "something else") is None
