"""--format json: the contract's array of findings, ordered by path, line, column."""
from __future__ import annotations

import json


def render(results, ruleset, options) -> str:
    findings = sorted(f for result in results for f in result.findings)
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"
