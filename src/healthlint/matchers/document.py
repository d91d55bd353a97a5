"""kind: document (a page-level requirement, such as fair balance)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..document import Document
from ..findings import Finding, Severity
from .base import document_deadline, finditer, search
from .wording import compile_union

if TYPE_CHECKING:
    from .prefilter import Candidates


class DocumentMatcher:
    """Fires once, at the first trigger finding, when the page lacks what it requires."""

    def __init__(self, rule) -> None:
        self.categories = frozenset(rule.triggers.categories)
        self.min_severity = Severity.parse(rule.triggers.min_severity)
        self.subject = compile_union(rule.subject) if rule.subject else None
        self.requires = compile_union(rule.requires) if rule.requires else None
        self.discount = compile_union(rule.discount) if rule.discount else None
        self.topics = {name: compile_union(p) for name, p in rule.topics.items()}

    def unions(self):
        fixed = [self.subject, self.requires, self.discount]
        return [u for u in fixed if u is not None] + list(self.topics.values())

    def evaluate(self, doc: Document, findings: Sequence[Finding],
                 candidates: "Candidates | None" = None) -> tuple[Finding, list[str]] | None:
        """The trigger to report at and the topics never mentioned, or None (TimeoutError if too slow)."""
        triggers = [f for f in findings if f.category in self.categories and f.severity >= self.min_severity]
        if not triggers:
            return None
        prose = doc.prose
        deadline = document_deadline(doc)  # every pattern here is user-supplied: one shared budget
        if self.subject is not None and not search(self.subject, prose, candidates, deadline=deadline):
            return None
        missing = [name for name, pattern in self.topics.items()
                   if not search(pattern, prose, candidates, deadline=deadline)]
        if self.requires is not None:
            if self._has_required(doc, candidates, deadline):
                return None
        elif not missing:
            return None
        return min(triggers), missing

    def _has_required(self, doc: Document, candidates: "Candidates | None", deadline: float) -> bool:
        assert self.requires is not None
        for m in finditer(self.requires, doc.prose, candidates, deadline=deadline):
            if self.discount is not None:
                s, e = doc.sentence_at(m.start())
                if search(self.discount, doc.prose, candidates, s, e, deadline):
                    continue
            return True
        return False


def build(rule) -> DocumentMatcher:
    return DocumentMatcher(rule)
