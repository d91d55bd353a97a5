"""What every span matcher shares: one pattern, a bounded scan, candidates from the prefilter."""
from __future__ import annotations

from time import monotonic
from typing import TYPE_CHECKING, Iterator

from ..document import Document
from . import prefilter

if TYPE_CHECKING:
    from .prefilter import Candidates
    from .wording import Union


class RuleTimeout(Exception):
    """A rule's pattern ran past its time budget on one document."""


def time_budget(length: int) -> float:
    """Seconds a single rule may spend on ``length`` characters of prose."""
    return 2.0 + length / 1_000_000


def document_deadline(doc: Document) -> float:
    """One budget for many scans of one document: many slow scopes must not add up to a hang."""
    return monotonic() + time_budget(len(doc.prose))


def finditer(union: "Union", text: str, candidates: "Candidates | None", pos: int = 0,
             endpos: int | None = None, deadline: float | None = None, limit: int | None = None) -> Iterator:
    """``finditer`` of a union over text[pos:endpos], bounded in time (TimeoutError); ``limit``: at most so many.

    With candidates for this union, only its possible starts are tried; the
    matches are the same. ``deadline`` (monotonic seconds) shares one budget
    across calls; without it each call gets its own.
    """
    end = len(text) if endpos is None else endpos
    if deadline is None:
        deadline = monotonic() + time_budget(end - pos)
    left = deadline - monotonic()
    if left <= 0:
        raise TimeoutError("rule time budget used up")
    codes = candidates.codes(union.pid) if candidates is not None else None
    if codes is None:
        return union.compiled.finditer(text, pos, end, timeout=left)
    everywhere = union.everywhere
    if not everywhere and (not codes or codes[-1] >> prefilter.ALTERNATIVE_BITS < pos
                           or codes[0] >> prefilter.ALTERNATIVE_BITS >= end):
        return iter(())  # nothing can match: not even worth compiling the pattern
    return prefilter.finditer(union.alternative, union.probes(), text, codes, deadline, pos, end, limit, everywhere)


def search(union: "Union", text: str, candidates: "Candidates | None", pos: int = 0, endpos: int | None = None,
           deadline: float | None = None):
    """``search`` of a union over text[pos:endpos], bounded in time (TimeoutError).

    With candidates, the answer is remembered for the document: rules that share a cue
    lexicon (a hedge, a negation, a disclaimer) ask the same question of the same sentence,
    about one search in five on a typical page. A remembered answer is still refused once
    ``deadline`` has passed, as the search itself would be.
    """
    if candidates is None:
        return _search(union, text, candidates, pos, endpos, deadline)
    key = (union.key, pos, endpos)
    known = candidates.searched.get(key)
    if known is not None and known[0] is text:
        if deadline is not None and deadline - monotonic() <= 0:
            raise TimeoutError("rule time budget used up")
        return known[1]
    found = _search(union, text, candidates, pos, endpos, deadline)
    candidates.searched[key] = (text, found)
    return found


def _search(union: "Union", text: str, candidates: "Candidates | None", pos: int, endpos: int | None,
            deadline: float | None):
    for m in finditer(union, text, candidates, pos, endpos, deadline, limit=1):
        return m
    return None


_SELF_CONTAINED = frozenset({"heading", "title", "list_item", "table_cell"})


class SpanMatcher:
    """Finds (start, end) prose spans of one union of patterns, restricted to block kinds."""

    def __init__(self, pattern: "Union", blocks: frozenset[str]) -> None:
        self.pattern = pattern
        self.blocks = blocks

    def unions(self) -> list["Union"]:
        """Every pattern this matcher runs, for the prefilter."""
        return [self.pattern]

    @staticmethod
    def _block_end(doc: Document, start: int, end: int) -> int | None:
        """Where the block ends, for a match that starts in a heading, list item or table cell and runs on past it.

        A title, a bullet or a cell is a claim of its own: read together with what
        follows it, it makes one no one wrote. A quotation may run on into its
        attribution, and a paragraph into its next line, so those may cross.
        """
        prose = doc.prose
        at = prose.find("\n\n", start, end)
        if at < 0 or not prose[at:end].strip():
            return None  # none, or only the blank line the match ends on
        block = doc.block_at(start)
        return at if block is not None and block.kind in _SELF_CONTAINED else None

    def find(self, doc: Document, candidates: "Candidates | None" = None) -> Iterator[tuple[int, int]]:
        try:
            for start, end in self._spans(doc, candidates):
                if self.blocks:
                    block = doc.block_at(start)
                    if block is None or block.kind not in self.blocks:
                        continue
                yield start, end
        except TimeoutError:
            raise RuleTimeout() from None

    def _spans(self, doc: Document, candidates: "Candidates | None") -> Iterator[tuple[int, int]]:
        """Non-empty matches, each kept within its block where that block stands alone."""
        prose = doc.prose
        deadline = document_deadline(doc)
        pos = 0
        while True:
            for m in finditer(self.pattern, prose, candidates, pos, deadline=deadline):
                start, end = m.span()
                stop = self._block_end(doc, start, end)
                if stop is None:
                    if end > start:
                        yield start, end
                    continue
                # the same pattern read within the block alone, then on from the next block
                inner = next(iter(finditer(self.pattern, prose, candidates, start, stop, deadline, limit=1)), None)
                if inner is not None and inner.end() > inner.start():
                    yield inner.span()
                pos = stop
                break
            else:
                return
