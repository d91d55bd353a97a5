"""Page genres: patient information is not advertising.

FDA's advertising rules (21 CFR 202.1), the FTC's and the CAP Code govern
promotion. A medicine leaflet that says "the vaccine can reduce the risk of
catching flu" or "a common dose is 2 puffs twice a day" makes the same shapes
of sentence as an advert, but it is not one. A genre recognises such a page by
signs no advert needs (how to take it, what to do if you miss a dose, when to
get urgent help ...) and by the absence of any promotional or testimonial
language; its findings of the lowered categories then become advisory.

The whole page decides, so a page linted in pieces (``chunking``) keeps full
severities: its findings are written out before the last piece is read.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Sequence

import regex

from .findings import Finding, Severity
from .lazyregex import Lazy

_FLAGS = regex.IGNORECASE | regex.VERSION0


def compile_signal(source: str) -> "regex.Pattern[str]":
    """A signal compiled as the engine compiles it (the loader checks user files' signals with it)."""
    return regex.compile(source, _FLAGS)


@dataclass(frozen=True)
class CompiledGenre:
    name: str
    signals: tuple[str, ...]  # regexes (sources: a rule set is pickled into the cache)
    min_signals: int
    unless_categories: frozenset[str]
    lowers: frozenset[str]
    to: Severity

    @classmethod
    def of(cls, name: str, spec) -> "CompiledGenre":
        return cls(name, tuple(spec.signals), spec.min_signals, frozenset(spec.unless_categories),
                   frozenset(spec.lowers), Severity.parse(spec.to))

    def _lowers(self, finding: Finding) -> bool:
        return finding.category in self.lowers and finding.severity > self.to

    def applies(self, prose: str, made: Iterable[Finding], kept: Sequence[Finding]) -> bool:
        """``made``: every span finding of the page, before suppression and merging."""
        if not any(self._lowers(f) for f in kept):
            return False  # nothing to lower: not worth reading the page
        if any(f.category in self.unless_categories for f in made):
            return False
        seen = 0
        for signal in self.signals:
            if signal_pattern(signal).search(prose):
                seen += 1
                if seen >= self.min_signals:
                    return True
        return False

    def lower(self, finding: Finding) -> Finding:
        if self._lowers(finding):
            return replace(finding, severity=self.to)
        return finding


@lru_cache(maxsize=None)
def signal_pattern(source: str) -> Lazy:
    """A signal's pattern, compiled on first use (or thawed: the rule cache freezes the rule set's signals)."""
    return Lazy(source, _FLAGS)


def lowered(prose: str, genres: Sequence[CompiledGenre], made: Sequence[Finding],
            kept: list[Finding]) -> list[Finding]:
    """``kept`` with the findings of every genre the page belongs to lowered."""
    for genre in genres:
        if genre.applies(prose, made, kept):
            kept = [genre.lower(f) for f in kept]
    return kept
