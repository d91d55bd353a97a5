"""The document model: prose extracted from a source file, with an exact map back.

Parsers never hand matchers the raw source. They build a :class:`Document`
through a :class:`ProseBuilder`, which records, for every run of extracted
characters, where it came from in the (newline-normalised) source text. Line
and column are derived from source offsets at the edge, never by searching the
source for the matched text again.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterator

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "blockquote", "alt", "title")

# Bare URLs are never prose: they are removed wherever a parser adds text.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+")

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by white
# space, except after a list number or a short abbreviation; a line break ends
# one when the line closed a sentence, or when the next line starts a new unit
# (capital, digit, bullet, emoji) after a line without closing punctuation.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*[ \t]+|\n+")
_NOT_AN_END = re.compile(
    r"(?:^|\n)\s*\d+\.$|\b(?:[A-Z]|Dr|Mr|Mrs|Ms|St|vs|Fig|approx|e\.g|i\.e|et al|etc)\.$"
)
# "No." abbreviates "number" only before one ("No. 1 clinic"); before words it is an answer
# ("No. It ships to your door ..."), and the claim after it is a sentence of its own
_NUMBER_ABBREVIATION = re.compile(r"\bNo\.$")
# what closes a line that stands apart: a sentence, a label ("Possible effects include:"), a quotation
_LINE_END = frozenset(".!?:;\"'\u201d)")


def wraps_line(before: str, after: str) -> bool:
    """Whether a line break inside a block only wraps its sentence, and so reads as a space.

    Content repositories hard-wrap Markdown and plain text at 72-80 columns, and every pattern must read
    across the wrap ("light-headed / for a day or two"). A break after a word or a comma and before a
    lower-case word, a number or a bracket continues the sentence; one after closing punctuation, or
    before a capital, may end a title or a label line ("Warnings / Do not use ...") and stays a break.
    """
    return bool(before) and not before.isspace() and before not in _LINE_END \
        and (after.islower() or after.isdigit() or after == "(")


# Context policies look at a match's sentence or paragraph, once per match. Run-on
# text (a keyword list flattened into one line, minified copy, a page with no full
# stops) would make that quadratic in the page, so a "sentence" longer than
# MAX_SENTENCE characters is cut at a space, and a paragraph longer than
# MAX_PARAGRAPH is seen through a window of whole sentences around the offset.
# Real sentences and paragraphs are far shorter: nothing else changes.
MAX_SENTENCE = 1000
MAX_PARAGRAPH = 6000


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF: line and column are unchanged by this."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of prose with its own role: a heading, a paragraph, a list item..."""

    kind: str
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True, slots=True)
class Comment:
    """A source comment (HTML/Markdown ``<!-- -->``, or a text comment line)."""

    body: str
    start: int  # source offsets
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    """Link text in prose and the target it pointed to (the target is not prose)."""

    start: int  # prose offsets of the link text
    end: int
    target: str


class OffsetMap:
    """Piecewise map from prose offsets to source offsets.

    Each run is (prose_start, source_start, prose_len, source_len). A verbatim
    run has equal lengths and maps character by character; a replaced run (an
    entity, a separator) maps every character to its source start and its end
    to the source end.
    """

    __slots__ = ("_p", "_s", "_pl", "_sl")

    def __init__(self) -> None:
        self._p = array("q")
        self._s = array("q")
        self._pl = array("q")
        self._sl = array("q")

    def add(self, prose_start: int, source_start: int, prose_len: int, source_len: int) -> None:
        if prose_len <= 0:
            return
        if self._p and prose_len == source_len and self._pl[-1] == self._sl[-1]:
            # merge with a contiguous verbatim run: keeps the map small
            if (self._p[-1] + self._pl[-1] == prose_start
                    and self._s[-1] + self._sl[-1] == source_start):
                self._pl[-1] += prose_len
                self._sl[-1] += source_len
                return
        self._p.append(prose_start)
        self._s.append(source_start)
        self._pl.append(prose_len)
        self._sl.append(source_len)

    def _run(self, prose_offset: int) -> int:
        return max(0, bisect_right(self._p, prose_offset) - 1)

    def start(self, prose_offset: int) -> int:
        """Source offset of the character at ``prose_offset``."""
        if not self._p:
            return 0
        i = self._run(prose_offset)
        if self._pl[i] == self._sl[i]:
            return self._s[i] + min(prose_offset - self._p[i], self._pl[i])
        return self._s[i]

    def end(self, prose_end: int) -> int:
        """Source offset just after the character before ``prose_end`` (exclusive end)."""
        if not self._p:
            return 0
        last = max(prose_end - 1, 0)
        i = self._run(last)
        if self._pl[i] == self._sl[i]:
            return self._s[i] + min(last - self._p[i], self._pl[i] - 1) + 1
        return self._s[i] + self._sl[i]

    def __len__(self) -> int:
        return len(self._p)


class ProseBuilder:
    """What parsers write into: text pieces with their source offsets, and block edges."""

    def __init__(self, path: str, fmt: str, text: str) -> None:
        self.path = path
        self.format = fmt
        self.text = text
        self._parts: list[str] = []
        self._len = 0
        self._map = OffsetMap()
        self._blocks: list[Block] = []
        self._open: tuple[str, int, int] | None = None  # kind, prose start, level
        self._at_block_start = False
        self._last_source = 0
        self.comments: list[Comment] = []
        self.links: list[Link] = []
        self.fine_print: list[tuple[int, int]] = []

    # -- text -------------------------------------------------------------
    @property
    def position(self) -> int:
        """Current length of the prose (the offset the next piece will get)."""
        return self._len

    def add(self, piece: str, source_start: int) -> None:
        """Add source text copied verbatim from ``source_start`` (bare URLs dropped)."""
        if not piece:
            return
        if "://" in piece or "www." in piece:
            cursor = 0
            for url in _URL.finditer(piece):
                self._add_verbatim(piece[cursor:url.start()], source_start + cursor)
                cursor = url.end()
            piece, source_start = piece[cursor:], source_start + cursor
        self._add_verbatim(piece, source_start)

    def _add_verbatim(self, piece: str, source_start: int) -> None:
        if self._at_block_start:  # a block never starts with white space
            stripped = piece.lstrip()
            source_start += len(piece) - len(stripped)
            piece = stripped
        if not piece:
            return
        self._at_block_start = False
        self._map.add(self._len, source_start, len(piece), len(piece))
        self._parts.append(piece)
        self._len += len(piece)
        self._last_source = source_start + len(piece)

    def add_replaced(self, piece: str, source_start: int, source_end: int) -> None:
        """Add prose that stands for a different source span (an entity, an escape)."""
        if self._at_block_start and piece.isspace():
            return
        if not piece:
            return
        self._at_block_start = False
        self._map.add(self._len, source_start, len(piece), source_end - source_start)
        self._parts.append(piece)
        self._len += len(piece)
        self._last_source = source_end

    def add_break(self, source_offset: int | None = None, next_char: str = "") -> None:
        """A line break inside a block: a hard break, or a soft one before ``next_char`` (a space if it only wraps)."""
        at = self._last_source if source_offset is None else source_offset
        before = self._parts[-1][-1] if self._parts else ""
        self.add_replaced(" " if next_char and wraps_line(before, next_char) else "\n", at, at)

    # -- structure --------------------------------------------------------
    def open_block(self, kind: str, level: int = 0) -> None:
        if self._open is not None:
            self.close_block()
        if self._len:
            self.add_replaced("\n\n", self._last_source, self._last_source)
        self._open = (kind, self._len, level)
        self._at_block_start = True

    def close_block(self) -> None:
        if self._open is None:
            return
        kind, start, level = self._open
        self._open = None
        self._at_block_start = False
        # trailing white space is not part of the block
        end = self._len
        while end > start and self._char_at(end - 1).isspace():
            end -= 1
        if end > start:
            self._blocks.append(Block(kind, start, end, level))

    def _char_at(self, offset: int) -> str:
        # only ever asked for the last few characters
        remaining = self._len - offset
        for part in reversed(self._parts):
            if remaining <= len(part):
                return part[len(part) - remaining]
            remaining -= len(part)
        return ""

    def add_comment(self, body: str, start: int, end: int) -> None:
        self.comments.append(Comment(body, start, end))

    def add_link(self, start: int, end: int, target: str) -> None:
        if end > start:
            self.links.append(Link(start, end, target))

    def build(self) -> "Document":
        self.close_block()
        return Document(
            path=self.path,
            format=self.format,
            text=self.text,
            prose="".join(self._parts),
            offsets=self._map,
            blocks=self._blocks,
            comments=self.comments,
            links=self.links,
            fine_print=self.fine_print,
        )


@dataclass(eq=False)
class Document:
    """Extracted prose plus structure, and the way back to line and column."""

    path: str
    format: str
    text: str  # the source, newline-normalised, BOM removed
    prose: str
    offsets: OffsetMap
    blocks: list[Block]
    comments: list[Comment] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # prose spans of page furniture (an HTML <footer>): said there, a page's obligations are not met
    fine_print: list[tuple[int, int]] = field(default_factory=list)
    _line_starts: array | None = field(default=None, repr=False)
    _sentences: list[tuple[int, int]] | None = field(default=None, repr=False)
    _sentence_starts: list[int] | None = field(default=None, repr=False)
    _block_starts: list[int] | None = field(default=None, repr=False)
    _lookup: "_Index | bool | None" = field(default=None, repr=False)
    _tables: dict[int, tuple[int, int]] | None = field(default=None, repr=False)  # cell block index -> table span
    _lead_ins: dict[int, tuple[int, int] | None] | None = field(default=None, repr=False)  # item index -> lead-in

    # -- positions --------------------------------------------------------
    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets for the prose span [start, end)."""
        s = self.offsets.start(start)
        e = self.offsets.end(end)
        return s, max(e, s)

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of a source offset."""
        if self._line_starts is None:
            starts = array("q", [0])
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        line = bisect_right(self._line_starts, source_offset) - 1
        return line + 1, source_offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        self.line_col(0)
        assert self._line_starts is not None
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]

    # -- structure --------------------------------------------------------
    def block_at(self, offset: int) -> Block | None:
        if self._block_starts is None:
            self._block_starts = [b.start for b in self.blocks]
        i = bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None

    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = list(self._capped_sentences())
            self._sentence_starts = [s for s, _ in self._sentences]
        return self._sentences

    def sentence_index(self, offset: int) -> int:
        """Index into :attr:`sentences` of the sentence holding ``offset`` (or the one before it)."""
        sentences = self.sentences
        assert self._sentence_starts is not None
        return max(0, bisect_right(self._sentence_starts, offset) - 1) if sentences else -1

    def sentence_at(self, offset: int) -> tuple[int, int]:
        i = self.sentence_index(offset)
        return self.sentences[i] if i >= 0 else (0, 0)

    def _split_sentences(self) -> Iterator[tuple[int, int]]:
        prose = self.prose
        for block in self.blocks:
            start = block.start
            for m in _SENTENCE_END.finditer(prose, block.start, block.end):
                if not self._is_end(m, start):
                    continue
                if m.start() > start:
                    yield start, m.start()
                start = m.end()
            if block.end > start:
                yield start, block.end

    def _capped_sentences(self) -> Iterator[tuple[int, int]]:
        prose = self.prose
        for start, end in self._split_sentences():
            while end - start > MAX_SENTENCE:
                cut = prose.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
                if cut < 0:
                    cut = start + MAX_SENTENCE
                yield start, cut
                start = cut + 1 if prose[cut] == " " else cut
            yield start, end

    def _is_end(self, m: "re.Match[str]", sentence_start: int) -> bool:
        prose = self.prose
        if m.group()[0] == "\n":
            before = prose[m.start() - 1] if m.start() > sentence_start else "."
            after = prose[m.end()] if m.end() < len(prose) else "A"
            if before in _LINE_END or len(m.group()) > 1:
                return True
            # a wrapped line continues the sentence unless the next line starts a new unit
            return not (after.islower() or after in ",;(")
        if _NUMBER_ABBREVIATION.search(prose, max(sentence_start, m.start() - 4), m.start()):
            return not prose[m.end():m.end() + 1].isdigit()
        return not _NOT_AN_END.search(prose, max(sentence_start, m.start() - 12), m.start())

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        block = self.block_at(offset)
        if block is None:
            return self.sentence_at(offset)
        if block.kind == "table_cell":
            start, end = self._table_at(bisect_right(self._block_starts, offset) - 1)
        else:
            start, end = block.start, block.end
        if end - start > MAX_PARAGRAPH:
            half = MAX_PARAGRAPH // 2
            if offset - start > half:
                start = max(start, self.sentence_at(offset - half)[0])
            if end - offset > half:
                end = min(end, self.sentence_at(offset + half)[1])
        return start, end

    def _table_at(self, index: int) -> tuple[int, int]:
        """A table cell's paragraph: its whole table and the paragraph that leads into it.

        A cell is not a paragraph: a dose in a row is explained by the other
        rows and by the text that introduces the table ("your clinician may
        recommend one of these").
        """
        if self._tables is None:
            self._tables = {}
        span = self._tables.get(index)
        if span is None:
            blocks = self.blocks
            first = last = index
            while first > 0 and blocks[first - 1].kind == "table_cell" and blocks[first - 1].start <= blocks[first].start:
                first -= 1
            while last + 1 < len(blocks) and blocks[last + 1].kind == "table_cell" \
                    and blocks[last + 1].start >= blocks[last].start:
                last += 1
            start = blocks[first].start
            if first > 0 and blocks[first - 1].kind == "paragraph" and blocks[first - 1].start <= start:
                start = blocks[first - 1].start
            span = (start, max(b.end for b in blocks[first:last + 1]))
            for i in range(first, last + 1):
                self._tables[i] = span
        return span

    def lead_in(self, offset: int) -> tuple[int, int] | None:
        """The sentence that introduces the list whose item opens with the sentence at ``offset``
        ("It is used to:"), or None.

        A list item often completes a sentence whose first half ends in a
        colon above the list: what the lead-in says (who uses it, what a
        trial found) frames the item's first sentence, not what follows it.
        """
        block = self.block_at(offset)
        if block is None or block.kind != "list_item" or self.sentence_at(offset)[0] > block.start:
            return None
        index = bisect_right(self._block_starts, offset) - 1
        if self._lead_ins is None:
            self._lead_ins = {}
        if index not in self._lead_ins:
            blocks = self.blocks
            first = index
            while first > 0 and blocks[first - 1].kind == "list_item":
                first -= 1
            found = None
            if first > 0 and blocks[first - 1].kind == "paragraph":
                lead = blocks[first - 1]
                if self.prose[lead.start:lead.end].rstrip().endswith(":"):
                    found = self.sentence_at(max(lead.start, lead.end - 1))
            self._lead_ins[index] = found
        return self._lead_ins[index]

    def section_at(self, offset: int) -> tuple[int, int]:
        """The span from the heading that governs ``offset`` to the next heading of its level or above."""
        index = self._index()
        if index is not None:
            return index.section_at(offset)
        return self._section_scan(offset)

    def _index(self) -> "_Index | None":
        """Sorted views of blocks and links for logarithmic look-ups (None if not in order)."""
        if self._lookup is None:
            self._lookup = _Index.of(self)
        return self._lookup or None

    def _section_scan(self, offset: int) -> tuple[int, int]:
        start, level = 0, 0
        for block in self.blocks:
            if block.start > offset:
                break
            if block.kind == "heading":
                start, level = block.start, block.level or 1
        end = len(self.prose)
        for block in self.blocks:
            if block.start > offset and block.kind == "heading" and (level == 0 or (block.level or 1) <= level):
                end = block.start
                break
        return start, end

    def links_in(self, start: int, end: int) -> list[Link]:
        index = self._index()
        if index is not None:
            return index.links_in(start, end)
        return [link for link in self.links if link.start < end and start < link.end]


class _Index:
    """Headings and links sorted by position: a long page must not cost a scan per look-up."""

    def __init__(self, doc: Document) -> None:
        self.prose_len = len(doc.prose)
        headings = [b for b in doc.blocks if b.kind == "heading"]
        self.heading_starts = [b.start for b in headings]
        self.heading_levels = [b.level or 1 for b in headings]
        self.ends: dict[int, int] = {}  # governing heading index -> section end
        self.links = doc.links
        self.link_starts = [link.start for link in doc.links]
        self.link_max_end: list[int] = []  # running maximum of link ends
        for link in doc.links:
            self.link_max_end.append(max(link.end, self.link_max_end[-1] if self.link_max_end else link.end))

    @classmethod
    def of(cls, doc: Document) -> "_Index | bool":
        in_order = all(a.start <= b.start for a, b in zip(doc.blocks, doc.blocks[1:])) and all(
            a.start <= b.start for a, b in zip(doc.links, doc.links[1:]))
        return cls(doc) if in_order else False

    def section_at(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.heading_starts, offset) - 1
        if i < 0:  # before any heading: up to the first heading after the offset
            return 0, self.heading_starts[0] if self.heading_starts else self.prose_len
        end = self.ends.get(i)
        if end is None:
            level, end = self.heading_levels[i], self.prose_len
            for j in range(i + 1, len(self.heading_starts)):
                if self.heading_levels[j] <= level:
                    end = self.heading_starts[j]
                    break
            self.ends[i] = end
        return self.heading_starts[i], end

    def links_in(self, start: int, end: int) -> list[Link]:
        lo = bisect_right(self.link_max_end, start)  # before lo every link ends at or before start
        hi = bisect_left(self.link_starts, end)  # from hi every link starts at or after end
        return [link for link in self.links[lo:hi] if link.start < end and start < link.end]
