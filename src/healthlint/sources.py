"""Reading copy from disk or stdin: decoding, binary detection, folder walking.

The one module that knows about bytes. Anything it cannot read becomes a
Notice, never an exception: one bad file must not stop the others.

Decoding is strict UTF-8 (a BOM is dropped). A file that is not valid UTF-8 is
reported on stderr and skipped rather than guessed at: a wrong guess would
shift every column and could misread a word, and copy should be UTF-8 anyway.
A NUL byte in the first 8 KiB marks a binary file, also reported and skipped.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Iterable, Iterator

from .findings import Notice

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".mdx": "markdown",
            ".html": "html", ".htm": "html", ".txt": "text"}
_SNIFF = 8192
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
              (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


@dataclass(frozen=True)
class Source:
    path: str
    format: str
    text: str


def format_for(path: str) -> str | None:
    return SUFFIXES.get(os.path.splitext(path)[1].lower())


def decode(data: bytes, path: str) -> tuple[str | None, Notice | None]:
    """UTF-8 text (BOM removed), or a notice saying why the file was skipped."""
    for bom, name in _WIDE_BOMS:  # before the NUL test: UTF-16 text is full of NUL bytes
        if data.startswith(bom):
            return None, Notice(path, 0, 0, f"{name} text, not UTF-8; skipped: re-save it as UTF-8")
    if b"\x00" in data[:_SNIFF]:
        return None, Notice(path, 0, 0, "binary file (NUL bytes); skipped")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, Notice(path, 0, 0, f"not valid UTF-8 (byte {exc.start}); skipped: re-save it as UTF-8")
    return text, None


def read(path: str, fmt: str | None = None) -> tuple[Source | None, Notice | None]:
    fmt = fmt or format_for(path) or "text"
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return None, Notice(path, 0, 0, f"cannot read: {exc.strerror or exc}; skipped", "error")
    text, notice = decode(data, path)
    return (Source(path, fmt, text) if text is not None else None), notice


def walk(paths: Iterable[str], excluded) -> Iterator[tuple[str, Notice | None]]:
    """Files to check: named files as given, folders walked for supported suffixes.

    ``excluded(path) -> bool`` applies config excludes. Hidden folders are skipped,
    symlinked folders are not followed (no loops), missing paths and unreadable
    folders are reported, and a walk yields only regular files: opening a FIFO
    or a device found in a folder would hang a pre-commit hook.
    """
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        if os.path.isdir(raw):
            errors: list[OSError] = []
            for root, dirs, files in os.walk(raw, onerror=errors.append, followlinks=False):
                yield from _walk_errors(errors)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "node_modules"
                                 and not excluded(os.path.join(root, d) + "/"))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if format_for(full) and not excluded(full):
                        yield full, _not_regular(full)
            yield from _walk_errors(errors)
        elif os.path.exists(raw):
            if not excluded(raw):
                yield raw, None
        else:
            yield raw, Notice(raw, 0, 0, "no such file or directory", "error")


def _walk_errors(errors: list[OSError]) -> Iterator[tuple[str, Notice]]:
    while errors:
        exc = errors.pop(0)
        where = exc.filename or "?"
        yield where, Notice(where, 0, 0, f"cannot read folder: {exc.strerror or exc}; skipped", "error")


def _not_regular(path: str) -> Notice | None:
    """A notice for a walked entry that is not a regular file (FIFO, socket, device, broken link)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # a broken or looping link: read() reports it
    if stat.S_ISREG(mode):
        return None
    return Notice(path, 0, 0, "not a regular file; skipped")
