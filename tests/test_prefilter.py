"""The literal prefilter must find exactly what a full regex scan finds, for any pattern."""
from __future__ import annotations

import bisect
import pickle
import time

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthlint.matchers import base, prefilter
from healthlint.matchers.wording import compile_union, phrase_pattern

ALL_CHARS = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
FLAGS = regex.IGNORECASE | regex.VERSION0


def test_case_exceptions_cover_every_character_regex_equates_with_ascii():
    for m in regex.finditer(r"[a-z]", ALL_CHARS, FLAGS):
        ch = m.group()
        letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if regex.fullmatch(a, ch, FLAGS))
        assert prefilter._CASE_EXCEPTIONS.get(ch, ch.lower()) == letter, hex(ord(ch))


def test_non_ascii_literal_characters_only_equal_themselves():
    allowed = [c for c in map(chr, range(0x80, 0x10000)) if prefilter.literal_char(c)]
    assert "\u2019" in allowed and "\u201c" in allowed
    pattern = regex.compile("[" + "".join(regex.escape(c) for c in allowed) + "]", FLAGS)
    extra = {m.group() for m in pattern.finditer(ALL_CHARS)} - set(allowed)
    assert not extra


def test_canonical_text_keeps_every_offset():
    text = "İstanbul ſtudy \u212a\u00a0\u2003x\n\ty\u0130"
    assert len(prefilter.canonical(text)) == len(text)


def test_canonical_ascii_fast_path_is_the_regex_path():
    """ASCII text is translated, not scanned with the white-space regex: both must agree."""
    every = "".join(map(chr, range(128)))
    assert prefilter.canonical(every) == prefilter._spaces().sub(" ", every.lower())
    assert prefilter.canonical(every + "\u2028") == prefilter._spaces().sub(" ", (every + "\u2028").lower())


@pytest.mark.parametrize("pattern", [
    r"\Gcure", r"[[:alpha:]]cure", r"(?:cure){e<=1}", r"(?x) cure", r"\p{L}cure", r"(?a)cure",
    r"\w+ cure", r"(?:\w+\s+){0,2}pain", r"\s+", r"-+",
])
def test_syntax_it_does_not_understand_means_a_full_scan(pattern):
    assert prefilter.prefixes(pattern, FLAGS) is None


def test_literals_run_through_white_space_and_optional_parts():
    found = prefilter.prefixes(r"\b(?:will|can)\s+cure\b|\bhe(?:al)?s?\b", FLAGS)
    assert found == {literal: prefilter.WORD_START for literal in
                     ("will cure", "can cure", "he", "hes", "heal", "heals")}
    assert prefilter.prefixes(r"\s*safe", FLAGS) == {"safe": prefilter.AFTER_SPACES}
    assert prefilter.prefixes(r"^\W*safe", FLAGS) == {"safe": prefilter.AFTER_NON_WORD}


def test_literals_run_through_white_space_without_newlines():
    """[^\\S\\n] is white space (a space in canonical text), as \\s is: "I went", not every word starting with i."""
    assert prefilter.prefixes(r"\bI[^\S\n]+(?:went|got)\b", FLAGS) == {"i went": prefilter.WORD_START,
                                                                        "i got": prefilter.WORD_START}
    assert prefilter.prefixes(r"\d[^\S\n]?mg", FLAGS) == {f"{d}{gap}mg": prefilter.ANYWHERE
                                                         for d in "0123456789" for gap in ("", " ")}


def test_an_analysis_running_out_through_such_white_space_stops_there_as_before(monkeypatch):
    lexicon = "|".join(f"w{i}" for i in range(40))
    pattern = rf"\bI[^\S\n]+(?:{lexicon})[^\S\n]+(?:{lexicon})"
    monkeypatch.setattr(prefilter, "_BUDGET", 10**7)
    found = prefilter.prefixes(pattern, FLAGS)
    assert len(found) == 40 and all(literal.startswith("i w") for literal in found)
    monkeypatch.setattr(prefilter, "_BUDGET", 60)  # too few steps for the literals run on, enough for "i"
    assert prefilter.prefixes(pattern, FLAGS) == {"i": prefilter.WORD_START}


@pytest.mark.parametrize("pattern, parts", [
    (r"a|b", ["a", "b"]),
    (r"(?:a|b)|c", ["(?:a|b)", "c"]),
    (r"[|]x|\|y|[]|]z|[^]|]w", ["[|]x", r"\|y", "[]|]z", "[^]|]w"]),
    (r"(?#a|(b)x|y", ["(?#a|(b)x", "y"]),
    (r"[\]|]|z", [r"[\]|]", "z"]),
])
def test_top_level_alternatives(pattern, parts):
    assert prefilter.top_level_alternatives(pattern) == parts


def test_a_union_is_analysed_one_alternative_at_a_time(monkeypatch):
    """Each alternative gets its own budget; the result is what one unbounded analysis gives."""
    alternatives = [r"\b(?:cures?|heals?)\s+(?:your\s+)?(?:pain|aches?)", r"^[^\w\n]*conditions\s+we\s+treat",
                    r"(?<![^\n])what\s+(?:it|we)\s+treats?"]
    union = compile_union(alternatives)
    monkeypatch.setattr(prefilter, "_BUDGET", 10**7)
    whole = prefilter.prefixes(union.source, union.flags)
    monkeypatch.setattr(prefilter, "_BUDGET", 150)  # enough for each alternative, not for all
    monkeypatch.setattr(prefilter, "_SHORTER", ())  # (shorter literals would fit: next test)
    assert prefilter.prefixes(union.source, union.flags) is None
    assert prefilter.union_prefixes(union.source, union.flags) == whole
    assert whole["conditions w"] == prefilter.AFTER_NON_WORD  # [^\w\n]* is a run of \W
    assert prefilter.union_prefixes(compile_union([r"(a)cure", r"\1cure"]).source, FLAGS) is None


def test_out_of_budget_the_literals_are_shorter_not_gone(monkeypatch):
    """A long word list before a branching rest runs out of budget at full length; shorter literals
    (prefixes of the full ones) still anchor it instead of a search over the whole page."""
    words = [f"{a}{b}{c}ology" for a in "bcdfg" for b in "aeiou" for c in "lmnrst"]  # 150 words
    pattern = r"\b(?:" + "|".join(words) + r")\s+(?:can|may|will|could)\s+(?:ease|clear|heal|calm|end)\b"
    monkeypatch.setattr(prefilter, "_BUDGET", 10**7)
    full = prefilter.prefixes(pattern, FLAGS)
    assert max(map(len, full)) == prefilter._LONG
    monkeypatch.setattr(prefilter, "_BUDGET", 3000)
    monkeypatch.setattr(prefilter, "_SHORTER", ())
    assert prefilter.prefixes(pattern, FLAGS) is None
    monkeypatch.setattr(prefilter, "_SHORTER", (8,))
    short = prefilter.prefixes(pattern, FLAGS)
    assert short and max(map(len, short)) == 8
    assert {literal[:8] for literal in full} == set(short)
    assert all(mode == prefilter.WORD_START for mode in short.values())


@pytest.mark.parametrize("alternatives, told_apart", [
    ([r"\bcures?", r"heals"], 2),
    ([r"(cu)re", r"(he)al\1"], 1),  # \1 alone would be its own group, in the union it is the first one's
    ([r"(cu)re", r"(?(1)he|x)al"], 1),
    ([r"cure"], 1),
])
def test_alternatives_are_told_apart_only_when_each_means_the_same_alone(alternatives, told_apart):
    union = compile_union(alternatives)
    shared = prefilter.Prefilter([union.key])
    assert shared.alternatives_of(shared.pattern_id(*union.key)) == told_apart


@given(st.text(alphabet="ab ", max_size=40))
def test_packed_positions_map_back_to_the_same_text(text):
    packed, packed_at, shift = prefilter._pack(text)
    if not packed_at:
        assert packed == text
        return
    back = [p + shift[bisect.bisect_left(packed_at, p) - 1] for p in range(len(packed))]
    assert [text[i] for i in back] == list(packed)
    assert all(text[i - 1:i] != " " for i, ch in zip(back, packed) if ch == " ")  # a run's space: where it begins


@given(st.text(alphabet="ab ", max_size=60), st.integers(0, 60), st.integers(0, 70))
def test_packed_positions_map_back_a_window_at_a_time(text, begin, width):
    """scan() reads a window's positions back from a table filled a run at a time: the bisect above."""
    packed, packed_at, shift = prefilter._pack(text)
    if not packed_at or begin > len(packed):
        return
    end = min(begin + width, len(packed))
    table = prefilter._shifts(packed_at, shift, begin, end)
    assert len(table) == end - begin
    assert [r + table[r] for r in range(end - begin)] == [
        p + shift[bisect.bisect_left(packed_at, p) - 1] for p in range(begin, end)]


def test_required_literals_come_from_the_most_selective_tail():
    assert prefilter.required_literals(r"\bpain\b(?:\W+\w+){0,6}?\W+(?:vanish(?:es)?|disappears?)\b") == {
        "vanish", "vanishes", "disappear", "disappears"}
    assert prefilter.required_literals(r"(?:\bketamine\s+\w+\s+cures)|(?:\bcures\s+\w+\s+ketamine)") == {
        "cures", "ketamine"}  # not "ketamine " from the first: that is where it starts
    assert prefilter.required_literals(r"\bcures?\s+\w+") is None  # nothing selective after the start
    assert prefilter.required_literals(r"\bcure\s+(?:it|me)") is None  # too short to be worth it


def test_candidates_without_a_required_literal_after_them_are_dropped():
    union = compile_union([r"\bpain\b(?:\W+\w+){0,6}?\W+(?:vanish(?:es)?|disappears?)\b", r"\bcures?\b"])
    shared = prefilter.Prefilter([union.key])
    text = "Pain and more pain. The pain vanishes! Pain again; it cures pain."
    assert len(shared.scan(text).codes(shared.pattern_id(*union.key))) == 6  # not refined: every start
    shared = pickle.loads(pickle.dumps(shared))  # a rule set that is kept (cached) is refined
    assert shared.refined
    wire(union, shared)
    codes = shared.scan(text).codes(union.pid)
    starts = sorted({c >> prefilter.ALTERNATIVE_BITS for c in codes})
    assert starts == [0, 14, 24, 54]  # "Pain" at 39 and "pain" at 60 have no "vanish" after them
    assert [m.span() for m in base.finditer(union, text, shared.scan(text))] == [
        m.span() for m in union.compiled.finditer(text)]


def test_covered_literals_are_dropped():
    found = {"treat": prefilter.WORD_START, "treatment": prefilter.WORD_START, "pain": prefilter.ANYWHERE,
             "pains": prefilter.AFTER_SPACES, "pain x": prefilter.WORD_START}
    assert prefilter._drop_covered(found) == {"treat": prefilter.WORD_START, "pain": prefilter.ANYWHERE,
                                              "pains": prefilter.AFTER_SPACES}


FRAGMENTS = [
    r"cure", r"Cure", r"cures?", r"side[- ]effects?", r"\bheal\w*", r"(?<!\w)pain", r"\bno\b", r"\d+\s?mg",
    r"\s+", r"\s*", r"\s", r"\W*", r"(?:the\s+)?", r"(?:a|an|the)\s+", r"(?:will|can)\s+", r"[\"“']?",
    r"(?<!not\s)", r"(?=\s)", r"\b", r"(?:\w+\s+){0,2}?", r"ſafe", r"K\w+", r"100\s?%", r"(?:re-?set|reboot)",
    r"\.", r"(?:s|es|ed|ing)?", r"’s", r"(?i:fda)", r"(?-i:FDA)", r"x{2,3}", r"\s{2}", r"^", r"$",
    r"[^\w\n]*", r"(?<![^\n])", r"[|]", r"\|", r"[]|]", r"(?#|)", r"(cu)", r"\1", r"(?(1)re|he)", r"(?i)",
    r"(?:\W+\w+){0,3}?\W+(?:vanish|is\s+gone)", r"\s+\w+\s+effects", r"[^\S\n]+", r"[^\S\n]", r"[^\S\r\n]*",
    r"\b\d{1,3}\s?%", r"\d[\d,]*\+?\s+of", r"(?:\d+|one)\s+in\s+\d[\d,.]*", r"[0-9][0-9,./]*\s?k?\+?",
]
WORDS = ["cure", "cures", "Cure", "heal", "healed", "pain", "no", "not", "the", "a", "an", "will", "can", "safe",
         "ſafe", "\u212aetamine", "İ", "side", "effect", "effects", "side-effect", "FDA", "fda", "100", "٣", "5",
         "mg", "%", "vanish", "12", "1,000", "3.5", "2/3", "in", "of", "k", "+", "1e5", "is gone", "re-set", "reset", "reboot", "x", "xx", "xxx", "it’s", "“", "'", ".", ",", "-"]
SPACES = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", ""]


@st.composite
def patterns(draw):
    alternatives = draw(st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5), min_size=1, max_size=3))
    return ["".join(parts) for parts in alternatives]


@st.composite
def texts(draw):
    pieces = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=40))
    return "".join(w + s for w, s in pieces)


def wire(union, shared) -> None:
    """What prefilter.attach does for a matcher's unions."""
    union.pid = shared.pattern_id(*union.key)
    union.alternatives = shared.alternatives_of(union.pid)
    union.everywhere = shared.everywhere_of(union.pid)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(patterns(), st.booleans(), st.lists(texts(), min_size=1, max_size=3), st.booleans())
def test_candidate_matching_equals_a_full_scan(pats, case_sensitive, docs, refined):
    try:
        union = compile_union(pats, case_sensitive)
    except regex.error:
        return
    shared = prefilter.Prefilter([union.key])
    if refined:
        shared.refine()
    wire(union, shared)
    for text in docs:
        expected = [m.span() for m in union.compiled.finditer(text)]
        got = [m.span() for m in base.finditer(union, text, shared.scan(text))]
        assert got == expected, (union.source, text)
        for s, e in [(0, len(text)), (len(text) // 3, len(text) - 2)]:
            want = union.compiled.search(text, s, max(s, e))
            have = base.search(union, text, shared.scan(text), s, max(s, e))
            assert (have and have.span()) == (want and want.span())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(patterns(), st.lists(texts(), min_size=1, max_size=3), st.booleans(), st.integers(1, 9))
def test_a_long_text_scanned_window_by_window_gives_the_same_candidates(pats, docs, refined, window):
    """Occurrences are taken a window of the packed text at a time (memory): a literal across a
    window's edge, or in a run of white space packed away, is found exactly once all the same."""
    try:
        union = compile_union(pats)
    except regex.error:
        return
    shared = prefilter.Prefilter([union.key])
    if refined:
        shared.refine()
    shared._build()
    pids = sorted(shared.scanned)
    text = "  ".join(docs)
    whole = shared.scan(text)
    before = prefilter._WINDOW
    prefilter._WINDOW = window
    try:
        pieces = shared.scan(text)
    finally:
        prefilter._WINDOW = before
    assert [pieces.codes(pid) for pid in pids] == [whole.codes(pid) for pid in pids], (union.source, text)


def test_an_alternative_without_literal_starts_is_searched_alone_not_the_whole_union():
    # "\w+-free" has no literal start: it used to cost the whole union its prefilter
    union = compile_union([r"\bcures?\b(?!\s+meat)", r"\b\w+-free\b(?:\s+guaranteed)?", r"\bmiracle\b"])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    assert union.pid is not None and [a for a, _ in union.everywhere] == [1]
    text = "It cures meat. Pain-free guaranteed, a miracle: it cures\nmeat and is drug-free."
    candidates = shared.scan(text)
    assert [m.span() for m in base.finditer(union, text, candidates)] == \
        [m.span() for m in union.compiled.finditer(text)]
    cut = text.index("cures\nmeat") + len("cures")  # a window ending where the look-ahead would see "meat"
    for s, e in [(0, cut), (text.index("a miracle"), cut), (cut, len(text)), (5, 20)]:
        assert [m.span() for m in base.finditer(union, text, candidates, s, e)] == \
            [m.span() for m in union.compiled.finditer(text, s, e)]


def test_such_an_alternative_is_not_searched_where_its_required_literal_is_absent():
    union = compile_union([r"\bmiracle\b", r"\b\w+-free,?\s+guaranteed\b"])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    assert union.everywhere == ((1, frozenset({"guaranteed"})),)
    text = "A miracle. Pain-free,\n  GUARANTEED."
    candidates = shared.scan(text)
    assert [m.group() for m in base.finditer(union, text, candidates, 0, 12)] == ["miracle"]
    assert union.probes()[1] is None  # no "guaranteed" in the window: never compiled, never searched
    assert [m.group() for m in base.finditer(union, text, candidates)] == ["miracle", "Pain-free,\n  GUARANTEED"]
    assert [m.span() for m in base.finditer(union, text, candidates)] == [m.span() for m in union.compiled.finditer(text)]


def test_a_union_of_only_such_alternatives_is_scanned_in_full():
    union = compile_union([r"\b\w+-free\b", r"\w+ly\s+safe"])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    assert union.pid is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["side effect", "cure", "eliminate pain", "100% safe", "it's", "well-tolerated"]),
                min_size=1, max_size=4), texts())
def test_phrases_match_the_same_with_the_prefilter(phrases, text):
    union = compile_union([phrase_pattern(p) for p in phrases])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    assert union.pid is not None
    expected = [m.span() for m in union.compiled.finditer(text)]
    assert [m.span() for m in base.finditer(union, text, shared.scan(text))] == expected


@pytest.mark.parametrize("occurrences", [3, 40])  # per-call timeout, and one interval timer
def test_catastrophic_pattern_is_stopped(monkeypatch, occurrences):
    monkeypatch.setattr(base, "time_budget", lambda length: 0.3)
    union = compile_union([r"\bstart(?:a|aa)+$"])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    text = ("starta" + "a" * 40 + "! ") * occurrences
    began = time.monotonic()
    with pytest.raises(TimeoutError):
        list(base.finditer(union, text, shared.scan(text)))
    assert time.monotonic() - began < 10


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(patterns(), texts(), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=8))
def test_searches_remembered_for_a_document_answer_as_a_search_would(pats, text, ranges):
    """base.search remembers its answers per document (Candidates.searched): asked again, in any order."""
    try:
        union = compile_union(pats)
    except regex.error:
        return
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    candidates = shared.scan(text)
    for s, e in ranges + ranges[::-1]:
        s, e = min(s, len(text)), min(max(s, e), len(text))
        want = union.compiled.search(text, s, e)
        have = base.search(union, text, candidates, s, e)
        assert (have and have.span()) == (want and want.span())


def test_a_remembered_search_still_times_out_once_its_deadline_has_passed():
    union = compile_union([r"\bcures?\b"])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    text = "It cures nothing. It cures all."
    candidates = shared.scan(text)
    assert base.search(union, text, candidates, 0, len(text)).span() == (3, 8)
    assert len(candidates.searched) == 1
    assert base.search(union, text, candidates, 0, len(text)).span() == (3, 8)  # remembered
    with pytest.raises(TimeoutError):
        base.search(union, text, candidates, 0, len(text), deadline=time.monotonic() - 1)
    assert base.search(union, text, candidates, 18, len(text)).span() == (21, 26)  # another range: searched


def test_caseless_symbols_are_literals():
    """A price ("£5", "€ 10") or a rating ("★ rated") has a literal start: no search over the whole page."""
    assert prefilter.literal_char("£") and prefilter.literal_char("€") and prefilter.literal_char("★")
    assert not prefilter.literal_char("\u24b6")  # circled A: it has a lower case (so: not a literal)
    found = prefilter.prefixes(r"[$£€]\s?\d", FLAGS)
    assert {"£5", "€ 1", "$0"} <= set(found)
    union = compile_union([r"[$£€]\s?\d+", r"\d\s?€", r"[★⭐]\s?rated"])
    shared = prefilter.Prefilter([union.key])
    wire(union, shared)
    assert union.pid is not None and not union.everywhere
    for text in ["Only £5 or € 10, 20€, 3 €!", "★★★★ rated, ⭐ Rated \u24b6£\u24d01", "$ 7 and £\n8 and £x9", "ſ£1 İ€2"]:
        expected = [m.span() for m in union.compiled.finditer(text)]
        assert [m.span() for m in base.finditer(union, text, shared.scan(text))] == expected, text
