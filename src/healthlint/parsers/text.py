"""Plain text -> Document: blank-line separated paragraphs, with the structure a reader sees.

A text draft has no markup, but it has shape: a short line on its own is a
heading ("SIDE EFFECTS", "How to take it"), and lines opening with ``-``,
``*``, ``•`` or ``1.`` are list items. Policies read that shape (a risk section
under its heading, a list item completing the "It is used to:" above it), so
the parser records it the way the Markdown parser would, with the item marker
left out of the prose.

Paragraphs without list markers are added as single pieces (line breaks
included), so a 20 MB file costs a few regex scans, not per-line Python work.
Directive and fixture-annotation comment lines are recorded as comments, never
prose, and end the paragraph they interrupt.
"""
from __future__ import annotations

import re

from ..document import Document, ProseBuilder, wraps_line

# A blank line, or a comment line: `# healthlint-...`, `// expect: ...`, `<!-- ok: ... -->`.
_SEPARATOR = re.compile(
    r"^[^\S\n]*$"
    r"|^[^\S\n]*(?P<marker>#|//|<!--)(?P<body>[^\S\n]*(?:healthlint-|expect:|ok:)[^\n]*)$",
    re.MULTILINE,
)
_CLOSE = re.compile(r"\s*-->\s*$")
# a line break inside a block, with the next line's indentation
_LINE_BREAK = re.compile(r"\n[ \t]*")
# a list item's marker at the start of a line: a bullet, or a number or letter and "." or ")"
LIST_ITEM = re.compile(r"^[^\S\n]*(?:[-*•‣◦–]|\d{1,2}[.)]|[a-zA-Z][)])[^\S\n]+(?=\S)", re.MULTILINE)
# a heading ends without a sentence's closing punctuation (a question is a heading too)
_NOT_HEADING_END = re.compile(r"[.!,;:…]['\"’”)\]]*$")
_HEADING_WORDS = 12
# (the paragraph is stripped, so its first line is not blank; no backtracking on a 1 MB line)
_UNDERLINE = re.compile(r"([^\n]+)\n[^\S\n]*(?:=+|-+)[^\S\n]*(?:\n|$)")


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
    chunk = stripped.rstrip()
    underline = _UNDERLINE.match(chunk)
    if underline:  # a title underlined with === or ---, then the paragraph below it
        _block(builder, "heading", underline.group(1).rstrip(), start)
        start += underline.end()
        chunk = chunk[underline.end():]
        if not chunk:
            return
    if "\n" not in chunk and is_heading(chunk):
        _block(builder, "heading", chunk, start)
        return
    items = list(LIST_ITEM.finditer(chunk))
    if not items:
        _block(builder, "paragraph", chunk, start)
        return
    # the lines above the first item are its lead-in paragraph; each item runs to the next
    if items[0].start() > 0:
        _block(builder, "paragraph", chunk[: items[0].start()].rstrip(), start)
    for item, following in zip(items, items[1:] + [None]):
        _block(builder, "list_item", chunk[item.end(): following.start() if following else len(chunk)].rstrip(),
               start + item.end())


def _block(builder: ProseBuilder, kind: str, text: str, start: int) -> None:
    # one level for every heading: a line's look gives no rank, and a piece of a huge page
    # (chunking) must read its first heading as the whole page does
    builder.open_block(kind, 2 if kind == "heading" else 0)
    cursor = 0
    for m in _LINE_BREAK.finditer(text):
        end = m.start()
        while end > cursor and text[end - 1] in " \t":
            end -= 1
        before = text[end - 1] if end > cursor else ""
        if wraps_line(before, text[m.end():m.end() + 1]):  # a hard-wrapped sentence reads on as one line
            builder.add(text[cursor:m.start()], start + cursor)
            builder.add_replaced(" ", start + m.start(), start + m.end())
            cursor = m.end()
    builder.add(text[cursor:], start + cursor)
    builder.close_block()


def is_heading(line: str) -> bool:
    """A line standing alone that reads as a title: in capitals, or short and unpunctuated."""
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return False
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return True
    if LIST_ITEM.match(line) or _NOT_HEADING_END.search(line):
        return False
    return len(line.split()) <= _HEADING_WORDS
