"""Linting rows of a table in worker processes: the plumbing `batch` and Spark share.

A worker never receives a compiled RuleSet. It receives a :class:`RuleRecipe`
(profile name, the bytes of any extra rule files, select/ignore/severity):
small, picklable whatever the matchers hold, independent of paths that exist
only on the machine that started the job. Each process builds the rule set
once and keeps it in a module global keyed by the recipe's content hash.
(Today's RuleSet does pickle, regex patterns recompiling on load: 143 KB and
about 15 ms there and back, against about 1 s to build from YAML. The recipe is
used anyway so that no future matcher has to be picklable.)

A row becomes plain dicts: one per finding, and one summary per document. A
row that cannot be linted (null, binary or huge text, an unknown format, even
an engine bug) becomes a summary with ``status: "error"``, never an exception:
one bad row must not stop a run over millions.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .findings import CATEGORIES

FORMATS = ("markdown", "html", "text")
DEFAULT_MAX_CHARS = 1_000_000

# Column order of the two outputs (batch files and Spark DataFrames alike).
FINDING_FIELDS = ("id", "row", "rule", "name", "category", "severity", "message",
                  "line", "column", "end_line", "end_column", "text", "suggestion")
SUMMARY_FIELDS = ("id", "row", "status", "error", "findings", "errors", "warnings", "infos",
                  *CATEGORIES, "missing_risk_disclosure", "notices")


class RowError(str):
    """Why a reader could not make a row of a record (a broken JSON line...): an error row."""


@dataclass(frozen=True)
class RuleRecipe:
    """Everything needed to rebuild a configured rule set anywhere healthlint is installed."""

    profile: str = "us"
    extra: tuple[tuple[str, bytes], ...] = ()  # (file name, content) in load order
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    digest: str = field(default="", compare=False)
    merge: str = "sentence"  # one finding per claim (RuleSet.merge)

    @classmethod
    def create(cls, profile: str = "us", extra_rules: Iterable[str | os.PathLike] = (),
               select: Iterable[str] = (), ignore: Iterable[str] = (),
               severity: dict[str, str] | None = None, merge: str = "sentence") -> "RuleRecipe":
        """Read the extra rule files (or folders) now, so workers need no access to them."""
        from .rules.loader import rule_files

        files = rule_files(list(extra_rules))
        extra = tuple((p.name, p.read_bytes()) for p in files)
        recipe = cls(profile, extra, tuple(select), tuple(ignore), tuple(sorted((severity or {}).items())),
                     merge=merge)
        return recipe._with_digest()

    @classmethod
    def from_config(cls, cfg, extra_rules: Iterable[str | os.PathLike] = ()) -> "RuleRecipe":
        """The recipe of a :class:`healthlint.config.Config` (what `check` would load)."""
        return cls.create(cfg.profile, list(cfg.extra_rule_paths()) + list(extra_rules),
                          cfg.select, cfg.ignore, dict(cfg.severity), cfg.merge_findings)

    def _with_digest(self) -> "RuleRecipe":
        from . import __version__

        h = hashlib.sha256()
        h.update(json.dumps([__version__, self.profile, self.select, self.ignore, self.severity, self.merge]).encode())
        for name, data in self.extra:
            h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        return RuleRecipe(self.profile, self.extra, self.select, self.ignore, self.severity, h.hexdigest(), self.merge)

    def build(self):
        """Compile the rule set (about a second: do it once per process, see :func:`ruleset_for`)."""
        from .rules.loader import load_rules

        with tempfile.TemporaryDirectory(prefix="healthlint-rules-") as tmp:
            paths = []
            for i, (name, data) in enumerate(self.extra):
                path = Path(tmp, f"{i:03d}", name)
                path.parent.mkdir()
                path.write_bytes(data)
                paths.append(path)
            ruleset = load_rules(self.profile, paths)
        return ruleset.configured(self.select, self.ignore, dict(self.severity), self.merge)


_RULESETS: dict[str, Any] = {}


def ruleset_for(recipe: RuleRecipe):
    """The recipe's rule set, built at most once per process."""
    key = recipe.digest or recipe._with_digest().digest
    ruleset = _RULESETS.get(key)
    if ruleset is None:
        ruleset = _RULESETS[key] = recipe.build()
    return ruleset


def prime(recipe: RuleRecipe, ruleset) -> None:
    """Register a rule set built already (by the CLI, to validate the config) so this process reuses it."""
    _RULESETS[recipe.digest or recipe._with_digest().digest] = ruleset


@dataclass(frozen=True)
class Options:
    format_default: str = "markdown"
    max_chars: int = DEFAULT_MAX_CHARS


def lint_rows(recipe: RuleRecipe, rows: Sequence[tuple[int, Any, Any, Any]],
              options: Options = Options()) -> tuple[list[dict], list[dict]]:
    """(row number, id, text, format) tuples -> (finding dicts, summary dicts), in row order."""
    ruleset = ruleset_for(recipe)
    has_risk_rule = any(r.category == "risk_disclosure" for r in ruleset.active)
    findings: list[dict] = []
    summaries: list[dict] = []
    for row, doc_id, text, fmt in rows:
        rows_findings, summary = lint_row(ruleset, row, doc_id, text, fmt, options, has_risk_rule)
        findings.extend(rows_findings)
        summaries.append(summary)
    return findings, summaries


def lint_row(ruleset, row: int, doc_id: Any, text: Any, fmt: Any, options: Options,
             has_risk_rule: bool = True) -> tuple[list[dict], dict]:
    from .api import lint_text

    text, error = _checked_text(text, options.max_chars)
    fmt = options.format_default if fmt is None or fmt == "" else fmt
    if error is None and fmt not in FORMATS:
        error = f"unknown format {str(fmt)[:40]!r} (expected one of: {', '.join(FORMATS)})"
    if error is None and doc_id is None:
        error = "the id is null"
    if error is not None:
        return [], _summary(doc_id, row, [], error=error)
    try:
        result = lint_text(text, ruleset, format=fmt, path=str(doc_id))
    except Exception as exc:  # an engine bug on one row must not stop the run
        return [], _summary(doc_id, row, [], error=f"internal error: {type(exc).__name__}: {exc}")
    findings = [_finding_row(doc_id, row, f) for f in result.findings]
    notices = [n.message for n in result.notices]
    return findings, _summary(doc_id, row, findings, notices=notices, has_risk_rule=has_risk_rule)


def _checked_text(value: Any, max_chars: int) -> tuple[str | None, str | None]:
    """The row's text, or why it cannot be linted."""
    if isinstance(value, RowError):
        return None, str(value)
    if value is None:
        return None, "text is null"
    if isinstance(value, (bytes, bytearray, memoryview)):
        from .sources import decode

        text, notice = decode(bytes(value), "")
        if text is None:
            return None, "text is binary: " + notice.message.split(";")[0]
        value = text
    elif not isinstance(value, str):
        return None, f"text is not a string but {type(value).__name__}"
    if len(value) > max_chars:
        return None, f"text has {len(value)} characters, more than the limit of {max_chars} (--max-chars)"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None, "text is not valid Unicode (lone surrogate)"
    return value, None


def _finding_row(doc_id: Any, row: int, f) -> dict:
    return {"id": doc_id, "row": row, "rule": f.rule, "name": f.name, "category": f.category,
            "severity": str(f.severity), "message": f.message, "line": f.line, "column": f.column,
            "end_line": f.end_line, "end_column": f.end_column, "text": f.text,
            "suggestion": f.suggestion}


def _summary(doc_id: Any, row: int, findings: list[dict], *, error: str | None = None,
             notices: Sequence[str] = (), has_risk_rule: bool = True) -> dict:
    counts = dict.fromkeys(CATEGORIES, 0)
    severities = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f["category"]] += 1
        severities[f["severity"]] += 1
    missing = None if error is not None or not has_risk_rule else counts["risk_disclosure"] > 0
    return {"id": doc_id, "row": row, "status": "error" if error else "ok", "error": error,
            "findings": len(findings), "errors": severities["error"], "warnings": severities["warning"],
            "infos": severities["info"], **counts, "missing_risk_disclosure": missing,
            "notices": list(notices)}
