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


# -- the standard library's re, frozen for the parsers' imports ----------------------------

STDLIB_PATTERNS = [(r"<(/?)([A-Za-z][A-Za-z0-9-]*)", 0), (r"(?P<word>\w+)\s*=\s*(?P<value>\d+)", 0),
                   (r"^(?:import|export)[ \t{*].*", 8), (r"\s*(?:vbscript|javascript):", 2)]


def test_frozen_stdlib_patterns_are_the_patterns_re_compiles(monkeypatch):
    import re

    from healthlint import lazyregex

    for source, flags in STDLIB_PATTERNS:
        re.compile(source, flags)  # into re's own cache, where frozen_stdlib finds them
    frozen = lazyregex.frozen_stdlib()
    monkeypatch.setattr(lazyregex, "_STDLIB", {k: v for k, v in frozen.items() if (k[1], k[2]) in STDLIB_PATTERNS})
    assert len(lazyregex._STDLIB) == len(STDLIB_PATTERNS)
    text = "<div> x=1 <Span> import y\nexport z JavaScript:alert"
    compiler = lazyregex._sre_compiler()
    for source, flags in STDLIB_PATTERNS:
        with lazyregex.thawing_stdlib():
            thawed = compiler.compile(source, flags)
        compiled = compiler.compile(source, flags)  # the real one again once the block is left
        assert thawed is not compiled and (thawed.pattern, thawed.flags, thawed.groupindex) == (
            compiled.pattern, compiled.flags, compiled.groupindex)
        assert [m.groups() for m in thawed.finditer(text)] == [m.groups() for m in compiled.finditer(text)]


def test_unknown_or_junk_stdlib_patterns_compile_as_usual(monkeypatch):
    from healthlint import lazyregex

    source = r"a(b+)c"
    monkeypatch.setattr(lazyregex, "_STDLIB", {(str, source, 0): ("junk",), (str, "other", 0): ("x",)})
    compiler = lazyregex._sre_compiler()
    real = compiler.compile
    with lazyregex.thawing_stdlib():
        assert compiler.compile is not real
        assert compiler.compile(source, 0).match("abbc").group(1) == "bb"
        assert compiler.compile(r"d+", 0).match("dd")
    assert compiler.compile is real


def test_a_cache_entry_without_stdlib_patterns_changes_nothing(monkeypatch):
    from healthlint import lazyregex

    monkeypatch.setattr(lazyregex, "_STDLIB", {})
    compiler = lazyregex._sre_compiler()
    real = compiler.compile
    with lazyregex.thawing_stdlib():
        assert compiler.compile is real
