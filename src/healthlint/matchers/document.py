"""kind: document (a page-level requirement, such as fair balance)."""
from __future__ import annotations

import time
from typing import Sequence

from ..document import Document
from ..findings import Finding, Severity
from .base import RuleTimeout, time_budget
from .wording import compile_union


class DocumentMatcher:
    """Fires once, at the first trigger finding, when the page lacks what it requires."""

    def __init__(self, rule) -> None:
        self.categories = frozenset(rule.triggers.categories)
        self.min_severity = Severity.parse(rule.triggers.min_severity)
        self.subject = compile_union(rule.subject) if rule.subject else None
        self.requires = compile_union(rule.requires) if rule.requires else None
        self.discount = compile_union(rule.discount) if rule.discount else None
        self.topics = {name: compile_union(p) for name, p in rule.topics.items()}

    def evaluate(self, doc: Document, findings: Sequence[Finding]) -> tuple[Finding, list[str]] | None:
        """The trigger to report at and the topics never mentioned, or None."""
        triggers = [f for f in findings if f.category in self.categories and f.severity >= self.min_severity]
        if not triggers:
            return None
        prose = doc.prose
        # every pattern here is user-supplied: all scans share one bounded budget
        deadline = time.monotonic() + time_budget(len(prose))
        try:
            if self.subject is not None and not self.subject.search(prose, timeout=_left(deadline)):
                return None
            missing = [name for name, pattern in self.topics.items()
                       if not pattern.search(prose, timeout=_left(deadline))]
            if self.requires is not None:
                if self._has_required(doc, deadline):
                    return None
            elif not missing:
                return None
        except TimeoutError:
            raise RuleTimeout() from None
        return min(triggers), missing

    def _has_required(self, doc: Document, deadline: float) -> bool:
        assert self.requires is not None
        for m in self.requires.finditer(doc.prose, timeout=_left(deadline)):
            if self.discount is not None:
                s, e = doc.sentence_at(m.start())
                if self.discount.search(doc.prose, s, e, timeout=_left(deadline)):
                    continue
            return True
        return False


def _left(deadline: float) -> float:
    """Seconds left before ``deadline`` (regex treats 0 as no limit, so never return it)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def build(rule) -> DocumentMatcher:
    return DocumentMatcher(rule)
