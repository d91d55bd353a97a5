"""kind: context (a match counts only when its surroundings lack, or have, a cue)."""
from __future__ import annotations

import time
from typing import Iterator

from ..document import Document
from .base import SpanMatcher, RuleTimeout, time_budget
from .wording import compile_union, phrase_pattern


class ContextMatcher(SpanMatcher):
    def __init__(self, rule) -> None:
        patterns = list(rule.patterns) + [phrase_pattern(p, rule.inflect) for p in rule.phrases]
        super().__init__(compile_union(patterns, rule.case_sensitive), frozenset(rule.blocks))
        spec = rule.context
        self.scope = spec.scope
        self.absent = compile_union(spec.absent) if spec.absent else None
        self.present = compile_union(spec.present) if spec.present else None

    def find(self, doc: Document) -> Iterator[tuple[int, int]]:
        verdicts: dict[tuple[int, int], bool] = {}  # one look per scope, however many matches
        # one budget for all context scans of this document: many slow scopes must not add up to a hang
        deadline = time.monotonic() + time_budget(len(doc.prose))
        for start, end in super().find(doc):
            scope = scope_span(doc, self.scope, start)
            if scope not in verdicts:
                verdicts[scope] = self._context_allows(doc.prose, scope, deadline)
            if verdicts[scope]:
                yield start, end

    def _context_allows(self, prose: str, scope: tuple[int, int], deadline: float) -> bool:
        s, e = scope
        budget = deadline - time.monotonic()
        if budget <= 0:
            raise RuleTimeout()
        try:
            if self.absent is not None and self.absent.search(prose, s, e, timeout=budget):
                return False
            if self.present is not None and not self.present.search(prose, s, e, timeout=budget):
                return False
        except TimeoutError:
            raise RuleTimeout() from None
        return True


def scope_span(doc: Document, scope: str, offset: int) -> tuple[int, int]:
    if scope == "sentence":
        return doc.sentence_at(offset)
    if scope == "paragraph":
        return doc.paragraph_at(offset)
    if scope == "section":
        return doc.section_at(offset)
    return 0, len(doc.prose)


def build(rule) -> ContextMatcher:
    return ContextMatcher(rule)
