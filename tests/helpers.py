"""Assertions shared by the parser tests."""
from __future__ import annotations

import re


def assert_maps_exactly(doc) -> None:
    """Every non-space character of a verbatim run is the source character it maps to,
    runs map to the source in order, and structure stays inside the document."""
    o = doc.offsets
    last = 0
    for p, s, pl, sl in zip(o._p, o._s, o._pl, o._sl):
        if pl == sl:
            for k in range(pl):
                ch = doc.prose[p + k]
                # markdown-it replaces NUL with U+FFFD, as CommonMark requires
                if not ch.isspace() and not (ch == "\ufffd" and doc.text[s + k] == "\0"):
                    assert doc.text[s + k] == ch, (p + k, ch, doc.text[s + k])
                assert doc.offsets.start(p + k) == s + k
        assert s >= last, ("out of order", p, s, last)
        last = max(last, s + sl)
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.prose)
        assert doc.prose[block.start] not in " \t\n"  # (a leading NBSP is copy)
    for comment in doc.comments:
        assert 0 <= comment.start < comment.end <= len(doc.text)
    for link in doc.links:
        assert 0 <= link.start < link.end <= len(doc.prose)


def source_slice(raw: str, finding) -> str:
    """The original text between (line, column) and (end_line, end_column) of a finding
    (an object or a JSON dict): CRLF, CR and LF are one line break, a BOM is not a column."""
    get = finding.get if isinstance(finding, dict) else lambda key: getattr(finding, key)
    line, column, end_line, end_column = get("line"), get("column"), get("end_line"), get("end_column")
    lines = re.split(r"\r\n|\r|\n", raw[1:] if raw.startswith("\ufeff") else raw)
    if line == end_line:
        return lines[line - 1][column - 1:end_column - 1]
    return "\n".join([lines[line - 1][column - 1:], *lines[line:end_line - 1], lines[end_line - 1][:end_column - 1]])
