"""--format json: the contract's array of findings, ordered by path, line, column.

The text is exactly what ``json.dumps(..., indent=2, ensure_ascii=False)``
writes, built here from the C string encoder: with ``indent`` the json module
falls back to its pure-Python encoder, which took a quarter of a run on a
large corpus. Values other than strings, ints and lists of strings (none
today) go through json.dumps.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C implementation when available


def render(results, ruleset, options) -> str:
    findings = sorted(f for result in results for f in result.findings)
    if not findings:
        return "[]\n"
    return "[\n" + ",\n".join(_object(f.to_dict()) for f in findings) + "\n]\n"


def _object(data: dict) -> str:
    """One finding as json.dumps(data, indent=2) writes it at depth 1 of the array."""
    if not data:
        return "  {}"
    fields = []
    for key, value in data.items():
        if not isinstance(key, str):
            return _fallback(data)
        if isinstance(value, str):
            text = encode_basestring(value)
        elif type(value) is int:
            text = int.__repr__(value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            text = ("[\n" + ",\n".join("      " + encode_basestring(v) for v in value) + "\n    ]") if value else "[]"
        else:
            return _fallback(data)
        fields.append("    " + encode_basestring(key) + ": " + text)
    return "  {\n" + ",\n".join(fields) + "\n  }"


def _fallback(data: dict) -> str:
    return "  " + json.dumps(data, indent=2, ensure_ascii=False).replace("\n", "\n  ")
