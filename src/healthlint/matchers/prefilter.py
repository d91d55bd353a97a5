"""Where a pattern can start: one literal scan per document instead of one regex pass per rule.

For every pattern the engine runs over whole documents, :func:`prefixes` reads
the pattern's syntax tree and derives a set of literal strings such that every
match must begin with one of them (``\\b(?:cures?|heals)\\s+for`` -> ``cure for``,
``cures for``, ``heals for``). A :class:`Prefilter` puts the literals of all patterns into one
Aho-Corasick automaton, finds every occurrence in one pass over a
case-normalised copy of the prose (white-space runs packed into one space, so
``\\s+`` continues a literal), and the pattern itself is then tried only
at those positions with ``Pattern.match``. Trying the leftmost candidate first
and resuming after each match reproduces ``finditer``/``search`` exactly,
because the ``regex`` module evaluates look-behinds, ``\\b``, ``^`` and ``\\A``
against the whole string, not the start position.

The analysis must never miss a position, so it is conservative: any syntax it
does not fully understand (the ``regex`` module's extensions, ``\\G``, POSIX
classes, fuzzy matching, a leading ``\\w+``...) yields ``None`` and that
pattern keeps its ordinary full scan. Literals are limited to characters whose
case folding is unambiguous (ASCII, and caseless punctuation, spaces and symbols), so
``str.lower`` plus two fixed exceptions normalise the text the way the
``regex`` module's IGNORECASE compares it.
"""
from __future__ import annotations

import re as _re
import unicodedata
from array import array
from bisect import bisect_left
from collections import defaultdict
from itertools import groupby, islice
from operator import itemgetter
from typing import Iterable, Iterator

import regex

from ..lazyregex import Lazy

try:  # Python >= 3.11
    import re._constants as _sc
    import re._parser as _sp
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

_CAP = 96  # most literal strings kept per pattern
_MAX_CLASS = 10  # largest character class expanded into literals
_LONG = 12  # characters after which a literal is selective enough
_BUDGET = 20000  # analysis steps per pattern before giving up (nested optional groups)
# literal lengths tried in turn when the analysis at _LONG runs out of budget: a big lexicon followed
# by a branching rest ("{{condition}} can|may|will ...") costs steps for every word that reaches the
# rest; stopping at a shorter length stops most words before it, and "prolapse" alone is selective
_SHORTER = (8, 6)
_DIGITS = "0123456789"
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Non-ASCII characters that the regex module's IGNORECASE equates with an ASCII
# letter although str.lower() does not map them to it (tests/test_prefilter.py
# checks this table against every code point).
_CASE_EXCEPTIONS = {"\u0130": "i", "\u017f": "s"}
_REPEATS = tuple(op for op in (getattr(_sc, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)
_ZERO_WIDTH = (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT)
_GROUPS = (_sc.SUBPATTERN,) + ((_sc.ATOMIC_GROUP,) if hasattr(_sc, "ATOMIC_GROUP") else ())
_STOP = (None, None)  # an item that ends the literal prefix


class _Exhausted(Exception):
    pass


def literal_char(ch: str) -> bool:
    """Characters a literal may hold: ASCII, or caseless punctuation, spaces and symbols
    ("£", "€", "×", "★": without them a price or a rating was searched for over every whole page)."""
    if ch.isascii():
        return True
    return unicodedata.category(ch)[0] in "PZS" and ch.lower() == ch == ch.upper()


# white space other than " " (a Lazy pattern: the rule cache freezes it, a cached run thaws it)
_SPACES = Lazy(r"[^\S ]", regex.VERSION0)


def _spaces():
    return _SPACES.compiled


def canonical(text: str) -> str:
    """The text as the prefilter compares it: case-folded, white space as " ", same length."""
    if text.isascii():  # str.translate has a fast path for ASCII: a regex pass costs ten times more
        return text.lower().translate(_ascii_spaces())
    for odd, plain in _CASE_EXCEPTIONS.items():
        if odd in text:
            text = text.replace(odd, plain)
    return _spaces().sub(" ", text.lower())


_ASCII_SPACES = None


def _ascii_spaces() -> dict[int, str]:
    """The ASCII characters :func:`_spaces` matches, each -> " " (a str.translate table)."""
    global _ASCII_SPACES
    if _ASCII_SPACES is None:
        _ASCII_SPACES = {c: " " for c in range(128) if _spaces().fullmatch(chr(c))}
    return _ASCII_SPACES


# Where a match may start relative to a literal occurrence q:
ANYWHERE = 0  # at q
WORD_START = 1  # at q, and only if the character before q is not a word character
AFTER_SPACES = 2  # at q or anywhere in the run of white space just before it (\s*)
AFTER_NON_WORD = 3  # at q or anywhere in the run of non-word characters just before it (\W*)
_RANK = {WORD_START: 0, ANYWHERE: 1, AFTER_SPACES: 2, AFTER_NON_WORD: 3}  # larger: more positions
REQUIRED = -1  # not a start: a literal the match must contain at or after its start
# A number run before q (``\\d+\\s?%`` starts on "%"): modes from _RUN up, see _run_mode. A match may
# start at a position p <= q when every character of text[p:q] is in the mode's span (or, with its
# non-word flag, is not an ASCII word character); with a lead, p < q and text[p] is a lead
# character (the run is not empty); with its word-start flag, text[p - 1] is not a word character.
_RUN = 1 << 40
_RUNNABLE = frozenset("0123456789,./")  # what a number run's classes may hold (and a digit or more)
_RUN_ALPHABET = "0123456789,./ "  # a run mode's span and lead, one bit per character


def _run_mode(span: frozenset, nonword: bool, lead: frozenset | None, ws: bool) -> int:
    """The mode of these positions (see _RUN), as one of the four plain modes where it is one."""
    if nonword:
        span = frozenset(c for c in span if c in _ASCII_WORD)  # the non-word flag holds the rest
    if lead is None and not span:
        if nonword:
            return AFTER_NON_WORD if not ws else _encode(span, nonword, lead, ws)
        return WORD_START if ws else ANYWHERE
    if lead is None and span == {" "} and not nonword and not ws:
        return AFTER_SPACES
    return _encode(span, nonword, lead, ws)


def _encode(span: frozenset, nonword: bool, lead: frozenset | None, ws: bool) -> int:
    bits = sum(1 << i for i, c in enumerate(_RUN_ALPHABET) if c in span)
    leads = 0 if lead is None else sum(1 << i for i, c in enumerate(_RUN_ALPHABET) if c in lead)
    return _RUN | leads << 20 | (lead is not None) << 19 | bits << 4 | nonword << 1 | ws


_DECODED: dict = {}


def _general(mode: int) -> tuple[frozenset, bool, frozenset | None, bool]:
    """(span, non-word flag, lead or None, word-start flag) of any start mode."""
    got = _DECODED.get(mode)
    if got is None:
        if mode == ANYWHERE:
            got = frozenset(), False, None, False
        elif mode == WORD_START:
            got = frozenset(), False, None, True
        elif mode == AFTER_SPACES:
            got = frozenset(" "), False, None, False
        elif mode == AFTER_NON_WORD:
            got = frozenset(), True, None, False
        else:
            span = frozenset(c for i, c in enumerate(_RUN_ALPHABET) if mode >> 4 & 1 << i)
            lead = frozenset(c for i, c in enumerate(_RUN_ALPHABET) if mode >> 20 & 1 << i) if mode >> 19 & 1 else None
            got = span, bool(mode & 2), lead, bool(mode & 1)
        _DECODED[mode] = got
    return got


def _covers(wide: int, narrow: int) -> bool:
    """Whether mode ``wide`` gives every position that mode ``narrow`` gives, whatever the text."""
    if wide < _RUN and narrow < _RUN:
        return _RANK[wide] >= _RANK[narrow]
    span, nonword, lead, ws = _general(wide)
    n_span, n_nonword, n_lead, n_ws = _general(narrow)
    if (n_nonword and not nonword) or (ws and not n_ws):
        return False
    if lead is not None and (n_lead is None or not n_lead <= lead):
        return False
    return all(c in span or (nonword and c not in _ASCII_WORD) for c in n_span)


def _join(a: int, b: int) -> int:
    """A mode giving every position that ``a`` or ``b`` gives (the widest of the plain modes)."""
    if a < _RUN and b < _RUN:
        return a if _RANK[a] >= _RANK[b] else b
    if _covers(a, b):
        return a
    if _covers(b, a):
        return b
    span, nonword, lead, ws = _general(a)
    b_span, b_nonword, b_lead, b_ws = _general(b)
    return _run_mode(span | b_span, nonword or b_nonword, None if lead is None or b_lead is None else lead | b_lead,
                     ws and b_ws)


def prefixes(pattern: str, flags: int = 0) -> dict[str, int] | None:
    """Literal starts of every match of ``pattern`` -> where the match may start, or None.

    Literals are canonical (lower case, white space as " "); the values are
    the modes above. None means: no usable literal, scan the whole text.
    """
    parsed = _parsed(pattern, flags)
    return None if parsed is None else _prefixes(parsed[0])


def _parsed(pattern: str, flags: int) -> tuple[list, bool] | None:
    """(top-level items, self-contained: see :func:`_self_contained`) of a pattern the analysis reads, or None.

    One parse and one walk of the syntax tree serve both questions: parsing
    the big lexicon-expanded patterns is a good part of the analysis' cost.
    """
    if "[:" in pattern or "\\G" in pattern:
        return None
    import regex

    if flags & (regex.ASCII | regex.LOCALE | regex.VERBOSE):
        return None
    try:
        tree = _sp.parse(pattern, 0)
    except Exception:  # the regex module's own syntax, or anything re cannot read
        return None
    narrow = _sc.SRE_FLAG_ASCII | _sc.SRE_FLAG_LOCALE
    if tree.state.flags & (narrow | _sc.SRE_FLAG_VERBOSE):
        return None  # verbose: Union.probe appends to the pattern text
    contained = not tree.state.flags & ~_sc.SRE_FLAG_UNICODE
    for op, av in _walk(tree.data):
        if op is _sc.LITERAL and av == ord("{"):
            return None  # "{...}" may be fuzzy matching in the regex module
        if op is _sc.SUBPATTERN and av[1] & narrow:
            return None
        if op in _REFS:
            contained = False
    return list(tree.data), contained


def _prefixes(items: list) -> dict[str, int] | None:
    found = _literal_starts(items, numbers=True)
    if found is None:  # as before numbers were read (see _after_run): never fewer literals
        found = _literal_starts(items, numbers=False)
    if found is None:
        return None
    modes: dict[str, int] = {}
    for literal, mode in found:
        while "  " in literal:  # the scanned text has no two white-space characters in a row
            literal = literal.replace("  ", " ")
        if literal.startswith(" "):  # the match may start anywhere in a run of white space
            literal, mode = literal[1:], (AFTER_SPACES if mode != AFTER_NON_WORD else mode) if mode < _RUN \
                else _join(mode, _run_mode(frozenset(" "), False, None, False))
        if literal not in modes:
            modes[literal] = mode
        elif mode != modes[literal]:
            modes[literal] = _join(modes[literal], mode)
    return modes


def _literal_starts(items: list, numbers: bool) -> set[tuple[str, int]] | None:
    """``numbers``: whether a number opening a match reads as a run before the literal after it
    (see :func:`_after_run`); without it, the number's digits are literals like any class's."""
    for longest in (_LONG,) + _SHORTER:
        try:
            found = _through_blanks(lambda blanks: _first(_chain(items), [_BUDGET, longest], False, True,
                                                              numbers=numbers, blanks=blanks))
            break
        except (_Exhausted, RecursionError):
            continue
    else:
        return None
    if not found or not all(_ALNUM.intersection(s) or _after_number(s, m) for s, m in found):
        return None  # a literal without a letter or digit (" ", "-") is everywhere: not worth it
    return found


def _after_number(literal: str, mode: int) -> bool:
    """A literal without a letter or digit ("%") that only counts after a number (a run mode with a lead)."""
    return mode >= _RUN and _general(mode)[2] is not None and bool(literal.strip(" "))


def union_prefixes(pattern: str, flags: int = 0) -> dict[str, int] | None:
    """:func:`prefixes` of an alternation, one top-level alternative at a time.

    A rule's union (``(?:a)|(?:b)|...``) can be too big for one analysis
    budget although each alternative is cheap; every match of the union is a
    match of one alternative at the same position, so the union of their
    literals (the widest mode per literal) is what the whole would give.
    """
    found = alternative_prefixes(pattern, flags)
    return None if found is None else _merged(found)


def alternative_prefixes(pattern: str, flags: int = 0, partial: bool = False) -> list[dict[str, int] | None] | None:
    """:func:`prefixes` of each top-level alternative of ``pattern``, in order; or None.

    An alternative that cannot be analysed alone (a back-reference to another
    one, a global flag) gives None for the whole: nothing is ever missed. If
    the alternatives cannot be matched apart (see :func:`_self_contained`),
    or there are too many to number, one merged entry stands for them all.
    ``partial``: when they can be told apart, an alternative without literal
    starts (``\\w+-free``) is a None entry, to be searched for in full, instead
    of costing the whole union its prefilter.
    """
    parts = top_level_alternatives(pattern)
    if len(parts) < 2:
        found = prefixes(pattern, flags)
        return None if found is None else [found]
    each: list[dict[str, int] | None] = []
    contained = True
    for part in parts:
        parsed = _parsed(part, flags)
        found = None if parsed is None else _prefixes(parsed[0])
        if found is None and not partial:
            return None
        each.append(found)
        contained = contained and parsed is not None and parsed[1]
    if None not in each:
        if len(parts) > MAX_ALTERNATIVES or not contained:
            return [_merged(each)]  # type: ignore[arg-type]
        return each
    if len(parts) > MAX_ALTERNATIVES or not contained or each.count(None) > _MAX_EVERYWHERE \
            or each.count(None) == len(each):
        return None
    if not all(_consumes(part, flags) for part, found in zip(parts, each) if found is None):
        return None  # an empty match: finditer's empty-match rules are not reproduced (see _matches)
    return each


def _consumes(part: str, flags: int) -> bool:
    """Whether every match of ``part`` is at least one character long."""
    if _parsed(part, flags) is None:  # syntax the analysis does not read
        return False
    try:
        return _sp.parse(part, 0).getwidth()[0] > 0
    except Exception:  # pragma: no cover - a tree the width computation cannot read
        return False


_MAX_EVERYWHERE = 4  # alternatives of one union searched for in full before the whole union is


def required_literals(part: str) -> set[str] | None:
    """Literals one of which every match of ``part`` contains, at or after its start; or None.

    Taken from a tail of the top-level sequence that follows an item of
    variable length, the one whose literal starts (:func:`_first`) are
    longest: a candidate with none of them anywhere after it cannot match. Call it only for a ``part`` that
    :func:`prefixes` accepted (same syntax checks).
    """
    try:
        tree = _sp.parse(part, 0)
        return _required(list(tree.data))
    except (_Exhausted, RecursionError):
        return None
    except Exception:  # the regex module's own syntax
        return None


def _required(items: list) -> set[str] | None:
    while items and items[0][0] in _ZERO_WIDTH:  # consumes nothing: the rest starts where the match does
        items = items[1:]
    while len(items) == 1 and items[0][0] is _sc.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][-1])  # a group around everything, without flags
        while items and items[0][0] in _ZERO_WIDTH:
            items = items[1:]
    if len(items) == 1 and items[0][0] is _sc.BRANCH:
        found: set[str] = set()
        for branch in items[0][1][1]:
            got = _required(list(branch))
            if got is None:
                return None
            found |= got
        return found
    # what follows a run of variable length (not the start: its literals are the start's)
    anchors = [k for k in range(1, len(items))
               if items[k - 1][0] in _REPEATS and items[k - 1][1][0] != items[k - 1][1][1]]
    best: set[str] | None = None
    for k in anchors[-_ANCHORS:]:
        try:
            starts = _through_blanks(lambda blanks: _first(_chain(items[k:]), [_REQUIRED_BUDGET, _LONG], False, True,
                                                                   blanks=blanks))
        except _Exhausted:
            continue
        literals = set()
        for literal, _ in starts:
            while "  " in literal:
                literal = literal.replace("  ", " ")
            literals.add(literal.lstrip(" "))
        if literals and all(len(literal) >= _SELECTIVE and _ALNUM.intersection(literal) for literal in literals):
            if best is None or min(map(len, literals)) > min(map(len, best)):
                best = literals
    return best


_ANCHORS = 2  # tails tried per alternative, from the end
_REQUIRED_BUDGET = 2000
_SELECTIVE = 5  # shortest required literal worth scanning for


def _alternative_required(pattern: str, alternatives: int) -> list[set[str] | None]:
    """:func:`required_literals` per alternative that candidates tell apart (merged when they do not)."""
    parts = top_level_alternatives(pattern)
    each = [required_literals(part) for part in parts]
    if alternatives == len(parts):
        return each
    if any(found is None for found in each):
        return [None]
    return [set().union(*each)]


# Candidates carry the alternative's number in their low bits: position << 8 | alternative.
ALTERNATIVE_BITS = 8
MAX_ALTERNATIVES = 1 << ALTERNATIVE_BITS


def _self_contained(part: str) -> bool:
    """Whether ``part`` matches alone exactly what it matches as an alternative of the union:
    no reference to a group (it could be another alternative's) and no global flag."""
    try:
        tree = _sp.parse(part, 0)
    except Exception:
        return False
    if tree.state.flags & ~_sc.SRE_FLAG_UNICODE:
        return False
    return not any(op in _REFS for op, _ in _walk(tree.data))


_REFS = (_sc.GROUPREF, _sc.GROUPREF_EXISTS) + tuple(
    getattr(_sc, n) for n in ("GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE") if hasattr(_sc, n))


def _merged(each: list[dict[str, int]]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for found in each:
        for literal, mode in found.items():
            if literal not in merged:
                merged[literal] = mode
            elif mode != merged[literal]:
                merged[literal] = _join(merged[literal], mode)
    return merged


def _drop_covered(found: dict[str, int]) -> dict[str, int]:
    """Without the literals whose every candidate a shorter one (a prefix, as wide a mode) gives already."""
    kept = {}
    rank = _RANK
    for literal, mode in found.items():
        if mode >= _RUN:
            for n in range(1, len(literal)):
                shorter = found.get(literal[:n])
                if shorter is not None and _covers(shorter, mode):
                    break
            else:
                kept[literal] = mode
            continue
        least = rank[mode]
        for n in range(1, len(literal)):
            shorter = found.get(literal[:n])
            if shorter is not None and (rank[shorter] >= least if shorter < _RUN else _covers(shorter, mode)):
                break
        else:
            kept[literal] = mode
    return kept


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (not inside a group, a class or after a backslash)."""
    parts: list[str] = []
    depth = 0
    begin = i = 0
    n = len(pattern)
    special = _SPECIAL.search
    while i < n:
        found = special(pattern, i)  # skip plain characters in C: patterns are mostly words
        if found is None:
            break
        i = found.start()
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if pattern.startswith("(?#", i):
            close = pattern.find(")", i)
            i = n if close < 0 else close + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    parts.append(pattern[begin:])
    return parts


_SPECIAL = _re.compile(r"[\\\[()|]")  # the characters top_level_alternatives acts on


def _class_end(pattern: str, i: int) -> int:
    """The index just after the character class opening at ``i``."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":  # a "]" first is a literal
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _walk(items) -> Iterator[tuple]:
    """Every item of a syntax tree, in no particular order (a stack, and the parser's plain lists)."""
    stack = [_items(items)]
    while stack:
        for op, av in stack.pop():
            yield op, av
            if op is _sc.BRANCH:
                stack.extend(map(_items, av[1]))
            elif op is _sc.SUBPATTERN:
                stack.append(_items(av[-1]))
            elif op in _GROUPS:
                stack.append(_items(av))
            elif op in _REPEATS:
                stack.append(_items(av[2]))
            elif op is _sc.ASSERT or op is _sc.ASSERT_NOT:
                stack.append(_items(av[1]))


def _items(sub) -> list:
    """The list inside a parser SubPattern (indexing the SubPattern itself is a Python call per item)."""
    return sub.data if sub.__class__ is _SUBPATTERN else sub


_SUBPATTERN = _sp.SubPattern


def _chain(items, rest=None):
    """``items`` followed by the chain ``rest``, as a chain of (item, next) pairs (None: empty).

    A chain shares its tail: every branch of an alternation continues with the
    same object, so :func:`_first` recognises a continuation it has analysed.
    """
    for item in reversed(_items(items)):
        rest = (item, rest)
    return rest


_STOP_CHAIN = (_STOP, None)


def _first(chain, budget: list, boundary: bool, start: bool = False, depth: int = 0,
           memo: dict | None = None, numbers: bool = True, blanks: bool = True) -> set[tuple[str, int]]:
    """Prefixes of every match of the items of ``chain`` (see :func:`_chain`), as (literal, mode) pairs.

    ``start``: nothing consumed yet; ``depth``: characters consumed (literals stop at ``budget[1]``).
    ``budget[0]``: analysis steps left. ``numbers``: whether a number opening a match reads as a
    run before the literal after it (:func:`_after_run`); ``blanks``: whether ``[^\\S\\n]`` reads as a
    space (:func:`_through_blanks`). Both are the same for one whole analysis, so the memo (one per
    analysis) needs no key for them. The same continuation is met once per
    alternative before it (a lexicon's hundred words, then the same rest of
    the rule), so results are memoised by the continuation's identity; a
    remembered result is charged the steps it took, so running out of budget
    happens exactly as without the memo. Results are shared: never mutate them.
    """
    budget[0] -= 1
    if budget[0] < 0:
        raise _Exhausted
    here = WORD_START if boundary else ANYWHERE
    if chain is None or depth >= budget[1]:
        return {("", here)}
    if memo is None:
        memo = {}
    key = (id(chain), boundary, start, depth)
    hit = memo.get(key)
    if hit is not None:
        budget[0] -= hit[2]
        if budget[0] < 0:
            raise _Exhausted
        return hit[1]
    before = budget[0]
    found = _first_step(chain, budget, boundary, start, depth, memo, here, numbers, blanks)
    memo[key] = (chain, found, before - budget[0])  # the chain kept alive: its id stays unique
    return found


def _first_step(chain, budget: list, boundary: bool, start: bool, depth: int, memo: dict,
                here: int, numbers: bool, blanks: bool) -> set[tuple[str, int]]:
    (op, av), rest = chain
    if op is None:  # _STOP
        return {("", here)}
    if op in _ZERO_WIDTH:
        return _first(rest, budget, boundary or _is_word_start(op, av), start, depth, memo, numbers=numbers,
                      blanks=blanks)
    if op in _GROUPS:
        body = av[-1] if op is _sc.SUBPATTERN else av
        return _first(_chain(body, rest), budget, boundary, start, depth, memo, numbers=numbers, blanks=blanks)
    if op is _sc.BRANCH:
        found: set[tuple[str, int]] = set()
        for branch in av[1]:
            found |= _first(_chain(branch, rest), budget, boundary, start, depth, memo, numbers=numbers, blanks=blanks)
        return found
    if start and numbers and (op in _REPEATS or op is _sc.IN):
        found = _after_run(chain, budget, boundary, memo, blanks)
        if found is not None:
            return found
    if op in _REPEATS:
        lo, hi, body = av
        gap = _gap(body, blanks) if start else None
        if gap is not None and hi > 0:  # a leading \s*, \s+, \W*: the literal comes after such a run
            return {(t, _join(gap, m))
                    for t, m in _first(rest, budget, False, True, 0, memo, numbers=numbers, blanks=blanks)}
        if gap == AFTER_SPACES or (gap is None and _gap(body, blanks) == AFTER_SPACES):
            # scan() matches against text whose white-space runs are packed into one " "
            once = _first(_chain(body, rest), budget, boundary, start, depth, memo, numbers=numbers, blanks=blanks)
        else:
            once = _first(_chain(body, rest if hi == 1 else _STOP_CHAIN), budget, boundary, start, depth, memo,
                          numbers=numbers, blanks=blanks)
        if lo:
            return once
        return once | _first(rest, budget, boundary, start, depth, memo, numbers=numbers, blanks=blanks)
    chars = _chars(op, av, blanks)
    if chars is None:
        return {("", here)}
    if len(chars) == 1:
        return _first_run(chars, rest, budget, depth, memo, here, numbers, blanks)
    tails = {t for t, _ in _first(rest, budget, False, False, depth + 1, memo, numbers=numbers, blanks=blanks)}
    longest = max(map(len, tails))
    while len(chars) * len(tails) > _CAP and longest > 0:  # shorter prefixes of the rest are still prefixes
        longest -= 1
        tails = {t[:longest] for t in tails}
    return {(c + t, here if _word(c) else ANYWHERE) for c in chars for t in tails}


def _number_run(chain) -> tuple[frozenset, int, int, object] | None:
    """(characters, least length, items, rest) of a run of digit classes opening ``chain``
    (``\\d+``, ``\\d{1,3}``, ``\\d[\\d,]*``), or None: none, or no repeat of more than one among them
    (``\\d\\d`` gives literals of its own)."""
    span: set[str] = set()
    least = items = 0
    repeated = False
    while chain is not None:
        (op, av), after = chain
        if op in _REPEATS:
            lo, hi, body = av
            body = _items(body)
            chars = _run_chars(*body[0]) if len(body) == 1 else None
            if not _runnable(chars):
                break
            least += lo
            repeated = repeated or hi > 1
        else:
            chars = _run_chars(op, av)
            if not _runnable(chars):
                break
            least += 1
        span |= chars  # type: ignore[arg-type]
        items += 1
        chain = after
    return (frozenset(span), least, items, chain) if repeated else None


def _run_chars(op, av) -> frozenset | None:
    """The characters a class item can consume if all are plain (no size limit, unlike _chars)."""
    if op is _sc.LITERAL:
        return frozenset(chr(av))
    if op is not _sc.IN:
        return None
    chars: set[str] = set()
    for sub_op, sub_av in av:
        if sub_op is _sc.LITERAL:
            chars.add(chr(sub_av))
        elif sub_op is _sc.RANGE and sub_av[1] - sub_av[0] < 64:
            chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
        elif sub_op is _sc.CATEGORY and sub_av is _sc.CATEGORY_DIGIT:
            chars.update(_DIGITS)  # non-ASCII digits: see Prefilter.scan
        else:
            return None
    return frozenset(chars)


def _runnable(chars) -> bool:
    return chars is not None and chars <= _RUNNABLE and len(chars.intersection(_DIGITS)) > 1


def _after_run(chain, budget: list, boundary: bool, memo: dict, blanks: bool) -> set[tuple[str, int]] | None:
    """Literal starts of a match opening with a number (see _number_run): the literals of what
    follows it, each with a run mode (the match starts in the number before the literal); None when
    there is no such number or what follows has an empty literal (then the digits are the literals)."""
    run = _number_run(chain)
    if run is None:
        return None
    span, least, items, rest = run
    saved = budget[0]
    try:
        budget[0] -= items
        if budget[0] < 0:
            raise _Exhausted
        # called only when numbers are read
        after = _first(rest, budget, False, True, 0, memo, numbers=True, blanks=blanks)
    except _Exhausted:
        budget[0] = saved  # analysed as before this reading existed (see _through_blanks)
        return None
    lead = span if least else None
    found = set()
    for literal, mode in after:
        if not literal.strip(" "):
            budget[0] = saved
            return None
        more_span, nonword, _, _ = _general(mode)  # where what follows may start before its literal
        found.add((literal, _run_mode(span | more_span, nonword, lead, boundary)))
    return found


def _first_run(chars: set[str], rest, budget: list, depth: int, memo: dict, here: int,
               numbers: bool, blanks: bool) -> set[tuple[str, int]]:
    """:func:`_first_step` for a run of single characters (a word), in one step instead of one per character.

    Exactly what the step-per-character recursion gives: each inner step's
    tails are already at most ``_CAP`` (one character times the cut tails), so
    only the last character's step ever cuts; the budget is charged one step per character.
    """
    text = next(iter(chars))
    limit = budget[1] - depth  # the step at the longest depth returns "" whatever follows
    while rest is not None and len(text) < limit:
        (op, av), after = rest
        more = _chars(op, av, blanks)
        if more is None or len(more) != 1:
            break
        text += next(iter(more))
        rest = after
    budget[0] -= len(text) - 1
    if budget[0] < 0:
        raise _Exhausted
    tails = {t for t, _ in _first(rest, budget, False, False, depth + len(text), memo, numbers=numbers, blanks=blanks)}
    longest = max(map(len, tails))
    while len(tails) > _CAP and longest > 0:
        longest -= 1
        tails = {t[:longest] for t in tails}
    mode = here if _word(text[0]) else ANYWHERE
    return {(text + t, mode) for t in tails}


def _gap(body, blanks: bool = True) -> int | None:
    """AFTER_SPACES for a white-space class, AFTER_NON_WORD for \\W, else None."""
    if len(body) != 1:
        return None
    op, av = body[0]
    if op is _sc.IN and (len(av) == 1 and av[0] == (_sc.CATEGORY, _sc.CATEGORY_NOT_WORD) or _within_non_word(av)):
        return AFTER_NON_WORD
    if op is _sc.IN and av and av[0][0] is _sc.NEGATE and (_sc.CATEGORY, _sc.CATEGORY_NOT_SPACE) in av[1:]:
        return AFTER_SPACES  # [^\S\n]: white space only, a space in canonical text
    chars = _chars(op, av, blanks)
    if chars == {" "}:
        return AFTER_SPACES
    return None


def _within_non_word(av) -> bool:
    """A negated class that excludes \\w (``[^\\w\\n]``) matches only what \\W matches."""
    return bool(av) and av[0][0] is _sc.NEGATE and (_sc.CATEGORY, _sc.CATEGORY_WORD) in av[1:]


def _word(ch: str) -> bool:
    return ch in _ASCII_WORD


def _is_word_start(op, av) -> bool:
    """\\b or (?<!\\w): the previous character is not a word character."""
    if op is _sc.AT:
        return av is _sc.AT_BOUNDARY
    if op is _sc.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
        sub_op, sub_av = av[1][0]
        if sub_op is _sc.IN and len(sub_av) == 1:
            sub_op, sub_av = sub_av[0]
        return sub_op is _sc.CATEGORY and sub_av is _sc.CATEGORY_WORD
    return False


_CHARS: dict = {}  # _chars by item: the analysis meets the same few items thousands of times


def _through_blanks(analyse):
    """``analyse(True)``, reading a white-space class that leaves out some white space (``[^\\S\\n]``)
    as a space; if that runs out of budget (the literals run on, through a lexicon),
    ``analyse(False)``, stopping there, as before that reading existed."""
    try:
        return analyse(True)
    except (_Exhausted, RecursionError):
        return analyse(False)


def _chars(op, av, blanks: bool = True) -> set[str] | None:
    """The canonical characters one item can consume, if few and all plain literals (do not mutate);
    ``blanks``: whether ``[^\\S\\n]`` reads as a space (see :func:`_through_blanks`)."""
    key = (op, av) if op is _sc.LITERAL else (op, tuple(av), blanks) if op is _sc.IN else None
    if key is None:
        return None
    try:
        return _CHARS[key]
    except KeyError:
        found = _CHARS[key] = _item_chars(op, av, blanks)
        return found
    except TypeError:  # pragma: no cover - an unhashable class item
        return _item_chars(op, av, blanks)


def _item_chars(op, av, blanks: bool) -> set[str] | None:
    if op is _sc.LITERAL:
        return _canon_chars([chr(av)])
    if op is _sc.IN and blanks and av and av[0][0] is _sc.NEGATE and (_sc.CATEGORY, _sc.CATEGORY_NOT_SPACE) in av[1:]:
        # [^\S\n] and the like match white space only, a space in canonical text (as \s does):
        # "\bI[^\S\n]+went" starts with "i went", not with every word that starts with "i"
        return {" "}
    if op is _sc.IN:
        chars: list[str] = []
        for sub_op, sub_av in av:
            if sub_op is _sc.LITERAL:
                chars.append(chr(sub_av))
            elif sub_op is _sc.RANGE and sub_av[1] - sub_av[0] < _MAX_CLASS:
                chars.extend(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
            elif sub_op is _sc.CATEGORY and sub_av is _sc.CATEGORY_DIGIT:
                chars.extend(_DIGITS)  # non-ASCII digits: see Prefilter.scan
            elif sub_op is _sc.CATEGORY and sub_av is _sc.CATEGORY_SPACE:
                chars.append(" ")  # canonical() turns all white space into " "
            else:
                return None
        return _canon_chars(chars) if len(chars) <= _MAX_CLASS else None
    return None


def _canon_chars(chars: Iterable[str]) -> set[str] | None:
    out = set()
    for ch in chars:
        if _spaces().fullmatch(ch):
            ch = " "
        elif not literal_char(ch):
            return None
        out.add(ch.lower())
    return out


def _interned(owners: dict[str, list[tuple[int, int, int]]]) -> dict[str, tuple]:
    """Each literal's owners as a sorted tuple, equal triples and equal tuples shared.

    A lexicon's hundred words all have the same owners: shared, they are one
    object in memory and in the pickled rule cache instead of a hundred.
    """
    pool: dict[tuple, tuple] = {}
    out = {}
    for literal, found in owners.items():
        each = tuple(pool.setdefault(owner, owner) for owner in sorted(set(found)))
        out[literal] = pool.setdefault(each, each)
    return out


def _read_automaton(path: str, literals: int):
    """(automaton, entries) kept by :func:`_write_automaton` for a mapping of ``literals``
    literals, or None (missing, corrupt, or not one)."""
    import pickle

    try:
        with open(path, "rb") as handle:
            count, automaton, entries = pickle.load(handle)
        import ahocorasick
    except Exception:
        return None
    if (count != literals or not isinstance(automaton, ahocorasick.Automaton) or len(automaton) != literals
            or not isinstance(entries, list)):
        return None
    return automaton, entries


def _write_automaton(path: str, literals: int, automaton, entries: list) -> None:
    """Keep a built automaton next to its rule cache entry (atomically; silently skipped if that fails)."""
    from pathlib import Path

    from ..rules.cache import dump_atomic

    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dump_atomic(target, (literals, automaton, entries))
    except Exception:
        return


class _PackedOwners:
    """A prefilter's literal -> owners mapping as the rule cache holds it.

    Per prefix of two characters (one for one-character literals), the literals
    joined by newlines and their owners as indexes into one table of owner
    tuples. Unpickling the 38,000 literals as a dict was about 80% of reading
    the rule cache; this way a short text opens only the prefixes it holds
    (:meth:`get`), and the automaton is built from :meth:`items` without a dict.
    """

    __slots__ = ("_table", "_packed", "_size", "_open")

    def __init__(self, table: list[tuple], packed: dict[str, tuple[str, object]], size: int) -> None:
        self._table, self._packed, self._size = table, packed, size
        self._open: dict[str, dict[str, tuple]] = {}  # prefix -> its literals, once looked up

    @classmethod
    def of(cls, owners) -> "_PackedOwners | dict":
        """``owners`` packed (already packed: as it is; a literal holding a newline: the dict)."""
        if isinstance(owners, cls) or any("\n" in literal for literal in owners):
            return owners
        from array import array

        index: dict[tuple, int] = {}
        groups: dict[str, tuple[list[str], list[int]]] = {}
        for literal, found in owners.items():
            literals, indexes = groups.setdefault(literal[:2], ([], []))
            literals.append(literal)
            indexes.append(index.setdefault(found, len(index)))
        packed = {prefix: ("\n".join(literals), array("I", indexes)) for prefix, (literals, indexes) in groups.items()}
        return cls(list(index), packed, len(owners))

    def __getstate__(self) -> tuple:
        return self._table, self._packed, self._size

    def __setstate__(self, state: tuple) -> None:
        self._table, self._packed, self._size = state
        self._open = {}

    def __len__(self) -> int:
        return self._size

    def get(self, literal: str, default=None):
        prefix = literal[:2]
        got = self._open.get(prefix)
        if got is None:
            packed = self._packed.get(prefix)
            got = self._open[prefix] = {} if packed is None else dict(self._pairs(*packed))
        return got.get(literal, default)

    def items(self):
        for packed in self._packed.values():
            yield from self._pairs(*packed)

    def _pairs(self, joined: str, indexes):
        return zip(joined.split("\n"), map(self._table.__getitem__, indexes))


_LOOKUP_MAX = 24_000  # slices looked up (per process) before building the automaton is cheaper


class Prefilter:
    """One automaton over the literal starts of many patterns; per document, candidate positions."""

    def __init__(self, patterns: Iterable[tuple[str, int]]) -> None:
        self.keys: dict[tuple[str, int], int] = {}
        self.scanned: set[int] = set()  # pattern ids with literal starts
        self.digits: set[int] = set()  # ... some of which start with \d
        self.alternatives: dict[int, int] = {}  # pattern id -> alternatives told apart (1: the whole)
        self.required: dict[int, set[int]] = {}  # pattern id -> its alternatives with required literals
        # pattern id -> its alternatives without literal starts, each with literals one of which its matches hold
        self.everywhere: dict[int, list[tuple[int, frozenset[str] | None]]] = {}
        owners: dict[str, list[tuple[int, int, int]]] = {}
        for key in patterns:
            if key in self.keys:
                continue
            pid = self.keys[key] = len(self.keys)
            each = alternative_prefixes(*key, partial=True)
            if each is None:
                continue
            self.scanned.add(pid)
            self.alternatives[pid] = len(each)
            parts = top_level_alternatives(key[0]) if None in each else []
            for alternative, found in enumerate(each):
                if found is None:  # no literal start: searched for in full (see finditer)
                    needs = required_literals(parts[alternative])
                    self.everywhere.setdefault(pid, []).append((alternative, frozenset(needs) if needs else None))
                    continue
                for literal, mode in _drop_covered(found).items():
                    owners.setdefault(literal, []).append((pid, alternative, mode))
                if any(c in _DIGITS for literal in found for c in literal) or max(found.values()) >= _RUN:
                    self.digits.add(pid)  # (a run mode: its number may be in other digits)
        self._owners = _interned(owners)
        self._longest = max(map(len, self._owners), default=0)
        self._automaton = None
        self._entries: list[tuple[int, tuple]] = []  # automaton value -> (length, owners)
        self._looked_up = 0  # slices looked up so far instead of building the automaton
        self.refined = False
        self.automaton_file: str | None = None  # where a built automaton is kept (rules.cache sets it)

    def refine(self) -> None:
        """Add each alternative's required literals (see :func:`required_literals`), once.

        They only spare candidates, never change a match, and the analysis
        costs about as much as the first one: it is done for a rule set that
        is kept (pickled into the rule cache), not for one compiled per run.
        """
        if self.refined:
            return
        owners = {lit: list(o) for lit, o in self._owners.items()}
        for (pattern, _), pid in self.keys.items():
            if pid not in self.scanned:
                continue
            searched = {alternative for alternative, _ in self.everywhere.get(pid, ())}  # no candidates to thin
            for alternative, needed in enumerate(_alternative_required(pattern, self.alternatives[pid])):
                if not needed or alternative in searched:
                    continue
                self.required.setdefault(pid, set()).add(alternative)
                for literal in _drop_covered(dict.fromkeys(needed, ANYWHERE)):
                    owners.setdefault(literal, []).append((pid, pid << ALTERNATIVE_BITS | alternative, REQUIRED))
                if any(c in _DIGITS for literal in needed for c in literal):
                    self.digits.add(pid)
        self._owners = _interned(owners)
        self._longest = max(map(len, self._owners), default=0)  # slice look-ups must reach the new ones
        self._automaton = None
        self.refined = True

    def __getstate__(self) -> dict:
        self.refine()  # pickled: stored in the rule cache, or sent to a spawned worker
        state = dict(self.__dict__)
        state["_owners"] = _PackedOwners.of(self._owners)
        state["_automaton"] = None
        state["_entries"] = []
        state["_looked_up"] = 0
        state["automaton_file"] = None
        return state

    def _build(self):
        """The automaton: read from :attr:`automaton_file` when it holds one for these literals,
        else built (about 0.24 s for the shipped packs, against 0.05 s to read it) and kept there."""
        path = getattr(self, "automaton_file", None)
        if path:
            kept = _read_automaton(path, len(self._owners))
            if kept is not None:
                self._automaton, self._entries = kept
                return self._automaton
        automaton = self._built()
        if path:
            _write_automaton(path, len(self._owners), automaton, self._entries)
        return automaton

    def _built(self):
        import ahocorasick

        # A literal's value is its entry, (length, owners), one for all the literals that share
        # both (a lexicon's words of one length), stored as an int: no Python object per literal
        # (26,533 literals, 3,121 entries: the automaton takes about 2 MB instead of 7 MB).
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        entries: dict[tuple[int, tuple], int] = {}
        for literal, owners in self._owners.items():
            automaton.add_word(literal, entries.setdefault((len(literal), owners), len(entries)))
        self._entries = list(entries)
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def _occurrences(self, packed: str):
        """(end index, entry) of every occurrence of every literal, in any order.

        An entry is an index into ``self._entries`` (the automaton's values) or,
        for looked-up slices, the ``(length, owners)`` pair itself.

        Building the automaton costs as much as looking up every slice of a few
        thousand characters: the first short texts of a process (a one-sentence
        file, an editor's buffer) are looked up, up to that cost in all.
        """
        longest = self._longest
        cost = len(packed) * longest
        if self._automaton is None and self._looked_up + cost <= _LOOKUP_MAX:
            self._looked_up += cost  # many short texts: build the automaton after all
            owners, found, size = self._owners, [], len(packed)
            for start in range(size):
                for end in range(start + 1, min(start + longest, size) + 1):
                    hit = owners.get(packed[start:end])
                    if hit is not None:
                        found.append((end - 1, (end - start, hit)))
            return found
        automaton = self._automaton if self._automaton is not None else self._build()
        return automaton.iter(packed)

    def _windows(self, packed: str) -> Iterator[tuple[int, list]]:
        """(begin, occurrences) for windows of :data:`_WINDOW` characters of ``packed``: each
        occurrence's end index is relative to ``begin``.

        A long text's occurrences are taken a window at a time, so that they are never all held
        at once (a 256K piece has about 60,000: 6 MB of tuples, the largest transient of a worker
        linting a huge page). The automaton starts the longest literal's length less one before
        the window; what ended before the window was taken in the previous one.
        """
        size = len(packed)
        if size <= _WINDOW:
            yield 0, list(self._occurrences(packed))
            return
        automaton = self._automaton if self._automaton is not None else self._build()
        reach = self._longest - 1
        for lo in range(0, size, _WINDOW):
            hi = min(lo + _WINDOW, size)
            begin = max(lo - reach, 0)
            found = list(automaton.iter(packed[begin:hi]))  # a slice: iter(packed, begin, hi) copies all of it
            if lo:
                del found[:bisect_left(found, (lo - begin,))]  # ended before the window
            yield begin, found

    def pattern_id(self, pattern: str, flags: int) -> int | None:
        pid = self.keys.get((pattern, flags))
        return pid if pid is not None and pid in self.scanned else None

    def everywhere_of(self, pid: int | None) -> tuple[tuple[int, frozenset[str] | None], ...]:
        """The alternatives of pattern ``pid`` that have no literal start (searched for in full),
        each with the literals one of which every match of it holds (None: unknown)."""
        return tuple(self.everywhere.get(pid, ())) if pid is not None else ()

    def alternatives_of(self, pid: int | None) -> int:
        """How many top-level alternatives of pattern ``pid`` candidates tell apart."""
        return self.alternatives.get(pid, 1) if pid is not None else 1

    def scan(self, prose: str) -> "Candidates":
        """Candidate starts of every scanned pattern in ``prose``.

        Occurrences are grouped by literal first: each of a literal's owners
        then takes all its occurrences in one list operation, instead of one
        Python step per occurrence and owner (on a long page a literal occurs
        hundreds of times and has a dozen owners).
        """
        found: dict[int, list[int]] = defaultdict(list)
        text = canonical(prose)
        if len(text) != len(prose):  # a case mapping that changes length: trust nothing
            return Candidates({}, set())
        if self._owners:
            packed, packed_at, shift = _pack(text)
            # (end index in packed, entry) grouped by entry in C: sorted() is stable, so each
            # entry's ends stay ascending (a Python step per occurrence was most of the grouping)
            last: dict[int, int] = {}  # code (pid << 8 | alternative) -> last required literal
            for begin, occurrences in self._windows(packed):  # may build the automaton
                occurrences.sort(key=_ENTRY)
                entries = self._entries  # read after _windows: it may have just been rebuilt
                # back to positions in text (see _pack): the shift of each packed position of the
                # window, filled a run of spaces at a time, instead of a bisect per occurrence
                moved = _shifts(packed_at, shift, begin, min(begin + _WINDOW + self._longest, len(packed))) \
                    if packed_at else None
                for entry, group in groupby(occurrences, _ENTRY):
                    length, owners = entries[entry] if entry.__class__ is int else entry
                    if moved is not None:
                        back = length - 1
                        starts = [(p := end - back) + moved[p] for end, _ in group]
                    else:
                        back = length - 1 - begin
                        starts = [end - back for end, _ in group]
                    _serve(owners, starts, text, found, last)
                del occurrences
            for pid, alternatives in self.required.items():
                codes = found.get(pid)
                if codes:
                    found[pid] = _before_required(codes, pid, alternatives, last, self.alternatives[pid])
        unsure = self.digits if not prose.isascii() and _has_other_digits(prose) else set()
        return Candidates(found, self.scanned - unsure)


def _serve(owners: tuple, starts: list[int], text: str, found: dict[int, list[int]], last: dict[int, int]) -> None:
    """Give one literal's occurrences (``starts``, positions in text) to each of its owners, by mode."""
    shifted = word_shifted = None
    for pid, code, mode in owners:
        if mode == ANYWHERE:
            if shifted is None:
                shifted = [p << ALTERNATIVE_BITS for p in starts]
            found[pid].extend([c | code for c in shifted] if code else shifted)
        elif mode == WORD_START:
            if word_shifted is None:
                word_shifted = [p << ALTERNATIVE_BITS for p in starts if p == 0 or text[p - 1] not in _ASCII_WORD]
            found[pid].extend([c | code for c in word_shifted] if code else word_shifted)
        elif mode == REQUIRED:
            latest = max(starts)
            if latest > last.get(code, -1):
                last[code] = latest
        elif mode < _RUN:
            found[pid].extend(q << ALTERNATIVE_BITS | code for p in starts for q in _run_before(text, p, mode))
        else:
            found[pid].extend(q << ALTERNATIVE_BITS | code for p in starts for q in _in_number(text, p, mode))


_ENTRY = itemgetter(1)  # of an occurrence: (end, entry)
_WINDOW = 1 << 16  # packed characters whose occurrences are grouped at a time (see Prefilter._windows)
_RUNS = None


def _before_required(codes: list[int], pid: int, needy: set[int], last: dict[int, int],
                     alternatives: int) -> list[int]:
    """The candidates of alternatives in ``needy`` that have a required literal at or after them."""
    limits = [last.get(pid << ALTERNATIVE_BITS | a, -1) if a in needy else _NO_LIMIT for a in range(alternatives)]
    mask = (1 << ALTERNATIVE_BITS) - 1
    return [c for c in codes if c >> ALTERNATIVE_BITS <= limits[c & mask]]


_NO_LIMIT = float("inf")


def _pack(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with each run of spaces as one space, and the way back.

    ``packed_at[i]`` is where the (i-1)-th run's space is in the packed text,
    ``shift[i]`` how many characters runs 0..i-1 removed; both start with a
    sentinel, so that position p of the packed text is p +
    ``shift[bisect_left(packed_at, p) - 1]`` in the text (empty lists: no runs).
    """
    global _RUNS
    if _RUNS is None:
        import re

        _RUNS = re.compile("  +")
    packed_at: list[int] = [-1]
    shift: list[int] = [0]
    removed = 0
    for m in _RUNS.finditer(text):
        packed_at.append(m.start() - removed)
        removed += m.end() - m.start() - 1
        shift.append(removed)
    if len(packed_at) == 1:
        return text, [], []
    return _RUNS.sub(" ", text), packed_at, shift


def _shifts(packed_at: list[int], shift: list[int], begin: int, end: int) -> array:
    """For each packed position p in [begin, end), ``begin + shift[bisect_left(packed_at, p) - 1]``
    (see :func:`_pack`), at p - begin: a window's position in text is its packed position
    relative to ``begin`` plus this."""
    found = array("q")
    j = bisect_left(packed_at, begin) - 1  # packed_at[j] < begin <= packed_at[j + 1]
    p = begin
    runs = len(packed_at)
    while p < end:
        upto = min(packed_at[j + 1] + 1, end) if j + 1 < runs else end  # up to the next run's space
        found += array("q", (begin + shift[j],)) * (upto - p)
        p = upto
        j += 1
    return found


def _in_number(text: str, start: int, mode: int) -> list[int]:
    """The positions a run mode (see _RUN) gives for a literal at ``start``."""
    span, nonword, lead, ws = _general(mode)
    found = []
    i = start
    while True:
        if (lead is None or (i < start and text[i] in lead)) and (not ws or i == 0 or text[i - 1] not in _ASCII_WORD):
            found.append(i)
        i -= 1
        if i < 0:
            break
        c = text[i]
        if c not in span and (not nonword or c in _ASCII_WORD):
            break
    return found


def _run_before(text: str, start: int, mode: int) -> Iterator[int]:
    """``start`` and every position of the gap run (spaces, or possible non-word characters) before it."""
    yield start
    i = start - 1
    if mode == AFTER_SPACES:
        while i >= 0 and text[i] == " ":
            yield i
            i -= 1
    else:
        while i >= 0 and text[i] not in _ASCII_WORD:
            yield i
            i -= 1


class Candidates:
    """Sorted candidates per pattern id, for one document: ``position << 8 | alternative``."""

    def __init__(self, found: dict[int, list[int]], scanned: set[int]) -> None:
        self._found = found
        self._scanned = scanned
        self._sorted: dict[int, list[int]] = {}
        # (pattern, flags, pos, endpos) -> (text, first match or None): the searches made in this
        # document (see base.search; many rules look for the same cues in the same sentence)
        self.searched: dict[tuple, tuple] = {}

    def codes(self, pid: int | None) -> list[int] | None:
        """Where pattern ``pid`` may start and with which alternative (ascending), or None: scan it in full."""
        if pid is None or pid not in self._scanned:
            return None
        got = self._sorted.get(pid)
        if got is None:
            got = self._sorted[pid] = sorted(set(self._found.pop(pid, ())))  # the unsorted ones are not kept
        return got

    def positions(self, pid: int | None) -> list[int] | None:
        """Where pattern ``pid`` may start (ascending), or None when it needs a full scan."""
        codes = self.codes(pid)
        return None if codes is None else sorted({c >> ALTERNATIVE_BITS for c in codes})


_OTHER_DIGIT = Lazy(r"(?![0-9])\d", regex.VERSION0)


def _has_other_digits(prose: str) -> bool:
    """Digits outside 0-9 (\\d matches every Unicode decimal digit)."""
    return _OTHER_DIGIT.search(prose) is not None


def finditer(probe, ready: list, text: str, codes: list[int], deadline: float, pos: int = 0,
             endpos: int | None = None, limit: int | None = None, everywhere: tuple = ()) -> Iterator:
    """Exactly ``union.finditer(text, pos, endpos)``, trying only the candidates ``codes``.

    ``probe(i)`` is the pattern of the union's i-th top-level alternative (the
    union itself when candidates do not tell them apart), ``ready[i]`` the
    same once compiled (None before). At a position, the
    union matches what the first alternative that matches there matches, and
    an alternative can only match where one of its literals starts: so only
    the alternatives named by candidates at that position are tried, in order.
    The alternatives in ``everywhere`` ((index, required literals) pairs) have
    no literal start: an overlapped search of the same window finds every
    position where they match.
    At most ``limit`` matches. Raises TimeoutError once ``deadline`` (time.monotonic) has passed.
    """
    end = len(text) if endpos is None else endpos
    first = bisect_left(codes, pos << ALTERNATIVE_BITS)
    stop = bisect_left(codes, end << ALTERNATIVE_BITS, first)
    if everywhere:
        codes = _with_everywhere(probe, ready, text, codes[first:stop], everywhere, pos, end, deadline)
        first, stop = 0, len(codes)
    if stop - first >= _ALARM_MIN and _alarm_usable():
        return iter(_matches_under_alarm(probe, ready, text, codes, first, stop, end, deadline, limit))
    found = _matches(probe, ready, text, codes, first, stop, end, deadline, True)
    return found if limit is None else islice(found, limit)


def _with_everywhere(probe, ready: list, text: str, codes: list[int], everywhere: tuple, pos: int,
                     end: int, deadline: float) -> list[int]:
    """``codes`` plus every position in text[pos:end] where an ``everywhere`` alternative matches.

    An alternative whose required literals (see :func:`required_literals`) are
    all absent from the window cannot match there: it is not searched.
    """
    from time import monotonic

    extra = []
    window = None
    for alternative, needs in everywhere:
        if needs:
            if window is None:
                raw = text[pos:end]
                folded = canonical(raw)
                window = _pack(folded)[0] if len(folded) == len(raw) else ""
            if window and not any(literal in window for literal in needs):
                continue
        pattern = ready[alternative] or probe(alternative)
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise TimeoutError("regex timed out")
        extra += [m.start() << ALTERNATIVE_BITS | alternative
                  for m in pattern.finditer(text, pos, end, overlapped=True, timeout=remaining)]
    return sorted(codes + extra) if extra else codes


# A regex ``timeout`` costs a few microseconds per call; with many candidates one
# interval timer (SIGALRM, which the regex module's matching loop honours) bounds
# the whole loop instead. Only in the main thread and when nobody else uses SIGALRM.
_ALARM_MIN = 4


def _alarm_usable() -> bool:
    import signal
    import threading

    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and _signals().getsignal(signal.SIGALRM) == signal.SIG_DFL
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


def _signals():
    """The C signal module: ``signal.signal`` adds an enum conversion costing more than the syscall."""
    try:
        import _signal

        return _signal
    except ImportError:  # pragma: no cover - not CPython
        import signal

        return signal


class _Alarm(Exception):
    pass


def _ring(signum, frame):
    raise _Alarm


def _matches_under_alarm(probe, ready: list, text: str, codes: list[int], first: int, stop: int, end: int,
                         deadline: float, limit: int | None) -> list:
    from time import monotonic

    signal = _signals()
    remaining = deadline - monotonic()
    if remaining <= 0:
        raise TimeoutError("regex timed out")
    previous = signal.signal(signal.SIGALRM, _ring)
    try:
        signal.setitimer(signal.ITIMER_REAL, remaining)
        return list(islice(_matches(probe, ready, text, codes, first, stop, end, deadline, False), limit))
    except _Alarm:
        raise TimeoutError("regex timed out") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _matches(probe, ready: list, text: str, codes: list[int], first: int, stop: int, end: int,
             deadline: float, timed: bool) -> Iterator:
    """The matches starting at candidates codes[first:stop]; ``timed``: a regex timeout per call."""
    from time import monotonic

    bits = ALTERNATIVE_BITS
    mask = (1 << bits) - 1
    i = first
    while i < stop:
        code = codes[i]
        p = code >> bits
        pattern = ready[code & mask] or probe(code & mask)
        if timed:
            remaining = deadline - monotonic()
            if remaining <= 0:
                raise TimeoutError("regex timed out")
            m = pattern.match(text, p, end, timeout=remaining)
        else:
            m = pattern.match(text, p, end)
        i += 1
        if m is None:
            continue
        if m.end() > p:  # the union's match at p (an empty one is skipped, as before)
            yield m
            i = bisect_left(codes, m.end() << bits, i, stop)
        else:  # the union matches nothing else at p
            i = bisect_left(codes, (p + 1) << bits, i, stop)


def search(probe, ready: list, text: str, codes: list[int], deadline: float, pos: int = 0,
           endpos: int | None = None, everywhere: tuple = ()):
    """Exactly ``union.search(text, pos, endpos)``, trying only the candidates ``codes``."""
    for m in finditer(probe, ready, text, codes, deadline, pos, endpos, limit=1, everywhere=everywhere):
        return m
    return None


def attach(matchers: Iterable) -> Prefilter:
    """Build one prefilter over every pattern of ``matchers`` and tell each union its id."""
    unions = [u for m in matchers for u in m.unions()]
    shared = Prefilter(u.key for u in unions)
    for union in unions:
        union.pid = shared.pattern_id(*union.key)
        union.alternatives = shared.alternatives_of(union.pid)
        union.everywhere = shared.everywhere_of(union.pid)
    for m in matchers:
        m.prefilter = shared
    return shared
