"""--format json: the contract's array of findings, ordered by path, line, column."""
from __future__ import annotations

import heapq
import json
from itertools import islice
from types import SimpleNamespace


def render(results, ruleset, options) -> str:
    findings = sorted(f for result in results for f in result.findings)
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"


def stream(results, ruleset, options):
    """What :func:`render` returns, in pieces of a thousand findings (merged in order, never all held)."""
    findings = heapq.merge(*(_ordered(r.findings) for r in results))
    opening = "[\n"
    while True:
        batch = tuple(islice(findings, 1000))
        if not batch:
            break
        text = render([SimpleNamespace(findings=batch)], ruleset, options)
        yield opening + text[2:-3]  # the items of "[\n  {...},\n  {...}\n]\n"
        opening = ",\n"
    yield "[]\n" if opening == "[\n" else "\n]\n"


def _ordered(findings):
    """A result's findings in order: a spooled page's come ordered, a caller's tuple may not."""
    return sorted(findings) if isinstance(findings, (tuple, list)) else findings
