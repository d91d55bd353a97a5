"""--format json: the contract's array of findings, ordered by path, line, column.

The text is exactly what ``json.dumps(..., indent=2, ensure_ascii=False)``
writes, built here from the C string encoder: with ``indent`` the json module
falls back to its pure-Python encoder, which took a quarter of a run on a
large corpus. Values other than strings, ints and lists of strings (none
today) go through json.dumps.
"""
from __future__ import annotations

import heapq
import json
from json.encoder import encode_basestring  # the C implementation when available
from itertools import islice
from types import SimpleNamespace


def render(results, ruleset, options) -> str:
    findings = sorted(f for result in results for f in result.findings)
    if not findings:
        return "[]\n"
    return "[\n" + ",\n".join(_object(f.to_dict()) for f in findings) + "\n]\n"


_TEMPLATES: dict[tuple, str] = {}  # key order -> "%s" template of one object


def _object(data: dict) -> str:
    """One finding as json.dumps(data, indent=2) writes it at depth 1 of the array."""
    keys = tuple(data)
    template = _TEMPLATES.get(keys)
    if template is None:
        if not keys or not all(type(k) is str for k in keys):
            return _fallback(data)
        fields = ("    " + encode_basestring(k).replace("%", "%%") + ": %s" for k in keys)
        template = _TEMPLATES[keys] = "  {\n" + ",\n".join(fields) + "\n  }"
    values = []
    for value in data.values():
        kind = type(value)
        if kind is str:
            values.append(encode_basestring(value))
        elif kind is int:
            values.append(int.__repr__(value))
        elif kind is list and all(type(v) is str for v in value):
            values.append("[\n" + ",\n".join(["      " + encode_basestring(v) for v in value]) + "\n    ]"
                          if value else "[]")
        else:
            return _fallback(data)
    return template % tuple(values)


def _fallback(data: dict) -> str:
    return "  " + json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n  ")


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
