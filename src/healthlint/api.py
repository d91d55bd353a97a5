"""The library entry points shared by the CLI, the language server and batch engines."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from .engine import LintResult, lint_document
from .findings import Notice
from .rules.ruleset import RuleSet
from .sources import Source


def load_rules(profile: str = "us", extra: Iterable[str] = ()) -> RuleSet:
    from .rules.loader import load_rules as _load

    return _load(profile, extra)


def configured_rules(config, extra: Iterable[str] = ()) -> RuleSet:
    """The rule set a config asks for (profile, extra rules, select/ignore/severity).

    Names in select/ignore/severity that no rule or category has are the
    config's error (SourceError naming the file and line), not silently ignored.
    """
    from .config import key_line
    from .yamlsrc import SourceError

    ruleset = load_rules(config.profile, list(config.extra_rule_paths()) + list(extra))
    for option, names in (("select", config.select), ("ignore", config.ignore), ("severity", list(config.severity))):
        unknown = ruleset.unknown(names)
        if unknown:
            where = config.source or "the command line"
            raise SourceError(where, f"unknown rule or category '{unknown[0]}' in {option}",
                              key_line(config.source, option))
    return ruleset.configured(config.select, config.ignore, config.severity, config.merge_findings)


def parse(text: str, format: str = "markdown", path: str = "<stdin>"):
    from .parsers import parse as _parse

    return _parse(text, format, path)


def lint_text(text: str, ruleset: RuleSet, *, format: str = "markdown", path: str = "<stdin>",
              keep_source: bool = False) -> LintResult:
    """Lint one document's text; findings come back as plain values.
    ``keep_source`` puts the normalised text in the result (for reporters that show it)."""
    return lint_document(parse(text, format, path), ruleset, keep_source=keep_source)


def lint_source(source: Source, ruleset: RuleSet, *, keep_source: bool = False) -> LintResult:
    return lint_text(source.text, ruleset, format=source.format, path=source.path, keep_source=keep_source)


# Below this much text, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 256 * 1024


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def lint_files(paths: Iterable[tuple[str, str | None]], ruleset: RuleSet, *, jobs: int = 1,
               progress: Callable[[int, int], None] | None = None,
               keep_source: bool = False, render: Callable | None = None) -> Iterator[LintResult]:
    """Lint (path, format) pairs from disk, in the order given; unreadable files yield a result holding only a notice.

    With ``jobs`` > 1 and enough text, files are spread over that many worker
    processes; results are the same and come back in the same order.
    ``progress(done, total)`` is called after each file. ``render`` (a reporter's
    one-finding renderer, see :func:`lint_file`) is used only for a huge page linted here.
    """
    paths = list(paths)
    total = len(paths)
    workers = min(jobs, total)
    if workers > 1 and _total_size(paths) >= PARALLEL_MIN_BYTES:
        results: Iterable[LintResult] = _parallel(paths, ruleset, workers, keep_source)
    else:  # a huge page among them is linted in pieces, over the same number of processes
        results = (lint_file(path, fmt, ruleset, keep_source=keep_source, jobs=jobs, render=render)
                   for path, fmt in paths)
    for done, result in enumerate(results, 1):
        if progress is not None:
            progress(done, total)
        yield result


def lint_file(path: str, fmt: str | None, ruleset: RuleSet, *, keep_source: bool = False,
              jobs: int = 1, render: Callable | None = None) -> LintResult:
    """One file from disk; an unreadable one gives a result holding only a notice.

    A huge Markdown or text file is linted in pieces (chunking.py): its findings
    are then read back from a temporary file each time they are iterated, and with
    ``render`` they are also rendered as they come in (``result.findings.rendered(render)``).
    """
    from .sources import format_for, read

    if not keep_source:
        big = _lint_big(path, fmt or format_for(path) or "text", ruleset, jobs, render)
        if big is not None:
            return big

    source, notice = read(path, fmt)
    if source is None:
        return LintResult(path, (), (notice,) if notice else ())
    result = lint_source(source, ruleset, keep_source=keep_source)
    if notice is not None:
        result = replace(result, notices=(notice,) + result.notices)
    return result


# From this size on, a Markdown or text file is linted in pieces (memory stays flat).
BIG_FILE_BYTES = 1 << 20


def _lint_big(path: str, fmt: str, ruleset: RuleSet, jobs: int, render: Callable | None = None) -> LintResult | None:
    if fmt not in ("markdown", "text"):
        return None
    try:
        if os.path.getsize(path) < BIG_FILE_BYTES or not os.path.isfile(path):
            return None
    except OSError:
        return None
    from . import chunking

    return chunking.lint_big_file(path, fmt, ruleset, jobs=jobs, render=render)


def _total_size(paths: list[tuple[str, str | None]]) -> int:
    total = 0
    for path, _ in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
        if total >= PARALLEL_MIN_BYTES:
            break
    return total


_WORKER_RULES: RuleSet | None = None
_WORKER_KEEP_SOURCE = False


def _worker_init(ruleset: RuleSet, keep_source: bool) -> None:
    global _WORKER_RULES, _WORKER_KEEP_SOURCE
    _WORKER_RULES, _WORKER_KEEP_SOURCE = ruleset, keep_source


def _worker_lint(items: list[tuple[str, str | None]]) -> list[LintResult]:
    assert _WORKER_RULES is not None
    results = [lint_file(path, fmt, _WORKER_RULES, keep_source=_WORKER_KEEP_SOURCE) for path, fmt in items]
    if any(not isinstance(r.findings, tuple) for r in results):  # a huge page, spooled: findings must travel
        from .chunking import materialised

        results = [r if isinstance(r.findings, tuple) else materialised(r) for r in results]
    return results


def _parallel(paths: list[tuple[str, str | None]], ruleset: RuleSet, workers: int,
              keep_source: bool) -> Iterator[LintResult]:
    """Results in input order from ``workers - 1`` processes (forked where possible: no re-import,
    no re-load) and this one.

    The files go out in small chunks, all submitted at once. This process takes
    every chunk no worker has claimed yet (a pending future can be cancelled),
    so it never waits while there is work left, its own results need no
    pickling, and the split follows the real cost of each file.
    """
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    size = max(1, min(8, len(paths) // (workers * 8)))
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    pool = ProcessPoolExecutor(workers - 1, mp_context=context, initializer=_worker_init,
                               initargs=(ruleset, keep_source))
    try:
        futures = [pool.submit(_worker_lint, chunk) for chunk in chunks]
        mine: dict[int, list[LintResult]] = {}
        ready = 0  # chunks before this one have been yielded
        for k, chunk in enumerate(chunks):
            if futures[k].cancel():
                mine[k] = [lint_file(path, fmt, ruleset, keep_source=keep_source) for path, fmt in chunk]
            while ready < len(chunks) and (ready in mine or futures[ready].done()):
                yield from mine.pop(ready) if ready in mine else futures[ready].result()
                ready += 1
        for k in range(ready, len(chunks)):
            yield from mine.pop(k) if k in mine else futures[k].result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["LintResult", "Notice", "RuleSet", "load_rules", "configured_rules", "lint_text", "lint_source", "lint_files", "lint_file",
           "parse", "default_jobs"]
