"""The one place that says how a phrase becomes a pattern.

Word boundaries, case folding, hyphen/space variants, apostrophes and light
inflection are policies shared by every phrase in every rule, so a rule author
writes "side effect" and gets "side-effects", "Side Effects" and "side effect".
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

import regex

from ..lazyregex import capture as _capture, thaw as _thaw

# between the words of a phrase: any white space, hyphens or dashes
GAP = r"[\s\-\u2010\u2011\u2012\u2013\u2014]+"
# a letter or digit next to a phrase extends the word; an underscore does not: it is
# emphasis markup left in text ("_cures_" in plain text or an HTML block in Markdown)
START = r"(?<![^\W_])"
END = r"(?![^\W_])"
_UNINFLECTED = frozenset(
    "a an and are as at be by for from in is it its no not of on or our the to us we with you your "
    "all any may can".split()
)


def inflected(word: str) -> str:
    """A pattern for ``word`` and its regular inflections (-s, -es, -ed, -ing)."""
    w = word.lower()
    escaped = regex.escape(word).replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
    if len(w) < 3 or not w.isalpha() or w in _UNINFLECTED:
        return escaped
    if w.endswith("e"):
        return escaped[:-1] + "(?:e|es|ed|ing)"
    if w.endswith("y") and w[-2] not in "aeiou":
        return escaped[:-1] + "(?:y|ies|ied|ying)"
    if w.endswith("s"):
        return escaped + "(?:es|ed|ing)?"
    last = regex.escape(w[-1])
    return escaped + f"(?:s|es|ed|ing|{last}ed|{last}ing)?"


def phrase_pattern(phrase: str, inflect: bool = True) -> str:
    """A word-bounded pattern for a literal phrase."""
    words = [w for w in regex.split(GAP, phrase.strip()) if w]
    if not words:
        raise ValueError("empty phrase")
    parts = [inflected(w) if inflect else regex.escape(w).replace("'", "['\u2019]") for w in words]
    return START + GAP.join(parts) + END


_EAGER = ContextVar("healthlint_eager_compile", default=True)


@contextmanager
def compiled_on_first_use():
    """Unions built inside are compiled when first matched, not now.

    Only for the shipped packs (a user's bad pattern must fail at load time):
    a short document never compiles the many patterns its prefilter rules out,
    and tests/test_startup.py compiles every shipped pattern.
    """
    token = _EAGER.set(False)
    try:
        yield
    finally:
        _EAGER.reset(token)


def compile_union(patterns: list[str], case_sensitive: bool = False) -> "Union":
    """One alternation for a rule's patterns, compiled now to validate it (raises regex.error)."""
    flags = regex.VERSION0 | (0 if case_sensitive else regex.IGNORECASE)
    source = patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)
    union = Union(source, flags)
    if _EAGER.get():
        union.compiled  # noqa: B018 - compile errors belong to rule loading
    return union


class Union:
    """A compiled alternation that pickles as its text (a cached rule set loads without compiling).

    ``pid`` is its index in the rule set's literal prefilter (None: scanned in full).
    """

    __slots__ = ("source", "flags", "pid", "_compiled", "_probe", "_frozen")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.flags = flags
        self.pid: int | None = None
        self._compiled = None
        self._probe = None
        self._frozen: tuple | None = None  # the regex module's constructor arguments, see freeze()

    @property
    def compiled(self) -> "regex.Pattern[str]":
        if self._compiled is None:
            self._compiled = _thaw(self._frozen, self.source) or regex.compile(self.source, self.flags)
        return self._compiled

    @property
    def probe(self) -> "regex.Pattern[str]":
        """The same pattern for ``match`` at a given position.

        The regex module looks for a pattern's required literal ahead of every
        match attempt, which costs the length of the rest of the text per call;
        an alternative that can never match (``|(?!)``) leaves no required
        literal and changes nothing else. Only for non-verbose patterns (the
        prefilter skips verbose ones), where appending an alternative is safe.
        """
        if self._probe is None:
            source = self.source + "|(?!)"
            self._probe = _thaw(self._frozen, source) or regex.compile(source, self.flags)
        return self._probe

    def freeze(self) -> None:
        """Keep what compiling the pattern this union will use produced, for the rule cache.

        Compiling is mostly Python code in the regex module; its result is
        rebuilt from these arguments in microseconds. The cache key holds the
        regex module's version, and anything unexpected falls back to compiling.
        """
        source = self.source + "|(?!)" if self.pid is not None else self.source
        self._frozen = _capture(source, self.flags)
        if self._frozen is None:
            regex.compile(source, self.flags)  # raises regex.error for a bad pattern

    @property
    def key(self) -> tuple[str, int]:
        return self.source, self.flags

    def __getstate__(self):
        return self.source, self.flags, self.pid, self._frozen

    def __setstate__(self, state) -> None:
        self.source, self.flags, self.pid, self._frozen = state
        self._compiled = self._probe = None
