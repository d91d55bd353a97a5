"""The one place that says how a phrase becomes a pattern.

Word boundaries, case folding, hyphen/space variants, apostrophes and light
inflection are policies shared by every phrase in every rule, so a rule author
writes "side effect" and gets "side-effects", "Side Effects" and "side effect".
"""
from __future__ import annotations

import pickle
from contextlib import contextmanager
from contextvars import ContextVar

import regex

from ..alternation import factored
from ..lazyregex import capture as _capture, thaw as _thaw


def _compile(source: str, flags: int) -> "regex.Pattern[str]":
    """``source`` compiled with its alternations regrouped (same matches, fewer branches tried)."""
    text = factored(source)
    if text != source:
        try:
            return regex.compile(text, flags)
        except regex.error:  # the original's own error, worded for the original
            pass
    return regex.compile(source, flags)


def _frozen_form(source: str, flags: int) -> tuple | None:
    return _capture(source, flags, factored(source))

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
    """A word-bounded pattern for a literal phrase.

    A ``{{name}}`` lexicon reference is kept as it is, for the loader to expand.
    """
    words = [w for w in regex.split(GAP, phrase.strip()) if w]
    if not words:
        raise ValueError("empty phrase")
    parts = [_word(w, inflect) for w in words]
    return START + GAP.join(parts) + END


def _word(word: str, inflect: bool) -> str:
    if "{{" in word:
        from ..rules.lexicon import REFERENCE

        pieces = REFERENCE.split(word)  # text, name, text, name, ..., text
        if len(pieces) > 1:
            return "".join("{{" + p + "}}" if i % 2 else _literal(p) for i, p in enumerate(pieces))
    return inflected(word) if inflect else _literal(word)


def _literal(text: str) -> str:
    return regex.escape(text).replace("'", "['\u2019]")


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

    ``pid`` is its index in the rule set's literal prefilter (None: scanned in full);
    ``alternatives`` how many of its top-level alternatives the prefilter's
    candidates tell apart (see :meth:`alternative`), ``everywhere`` those of
    them without a literal start (searched for in full).
    """

    __slots__ = ("source", "flags", "pid", "alternatives", "everywhere", "_compiled", "_probe", "_frozen", "_parts",
                 "_ready", "_sources", "_packed")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.flags = flags
        self.pid: int | None = None
        self.alternatives = 1
        self.everywhere: tuple = ()  # (alternative, required literals or None) pairs
        self._compiled = None
        self._probe = None
        self._frozen: tuple | None = None  # the regex module's constructor arguments, see freeze()
        self._parts: list | None = None  # per alternative: its frozen arguments, see freeze()
        self._ready: list | None = None  # per alternative: its compiled probe, see probes()
        self._sources: list[str] | None = None  # per alternative: its pattern text
        self._packed: bytes | None = None  # _frozen and _parts as read from the rule cache, see __setstate__

    @property
    def compiled(self) -> "regex.Pattern[str]":
        if self._compiled is None:
            self._unpack()
            self._compiled = _thaw(self._frozen, self.source) or _compile(self.source, self.flags)
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
            self._unpack()
            self._probe = _thaw(self._frozen, source) or _compile(source, self.flags)
        return self._probe

    def alternative(self, index: int) -> "regex.Pattern[str]":
        """The probe of the ``index``-th top-level alternative alone (the whole probe if not told apart).

        Trying only the alternatives whose literals occur at a position costs
        a fraction of trying the whole union there; the prefilter checked that
        each alternative means alone what it means in the union.
        """
        ready = self.probes()
        got = ready[index]
        if got is None:
            if self.alternatives == 1:
                got = self.probe
            else:
                self._unpack()
                frozen = self._parts[index] if self._parts is not None else None
                if isinstance(frozen, tuple) and frozen and isinstance(frozen[0], str):  # see freeze: the part's text
                    source = frozen[0]
                else:
                    if self._sources is None:  # split once, not once per alternative
                        from .prefilter import top_level_alternatives

                        self._sources = top_level_alternatives(self.source)
                    source = self._sources[index] + "|(?!)"
                got = _thaw(frozen, source) or _compile(source, self.flags)
            ready[index] = got
        return got

    def probes(self) -> list:
        """Per alternative, its probe once :meth:`alternative` compiled it, else None (no call per match)."""
        ready = self._ready
        if ready is None:
            ready = self._ready = [None] * self.alternatives
        return ready

    def freeze(self) -> None:
        """Keep what compiling the pattern this union will use produced, for the rule cache.

        Compiling is mostly Python code in the regex module; its result is
        rebuilt from these arguments in microseconds. The cache key holds the
        regex module's version, and anything unexpected falls back to compiling.
        """
        if self.alternatives > 1:  # the whole probe is not needed, only its alternatives
            from .prefilter import top_level_alternatives

            self._parts = [_frozen_form(part + "|(?!)", self.flags) for part in top_level_alternatives(self.source)]
            return
        source = self.source + "|(?!)" if self.pid is not None else self.source
        self._frozen = _frozen_form(source, self.flags)
        if self._frozen is None:
            regex.compile(source, self.flags)  # raises regex.error for a bad pattern

    @property
    def key(self) -> tuple[str, int]:
        return self.source, self.flags

    def __getstate__(self):
        packed = self._packed
        if packed is None and (self._frozen is not None or self._parts is not None):
            packed = pickle.dumps((self._frozen, self._parts), protocol=pickle.HIGHEST_PROTOCOL)
        return self.source, self.flags, self.pid, packed, self.alternatives, self.everywhere

    def __setstate__(self, state) -> None:
        """Read from the rule cache (or sent to a worker). The frozen arguments stay one
        bytes object until the pattern is first used: a run needs a few dozen of the
        ~200 unions, and unpickling all their code arrays and pattern texts was about
        half of loading the cache."""
        self.source, self.flags, self.pid, self._packed, self.alternatives, self.everywhere = state
        self._frozen = self._parts = self._compiled = self._probe = self._ready = self._sources = None

    def _unpack(self) -> None:
        """Decode the frozen arguments kept packed by :meth:`__setstate__` (once)."""
        packed = self._packed
        if packed is not None:
            self._packed = None
            try:
                self._frozen, self._parts = pickle.loads(packed)
            except Exception:  # unreadable: compile instead, as for any unusable frozen form
                self._frozen = self._parts = None

