"""--format text: annotated warnings a person reads in a terminal.

    path:line:col: severity RULE-ID message
       12 | Ketamine cures fibromyalgia.
          |          ^^^^^
      = suggestion: ...
      = basis: ...
"""
from __future__ import annotations

from collections import Counter

from ..findings import CATEGORIES, Severity

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on else text


def render(results, ruleset, options) -> str:
    return "".join(stream(results, ruleset, options))


def stream(results, ruleset, options):
    """The report finding by finding, then the summary line (a huge page is never all held)."""
    color = options.color
    files_with = 0
    by_category: Counter = Counter()
    total = 0
    checked = 0
    for result in results:
        checked += 1
        if result.findings:
            files_with += 1
        for f in result.findings:
            total += 1
            by_category[f.category] += 1
            level = _paint(str(f.severity), _COLOURS[f.severity] + ";1", color)
            rule = _paint(f.rule, "1", color)
            out = [f"{f.path}:{f.line}:{f.column}: {level} {rule} {f.message}"]
            out.extend(_excerpt(f, result.lines.get(f.line, ""), color))
            if f.suggestion:
                out.append(f"      = suggestion: {f.suggestion}")
            if f.references:
                out.append(f"      = basis: {'; '.join(f.references)}")
            out.append("")
            yield "\n".join(out) + "\n"
    if total:
        parts = ", ".join(f"{c} {by_category[c]}" for c in CATEGORIES if by_category[c])
        noun = "finding" if total == 1 else "findings"
        yield _paint(f"{total} {noun} in {files_with} of {checked} file{'s' if checked != 1 else ''} ({parts})", "1", color) + "\n"
    else:
        yield f"No findings in {checked} file{'s' if checked != 1 else ''}.\n"


_EXCERPT_WIDTH = 200  # characters of a long source line shown around a finding


def _excerpt(f, line: str, color: bool) -> list[str]:
    if not line:
        return []
    number = str(f.line)
    pad = " " * len(number)
    column = f.column
    end = f.end_column if f.end_line == f.line else len(line) + 1
    if len(line) > _EXCERPT_WIDTH:  # a minified page or a 20 MB one-liner: show a window, not the line
        lo = max(0, column - 1 - _EXCERPT_WIDTH // 3)
        hi = min(len(line), lo + _EXCERPT_WIDTH)
        head, tail = ("\u2026" if lo else ""), ("\u2026" if hi < len(line) else "")
        line = head + line[lo:hi] + tail
        column, end = column - lo + len(head), min(end - lo, hi - lo + 1) + len(head)
    width = max(1, end - column)
    expanded = line.replace("\t", " ")
    marker = " " * (column - 1) + _paint("^" * width, _COLOURS[f.severity], color)
    return [f"  {number} | {expanded}", f"  {pad} | {marker}"]
