"""--format github: GitHub Actions workflow commands, one annotation per finding.

    ::error file=draft.md,line=3,col=5,endLine=3,endColumn=10,title=HL-EFF-001::message

error -> ``::error``, warning -> ``::warning``, info -> ``::notice``. Columns are the
contract's (1-based code points, exclusive end); a span over several lines gets
lines only, since the runner rejects columns when ``line`` and ``endLine`` differ. Escaping follows the Actions runner:
in the message ``%``, CR and LF are percent-encoded; in properties also ``:`` and ``,``.
Notices (unreadable files, unknown suppression names) become ``::warning``/``::error``
annotations too, so nothing silently goes missing in a CI log.
"""
from __future__ import annotations

import heapq
import os
import posixpath

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def _path(path: str) -> str:
    """Relative paths as the runner expects them (from the workspace, '/' separated, no './')."""
    return path if os.path.isabs(path) else posixpath.normpath(path.replace(os.sep, "/"))


def render(results, ruleset, options) -> str:
    return "".join(stream(results, ruleset, options))


def stream(results, ruleset, options):
    """The annotations one by one (findings merged in order, never all held)."""
    results = list(results)
    for f in heapq.merge(*(_ordered(r.findings) for r in results)):
        message = f.message
        if f.suggestion:
            message += f"\nSuggestion: {f.suggestion}"
        if f.references:
            message += f"\nBasis: {'; '.join(f.references)}"
        same_line = f.line == f.end_line  # the runner refuses columns on a span over several lines
        yield command(COMMANDS[str(f.severity)], message, file=_path(f.path), line=f.line,
                      col=f.column if same_line else None, endLine=f.end_line,
                      endColumn=f.end_column if same_line else None, title=f.rule) + "\n"
    notices = sorted({n for r in results for n in r.notices} | set(getattr(options, "notices", ()) or ()))
    for n in notices:
        yield command("error" if n.level == "error" else "warning", n.message, file=_path(n.path),
                      line=n.line or None, col=n.column or None, title="healthlint") + "\n"


def _ordered(findings):
    """A result's findings in order: a spooled page's come ordered, a caller's tuple may not."""
    return sorted(findings) if isinstance(findings, (tuple, list)) else findings
