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
        self.contexts = [_Context(spec) for _, spec in rule.contexts()]
        first = self.contexts[0]  # kept for readers of a single-context rule
        self.scope, self.absent, self.present = first.scope, first.absent, first.present

    def unions(self):
        found = [self.pattern]
        for c in self.contexts:
            found += [u for u in (c.absent, c.present) if u is not None]
        return found

    def find(self, doc: Document, candidates: "Candidates | None" = None) -> Iterator[tuple[int, int]]:
        verdicts: dict[tuple[int, int, int], bool] = {}  # one look per context and scope, however many matches
        deadline = document_deadline(doc)
        for start, end in super().find(doc, candidates):
            if admits(self.contexts, doc, start, verdicts, candidates, deadline):
                yield start, end


def admits(contexts: "list[_Context]", doc: Document, start: int, verdicts: dict,
           candidates: "Candidates | None", deadline: float) -> bool:
    """Whether every context lets a match at ``start`` stand; ``verdicts`` caches one look per context and scope."""
    for i, context in enumerate(contexts):
        scope = scope_span(doc, context.scope, start)
        key = (i,) + scope
        if key not in verdicts:
            verdicts[key] = context.allows(doc.prose, scope, candidates, deadline)
            # a list item's sentence goes on from the list's lead-in ("It is used to:"):
            # a cue that rules the match out there rules it out here too
            if verdicts[key] and context.scope == "sentence" and context.absent is not None:
                lead = doc.lead_in(start)
                if lead is not None and context.vetoes(doc.prose, lead, candidates, deadline):
                    verdicts[key] = False
        if not verdicts[key]:
            return False
    return True


class _Context:
    """One context spec, compiled: a scope and what must be absent or present in it."""

    __slots__ = ("scope", "absent", "present")

    def __init__(self, spec) -> None:
        self.scope = spec.scope
        self.absent = compile_union(spec.absent) if spec.absent else None
        self.present = compile_union(spec.present) if spec.present else None

    def vetoes(self, prose: str, scope: tuple[int, int], candidates: "Candidates | None", deadline: float) -> bool:
        """An absent cue occurs in ``scope``."""
        try:
            return search(self.absent, prose, candidates, scope[0], scope[1], deadline) is not None
        except TimeoutError:
            raise RuleTimeout() from None

    def allows(self, prose: str, scope: tuple[int, int], candidates: "Candidates | None", deadline: float) -> bool:
        if self.absent is not None and self.vetoes(prose, scope, candidates, deadline):
            return False
        if self.present is None:
            return True
        try:
            return search(self.present, prose, candidates, scope[0], scope[1], deadline) is not None
        except TimeoutError:
            raise RuleTimeout() from None


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
