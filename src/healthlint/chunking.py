"""Big pages in pieces: lint a huge Markdown or text file without holding it whole.

Files of ``api.BIG_FILE_BYTES`` (1 MiB) or more in Markdown or plain text come
here; HTML is always linted whole. A 20 MB page linted whole holds its text,
prose, markdown-it's token list, a parse tree and some 100,000 findings at
once (about 36x its size). Here the file is read once and cut into pieces of about :data:`TARGET` characters at
places where the cut changes nothing (:class:`Splitter`); each piece is parsed
and linted as its own Document (in worker processes with ``jobs`` > 1), and
its findings are moved to the original file's lines and offsets. What spans
the page is carried from piece to piece:

- suppression directives are read first, from the pieces that may hold them,
  through one :class:`~healthlint.suppression.Tracker` in page order (a
  disable may be closed many pieces later), and every piece gets the page's
  suppressions (it drops suppressed findings, then merges one finding per claim);
- document rules (kind: document) combine :class:`Facts` of every piece and
  fire once, at the page's first trigger; context rules with a ``document``
  scope are decided from every piece's cues, and their findings are kept or
  dropped at the end;
- Markdown link reference definitions and the "has a reference list" answer
  (footnote citations) are gathered in a first pass over the pieces that may
  hold them, and handed to every piece.

Findings are spooled to an anonymous temporary file in page order, so that a
document finding decided at the end can be merged in at its trigger and the
reporter can stream them out (see :class:`SpooledFindings`).
"""
from __future__ import annotations

import bisect
import codecs
import heapq
import os
import pickle
import re
import tempfile
from collections import deque
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import IO, Callable, Iterator

from . import suppression
from .document import Document, normalise_newlines
from . import engine, policies
from .engine import LintResult, _span_findings, document_finding
from .findings import Finding, Notice
from .matchers.base import RuleTimeout, SpanMatcher, document_deadline, search
from .matchers.classifier import ModelError
from .matchers.document import Facts
from .parsers import text as text_parser
from .rules.ruleset import RuleSet

TARGET = 64 * 1024  # characters per piece: the first good cut after this many is taken (smaller: less held per worker)
_READ = 1 << 20
_SNIFF = 8192
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 and UTF-32 both start so

_ATX = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_LIST_NUMBER = re.compile(r"\d{1,9}[.)]")
_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)]|>)[ \t]+\S")
# could start a short "References"/"Sources"/... block (policies.cited then trusts footnotes)
_REF_LIST = re.compile(r"[\s#>*_\[]*(?:<[^>\n]*>[\s*_]*)*(?:references?|sources?|citations?|bibliography|"
                       r"works cited|notes)\b", re.IGNORECASE)
# a piece may start only with a line that cannot continue a block or a container
_NO_START = frozenset(" \t\n\r-+*>|<`~=_[!:\u00a0\u3000")


# -- cutting ------------------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """One piece of the page: where its text is in the spool, where it was in the page."""

    index: int
    pos: int  # byte offset of its UTF-8 text in the text spool
    size: int  # bytes
    line_base: int  # lines of the page before it
    offset_base: int  # characters (newline-normalised, BOM dropped) before it
    lines: int  # its line count (a piece ends just after a newline, except the last)
    defines: bool  # a line has "]:" (may define a link reference)
    ref_list: bool  # a line may start a reference-list heading
    directs: bool = False  # a line has "healthlint-" (may hold a suppression directive)


class Splitter:
    """Decides, line by line, where a new piece may start without changing the parse.

    A cut is made before a line that follows a blank line, outside fenced code,
    raw HTML blocks (script, pre, comments...) and front matter, and that
    cannot continue a list, quote, table or indented code (no indent, no
    marker). A heading that closes every open section is preferred, so
    ``section`` scopes stay whole; past ``hard`` (4x ``target``) characters any such line
    will do, and so will a list item or a quote (a list cut in two reads the
    same). Plain text is cut the same way: before a line that reads as a heading
    (see :mod:`healthlint.parsers.text`), or past ``hard`` before any paragraph.
    """

    def __init__(self, fmt: str, target: int, hard: int | None = None) -> None:
        self.markdown = fmt == "markdown"
        self.target = target
        self.hard = 4 * target if hard is None else hard
        self.size = 0  # characters in the current piece
        self.first = True
        self.prev_blank = False
        self.prev_para = False
        self.fence: tuple[str, int] | None = None
        self.html_close: re.Pattern[str] | None = None  # how the open raw HTML block ends
        self.front: int = 0  # dashes of an open front matter
        self.sections: list[int] = []  # levels of the headings whose sections are open

    def cut_before(self, line: str) -> bool:
        """Feed one line (with its newline); True if a new piece starts with it."""
        cut = False
        if self.size >= self.target and self.prev_blank and not self.first:
            if not self.markdown:
                # before a heading, so sections stay whole; past ``hard`` before any paragraph
                # (a list item stays with its list and the lead-in above it)
                body = line.strip()
                if body and not text_parser.LIST_ITEM.match(line):
                    cut = text_parser.is_heading(body) or self.size >= self.hard
                else:
                    cut = bool(body) and self.size >= self.hard
            elif self.fence is None and self.html_close is None and not self.front:
                if line[0] not in _NO_START and not _LIST_NUMBER.match(line):
                    level = self._atx(line)
                    cut = (level and all(open_ >= level for open_ in self.sections)) or self.size >= self.hard
                else:  # a long list or quote: a new one starting here reads the same
                    cut = self.size >= self.hard and bool(_ITEM.match(line))
        if cut:
            self.size = 0
        self.size += len(line)
        if self.markdown:
            self._track(line)
        else:
            self.prev_blank = not line.strip()
        self.first = False
        return cut

    @staticmethod
    def _atx(line: str) -> int:
        if line[0] != "#" or not _ATX.match(line):
            return 0
        return len(line) - len(line.lstrip("#"))

    def _heading(self, level: int) -> None:
        while self.sections and self.sections[-1] >= level:
            self.sections.pop()
        self.sections.append(level)

    def _track(self, line: str) -> None:
        blank = not line.strip()
        if self.first and line.startswith("---"):
            self.front = len(line) - len(line.lstrip("-"))
        elif self.front:
            body = line.lstrip(" ")
            if (len(line) - len(body) < 4 and body.startswith("-" * self.front) and not body.lstrip("-").strip()) \
                    or (line.startswith("...") and not line[3:].strip()):
                self.front = 0
        elif self.fence is not None:
            m = _FENCE.match(line)
            if m and m.group(1)[0] == self.fence[0] and len(m.group(1)) >= self.fence[1] and not m.group(2).strip():
                self.fence = None
        elif self.html_close is not None:
            if self.html_close.search(line.lstrip(" \t").rstrip("\r\n")):
                self.html_close = None
        elif not blank:
            self._block_start(line)
        self.prev_para = not blank and self.fence is None and self.html_close is None and not self.front
        self.prev_blank = blank

    def _block_start(self, line: str) -> None:
        head = line.lstrip(" ")
        if len(line) - len(head) > 3:
            return
        first = head[0]
        if first in "`~":
            m = _FENCE.match(line)
            if m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
                self.fence = (m.group(1)[0], len(m.group(1)))
        elif first == "<":
            self._html_start(line)
        elif first == "#":
            level = self._atx(head)
            if level:
                self._heading(level)
        elif first in "=-" and self.prev_para and _SETEXT.match(line):
            self._heading(1 if first == "=" else 2)

    def _html_start(self, line: str) -> None:
        """A raw HTML block starting here, by markdown-it's own rules (the parse a cut must not change):
        <script>, comments... end at their closing mark, a block tag such as <div> at a blank line."""
        text = line.lstrip(" ").rstrip("\r\n")
        for opening, closing, interrupts in _html_sequences():
            if opening.search(text):
                if not interrupts and self.prev_para:
                    return  # this kind cannot interrupt a paragraph: the line is paragraph text
                self.html_close = None if closing.search(text) else closing
                return


def _html_sequences() -> list:
    from markdown_it.rules_block.html_block import HTML_SEQUENCES

    return HTML_SEQUENCES


class NotUtf8(Exception):
    """The file is not plain UTF-8: it is linted (that is, reported) by the whole-file path."""


def _decoded_lines(handle: IO[bytes]) -> Iterator[str]:
    """The file's lines, decoded strictly (BOM dropped), newlines normalised, each with its newline."""
    head = handle.read(_SNIFF)
    if head.startswith(_WIDE_BOMS) or b"\x00" in head:
        raise NotUtf8()
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    carry = ""
    data = head
    while True:
        final = not data
        try:
            text = carry + decoder.decode(data, final)
        except UnicodeDecodeError:
            raise NotUtf8() from None
        if data is head and text.startswith("\ufeff"):
            text = text[1:]  # what parsers.parse does after decoding: a second BOM goes too
        carry = ""
        if not final and text.endswith("\r"):
            text, carry = text[:-1], "\r"
        text = normalise_newlines(text)
        lines = text.split("\n")
        carry = lines.pop() + carry  # an unfinished line waits for the next read
        for line in lines:
            yield line + "\n"
        if final:
            break
        data = handle.read(_READ)
    if carry:
        yield carry


def split(handle: IO[bytes], fmt: str, spool: IO[bytes], target: int, hard: int | None = None) -> list[Piece]:
    """Cut the file into pieces whose UTF-8 text goes to ``spool``; NotUtf8 if it is not UTF-8."""
    splitter = Splitter(fmt, target, hard)
    pieces: list[Piece] = []
    buf: list[str] = []
    state = {"line": 0, "offset": 0, "defines": False, "ref_list": False, "directs": False}

    def flush() -> None:
        if not buf:
            return
        text = "".join(buf)
        data = text.encode("utf-8", "surrogatepass")
        pos = spool.tell()
        spool.write(data)
        pieces.append(Piece(len(pieces), pos, len(data), state["line"], state["offset"], len(buf),
                            state["defines"], state["ref_list"], state["directs"]))
        state["line"] += len(buf)
        state["offset"] += len(text)
        state["defines"] = state["ref_list"] = state["directs"] = False
        buf.clear()

    for line in _decoded_lines(handle):
        if splitter.cut_before(line):
            flush()
        buf.append(line)
        if "]:" in line:
            state["defines"] = True
        if "healthlint-" in line:
            state["directs"] = True
        if len(line) < 300 and _REF_LIST.match(line):
            state["ref_list"] = True
    flush()
    return pieces


def piece_text(spool: IO[bytes], piece: Piece) -> str:
    return os.pread(spool.fileno(), piece.size, piece.pos).decode("utf-8", "surrogatepass")


# -- linting one piece --------------------------------------------------------
@dataclass
class PieceResult:
    """What one piece gave, in page coordinates; picklable (it comes back from workers)."""

    findings: list[Finding]  # suppressed ones dropped, one per claim, sorted
    notices: list[Notice]
    facts: dict[str, Facts | None]  # document rule id -> facts (None: timed out)
    cues: dict[str, list[tuple[bool, bool]]]  # page-scoped rule id -> per page context: (absent cue, present cue)
    lines: dict[int, str]


@dataclass(frozen=True)
class PageContext:
    """What every piece must know about the whole page."""

    path: str
    fmt: str
    references: dict = field(default_factory=dict)  # Markdown link definitions, first one wins
    has_reference_list: bool | None = None  # None: never asked (no footnote can resolve)
    total_lines: int = 0
    suppressions: suppression.Suppressions | None = None  # the page's, in page lines (None: no directive)


_PAGE_SCOPES = frozenset({"document"})  # context scopes decided over the whole page, not per piece


def _contexts(matcher) -> list:
    """A context rule's contexts (each with scope, absent, present); [] for other rules."""
    if not hasattr(matcher, "absent"):
        return []
    return list(getattr(matcher, "contexts", None) or [matcher])  # one context: the matcher holds it


def page_scoped(ruleset: RuleSet) -> frozenset[str]:
    """Context rules with a context on the whole page."""
    return frozenset(r.id for r in ruleset.active if any(c.scope in _PAGE_SCOPES for c in _contexts(r.matcher)))


def parse_piece(text: str, ctx: PageContext, env: dict | None = None) -> Document:
    if ctx.fmt == "markdown":
        from .parsers import markdown

        return markdown.parse(text, ctx.path, {"references": dict(ctx.references)} if env is None else env)
    from .parsers import text as plain

    return plain.parse(text, ctx.path)


def lint_piece(text: str, piece: Piece, ctx: PageContext, ruleset: RuleSet) -> PieceResult:
    """One piece linted like a page, except what needs the whole page (see the module doc)."""
    doc = parse_piece(text, ctx)
    if ctx.has_reference_list is not None:
        policies.know_reference_list(doc, ctx.has_reference_list)
    scoped = page_scoped(ruleset)
    candidates = engine.candidates_for(doc)

    def timed_out(rule) -> Notice:
        return Notice(ctx.path, 0, 0, f"rule {rule.id} timed out on this file and was skipped "
                                      f"(its pattern backtracks catastrophically: {rule.source})", "error")

    notices: list[Notice] = []
    found: list[Finding] = []
    facts: dict[str, Facts | None] = {}
    cues: dict[str, list[tuple[bool, bool]]] = {}
    for rule in ruleset.active:
        try:
            if rule.is_document_rule:
                try:
                    facts[rule.id] = rule.matcher.facts(doc, candidates(rule))
                except TimeoutError:
                    facts[rule.id] = None
                    notices.append(timed_out(rule))
                continue
            matches = None
            if rule.id in scoped:  # page contexts are decided at the end, from the cues of every piece
                matches, cues[rule.id] = _scoped_matches(rule.matcher, doc, candidates(rule))
            found.extend(_span_findings(doc, rule, candidates(rule), matches))
        except RuleTimeout:
            notices.append(timed_out(rule))
        except ModelError as exc:  # a sentence model gone or spoilt since its rule set was cached
            notices.append(Notice(ctx.path, 0, 0, f"rule {rule.id} was skipped: {exc}", "error"))
    lb, ob = piece.line_base, piece.offset_base
    if ctx.suppressions is not None:
        covers = ctx.suppressions.covers
        found = [f for f in found if not covers(_moved(f, lb, ob))]
    merge = getattr(engine, "one_per_claim", None)  # claims are sentences: never cut by a piece
    if merge is not None:
        found = merge(doc, found, ruleset.merge, ruleset.secondary)
    found.sort()
    lines = {line: doc.line_text(line) for line in {f.line for f in found}}
    return PieceResult(
        findings=[_moved(f, lb, ob) for f in found],
        notices=[Notice(n.path, n.line + lb if n.line else 0, n.column, n.message, n.level) for n in notices],
        facts=facts,
        cues=cues,
        lines={line + lb: text for line, text in lines.items()},
    )


def _scoped_matches(matcher, doc: Document, candidates) -> tuple[list, list[tuple[bool, bool]]]:
    """The matches its piece-local contexts allow, and the piece's cues for each page context."""
    from .matchers.context import admits

    contexts = _contexts(matcher)
    local = [c for c in contexts if c.scope not in _PAGE_SCOPES]
    deadline = document_deadline(doc)
    whole = (0, len(doc.prose))
    try:
        cues = [(_found(c.absent, doc.prose, candidates, whole, deadline),
                 _found(c.present, doc.prose, candidates, whole, deadline)) for c in contexts if c.scope in _PAGE_SCOPES]
        verdicts: dict[tuple, bool] = {}
        matches = [(start, end) for start, end in SpanMatcher.find(matcher, doc, candidates)
                   if admits(local, doc, start, verdicts, candidates, deadline)]
    except TimeoutError:
        raise RuleTimeout() from None
    return matches, cues


def _found(union, prose: str, candidates, scope: tuple[int, int], deadline: float) -> bool:
    return union is not None and search(union, prose, candidates, scope[0], scope[1], deadline) is not None


_FIELDS = [f.name for f in fields(Finding)]
_LINE, _END_LINE, _START, _END = (_FIELDS.index(name) for name in ("line", "end_line", "start", "end"))
_values = attrgetter(*_FIELDS)


def _moved(f: Finding, line_base: int, offset_base: int) -> Finding:
    """``replace(f, ...)`` with the page's line and offset (built positionally: replace() costs 4x more)."""
    if not line_base and not offset_base:
        return f
    values = list(_values(f))
    values[_LINE] += line_base
    values[_END_LINE] += line_base
    values[_START] += offset_base
    values[_END] += offset_base
    return Finding(*values)


# -- the page -----------------------------------------------------------------
class SpooledFindings:
    """A page's findings in order, read back from the spool each time they are iterated."""

    def __init__(self, files: list[IO[bytes]], blocks: list[tuple[int, int, int]], count: int, drop: frozenset[str],
                 extra: list[Finding], lines: "SpooledLines", rendered: "Rendered | None" = None) -> None:
        self._files, self._blocks, self._count = files, blocks, count  # the files keep the blocks' fds open
        self._drop, self._extra, self._lines = drop, sorted(extra), lines
        self._rendered = rendered

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator[Finding]:
        return heapq.merge(self._spooled(), self._extra)

    def _spooled(self) -> Iterator[Finding]:
        for fd, pos, size in self._blocks:  # read at offsets: two iterations never disturb each other
            findings, lines = pickle.loads(os.pread(fd, size, pos))
            self._lines.current = lines
            for f in findings:
                if f.rule not in self._drop:
                    yield f

    def rendered(self, render: Callable[[Finding], str]) -> Iterator[list[str]] | None:
        """The findings as ``render(finding)`` writes each, a block at a time, in the order of iteration, if
        they were rendered so while the page was linted (see :class:`Rendered`); None otherwise."""
        if self._rendered is None or self._rendered.render is not render:
            return None
        return self._rendered_blocks()

    def _rendered_blocks(self) -> Iterator[list[str]]:
        rendered, drop = self._rendered, self._drop
        placed = self._placed_extra()
        for b, (fd, pos, size) in enumerate(rendered.blocks):
            rules, texts = pickle.loads(os.pread(fd, size, pos))
            here = placed.get(b)
            if here is None and not drop:
                yield texts
                continue
            out: list[str] = []
            here = here or []
            k = 0
            for i, (rule, text) in enumerate(zip(rules, texts)):
                while k < len(here) and here[k][0] == i:
                    out.append(here[k][1])
                    k += 1
                if rule not in drop:
                    out.append(text)
            out.extend(text for _, text in here[k:])
            yield out
        if None in placed:
            yield [text for _, text in placed[None]]

    def _placed_extra(self) -> dict[int | None, list[tuple[int, str]]]:
        """Where iteration puts each document finding (``heapq.merge``: after the spooled ones equal to it):
        block -> [(index among the block's spooled findings, its rendering)], None: after every block."""
        placed: dict[int | None, list[tuple[int, str]]] = {}
        if not self._extra:
            return placed
        rendered = self._rendered
        heads = [(f, b) for b, f in enumerate(rendered.heads) if f is not None]
        keys = [f for f, _ in heads]
        for e in self._extra:
            at = bisect.bisect_right(keys, e) - 1
            if at < 0:
                where = (heads[0][1], 0) if heads else (None, 0)
            else:
                b = heads[at][1]
                fd, pos, size = self._blocks[b]
                findings, _ = pickle.loads(os.pread(fd, size, pos))
                where = (b, bisect.bisect_right(findings, e))
            placed.setdefault(where[0], []).append((where[1], rendered.render(e)))
        return placed


@dataclass
class Rendered:
    """A page's findings rendered by a reporter's ``render(finding) -> str`` as each piece came in, while
    workers lint the next ones (so writing a huge page's report is no serial tail after linting). Each
    block (spool fd, offset, size) holds a piece's (rule ids, renderings); ``heads`` its first finding."""

    render: Callable[[Finding], str]
    blocks: list[tuple[int, int, int]] = field(default_factory=list)
    heads: list[Finding | None] = field(default_factory=list)


class SpooledLines:
    """``result.lines`` of a spooled page: the source lines of the findings being read."""

    def __init__(self, extra: dict[int, str]) -> None:
        self.current: dict[int, str] = {}
        self.extra = extra  # the lines of document findings, merged in from elsewhere

    def get(self, line: int, default: str = "") -> str:
        found = self.current.get(line)
        return found if found is not None else self.extra.get(line, default)

    def __getitem__(self, line: int) -> str:
        found = self.get(line, None)  # type: ignore[arg-type]
        if found is None:
            raise KeyError(line)
        return found

    def __contains__(self, line: object) -> bool:
        return line in self.current or line in self.extra


def materialised(result: LintResult) -> LintResult:
    """A spooled result as a plain one (to send it to another process); others unchanged."""
    if isinstance(result.findings, tuple):
        return result
    findings, lines = [], {}
    for f in result.findings:
        findings.append(f)
        lines[f.line] = result.lines.get(f.line, "")
    return LintResult(result.path, tuple(findings), result.notices, lines, result.source)


@dataclass
class Packed:
    """A piece's result as the page takes it, made where the piece was linted (in a worker with ``jobs``
    > 1): its findings already pickled into that process's spool file (and rendered), so the parent,
    which takes every piece's result in turn, neither unpickles nor re-pickles 1,400 findings a piece,
    and they never travel through a pipe."""

    spool: str | None  # the path of the spool file written (None: the page's own spool)
    block: tuple[int, int]  # (offset, size) of the pickle of (findings, {line: source line})
    rendered: tuple[int, int] | None  # (offset, size) of the pickle of (rule ids, renderings), with a renderer
    head: Finding | None  # the first finding
    by_rule: dict[str, int]
    triggers: dict[str, dict[str | None, Finding]]  # document rule id -> {key: first trigger in the piece}
    trigger_lines: dict[int, str]
    notices: list[Notice]
    facts: dict[str, Facts | None]
    cues: dict[str, list[tuple[bool, bool]]]


class Packer:
    """Makes a :class:`Packed` of a :class:`PieceResult`, writing its findings to ``spool``."""

    def __init__(self, ruleset: RuleSet, render: Callable[[Finding], str] | None,
                 spool: IO[bytes], path: str | None = None) -> None:
        self.document_rules = [(r.id, r.matcher.categories, r.matcher.min_severity)
                               for r in ruleset.active if r.is_document_rule]
        self.scoped = page_scoped(ruleset)
        self.render = render
        self.spool, self.path = spool, path

    def _dump(self, value) -> tuple[int, int]:
        pos = self.spool.tell()
        pickle.dump(value, self.spool, pickle.HIGHEST_PROTOCOL)  # streamed in frames: no copy of it all
        return pos, self.spool.tell() - pos

    def pack(self, result: PieceResult) -> Packed:
        kept = result.findings  # suppressed ones were dropped in the piece (the page's suppressions)
        scoped = self.scoped
        triggers: dict[str, dict[str | None, Finding]] = {}
        for rule_id, categories, min_severity in self.document_rules:
            firsts = triggers[rule_id] = {}
            for f in kept:
                key = f.rule if f.rule in scoped else None
                if key in firsts or f.category not in categories or f.severity < min_severity:
                    continue
                firsts[key] = f
                if not scoped:
                    break  # None is the only key
        by_rule: dict[str, int] = {}
        for f in kept:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
        lines = result.lines
        block = self._dump((kept, {f.line: lines[f.line] for f in kept}))
        rendered = None
        if self.render is not None:
            render = self.render
            rendered = self._dump(([f.rule for f in kept], [render(f) for f in kept]))
        self.spool.flush()  # the parent reads it as soon as it has this result
        trigger_lines = {f.line: lines[f.line] for firsts in triggers.values() for f in firsts.values()}
        return Packed(self.path, block, rendered, kept[0] if kept else None, by_rule, triggers, trigger_lines,
                      result.notices, result.facts, result.cues)


class _Page:
    """Combines piece results in page order: suppressions, triggers, facts, cues, spool."""

    def __init__(self, ruleset: RuleSet, ctx: PageContext, render: Callable[[Finding], str] | None = None) -> None:
        self.ctx = ctx
        self.rendered = Rendered(render) if render is not None else None
        self.document_rules = [r for r in ruleset.active if r.is_document_rule]
        self.scoped = page_scoped(ruleset)
        self.scoped_rules = {r.id: r for r in ruleset.active if r.id in self.scoped}
        self.spool = tempfile.TemporaryFile(prefix="healthlint-findings-")
        self.files: list[IO[bytes]] = [self.spool]  # the spool, and workers' spool files (opened, then deleted)
        self.fds: dict[str | None, int] = {None: self.spool.fileno()}
        self.blocks: list[tuple[int, int, int]] = []  # (fd, offset, size) of each piece's pickled findings
        self.by_rule: dict[str, int] = {}
        self.notices: set[Notice] = set()
        self.facts: dict[str, Facts | None] = {}
        self.cues: dict[str, list[tuple[bool, bool]]] = {}
        # document rule id -> {None or page-scoped rule id: (first trigger, would it be suppressed)}
        self.triggers: dict[str, dict[str | None, tuple[Finding, bool]]] = {r.id: {} for r in self.document_rules}
        self.trigger_lines: dict[int, str] = {}

    def add(self, packed: Packed) -> None:
        covers = self.ctx.suppressions.covers if self.ctx.suppressions is not None else (lambda f: False)
        self.notices.update(packed.notices)
        for rule_id, facts in packed.facts.items():
            if rule_id in self.facts and self.facts[rule_id] is None:
                continue
            before = self.facts.get(rule_id)
            self.facts[rule_id] = None if facts is None else (facts if before is None else before | facts)
        for rule_id, cues in packed.cues.items():
            before = self.cues.get(rule_id) or [(False, False)] * len(cues)
            self.cues[rule_id] = [(a or a2, p or p2) for (a, p), (a2, p2) in zip(before, cues)]
        for rule in self.document_rules:
            firsts = self.triggers[rule.id]
            for key, f in packed.triggers[rule.id].items():
                if key not in firsts:
                    firsts[key] = (f, covers(document_finding(rule, f, [])))
                    self.trigger_lines[f.line] = packed.trigger_lines[f.line]
        for rule_id, n in packed.by_rule.items():
            self.by_rule[rule_id] = self.by_rule.get(rule_id, 0) + n
        fd = self.fds.get(packed.spool)
        if fd is None:
            handle = open(packed.spool, "rb")  # type: ignore[arg-type]
            self.files.append(handle)
            fd = self.fds[packed.spool] = handle.fileno()
        self.blocks.append((fd, *packed.block))
        if self.rendered is not None:
            if packed.rendered is None:
                raise ValueError("a piece was packed without the page's renderer")
            self.rendered.blocks.append((fd, *packed.rendered))
            self.rendered.heads.append(packed.head)

    def result(self) -> LintResult:
        drop = frozenset(rule_id for rule_id in self.scoped if not self._allowed(rule_id))
        extra: list[Finding] = []
        for rule in self.document_rules:
            facts = self.facts.get(rule.id)
            if facts is None:
                continue  # timed out somewhere (its notice is kept), or no piece at all
            firsts = [t for key, t in self.triggers[rule.id].items() if key is None or key not in drop]
            if not firsts:
                continue
            trigger, suppressed = min(firsts)
            verdict = rule.matcher.decide(trigger, facts)
            if verdict is not None and not suppressed:
                extra.append(document_finding(rule, *verdict))
        count = sum(n for rule_id, n in self.by_rule.items() if rule_id not in drop) + len(extra)
        lines = SpooledLines({f.line: self.trigger_lines[f.line] for f in extra})
        findings = SpooledFindings(self.files, self.blocks, count, drop, extra, lines, self.rendered)
        self.spool.flush()
        return LintResult(self.ctx.path, findings, tuple(sorted(self.notices)), lines)  # type: ignore[arg-type]

    def _allowed(self, rule_id: str) -> bool:
        """A page-scoped context rule's verdict, from the cues of every piece."""
        contexts = [c for c in _contexts(self.scoped_rules[rule_id].matcher) if c.scope in _PAGE_SCOPES]
        cues = self.cues.get(rule_id) or [(False, False)] * len(contexts)
        return all(not absent and (c.present is None or present) for c, (absent, present) in zip(contexts, cues))


def lint_big_file(path: str, fmt: str, ruleset: RuleSet, *, jobs: int = 1, target: int | None = None,
                  hard: int | None = None, render: Callable[[Finding], str] | None = None) -> LintResult | None:
    """Lint a file in pieces (None if it is not plain UTF-8: the caller lints it whole and reports).

    ``target`` and ``hard`` (characters) default to :data:`TARGET` and 4x it. With ``render``
    (a reporter's one-finding renderer) findings are also rendered as they come in:
    ``result.findings.rendered(render)`` gives them back so.
    """
    target = TARGET if target is None else target
    text_spool = tempfile.TemporaryFile(prefix="healthlint-text-")
    try:
        with open(path, "rb") as handle:
            pieces = split(handle, fmt, text_spool, target, hard)
    except NotUtf8:
        text_spool.close()
        return None
    text_spool.flush()
    total = pieces[-1].line_base + pieces[-1].lines if pieces else 0
    ctx = PageContext(path, fmt, total_lines=total)
    ctx, notices = _page_wide(ctx, pieces, text_spool, ruleset.known_names)
    page = _Page(ruleset, ctx, render)
    page.notices.update(notices)
    for packed in _lint_pieces(pieces, text_spool, ctx, ruleset, jobs, render, page):
        page.add(packed)
    text_spool.close()
    return page.result()


def _page_wide(ctx: PageContext, pieces: list[Piece], spool: IO[bytes],
               known_names: frozenset[str]) -> tuple[PageContext, list[Notice]]:
    """Link definitions, the reference-list answer and the suppressions, from the pieces that may hold them.

    Suppressions are known before any piece is linted, so each piece drops its
    suppressed findings first and merges claims after, as a whole page does.
    """
    references: dict = {}
    for piece in pieces:
        if piece.defines and ctx.fmt == "markdown":
            env: dict = {}
            parse_piece(piece_text(spool, piece), ctx, env)
            for label, ref in env.get("references", {}).items():
                references.setdefault(label, ref)
    ctx = PageContext(ctx.path, ctx.fmt, references, None, ctx.total_lines)
    from .policies import _has_references

    answer = False
    for piece in pieces:
        if piece.ref_list and _has_references(parse_piece(piece_text(spool, piece), ctx)):
            answer = True
            break
    tracker = suppression.Tracker()
    notices: list[Notice] = []
    for piece in pieces:
        if not piece.directs:
            continue
        doc = parse_piece(piece_text(spool, piece), ctx)
        last = piece.line_base + piece.lines < ctx.total_lines  # not the last piece
        found, problems = suppression.directives(doc, known_names, doc.text.count("\n") + 1 if last else None)
        lb = piece.line_base
        for d in found:
            tracker.feed(suppression.Directive(d.kind, d.keys, d.line + lb, d.target + lb if d.target else 0))
        notices.extend(Notice(n.path, n.line + lb if n.line else 0, n.column, n.message, n.level) for n in problems)
    seen = bool(tracker.open or tracker.ranges or tracker.single)
    return PageContext(ctx.path, ctx.fmt, references, answer, ctx.total_lines,
                       tracker.suppressions(max(ctx.total_lines, 1)) if seen else None), notices


def _lint_pieces(pieces: list[Piece], spool: IO[bytes], ctx: PageContext, ruleset: RuleSet,
                 jobs: int, render: Callable[[Finding], str] | None, page: _Page) -> Iterator[Packed]:
    if jobs <= 1 or len(pieces) < 2:
        packer = Packer(ruleset, render, page.spool)
        for piece in pieces:
            yield packer.pack(lint_piece(piece_text(spool, piece), piece, ctx, ruleset))
        return
    import multiprocessing
    import shutil
    import sys
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    folder = tempfile.mkdtemp(prefix="healthlint-pieces-")  # a spool file per worker
    try:
        with ProcessPoolExecutor(min(jobs, len(pieces)), mp_context=context, initializer=_worker_init,
                                 initargs=(ruleset, ctx, render, folder)) as pool:
            window: deque = deque()
            for piece in pieces:  # a bounded window: the page is never all in flight
                window.append(pool.submit(_worker_lint, piece_text(spool, piece), piece))
                if len(window) >= 2 * jobs:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
    finally:  # the files the page opened stay readable until it closes them (POSIX)
        shutil.rmtree(folder, ignore_errors=True)


_WORKER: tuple[RuleSet, PageContext, Packer] | None = None


def _worker_init(ruleset: RuleSet, ctx: PageContext, render: Callable[[Finding], str] | None, folder: str) -> None:
    global _WORKER
    path = os.path.join(folder, f"{os.getpid()}.spool")
    _WORKER = (ruleset, ctx, Packer(ruleset, render, open(path, "w+b"), path))


def _worker_lint(text: str, piece: Piece) -> Packed:
    assert _WORKER is not None
    ruleset, ctx, packer = _WORKER
    return packer.pack(lint_piece(text, piece, ctx, ruleset))
