"""Inline suppression comments: healthlint-disable / -enable / -disable-next-line.

Directives live in comments the parsers recorded (HTML/Markdown ``<!-- -->``,
comment lines in plain text). They name rule ids or categories; none means all.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .lazyregex import Lazy

from .document import Document
from .findings import Finding, Notice

_DIRECTIVE = Lazy(r"^\s*healthlint-(disable-next-line|disable|enable)(?![\w-])(.*)$", regex.S)
ALL = "*"


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


def parse(doc: Document, known_names: frozenset[str]) -> tuple[Suppressions, list[Notice]]:
    """Line ranges each directive covers, and notices for names no rule or category has."""
    notices: list[Notice] = []
    ranges: list[tuple[frozenset[str], int, int]] = []
    single: dict[int, frozenset[str]] = {}
    open_: dict[str, int] = {}  # name -> first line of an open disable
    last_line = doc.text.count("\n") + 1
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
        if directive == "disable-next-line":
            target = _next_content_line(doc, end_line)
            single[target] = single.get(target, frozenset()) | keys
        elif directive == "disable":
            for key in keys:
                open_.setdefault(key, line)
        else:  # enable
            closing = list(open_) if ALL in keys else [k for k in keys if k in open_]
            for key in closing:
                ranges.append((frozenset({key}), open_.pop(key), line))
    for key, first in open_.items():
        ranges.append((frozenset({key}), first, last_line))
    return Suppressions(tuple(ranges), single), notices


def _next_content_line(doc: Document, after_line: int) -> int:
    """The next non-blank line: a blank line between directive and copy is forgiven."""
    last = doc.line_col(len(doc.text))[0]
    for number in range(after_line + 1, last + 1):
        if doc.line_text(number).strip():
            return number
    return after_line + 1
