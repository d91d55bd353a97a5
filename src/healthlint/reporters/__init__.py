"""Output formats. Each reporter module has ``render(results, ruleset, options) -> str``:
pure, no printing. Add a format by adding a module and one line here."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

REPORTERS = {
    "text": "healthlint.reporters.text",
    "json": "healthlint.reporters.json",
    "sarif": "healthlint.reporters.sarif",
    "github": "healthlint.reporters.github",
    "html": "healthlint.reporters.html",
}


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    notices: tuple = ()  # Notices not tied to a result (a missing path, undecodable stdin)


def get(name: str) -> Callable:
    return importlib.import_module(REPORTERS[name]).render


def get_stream(name: str) -> Callable | None:
    """The format's ``stream(results, ruleset, options)`` yielding the output in pieces, if it has one
    (a huge page's findings then never sit in memory all at once)."""
    return getattr(importlib.import_module(REPORTERS[name]), "stream", None)


def get_finding_renderer(name: str) -> Callable | None:
    """The format's ``render_finding(finding) -> str``, if it has one: a huge page's findings are then
    rendered while its pieces are linted, and ``stream`` writes them as they were rendered."""
    return getattr(importlib.import_module(REPORTERS[name]), "render_finding", None)


def needs_source(name: str) -> bool:
    """Whether the format shows whole files (module flag NEEDS_SOURCE), so linting keeps the text."""
    return getattr(importlib.import_module(REPORTERS[name]), "NEEDS_SOURCE", False)
