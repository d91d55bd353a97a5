"""kind: document (a page-level requirement, such as fair balance)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ..document import Document
from ..findings import Finding, Severity
from .base import document_deadline, finditer, search
from .wording import compile_union

if TYPE_CHECKING:
    from .prefilter import Candidates


@dataclass(frozen=True)
class Facts:
    """Subject seen, topics mentioned, requirement met: all "anywhere on the page"."""

    subject: bool
    topics: frozenset[str]
    required: bool

    def __or__(self, other: "Facts") -> "Facts":
        return Facts(self.subject or other.subject, self.topics | other.topics, self.required or other.required)


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
        trigger = self.first_trigger(findings)
        if trigger is None:
            return None
        return self.decide(trigger, self.facts(doc, candidates, complete=False))

    def first_trigger(self, findings: Sequence[Finding]) -> Finding | None:
        return min((f for f in findings if f.category in self.categories and f.severity >= self.min_severity),
                   default=None)

    def facts(self, doc: Document, candidates: "Candidates | None" = None, complete: bool = True) -> "Facts":
        """What the page says, as far as this rule cares; facts of a page's pieces combine with ``|``.

        Without ``complete``, topics are not looked for once the subject is known to be missing.
        """
        prose = doc.prose
        deadline = document_deadline(doc)  # every pattern here is user-supplied: one shared budget
        subject = self.subject is None or search(self.subject, prose, candidates, deadline=deadline) is not None
        if not subject and not complete:
            return Facts(False, frozenset(), False)
        topics = frozenset(name for name, pattern in self.topics.items()
                           if search(pattern, prose, candidates, deadline=deadline))
        required = self.requires is not None and self._has_required(doc, candidates, deadline)
        return Facts(subject, topics, required)

    def decide(self, trigger: Finding, facts: "Facts") -> tuple[Finding, list[str]] | None:
        if not facts.subject:
            return None
        missing = [name for name in self.topics if name not in facts.topics]
        if self.requires is not None:
            if facts.required:
                return None
        elif not missing:
            return None
        return trigger, missing

    def _has_required(self, doc: Document, candidates: "Candidates | None", deadline: float) -> bool:
        assert self.requires is not None
        for m in finditer(self.requires, doc.prose, candidates, deadline=deadline):
            if _inside_link(doc, m.start(), m.end()) or _in_fine_print(doc, m.start()):
                continue  # a link to risks does not state them; a footer is not comparable prominence
            if self.discount is not None:
                s, e = doc.sentence_at(m.start())
                if search(self.discount, doc.prose, candidates, s, e, deadline):
                    continue
            return True
        return False


def _inside_link(doc: Document, start: int, end: int) -> bool:
    return any(link.start <= start and end <= link.end for link in doc.links_in(start, end))


def _in_fine_print(doc: Document, start: int) -> bool:
    return any(s <= start < e for s, e in doc.fine_print)


def build(rule) -> DocumentMatcher:
    return DocumentMatcher(rule)
