"""healthlint: a compliance linter for health and medical marketing copy.

Public API (imported lazily so the command line starts fast)::

    from healthlint import load_rules, lint_text
    rules = load_rules("us")
    result = lint_text("Ketamine cures fibromyalgia.", rules, format="text")
    for finding in result.findings: print(finding.to_dict())
"""
from __future__ import annotations

__version__ = "0.1.0"
_API = ("load_rules", "lint_text", "lint_source", "lint_files", "parse", "LintResult", "RuleSet", "Notice")


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'healthlint' has no attribute {name!r}")


__all__ = list(_API)
