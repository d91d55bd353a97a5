"""The library entry points shared by the CLI, the language server and batch engines."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from .engine import LintResult, lint_document
from .findings import Notice
from .rules.ruleset import RuleSet
from .sources import Source


def load_rules(profile: str = "us", extra: Iterable[str] = ()) -> RuleSet:
    from .rules.loader import load_rules as _load

    return _load(profile, extra)


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


def lint_files(paths: Iterable[tuple[str, str | None]], ruleset: RuleSet, *,
               keep_source: bool = False) -> Iterator[LintResult]:
    """Lint (path, format) pairs from disk; unreadable files yield a result holding only a notice."""
    from .sources import read

    for path, fmt in paths:
        source, notice = read(path, fmt)
        if source is None:
            yield LintResult(path, (), (notice,) if notice else ())
            continue
        result = lint_source(source, ruleset, keep_source=keep_source)
        if notice is not None:
            result = replace(result, notices=(notice,) + result.notices)
        yield result


__all__ = ["LintResult", "Notice", "RuleSet", "load_rules", "lint_text", "lint_source", "lint_files", "parse"]
