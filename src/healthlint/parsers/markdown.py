"""Markdown (and MDX) -> Document with exact positions, on top of markdown-it-py.

Block tokens carry line maps but inline children carry no columns, so the map
is built in two exact steps, without ever searching the source for text:

1. An inline token's ``content`` is its block's lines with container prefixes
   (``>``, list indentation) cut off, so each content line is a suffix of its
   source line (ATX headings and table cells: a slice of it). :class:`LineMap`
   keeps one shift per line, and a per-character table in the rare case a line
   is not a verbatim slice (an escaped ``\\|`` in a table cell).
2. The children are consumed in order with a cursor into ``content``: text at
   the cursor, delimiters by their markup, escapes and entities as replaced
   text, code spans by their backtick runs, link tails with markdown-it's own
   destination/title/label helpers.

``text_join`` is disabled so escapes and entities stay separate tokens.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkLabel, parseLinkTitle
from markdown_it.rules_inline import StateInline
from mdit_py_plugins.front_matter import front_matter_plugin

from ..document import Document, ProseBuilder
from . import html as _html

try:  # markdown-it-py >= 4 trims with the CommonMark white-space set
    from markdown_it.common.utils import MD_TRIM_CHARS as _TRIM
except ImportError:  # pragma: no cover - markdown-it-py 3 uses str.strip()
    _TRIM = None

_DELIMS = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}
_SKIP_TAGS = _html._SKIP
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_SPACES = re.compile(r"[ \t]*")
_SPACES_NL = re.compile(r"[ \t\n]*")
_TICKS = re.compile(r"`+")
_LONE_COMMENT = re.compile(r"\s*<!--((?:(?!-->)[\s\S])*)-->\s*")
# MDX: top-level ESM (import/export) runs until a blank line
_ESM = re.compile(r"^(?:import|export)[ \t{*].*(?:\n(?![ \t]*(?:\n|$)).*)*", re.MULTILINE)

# only these can fail markdown-it's validateLink, so only these pay for normalizeLink
_SUSPECT_LINK = re.compile(r"\s*(?:vbscript|javascript|file|data):", re.IGNORECASE)

_md: MarkdownIt | None = None


def _parser() -> MarkdownIt:
    global _md
    if _md is None:
        md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
        md.use(front_matter_plugin)
        md.disable("text_join", ignoreInvalid=True)
        _md = md
    return _md


def _blank_esm(text: str) -> str:
    """Blank MDX import/export blocks (same length, so offsets are unchanged)."""
    def blank(m: re.Match[str]) -> str:
        start = m.start()
        if start and text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip():
            return m.group()  # not after a blank line: a paragraph that starts with "export"
        return re.sub(r"[^\n]", " ", m.group())
    return _ESM.sub(blank, text)


def _subsequence(line: str, piece: str, start: int) -> list[int]:
    """Offsets in ``line`` of the characters of ``piece``, matched in order from ``start``."""
    out = []
    p = start
    for ch in piece:
        if ch.isspace():
            if p < len(line) and line[p].isspace():
                out.append(p)
                p += 1
            else:
                out.append(min(p, len(line)))
            continue
        q = line.find(ch, p)
        if q < 0:
            out.append(min(p, len(line)))
        else:
            out.append(q)
            p = q + 1
    return out


def _para_at(line: str, piece: str) -> tuple[int, int] | None:
    """Where a paragraph content line sits in its source line: (column of its body, indent length).

    A content line is the source line minus its container prefix (maybe with a
    tab expanded into spaces), and the last one is right-trimmed.
    """
    if line.endswith(piece):
        return len(line) - len(piece), 0
    body = piece.lstrip(" \t")
    if line.endswith(body):
        return len(line) - len(body), len(piece) - len(body)
    trimmed = line.rstrip(_TRIM)
    if trimmed.endswith(body):
        return len(trimmed) - len(body), len(piece) - len(body)
    return None


class LineMap:
    """Content offsets of one markdown-it token -> source offsets, and emission into the builder."""

    __slots__ = ("b", "starts", "shifts", "valid", "exact")

    def __init__(self, builder: ProseBuilder) -> None:
        self.b = builder
        self.starts: list[int] = []  # content offset of each line
        self.shifts: list[int] = []  # source = content + shift ...
        self.valid: list[int] = []  # ... from this content offset on (before it: tab-expanded indent)
        self.exact: dict[int, list[int]] | None = None  # line -> source offset of each character

    def _line(self, c: int) -> int:
        starts = self.starts
        return 0 if len(starts) == 1 else bisect_right(starts, c) - 1

    def src(self, c: int) -> int:
        i = self._line(c)
        if self.exact is not None and i in self.exact:
            table = self.exact[i]
            k = c - self.starts[i]
            return table[k] if k < len(table) else (table[-1] + 1 if table else self.valid[i] + self.shifts[i])
        return max(c, self.valid[i]) + self.shifts[i]

    def src_end(self, c: int) -> int:
        """Source offset just after content character ``c - 1``."""
        if c <= 0:
            return self.src(0)
        i = self._line(c - 1)
        if c - 1 < self.valid[i] and (self.exact is None or i not in self.exact):
            return self.valid[i] + self.shifts[i]  # inside a tab-expanded indent
        return self.src(c - 1) + 1

    def add(self, piece: str, c: int) -> None:
        i = self._line(c)
        if c >= self.valid[i] and (self.exact is None or i not in self.exact) and (
                i + 1 == len(self.starts) or c + len(piece) <= self.starts[i + 1]):
            self.b.add(piece, c + self.shifts[i])
        else:
            self._add_slow(piece, c, i)

    def add_replaced(self, piece: str, c0: int, c1: int) -> None:
        self.b.add_replaced(piece, self.src(c0), self.src_end(c1))

    def _add_slow(self, piece: str, c: int, i: int) -> None:
        end = c + len(piece)
        base = c
        while c < end:
            seg_end = min(end, self.starts[i + 1]) if i + 1 < len(self.starts) else end
            table = self.exact.get(i) if self.exact is not None else None
            if table is not None:
                self._add_table(piece[c - base:seg_end - base], c - self.starts[i], table)
            else:
                at = self.valid[i]
                if c < at:
                    cut = min(at, seg_end)
                    self.b.add_replaced(piece[c - base:cut - base], at + self.shifts[i], at + self.shifts[i])
                    c = cut
                if c < seg_end:
                    self.b.add(piece[c - base:seg_end - base], c + self.shifts[i])
            c = seg_end
            i += 1

    def _add_table(self, seg: str, k: int, table: list[int]) -> None:
        run = 0
        for j in range(1, len(seg) + 1):
            if j == len(seg) or k + j >= len(table) or table[k + j] != table[k + j - 1] + 1:
                at = table[k + run] if k + run < len(table) else (table[-1] + 1 if table else 0)
                self.b.add(seg[run:j], at)
                run = j


class _Walker:
    """Walks the token stream, opening blocks lazily and aligning inline children."""

    def __init__(self, builder: ProseBuilder, src: str, md: MarkdownIt, env: dict) -> None:
        self.b = builder
        self.src = src
        self.md = md
        self.env = env
        self.lines = src.split("\n")
        self.starts = [0, *accumulate(len(line) + 1 for line in self.lines)]
        self.pending: tuple[str, int] | None = None  # block to open at the first prose
        self.links: list[list] = []  # [href, prose start or None]
        self.auto = False  # inside an autolink
        self.html_skip: list[str] = []  # open inline <script>, <code>...
        self.row = (-1, 0)  # table row line and cursor into it
        self._inline_state: StateInline | None = None
        self.quotes = 0  # blockquote depth

    # -- blocks ------------------------------------------------------------
    def run(self, tokens) -> None:
        containers: list[str] = []
        kind, level, mode = "paragraph", 0, "para"
        deepest = self.md.options.maxNesting - 1
        for i, tok in enumerate(tokens):
            t = tok.type
            if tok.level >= deepest and tok.nesting == 1 and tok.map and i + 1 < len(tokens) \
                    and tokens[i + 1].nesting == -1:
                self._too_deep(*tok.map)
            if t == "inline":
                self._inline_block(tok, kind, level, mode)
            elif t == "paragraph_open":
                kind, level, mode = (containers[-1] if containers else "paragraph"), 0, "para"
            elif t == "heading_open":
                kind, level = "heading", int(tok.tag[1:])
                mode = "para" if tok.markup in ("=", "-") else "heading"
            elif t == "th_open" or t == "td_open":
                kind, level, mode = "table_cell", 0, "cell"
            elif t == "list_item_open":
                containers.append("list_item")
            elif t == "blockquote_open":
                containers.append("blockquote")
                self.quotes += 1
            elif t == "list_item_close" or t == "blockquote_close":
                if containers:
                    containers.pop()
                if t == "blockquote_close":
                    self.quotes -= 1
            elif t == "html_block":
                self._html_block(tok, containers[-1] if containers else "paragraph")

    def _too_deep(self, first: int, last: int) -> None:
        """Lines markdown-it dropped past its nesting limit: kept as plain-text paragraphs.

        markdown-it skips everything inside a container nested ``maxNesting`` deep
        (to the end of the enclosing block); its words must still be checked.
        """
        open_ = False
        for li in range(first, min(last, len(self.lines))):
            line = self.lines[li]
            body = line.lstrip()
            if not body.strip():
                if open_:
                    self.b.close_block()
                    open_ = False
                continue
            if open_:
                self.b.add_break()
            else:
                self.b.open_block("paragraph")
                open_ = True
            self.b.add(body.rstrip(), self.starts[li] + len(line) - len(body))
        if open_:
            self.b.close_block()

    def _line_map(self, content: str, first: int, mode: str, last: int | None = None) -> LineMap:
        m = LineMap(self.b)
        pieces = content.split("\n")
        top = len(self.lines) - 1
        if mode == "para" and last is not None:
            # lines made only of Unicode white space (U+2028...) may have been trimmed off the top
            while first + 1 < last and _para_at(self.lines[first], pieces[0]) is None:
                first += 1
        c = 0
        for k, piece in enumerate(pieces):
            li = min(first + k, top)
            line, ls = self.lines[li], self.starts[li]
            m.starts.append(c)
            table = None
            if mode == "para":
                found = _para_at(line, piece)
            elif mode == "heading":
                body = piece.lstrip(" \t")
                at = line.rfind(body)
                found = (at, len(piece) - len(body)) if at >= 0 else None
            else:  # table cell: the next occurrence in its row
                row_line, cursor = self.row
                if row_line != li:
                    cursor = self._row_start(line)
                at = line.find(piece, cursor)
                if at >= 0:
                    found = (at, 0)
                    self.row = (li, at + len(piece))
                else:
                    found, table = None, _subsequence(line, piece, cursor)
                    self.row = (li, (table[-1] + 1) if table else cursor)
            if found is not None:
                at, lead = found
                m.shifts.append(ls + at - c - lead)
                m.valid.append(c + lead)
            else:
                if table is None:
                    table = _subsequence(line, piece, 0)
                if m.exact is None:
                    m.exact = {}
                m.exact[k] = [ls + x for x in table]
                m.shifts.append(0)
                m.valid.append(c)
            c += len(piece) + 1
        return m

    def _row_start(self, line: str) -> int:
        """Column after a table row's container prefix: indentation and one ``>`` per blockquote."""
        pos = _SPACES.match(line).end()
        for _ in range(self.quotes):
            if not line.startswith(">", pos):
                break
            pos = _SPACES.match(line, pos + 1).end()
        return pos

    def _open(self) -> None:
        kind, level = self.pending
        self.pending = None
        self.b.open_block(kind, level)
        for link in self.links:
            if link[1] is None:
                link[1] = self.b.position

    def _inline_block(self, tok, kind: str, level: int, mode: str) -> None:
        content = tok.content
        if not content or not tok.map:
            return
        children = tok.children or []
        if mode == "para" and len(children) == 1 and children[0].type == "image":
            kind = "alt"
        m = self._line_map(content, tok.map[0], mode, tok.map[1])
        self.pending = (kind, level)
        self.links, self.auto, self.html_skip = [], False, []
        self._walk(children, content, 0, len(content), m)
        if self.pending is None:
            self.b.close_block()
        self.pending = None

    def _html_block(self, tok, kind: str) -> None:
        content = tok.content
        if not tok.map:
            return
        m = self._line_map(content, tok.map[0], "para")
        lone = _LONE_COMMENT.fullmatch(content)
        if lone:
            start = content.index("<!--")
            end = start + 4 + len(lone.group(1)) + 3
            self.b.add_comment(lone.group(1), m.src(start), m.src_end(end))
            return
        _html.extract(content, self.b, m, kind)

    # -- inline ------------------------------------------------------------
    def _emit(self, piece: str, c: int, m: LineMap) -> None:
        if self.html_skip or self.auto:
            return
        if self.pending is not None:
            stripped = piece.lstrip()
            if not stripped:
                return
            c += len(piece) - len(stripped)
            piece = stripped
            self._open()
        m.add(piece, c)

    def _walk(self, children, s: str, cur: int, limit: int, m: LineMap) -> int:
        """Consume ``children`` from ``s[cur:limit]``; return the cursor after them."""
        for tok in children:
            t = tok.type
            if t == "text":
                piece = tok.content
                if not piece or self.auto:
                    continue
                if not s.startswith(piece, cur):
                    found = s.find(piece, cur)
                    cur = found if found >= 0 else cur
                self._emit(piece, cur, m)
                cur += len(piece)
            elif t == "softbreak" or t == "hardbreak":
                nl = s.find("\n", cur)
                if nl < 0:
                    continue
                after = _SPACES.match(s, nl + 1).end()
                if self.pending is None and not self.html_skip:
                    self.b.add_break(m.src(nl), s[after:after + 1] if t == "softbreak" else "")
                cur = after
            elif t == "text_special":
                cur = self._at(s, tok.markup, cur)
                end = cur + len(tok.markup)
                if tok.content == tok.markup:
                    self._emit(tok.content, cur, m)
                elif not self.html_skip and not self.auto:
                    if self.pending is not None:
                        self._open()
                    m.add_replaced(tok.content, cur, end)
                cur = end
            elif t in _DELIMS:
                cur = self._at(s, tok.markup, cur) + len(tok.markup)
            elif t == "code_inline":
                cur = self._code_end(s, self._at(s, tok.markup, cur), tok.markup)
            elif t == "html_inline":
                cur = self._html_inline(tok.content, s, self._at(s, tok.content, cur), m)
            elif t == "link_open":
                if tok.markup == "autolink":
                    self.auto = True
                    cur = self._at(s, "<", cur)
                    close = s.find(">", cur)
                    cur = close + 1 if close >= 0 else cur
                else:
                    cur = self._at(s, "[", cur) + 1
                    start = None if self.pending is not None else self.b.position
                    self.links.append([tok.attrs.get("href", ""), start])
            elif t == "link_close":
                if self.auto:
                    self.auto = False
                    continue
                cur = self._at(s, "]", cur)
                cur = self._link_end(s, cur, limit)
                if self.links:
                    href, start = self.links.pop()
                    if start is not None:
                        self.b.add_link(start, self.b.position, str(href))
            elif t == "image":
                cur = self._at(s, "![", cur)
                label_end = parseLinkLabel(self._state(s, limit), cur + 1, False)
                if label_end < 0:
                    continue
                self._walk(tok.children or [], s, cur + 2, label_end, m)
                cur = self._image_end(s, label_end, limit)
        return cur

    @staticmethod
    def _at(s: str, markup: str, cur: int) -> int:
        """Where ``markup`` starts: at the cursor, or (defensively) the next occurrence."""
        if s.startswith(markup, cur):
            return cur
        found = s.find(markup, cur)
        return found if found >= 0 else cur

    @staticmethod
    def _code_end(s: str, start: int, ticks: str) -> int:
        for run in _TICKS.finditer(s, start + len(ticks)):
            if len(run.group()) == len(ticks):
                return run.end()
        return len(s)

    def _state(self, s: str, limit: int) -> StateInline:
        # one state per content: its lazy scans (backtick runs) must not repeat per image
        if self._inline_state is None or self._inline_state.src is not s:
            self._inline_state = StateInline(s, self.md, self.env, [])
        state = self._inline_state
        state.pos, state.posMax = 0, limit
        return state

    def _link_end(self, s: str, label_end: int, limit: int) -> int:
        """Offset after ``](dest "title")`` / ``][ref]`` / ``]``, as markdown-it's link rule decides."""
        pos = label_end + 1
        parse_ref = True
        if pos < limit and s[pos] == "(":
            parse_ref = False
            pos = _SPACES_NL.match(s, pos + 1, limit).end()
            if pos >= limit:
                return label_end + 1
            res = parseLinkDestination(s, pos, limit)
            if res.ok:
                if self._valid(res.str):
                    pos = res.pos
                start = pos
                pos = _SPACES_NL.match(s, pos, limit).end()
                res = parseLinkTitle(s, pos, limit)
                if pos < limit and start != pos and res.ok:
                    pos = _SPACES_NL.match(s, res.pos, limit).end()
            if pos >= limit or s[pos] != ")":
                parse_ref = True
            pos += 1
        if parse_ref:
            pos = self._ref_end(s, pos, label_end, limit)
        return pos

    def _image_end(self, s: str, label_end: int, limit: int) -> int:
        pos = label_end + 1
        if pos < limit and s[pos] == "(":
            pos = _SPACES_NL.match(s, pos + 1, limit).end()
            res = parseLinkDestination(s, pos, limit)
            if res.ok and self._valid(res.str):
                pos = res.pos
            start = pos
            pos = _SPACES_NL.match(s, pos, limit).end()
            res = parseLinkTitle(s, pos, limit)
            if pos < limit and start != pos and res.ok:
                pos = _SPACES_NL.match(s, res.pos, limit).end()
            return pos + 1
        return self._ref_end(s, pos, label_end, limit)

    def _valid(self, url: str) -> bool:
        return not _SUSPECT_LINK.match(url) or self.md.validateLink(self.md.normalizeLink(url))

    def _ref_end(self, s: str, pos: int, label_end: int, limit: int) -> int:
        if pos < limit and s[pos] == "[":
            end = parseLinkLabel(self._state(s, limit), pos)
            return end + 1 if end >= 0 else label_end + 1
        return label_end + 1

    def _html_inline(self, raw: str, s: str, cur: int, m: LineMap) -> int:
        end = cur + len(raw)
        if raw.startswith("<!--"):
            body = raw[4:-3] if raw.endswith("-->") else raw[4:]
            self.b.add_comment(body, m.src(cur), m.src_end(end))
            return end
        tag = _TAG.match(raw)
        if not tag:
            return end
        closing, name = tag.group(1), tag.group(2).lower()
        if name in _SKIP_TAGS:
            if closing:
                if name in self.html_skip:
                    while self.html_skip.pop() != name:
                        pass
            elif not raw.endswith("/>"):
                self.html_skip.append(name)
        elif self.html_skip or self.auto:
            pass
        elif name == "br":
            if self.pending is None:
                self.b.add_break(m.src(cur))
        elif name == "img" and not closing:
            span = _html.attr_span(raw, "alt")
            if span and raw[span[0]:span[1]].strip():
                value = raw[span[0]:span[1]]
                stripped = value.lstrip()
                if self.pending is not None:
                    self._open()
                _html.emit_text(m, stripped.rstrip(), cur + span[0] + len(value) - len(stripped))
        elif name == "a":
            if closing:
                if self.links:
                    href, start = self.links.pop()
                    if start is not None:
                        self.b.add_link(start, self.b.position, href)
            else:
                span = _html.attr_span(raw, "href")
                href = _html.unescape(raw[span[0]:span[1]]) if span else ""
                self.links.append([href, None if self.pending is not None else self.b.position])
        return end


def parse(text: str, path: str, env: dict | None = None) -> Document:
    """``env`` is markdown-it's: seed ``env["references"]`` with link definitions made
    elsewhere on the page (a page linted in pieces), read back the ones found here."""
    builder = ProseBuilder(path, "markdown", text)
    src = text
    if path.lower().endswith(".mdx"):
        src = _blank_esm(src)
    if "\0" in src:
        src = src.replace("\0", "\ufffd")  # what markdown-it does: keeps lengths
    md = _parser()
    env = {} if env is None else env
    tokens = md.parse(src, env)
    _Walker(builder, src, md, env).run(tokens)
    return builder.build()
