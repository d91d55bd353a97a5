"""Inline suppression comments: healthlint-disable / -enable / -disable-next-line.

Directives live in comments the parsers recorded (HTML/Markdown ``<!-- -->``,
comment lines in plain text). They name rule ids or categories; none means all.

Parsing is split in two so that a page linted in pieces (see chunking.py) gets
the same answer as a page linted whole: :func:`directives` reads one document's
comments, and a :class:`Tracker` applies directives in document order, however
many documents they came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .lazyregex import Lazy

from .document import Document
from .findings import Finding, Notice

_DIRECTIVE = Lazy(r"^\s*healthlint-(disable-next-line|disable|enable)(?![\w-])(.*)$", regex.S)
ALL = "*"
END = 1 << 62  # the last line of a range still open when the page has not ended yet


@dataclass(frozen=True, slots=True)
class Suppressions:
    ranges: tuple[tuple[frozenset[str], int, int], ...]  # names, first line, last line
    # disable-next-line directives by line: a page with thousands of them must not
    # cost (findings x directives) look-ups
    single: dict[int, frozenset[str]] = field(default_factory=dict)

    def covers(self, finding: Finding) -> bool:
        names = self.single.get(finding.line)
        if names is not None and (ALL in names or finding.rule in names or finding.category in names):
            return True
        for names, first, last in self.ranges:
            if first <= finding.line <= last and (
                ALL in names or finding.rule in names or finding.category in names
            ):
                return True
        return False


@dataclass(frozen=True, slots=True)
class Directive:
    """One directive with known names: what it does, to which names, where."""

    kind: str  # "disable-next-line", "disable" or "enable"
    keys: frozenset[str]
    line: int
    target: int = 0  # the line a disable-next-line covers


class Tracker:
    """Applies directives in document order: open ranges, closed ranges, next-line targets."""

    def __init__(self) -> None:
        self.open: dict[str, int] = {}  # name -> first line of an open disable
        self.ranges: list[tuple[frozenset[str], int, int]] = []
        self.single: dict[int, frozenset[str]] = {}

    def feed(self, directive: Directive) -> None:
        keys = directive.keys
        if directive.kind == "disable-next-line":
            self.single[directive.target] = self.single.get(directive.target, frozenset()) | keys
        elif directive.kind == "disable":
            for key in keys:
                self.open.setdefault(key, directive.line)
        else:  # enable
            closing = list(self.open) if ALL in keys else [k for k in keys if k in self.open]
            for key in closing:
                self.ranges.append((frozenset({key}), self.open.pop(key), directive.line))

    def suppressions(self, last_line: int = END) -> Suppressions:
        """What covers lines up to the last one fed; a range still open runs to ``last_line``."""
        still_open = [(frozenset({key}), first, last_line) for key, first in self.open.items()]
        return Suppressions(tuple(self.ranges + still_open), dict(self.single))

    def forget_before(self, line: int) -> None:
        """Drop what can no longer cover ``line`` or later (a long page must not pile them up)."""
        self.ranges = [r for r in self.ranges if r[2] >= line]
        self.single = {k: v for k, v in self.single.items() if k >= line}


def directives(doc: Document, known_names: frozenset[str],
               next_content_line: int | None = None) -> tuple[list[Directive], list[Notice]]:
    """The document's directives in order, and notices for names no rule or category has.

    ``next_content_line`` is where a disable-next-line at the end of ``doc`` points
    when ``doc`` is one piece of a longer page (the first line of the next piece).
    """
    notices: list[Notice] = []
    found: list[Directive] = []
    for comment in doc.comments:
        m = _DIRECTIVE.match(comment.body)
        if not m:
            continue
        directive = m.group(1)
        names = [n for n in regex.split(r"[\s,]+", m.group(2).strip()) if n]
        line, column = doc.line_col(comment.start)
        end_line, _ = doc.line_col(max(comment.end - 1, comment.start))
        for name in names:
            if name not in known_names:
                notices.append(Notice(doc.path, line, column,
                                      f"healthlint-{directive} names unknown rule or category '{name}'"))
        keys = frozenset(n for n in names if n in known_names) or (frozenset() if names else frozenset({ALL}))
        if not keys:
            continue
        target = _next_content_line(doc, end_line, next_content_line) if directive == "disable-next-line" else 0
        found.append(Directive(directive, keys, line, target))
    return found, notices


def parse(doc: Document, known_names: frozenset[str]) -> tuple[Suppressions, list[Notice]]:
    """Line ranges each directive covers, and notices for names no rule or category has."""
    found, notices = directives(doc, known_names)
    tracker = Tracker()
    for directive in found:
        tracker.feed(directive)
    return tracker.suppressions(doc.text.count("\n") + 1), notices


def _next_content_line(doc: Document, after_line: int, beyond: int | None = None) -> int:
    """The next non-blank line: a blank line between directive and copy is forgiven."""
    last = doc.line_col(len(doc.text))[0]
    for number in range(after_line + 1, last + 1):
        if doc.line_text(number).strip():
            return number
    return beyond if beyond is not None else after_line + 1
