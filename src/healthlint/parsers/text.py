"""Plain text -> Document: blank-line separated paragraphs, copied verbatim.

Whole paragraphs are added as single pieces (line breaks included), so a
20 MB file costs a few regex scans, not per-line Python work. Directive and
fixture-annotation comment lines are recorded as comments, never prose, and
end the paragraph they interrupt.
"""
from __future__ import annotations

import re

from ..document import Document, ProseBuilder

# A blank line, or a comment line: `# healthlint-...`, `// expect: ...`, `<!-- ok: ... -->`.
_SEPARATOR = re.compile(
    r"^[^\S\n]*$"
    r"|^[^\S\n]*(?P<marker>#|//|<!--)(?P<body>[^\S\n]*(?:healthlint-|expect:|ok:)[^\n]*)$",
    re.MULTILINE,
)
_CLOSE = re.compile(r"\s*-->\s*$")


def parse(text: str, path: str) -> Document:
    builder = ProseBuilder(path, "text", text)
    cursor = 0
    for m in _SEPARATOR.finditer(text):
        _paragraph(builder, text, cursor, m.start())
        cursor = m.end()
        if m.group("marker"):
            body = m.group("body")
            end = m.end()
            if m.group("marker") == "<!--":
                close = _CLOSE.search(body)
                if close:
                    body = body[: close.start()]
                    end = m.start("body") + close.start() + len(close.group().rstrip())
            builder.add_comment(body, m.start("marker"), end)
    _paragraph(builder, text, cursor, len(text))
    return builder.build()


def _paragraph(builder: ProseBuilder, text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.lstrip()
    if not stripped.strip():
        return
    start += len(chunk) - len(stripped)
    builder.open_block("paragraph")
    builder.add(stripped.rstrip(), start)
    builder.close_block()
