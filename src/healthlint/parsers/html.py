"""HTML -> Document, with the standard library tokenizer and exact positions.

``html.parser`` reports where each construct starts through ``getpos()``; we
turn that into an absolute offset and always take the text from the source
itself. Every ``&`` is masked before tokenizing (same length, so positions are
unchanged) and entity references are decoded here with exact spans: in 3.10 and
3.11, ``convert_charrefs=False`` makes a stray ``&#`` swallow the rest of the
document as text. The element stack is a plain list (no recursion), and end
tags only close elements that are open, so malformed or 20,000-deep HTML is
fine. The same extractor parses raw HTML blocks inside Markdown through a
*sink* that maps its offsets back to the Markdown source.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from itertools import accumulate

from ..document import Document, ProseBuilder

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_KINDS = {"li": "list_item", "td": "table_cell", "th": "table_cell",
          "blockquote": "blockquote", "title": "title"}
# generic blocks: a paragraph, or the kind of the container they sit in
_GENERIC = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
            "dd", "dt", "figcaption", "caption", "figure", "address", "details", "summary",
            "fieldset", "legend", "form", "body", "html", "center", "hgroup", "search"}
_CONTAINERS = {"list_item", "blockquote", "table_cell"}
# end the current block without starting one of their own
_BOUNDARY = {"tr", "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "menu", "hr",
             "colgroup", "select", "option", "button", "textarea", "iframe", "object"}
_SKIP = {"script", "style", "noscript", "template", "code", "pre", "svg", "math",
         "textarea", "select"}
# may sit in <head>; anything else closes it (as browsers do)
_HEAD_OK = {"title", "meta", "link", "script", "style", "base", "noscript", "template", "head"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "param", "source", "track", "wbr", "keygen", "frame", "basefont", "isindex"}

# an entity reference, or a white-space run holding a line break (rendered as one space)
_SPECIAL = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)"
                      r"|[ \t\r\f]*\n[ \t\n\r\f]*")
_HTML_WS = " \t\n\r\f"
_COMMENT_CLOSE = re.compile(r"-{0,2}!?\s*>")
_TAG_NAME = re.compile(r"<[a-zA-Z][^\t\n\r\f />\x00]*")
_ATTR = re.compile(r"""[\s/]*(?:([^\s/>"'=][^\s/>=]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?)?""")


def attr_span(tag: str, name: str) -> tuple[int, int] | None:
    """Offsets of attribute ``name``'s value inside the start-tag text ``tag`` (first one wins)."""
    m = _TAG_NAME.match(tag)
    if not m:
        return None
    pos = m.end()
    while pos < len(tag):
        a = _ATTR.match(tag, pos)
        if a.end() == pos:  # junk such as a stray quote: step over it
            pos += 1
            continue
        pos = a.end()
        if a.group(1) and a.group(1).lower() == name:
            if a.group(2) is None:
                return None
            start, end = a.span(2)
            if a.group(2)[:1] in "\"'" and len(a.group(2)) >= 2:
                start, end = start + 1, end - 1
            return start, end
    return None


class Direct:
    """Sink for a standalone HTML file: offsets already are source offsets."""

    def __init__(self, builder: ProseBuilder) -> None:
        self.add = builder.add
        self.add_replaced = builder.add_replaced

    @staticmethod
    def src(offset: int) -> int:
        return offset

    @staticmethod
    def src_end(offset: int) -> int:
        return offset


def emit_text(sink, text: str, start: int) -> None:
    """Add ``text`` (found at ``start``) decoding entities and folding line-break runs to a space."""
    if "&" not in text and "\n" not in text:
        sink.add(text, start)
        return
    cursor = 0
    for m in _SPECIAL.finditer(text):
        piece = m.group()
        if piece[0] == "&":
            decoded = unescape(piece)
            if decoded == piece:
                continue  # not an entity: stays part of the verbatim run
        else:
            decoded = " "
        if m.start() > cursor:
            sink.add(text[cursor:m.start()], start + cursor)
        sink.add_replaced(decoded, start + m.start(), start + m.end())
        cursor = m.end()
    if cursor < len(text):
        sink.add(text[cursor:], start + cursor)


def _defuse_unclosable(text: str) -> str:
    """Mask (same length) each ``<`` that can never close: after the last ``>``, and ``<!--`` after the last ``-->``.

    At end of input html.parser rescans to the end once per such construct:
    quadratic, so 75 KB of ``<a `` took two minutes. They end up as text either
    way, and text is always taken from the source by offset, so prose is unchanged.
    """
    last_gt = text.rfind(">")
    head, tail = text[:last_gt + 1], text[last_gt + 1:]
    if "<" in tail:
        tail = tail.replace("<", "\x02")
    closed = text.rfind("-->", 0, last_gt + 1)
    cut = closed + 3 if closed >= 0 else 0
    if "<!--" in head[cut:]:
        head = head[:cut] + head[cut:].replace("<!--", "\x02!--")
    return head + tail


class Extractor(HTMLParser):
    """Feeds prose blocks, comments and links of one HTML text into a builder."""

    def __init__(self, text: str, builder: ProseBuilder, sink, default_kind: str = "paragraph") -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.b = builder
        self.sink = sink
        self.line_starts = [0, *accumulate(len(line) + 1 for line in text.split("\n"))]
        self.stack: list[str] = []
        self.open: dict[str, int] = {}
        self.kinds: list[tuple[str, int]] = [(default_kind, 0)]
        self.skip = 0  # inside script, style, code...
        self.head = 0
        self.title = 0
        self.in_block = False
        self.consumed = 0  # end of the last text delivered
        self.link: list | None = None  # [href, prose start or None]
        self.footers: list[int] = []  # prose starts of the open <footer> elements

    def run(self) -> None:
        masked = self.text.replace("&", "\x01") if "&" in self.text else self.text
        self.feed(_defuse_unclosable(masked))
        self.close()
        self._boundary()
        if self.footers and self.b.position > self.footers[0]:  # a footer never closed runs to the end
            self.b.fine_print.append((self.footers[0], self.b.position))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # 3.10/3.11 raise AssertionError on junk such as "<![x"; browsers skip to ">"
        pos = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = pos  # _scan_name moved them before raising
            end = self.rawdata.find(">", i + 3)
            return end + 1 if end >= 0 else -1

    # -- helpers -----------------------------------------------------------
    def _pos(self) -> int:
        return self.line_starts[self.lineno - 1] + self.offset

    def _prose_allowed(self) -> bool:
        return not self.skip and (not self.head or self.title > 0)

    def _boundary(self) -> None:
        if self.in_block:
            self.b.close_block()
            self.in_block = False

    def _open_block(self) -> None:
        kind, level = self.kinds[-1]
        self.b.open_block(kind, level)
        self.in_block = True
        if self.link is not None and self.link[1] is None:
            self.link[1] = self.b.position

    def _text(self, text: str, start: int) -> None:
        if not self.in_block:
            stripped = text.lstrip(_HTML_WS)
            if not stripped:
                return
            start += len(text) - len(stripped)
            text = stripped
            self._open_block()
        emit_text(self.sink, text, start)

    # -- tokenizer callbacks -----------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        if self.head and tag not in _HEAD_OK:
            self.handle_endtag("head")
        if tag in _VOID:
            self._void(tag)
            return
        self.stack.append(tag)
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in _SKIP:
            self.skip += 1
        elif tag == "head":
            self.head += 1
        elif tag == "title":
            self.title += 1
        elif tag == "footer":
            self.footers.append(self.b.position)
        elif tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), "")
            href = unescape(href.replace("\x01", "&"))
            self.link = [href, self.b.position if self.in_block else None]
        level = _HEADINGS.get(tag)
        if level is not None:
            self._enter(("heading", level))
        elif tag in _KINDS:
            self._enter((_KINDS[tag], 0))
        elif tag in _GENERIC:
            outer = self.kinds[-1]
            self._enter(outer if outer[0] in _CONTAINERS else ("paragraph", 0))
        elif tag in _BOUNDARY:
            self._boundary()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _VOID:
            self._void(tag)
        else:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open.get(tag):
            if tag in _BOUNDARY or tag in _GENERIC or tag in _KINDS or tag in _HEADINGS:
                self._boundary()  # a stray end tag still ends the line of text
            return
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            self._leave(top)
            if top == tag:
                break

    def _enter(self, kind: tuple[str, int]) -> None:
        self._boundary()
        self.kinds.append(kind)

    def _leave(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip -= 1
        elif tag == "head":
            self.head -= 1
        elif tag == "title":
            self.title -= 1
        elif tag == "footer" and self.footers:
            start = self.footers.pop()
            if not self.footers and self.b.position > start:  # the outermost footer holds the rest
                self.b.fine_print.append((start, self.b.position))
        elif tag == "a" and self.link is not None:
            if self.link[1] is not None:
                self.b.add_link(self.link[1], self.b.position, self.link[0])
            self.link = None
        if tag in _HEADINGS or tag in _KINDS or tag in _GENERIC:
            self._boundary()
            if len(self.kinds) > 1:
                self.kinds.pop()
        elif tag in _BOUNDARY:
            self._boundary()

    def _void(self, tag: str) -> None:
        if tag == "br":
            if self.in_block and self._prose_allowed():
                self.b.add_break(self.sink.src(self._pos()))
        elif tag == "img":
            if self._prose_allowed():
                self._alt()
        elif tag == "hr":
            self._boundary()

    def _alt(self) -> None:
        start = self._pos()
        raw = self.get_starttag_text() or ""
        span = attr_span(self.text[start:start + len(raw)], "alt")
        if span is None:
            return
        value = self.text[start + span[0]:start + span[1]]
        stripped = value.strip(_HTML_WS)
        if not stripped:
            return
        self._boundary()
        self.b.open_block("alt")
        if self.link is not None and self.link[1] is None:
            self.link[1] = self.b.position
        emit_text(self.sink, stripped, start + span[0] + len(value) - len(value.lstrip(_HTML_WS)))
        self.b.close_block()

    def handle_data(self, data: str) -> None:
        if not self._prose_allowed():
            return
        start = self._pos()
        end = start + len(data)
        if start < self.consumed:  # 3.11 may re-deliver an unterminated construct at EOF
            start = min(self.consumed, end)
        self.consumed = end
        self._text(self.text[start:end], start)

    def handle_comment(self, data: str) -> None:
        start = self._pos()
        if not self.text.startswith("<!--", start):
            return  # a bogus comment such as <!x> or <?x>: not a comment in the source
        end = start + 4 + len(data)
        close = _COMMENT_CLOSE.match(self.text, end)
        end = close.end() if close else end
        self.b.add_comment(self.text[start + 4:start + 4 + len(data)],
                           self.sink.src(start), self.sink.src_end(end))


def extract(text: str, builder: ProseBuilder, sink, default_kind: str = "paragraph") -> None:
    """Parse ``text`` as HTML into ``builder``; ``sink`` maps offsets in ``text`` to the source."""
    Extractor(text, builder, sink, default_kind).run()


def parse(text: str, path: str) -> Document:
    builder = ProseBuilder(path, "html", text)
    extract(text, builder, Direct(builder))
    return builder.build()
