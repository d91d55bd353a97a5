"""What every span matcher shares: one compiled pattern, a bounded scan."""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document


class RuleTimeout(Exception):
    """A rule's pattern ran past its time budget on one document."""


def time_budget(length: int) -> float:
    """Seconds a single rule may spend on ``length`` characters of prose."""
    return 2.0 + length / 1_000_000


class SpanMatcher:
    """Finds (start, end) prose spans of one compiled pattern, restricted to block kinds."""

    def __init__(self, pattern: "regex.Pattern[str]", blocks: frozenset[str]) -> None:
        self.pattern = pattern
        self.blocks = blocks

    def find(self, doc: Document) -> Iterator[tuple[int, int]]:
        prose = doc.prose
        try:
            for m in self.pattern.finditer(prose, timeout=time_budget(len(prose))):
                start, end = m.span()
                if end <= start:
                    continue
                if self.blocks:
                    block = doc.block_at(start)
                    if block is None or block.kind not in self.blocks:
                        continue
                yield start, end
        except TimeoutError:
            raise RuleTimeout() from None
