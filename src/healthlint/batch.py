"""`healthlint batch`: lint every row of a JSONL or Parquet table on all cores.

Streaming: the input is read line by line (JSONL) or by record batches
(Parquet), rows are grouped into chunks, and at most ``2 * jobs`` chunks are in
flight, so memory stays flat however large the table is. Results are written
in input order.

Restartable: output goes to part files in ``<out>.healthlint-parts/``; every
``checkpoint_seconds`` the current part is closed and recorded in
``state.json``. ``--resume`` skips the chunks already recorded (if the input
and options are unchanged). Only at the end are the parts merged into the
output files and renamed into place, so a failed run never leaves a half
written output, and a finished one never holds a row twice.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import workers
from .workers import FINDING_FIELDS, SUMMARY_FIELDS, RowError, RuleRecipe

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
STATE_VERSION = 1


class BatchError(Exception):
    """Bad input or options: the CLI prints it on one line and exits 2."""


@dataclass(frozen=True)
class Spec:
    input: str
    output: str
    id_column: str
    text_column: str
    format_column: str | None = None
    summary: str | None = None
    format_default: str = "markdown"
    max_chars: int = workers.DEFAULT_MAX_CHARS
    jobs: int = 1
    chunk_rows: int = 100
    chunk_chars: int = 2_000_000
    resume: bool = False
    checkpoint_seconds: float = 30.0


@dataclass
class Stats:
    rows: int = 0
    findings: int = 0
    errors: int = 0
    resumed_rows: int = 0
    seconds: float = 0.0
    outputs: tuple[str, ...] = field(default_factory=tuple)


def summary_path(output: str) -> str:
    """findings.jsonl -> findings.summary.jsonl"""
    root, ext = os.path.splitext(output)
    return f"{root}.summary{ext}"


def _kind(path: str, what: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES or (what == "input" and os.path.isdir(path)):
        return "parquet"
    raise BatchError(f"{path}: cannot tell the {what} format from the suffix "
                     f"(expected {', '.join(JSONL_SUFFIXES + PARQUET_SUFFIXES)})")


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise BatchError("Parquet needs pyarrow: pip install 'healthlint[parquet]'") from None
    return pyarrow


# ---------------------------------------------------------------- reading

class JsonlReader:
    """Objects one per line; blank lines are skipped, a broken line becomes an error row."""

    def __init__(self, path: str, id_column: str, text_column: str, format_column: str | None) -> None:
        self.path, self.columns = path, (id_column, text_column, format_column)
        self.total = None
        self.size = os.path.getsize(path)
        self.position = 0  # bytes read, for progress
        self._check_columns()

    def _check_columns(self) -> None:
        """Fail early, naming the keys there are, if the first object lacks a named column."""
        with open(self.path, "rb") as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    first = json.loads(line.decode("utf-8-sig"))
                except ValueError:
                    return
                if not isinstance(first, dict):
                    return
                for label, name in zip(("id", "text"), self.columns):  # a format may be left out
                    if name not in first:
                        raise BatchError(f"{self.path}: no {label} column '{name}' in the first row "
                                         f"(columns: {', '.join(first) or 'none'})")
                return

    def rows(self) -> Iterator[tuple[int, Any, Any, Any]]:
        id_column, text_column, format_column = self.columns
        row = 0
        with open(self.path, "rb") as handle:
            for number, line in enumerate(handle, 1):
                self.position += len(line)
                if not line.strip():
                    continue
                try:
                    record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
                except UnicodeDecodeError:
                    record = RowError(f"line {number}: not valid UTF-8")
                except ValueError as exc:
                    record = RowError(f"line {number}: not valid JSON ({exc.msg})")
                if not isinstance(record, (dict, RowError)):
                    record = RowError(f"line {number}: not a JSON object")
                if isinstance(record, RowError):
                    yield row, None, record, None
                else:
                    fmt = record.get(format_column) if format_column else None
                    yield row, record.get(id_column), record.get(text_column, RowError(
                        f"line {number}: no '{text_column}' field")), fmt
                row += 1

    def done(self) -> float | None:
        return self.position / self.size if self.size else None

    def fingerprint(self) -> list:
        stat = os.stat(self.path)
        return [os.path.abspath(self.path), stat.st_size, stat.st_mtime_ns]

    def id_type(self):
        return None  # JSON ids have no single type: Parquet output stores them as strings


class ParquetReader:
    """A Parquet file, or a folder of them (read in sorted order), by record batches."""

    TEXT_TYPES = ("string", "large_string", "binary", "large_binary", "string_view", "binary_view")

    def __init__(self, path: str, id_column: str, text_column: str, format_column: str | None) -> None:
        pa = _pyarrow()
        import pyarrow.parquet as pq

        self.path = path
        self.files = sorted(Path(path).rglob("*.parquet")) if os.path.isdir(path) else [Path(path)]
        if not self.files:
            raise BatchError(f"{path}: no .parquet files in this folder")
        self.columns = [c for c in (id_column, text_column, format_column) if c is not None]
        self.total = 0
        self.done_rows = 0
        schema = None
        for file in self.files:
            try:
                meta = pq.ParquetFile(file)
            except (pa.ArrowException, OSError) as exc:
                raise BatchError(f"{file}: not a readable Parquet file ({exc})") from None
            self.total += meta.metadata.num_rows
            schema = schema or meta.schema_arrow
            names = meta.schema_arrow.names
            for label, name in zip(("id", "text", "format"), (id_column, text_column, format_column)):
                if name is not None and name not in names:
                    raise BatchError(f"{file}: no {label} column '{name}' (columns: {', '.join(names)})")
        for label, name in (("text", text_column), ("format", format_column)):
            if name is None:
                continue
            kind = schema.field(name).type
            if pa.types.is_dictionary(kind):  # categorical columns hold their values in a dictionary
                kind = kind.value_type
            if str(kind) not in self.TEXT_TYPES:
                raise BatchError(f"{path}: the {label} column '{name}' holds {schema.field(name).type}, not text")
        self._id_type = schema.field(id_column).type
        self._names = (id_column, text_column, format_column)

    def rows(self) -> Iterator[tuple[int, Any, Any, Any]]:
        import pyarrow.parquet as pq

        id_column, text_column, format_column = self._names
        row = 0
        for file in self.files:
            for batch in pq.ParquetFile(file).iter_batches(batch_size=1024, columns=self.columns):
                ids = batch.column(id_column).to_pylist()
                texts = batch.column(text_column).to_pylist()
                fmts = batch.column(format_column).to_pylist() if format_column else [None] * len(ids)
                for doc_id, text, fmt in zip(ids, texts, fmts):
                    yield row, doc_id, text, fmt
                    row += 1
                self.done_rows = row

    def done(self) -> float | None:
        return self.done_rows / self.total if self.total else None

    def fingerprint(self) -> list:
        return [[os.path.abspath(f), f.stat().st_size, f.stat().st_mtime_ns] for f in self.files]

    def id_type(self):
        return self._id_type


def open_reader(spec: Spec):
    if not os.path.exists(spec.input):
        raise BatchError(f"{spec.input}: no such file or directory")
    reader = JsonlReader if _kind(spec.input, "input") == "jsonl" else ParquetReader
    return reader(spec.input, spec.id_column, spec.text_column, spec.format_column)


def chunks(rows: Iterable[tuple], max_rows: int, max_chars: int) -> Iterator[list[tuple]]:
    """Rows grouped by count or total text size, whichever fills first (deterministic)."""
    chunk: list[tuple] = []
    chars = 0
    for row in rows:
        chunk.append(row)
        text = row[2]
        chars += len(text) if isinstance(text, (str, bytes)) else 0
        if len(chunk) >= max_rows or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


# ---------------------------------------------------------------- writing

class JsonlWriter:
    def __init__(self, path: Path, fields: tuple[str, ...], id_type=None) -> None:
        self.handle = open(path, "w", encoding="utf-8", newline="\n")

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            self.handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")  # dates, decimals

    def close(self) -> None:
        self.handle.close()

    @staticmethod
    def merge(parts: list[Path], target: Path, fields, id_type=None) -> None:
        with open(target, "wb") as out:
            for part in parts:
                with open(part, "rb") as handle:
                    shutil.copyfileobj(handle, out)


def _arrow_schema(fields: tuple[str, ...], id_type):
    pa = _pyarrow()
    types = {"id": id_type or pa.string(), "row": pa.int64(), "status": pa.string(), "error": pa.string(),
             "missing_risk_disclosure": pa.bool_(), "notices": pa.list_(pa.string())}
    ints = {"line", "column", "end_line", "end_column", "findings", "errors", "warnings", "infos",
            *workers.CATEGORIES}
    return pa.schema([(name, types.get(name, pa.int64() if name in ints else pa.string())) for name in fields])


class ParquetWriter:
    """Buffers rows into row groups of about 10,000 rows (bounded memory, still large enough groups)."""

    GROUP = 10_000

    def __init__(self, path: Path, fields: tuple[str, ...], id_type=None) -> None:
        import pyarrow.parquet as pq

        self.schema = _arrow_schema(fields, id_type)
        self.stringify_ids = id_type is None
        self.writer = pq.ParquetWriter(path, self.schema)
        self.buffer: list[dict] = []

    def write(self, rows: list[dict]) -> None:
        if self.stringify_ids:
            for row in rows:
                if row["id"] is not None and not isinstance(row["id"], str):
                    row["id"] = json.dumps(row["id"], ensure_ascii=False)
        self.buffer.extend(rows)
        if len(self.buffer) >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()

    @staticmethod
    def merge(parts: list[Path], target: Path, fields, id_type=None) -> None:
        import pyarrow.parquet as pq

        with pq.ParquetWriter(target, _arrow_schema(fields, id_type)) as writer:
            for part in parts:
                part_file = pq.ParquetFile(part)
                for group in range(part_file.num_row_groups):
                    writer.write_table(part_file.read_row_group(group))


# ---------------------------------------------------------------- running

class _Parts:
    """The work folder: closed part files and the checkpoint that lists them."""

    def __init__(self, spec: Spec, fingerprint: dict, writer_class, id_type) -> None:
        self.folder = Path(spec.output + ".healthlint-parts")
        self.state_path = self.folder / "state.json"
        self.writer_class, self.id_type = writer_class, id_type
        self.ext = os.path.splitext(spec.output)[1]
        self.fingerprint = fingerprint
        self.segments: list[dict] = []
        self.current = None
        self.opened = 0.0
        self.writing = False

    def start(self, resume: bool) -> tuple[int, int]:
        """(chunks, rows) already done: from the checkpoint when resuming, else none."""
        if resume and self.state_path.is_file():
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            if state.get("fingerprint") != self.fingerprint:
                changed = [k for k in self.fingerprint if state.get("fingerprint", {}).get(k) != self.fingerprint[k]]
                raise BatchError(f"cannot resume: {', '.join(changed) or 'the run'} changed since the interrupted "
                                 f"run (run again without --resume to start over)")
            self.segments = state["segments"]
        else:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir()
        return sum(s["chunks"] for s in self.segments), sum(s["rows"] for s in self.segments)

    def _paths(self, index: int) -> tuple[Path, Path]:
        return (self.folder / f"{index:06d}.findings{self.ext}", self.folder / f"{index:06d}.summary{self.ext}")

    def write(self, findings: list[dict], summaries: list[dict], checkpoint_seconds: float) -> None:
        if self.current is None:
            f_path, s_path = self._paths(len(self.segments))
            self.current = {"chunks": 0, "rows": 0,
                            "writers": (self.writer_class(f_path, FINDING_FIELDS, self.id_type),
                                        self.writer_class(s_path, SUMMARY_FIELDS, self.id_type))}
            self.opened = time.monotonic()
        self.writing = True  # a chunk half written must never be checkpointed
        self.current["writers"][0].write(findings)
        self.current["writers"][1].write(summaries)
        self.current["chunks"] += 1
        self.current["rows"] += len(summaries)
        self.writing = False
        if time.monotonic() - self.opened >= checkpoint_seconds:
            self.checkpoint()

    def checkpoint(self) -> None:
        if self.current is None:
            return
        for writer in self.current["writers"]:
            writer.close()
        self.segments.append({"chunks": self.current["chunks"], "rows": self.current["rows"]})
        self.current = None
        temp = self.state_path.with_suffix(".tmp")
        temp.write_text(json.dumps({"version": STATE_VERSION, "fingerprint": self.fingerprint,
                                    "segments": self.segments}), encoding="utf-8")
        os.replace(temp, self.state_path)

    def interrupted(self) -> None:
        """Keep the chunks completed since the last checkpoint, unless one was cut in the middle."""
        if not self.writing:
            self.checkpoint()

    def finish(self, output: str, summary: str) -> None:
        """Merge the parts into the outputs (temp files renamed into place), then drop the folder."""
        self.checkpoint()
        for target, index in ((summary, 1), (output, 0)):
            fields = (FINDING_FIELDS, SUMMARY_FIELDS)[index]
            temp = Path(target + ".healthlint-tmp")
            parts = [self._paths(i)[index] for i in range(len(self.segments))]
            self.writer_class.merge(parts, temp, fields, self.id_type)
            os.replace(temp, target)
        shutil.rmtree(self.folder, ignore_errors=True)


def _init_worker(recipe: RuleRecipe) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    workers.ruleset_for(recipe)


def _lint_chunk(recipe: RuleRecipe, rows: list[tuple], options: workers.Options):
    return workers.lint_rows(recipe, rows, options)


def run(spec: Spec, recipe: RuleRecipe, progress: Callable[[Stats, float | None], None] | None = None) -> Stats:
    """Lint the table ``spec.input`` into ``spec.output`` (+ summary). Raises BatchError on bad input."""
    started = time.monotonic()
    summary = spec.summary or summary_path(spec.output)
    out_kind = _kind(spec.output, "output")
    if _kind(summary, "output") != out_kind:
        raise BatchError(f"{summary}: the summary must have the same format as the output")
    for target in (spec.output, summary):
        folder = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(folder):
            raise BatchError(f"{target}: no such folder '{folder}'")
        if os.path.exists(spec.input) and os.path.abspath(target) == os.path.abspath(spec.input):
            raise BatchError(f"{target}: the output would overwrite the input")
    if spec.format_default not in workers.FORMATS:
        raise BatchError(f"unknown --format-default '{spec.format_default}' (expected one of: "
                         f"{', '.join(workers.FORMATS)})")
    reader = open_reader(spec)
    writer_class = ParquetWriter if out_kind == "parquet" else JsonlWriter
    if writer_class is ParquetWriter:
        _pyarrow()
    options = workers.Options(spec.format_default, spec.max_chars)
    fingerprint = {"input": reader.fingerprint(), "rules": recipe.digest,
                   "options": [spec.id_column, spec.text_column, spec.format_column, spec.format_default,
                               spec.max_chars, spec.chunk_rows, spec.chunk_chars, os.path.abspath(summary)]}
    parts = _Parts(spec, fingerprint, writer_class, reader.id_type())
    skip, skipped_rows = parts.start(spec.resume)
    stats = Stats(rows=skipped_rows, resumed_rows=skipped_rows)

    def consume(result) -> None:
        findings, summaries = result
        parts.write(findings, summaries, spec.checkpoint_seconds)
        stats.rows += len(summaries)
        stats.findings += len(findings)
        stats.errors += sum(1 for s in summaries if s["status"] == "error")
        if progress:
            progress(stats, reader.done())

    todo = chunks(reader.rows(), spec.chunk_rows, spec.chunk_chars)
    for _ in range(skip):
        next(todo, None)
    try:
        if spec.jobs <= 1:
            for chunk in todo:
                consume(_lint_chunk(recipe, chunk, options))
        else:
            _run_pool(spec.jobs, recipe, options, todo, consume)
    except KeyboardInterrupt:
        parts.interrupted()
        raise
    parts.finish(spec.output, summary)
    stats.seconds = time.monotonic() - started
    stats.outputs = (spec.output, summary)
    return stats


def _run_pool(jobs: int, recipe: RuleRecipe, options: workers.Options, todo, consume) -> None:
    """Submit chunks with at most 2 * jobs in flight; consume results in input order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Not fork: the reader's pyarrow threads make forking this process unsafe. Workers start
    # clean and build the rule set once each from the recipe.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(recipe,))
    pending: deque = deque()
    try:
        for chunk in todo:
            pending.append(pool.submit(_lint_chunk, recipe, chunk, options))
            if len(pending) >= 2 * jobs:
                consume(pending.popleft().result())
        while pending:
            consume(pending.popleft().result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Progress:
    """A one-line progress display on stderr, redrawn at most twice a second."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def __call__(self, stats: Stats, done: float | None) -> None:
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        rate = (stats.rows - stats.resumed_rows) / max(now - self.started, 1e-9)
        share = f"{done:6.1%} " if done is not None else ""
        self.stream.write(f"\rhealthlint batch: {share}{stats.rows} rows, {stats.findings} findings, "
                          f"{stats.errors} error rows, {rate:.1f} rows/s ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


__all__ = ["BatchError", "Spec", "Stats", "run", "summary_path", "Progress"]
