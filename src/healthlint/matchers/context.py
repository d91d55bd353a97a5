"""kind: context (a match counts only when its surroundings lack, or have, a cue)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..document import Document
from .base import RuleTimeout, SpanMatcher, document_deadline, search
from .wording import compile_union, phrase_pattern

if TYPE_CHECKING:
    from .prefilter import Candidates


class ContextMatcher(SpanMatcher):
    def __init__(self, rule) -> None:
        patterns = list(rule.patterns) + [phrase_pattern(p, rule.inflect) for p in rule.phrases]
        super().__init__(compile_union(patterns, rule.case_sensitive), frozenset(rule.blocks))
        spec = rule.context
        self.scope = spec.scope
        self.absent = compile_union(spec.absent) if spec.absent else None
        self.present = compile_union(spec.present) if spec.present else None

    def unions(self):
        return [u for u in (self.pattern, self.absent, self.present) if u is not None]

    def find(self, doc: Document, candidates: "Candidates | None" = None) -> Iterator[tuple[int, int]]:
        verdicts: dict[tuple[int, int], bool] = {}  # one look per scope, however many matches
        deadline = document_deadline(doc)
        for start, end in super().find(doc, candidates):
            scope = scope_span(doc, self.scope, start)
            if scope not in verdicts:
                verdicts[scope] = self._context_allows(doc.prose, scope, candidates, deadline)
            if verdicts[scope]:
                yield start, end

    def _context_allows(self, prose: str, scope: tuple[int, int], candidates: "Candidates | None",
                        deadline: float) -> bool:
        s, e = scope
        try:
            if self.absent is not None and search(self.absent, prose, candidates, s, e, deadline):
                return False
            if self.present is not None and not search(self.present, prose, candidates, s, e, deadline):
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
