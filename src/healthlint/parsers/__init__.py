"""Source file -> :class:`~healthlint.document.Document`, one parser per format.

Parser modules are imported lazily in :func:`parse` so that start-up stays
cheap (markdown-it is only imported when Markdown is actually parsed).
"""
from __future__ import annotations

import importlib
import os
import sys

from ..document import Document, normalise_newlines

FORMATS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}


def format_for_path(path: str) -> str | None:
    """The format name for a file path (by suffix, case-insensitive), or None."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


def parse(text: str, fmt: str, path: str = "<stdin>") -> Document:
    """Parse ``text`` as ``fmt``: a leading BOM is dropped and newlines become LF first."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = normalise_newlines(text)
    if fmt not in _MODULES:
        raise ValueError(f"unknown format {fmt!r} (expected one of: markdown, html, text)")
    module = sys.modules.get(_MODULES[fmt])
    if module is None:
        from ..lazyregex import thawing_stdlib

        with thawing_stdlib():  # their libraries' re patterns, from the rule cache when it has them
            module = importlib.import_module(_MODULES[fmt])
    return module.parse(text, path)


_MODULES = {name: f"{__name__}.{name}" for name in ("markdown", "html", "text")}
