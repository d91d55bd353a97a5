"""Human documentation generated from the rules themselves (list, explain)."""
from __future__ import annotations

from typing import Iterable

from .rules.ruleset import CompiledRule


def listing(rules: Iterable[CompiledRule]) -> str:
    rows = [(r.id, r.category, str(r.severity), r.name) for r in rules]
    if not rows:
        return "No rules loaded.\n"
    widths = [max(len(row[i]) for row in rows + [("ID", "CATEGORY", "SEVERITY", "NAME")]) for i in range(4)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(("ID", "CATEGORY", "SEVERITY", "NAME"), widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def explain(rule: CompiledRule) -> str:
    out = [f"{rule.id}  {rule.name}", "",
           f"category: {rule.category}    severity: {rule.severity}    kind: {rule.kind}", ""]
    if rule.description:
        out += ["Why it matters:", f"  {rule.description}", ""]
    out += ["Message:", f"  {rule.message}", ""]
    if rule.suggestion:
        out += ["Suggested rewrite:", f"  {rule.suggestion}", ""]
    if rule.references:
        out += ["Regulatory basis:"] + [f"  - {r}" for r in rule.references] + [""]
    if rule.unless or rule.downgrade:
        parts = [f"not flagged when {', '.join(rule.unless)}"] if rule.unless else []
        parts += [f"lowered to {sev} when {name}" for name, sev in rule.downgrade]
        out += ["Context:", "  " + "; ".join(parts), ""]
    out += ["Flags (bad):"] + [f"  - {b}" for b in rule.bad] + [""]
    out += ["Leaves alone (good):"] + [f"  - {g}" for g in rule.good] + [""]
    out += [f"Defined at: {rule.source}", ""]
    return "\n".join(out)
