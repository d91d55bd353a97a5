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
from collections import Counter
from json.encoder import encode_basestring  # the C implementation when available
from itertools import islice

from ..findings import Severity


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
    """What :func:`render` returns, in pieces of about a thousand findings (merged in order, never all held)."""
    opening = "[\n"
    for items in _blocks(results):
        if items:
            yield opening + ",\n".join(items)
            opening = ",\n"
    yield "[]\n" if opening == "[\n" else "\n]\n"


def _blocks(results):
    """Lists of rendered findings in output order. A result whose findings were rendered while it was
    linted (a huge page: ``findings.rendered``) is written as it was, if no other result has its path
    (then none of its findings can interleave with theirs)."""
    paths = Counter(r.path for r in results)
    done = {}
    for r in results:
        rendered = getattr(r.findings, "rendered", None)
        blocks = rendered(render_finding) if rendered is not None and paths[r.path] == 1 else None
        if blocks is not None:
            done[id(r)] = (r.path, blocks)
    ready = sorted(done.values(), key=lambda item: item[0])
    findings = heapq.merge(*(_ordered(r.findings) for r in results if id(r) not in done))
    k = 0
    while True:
        batch = tuple(islice(findings, 1000))
        upto = batch[-1].path if batch else None
        while k < len(ready) and (upto is None or ready[k][0] < batch[0].path):
            yield from ready[k][1]
            k += 1
        if not batch:
            return
        if k < len(ready) and ready[k][0] < upto:  # a rendered page's path falls inside this batch
            for f in batch:
                while k < len(ready) and ready[k][0] < f.path:
                    yield from ready[k][1]
                    k += 1
                yield [_object(f.to_dict())]
        else:
            yield [_object(f.to_dict()) for f in batch]


def _ordered(findings):
    """A result's findings in order: a spooled page's come ordered, a caller's tuple may not."""
    return sorted(findings) if isinstance(findings, (tuple, list)) else findings



# render_finding's fixed text; the values a rule repeats in every finding are encoded once (_cached)
_HEAD = ("  {\n    \"path\": %s,\n    \"rule\": %s,\n    \"name\": %s,\n    \"category\": %s,\n"
         "    \"severity\": %s,\n    \"message\": %s,\n    \"line\": %d,\n    \"column\": %d,\n"
         "    \"end_line\": %d,\n    \"end_column\": %d,\n    \"text\": %s")
_CACHE: dict = {}
_SEVERITIES = tuple(encode_basestring(str(s)) for s in sorted(Severity))  # indexed by the value


def _cached(value) -> str:
    found = _CACHE.get(value)
    if found is None:
        kind = type(value)
        if kind is str:
            found = encode_basestring(value)
        elif kind is tuple and all(type(v) is str for v in value):
            found = "[\n" + ",\n".join(["      " + encode_basestring(v) for v in value]) + "\n    ]"
        else:
            raise TypeError(value)
        if len(_CACHE) < 10_000:
            _CACHE[value] = found
    return found


def render_finding(f) -> str:
    """One finding as it appears in the array, as _object(f.to_dict()) writes it (a huge page's findings
    are rendered so as they come in): the same template every time, no dict in between."""
    try:
        if type(f.severity) is not Severity or type(f.message) is not str or type(f.text) is not str or \
                not type(f.line) is type(f.column) is type(f.end_line) is type(f.end_column) is int:
            raise TypeError(f)
        c = _cached
        out = _HEAD % (c(f.path), c(f.rule), c(f.name), c(f.category), _SEVERITIES[f.severity], encode_basestring(f.message),
                       f.line, f.column, f.end_line, f.end_column, encode_basestring(f.text))
        if f.suggestion:
            out += ",\n    \"suggestion\": " + c(f.suggestion)
        if f.references:
            out += ",\n    \"references\": " + c(f.references)
        if f.also:
            out += ",\n    \"also_rules\": " + c(f.also)
    except TypeError:  # a value of another type (none today): the general path
        return _object(f.to_dict())
    return out + "\n  }"
