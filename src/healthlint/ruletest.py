"""`healthlint rules test`: every rule against its own examples, and annotated fixtures.

Fixtures are ordinary copy files with annotations in the file's own comment
syntax on the line before the line they speak of:

    <!-- expect: HL-EFF-001 "cures" -->      (Markdown / HTML)
    # ok: HL-SAFE-002                        (plain text)

``expect`` needs a finding of that rule on the next line whose text is exactly
the quoted text (any text when none is quoted); ``ok`` needs no finding of that
rule at warning or above there. Both are checked with one-per-claim merging off,
so every rule stays testable on its own; an ``expect`` must also survive the
configured merging, as the finding itself or named in another one's ``also``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import regex

from .findings import Severity
from .rules.ruleset import CompiledRule, RuleSet
from .sources import format_for, read

_ANNOTATION = regex.compile(r'^\s*(expect|ok):\s*([A-Z][A-Z0-9-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*$')


@dataclass
class TestReport:
    passed: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def render(self) -> str:
        lines = [f"FAIL {f}" for f in self.failures]
        lines.append(f"{self.passed} passed, {len(self.failures)} failed")
        return "\n".join(lines) + "\n"


def has_rule_files(path: str) -> bool:
    p = Path(path)
    if p.is_file():
        return p.suffix in (".yaml", ".yml")
    return any(p.rglob("*.yaml")) or any(p.rglob("*.yml"))


def example_failures(rule: CompiledRule, ruleset: RuleSet) -> list[str]:
    """Why a rule's own examples do not behave, as messages (empty when they do)."""
    from .api import lint_text

    # span rules are tested alone; a document rule needs the claims that trigger it
    scope = ruleset if rule.is_document_rule else ruleset.only(rule.id)
    floor = Severity.INFO if rule.severity == Severity.INFO else Severity.WARNING
    failures = []
    for text in rule.bad:
        hits = [f for f in lint_text(text, scope, format="text").findings if f.rule == rule.id]
        if not hits:
            failures.append(f"{rule.id}: bad example not flagged: {text!r}")
    for text in rule.good:
        hits = [f for f in lint_text(text, scope, format="text").findings
                if f.rule == rule.id and f.severity >= floor]
        if hits:
            failures.append(f"{rule.id}: good example flagged ({hits[0].text!r}): {text!r}")
    return failures


def run(ruleset: RuleSet, paths: Iterable[str] = ()) -> TestReport:
    report = TestReport()
    for rule in ruleset.active:
        failures = example_failures(rule, ruleset)
        report.failures.extend(failures)
        report.passed += (len(rule.bad) + len(rule.good)) - len(failures)
    for path in _fixtures(paths):
        _run_fixture(path, ruleset, report)
    return report


def _fixtures(paths: Iterable[str]) -> list[str]:
    found: list[str] = []
    for raw in paths:
        if os.path.isdir(raw):
            for root, _, files in os.walk(raw):
                found += [os.path.join(root, f) for f in sorted(files) if format_for(f)]
        elif format_for(raw):
            found.append(raw)
    return sorted(found)


def _run_fixture(path: str, ruleset: RuleSet, report: TestReport) -> None:
    from .api import lint_source
    from .parsers import parse

    source, notice = read(path)
    if source is None:
        report.failures.append(f"{path}: {notice.message if notice else 'unreadable'}")
        return
    doc = parse(source.text, source.format, path)
    result = lint_source(source, ruleset.with_merge("none"))
    merged = lint_source(source, ruleset).findings if ruleset.merge != "none" else result.findings
    for comment in doc.comments:
        m = _ANNOTATION.match(comment.body.strip())
        if not m:
            continue
        kind, rule_id, quoted = m.group(1), m.group(2), m.group(3)
        line = doc.line_col(comment.end - 1)[0] + 1
        where = f"{path}:{line}"
        if ruleset.get(rule_id) is None:
            report.failures.append(f"{where}: annotation names unknown rule {rule_id}")
            continue
        on_line = [f for f in result.findings if f.rule == rule_id and f.line == line]
        if kind == "expect":
            want = quoted.replace('\\"', '"') if quoted is not None else None
            kept = any(f.line == line and (f.rule == rule_id or rule_id in f.also) for f in merged)
            if any(want is None or f.text == want for f in on_line) and kept:
                report.passed += 1
            elif on_line and not kept:
                report.failures.append(f"{where}: {rule_id} was lost when findings were merged")
            else:
                got = ", ".join(repr(f.text) for f in on_line) or "nothing"
                report.failures.append(f"{where}: expected {rule_id} {want!r}, got {got}")
        else:
            loud = [f for f in on_line if f.severity >= Severity.WARNING]
            if loud:
                report.failures.append(f"{where}: {rule_id} flagged {loud[0].text!r} but the line is marked ok")
            else:
                report.passed += 1
