"""Shared fixtures. Tests never read ../shared: their texts are written here."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from healthlint.rules.loader import compile_files, load_rules
from healthlint.rules.ruleset import RuleSet

TINY_RULES = textwrap.dedent(
    """
    rules:
      - id: T-EFF-001
        name: cure-claim
        kind: phrase
        category: efficacy
        severity: error
        phrases: ["cure", "eliminate pain"]
        unless: [negated, quoted, question]
        downgrade: {cited: info, hedged: warning}
        message: 'Cure claim "{match}".'
        suggestion: may help some patients
        references: ["21 CFR 202.1(e)(6)(i)"]
        examples: {bad: ["It cures pain."], good: ["It is not a cure."]}
      - id: T-PROMO-001
        name: miracle
        kind: phrase
        category: promotional
        phrases: ["miracle"]
        message: 'Hype: "{match}".'
        examples: {bad: ["A miracle."], good: ["A treatment."]}
      - id: T-DOSE-001
        name: dose
        kind: context
        category: dosing
        patterns: ['\\b\\d+(?:\\.\\d+)?\\s?mg\\b']
        context: {scope: paragraph, absent: ['\\bsupervis\\w*', '\\bmonitor\\w*']}
        message: 'Dose "{match}" without context.'
        examples: {bad: ["Take 50 mg daily."], good: ["Take 50 mg under medical supervision."]}
      - id: T-RISK-001
        name: missing-risk
        kind: document
        category: risk_disclosure
        triggers: {categories: [efficacy]}
        requires: ['\\bside[- ]effects?\\b', '\\brisks?\\b']
        discount: ['\\brare\\b', '\\bmild\\b']
        message: Benefits without risks.
        examples: {bad: ["It cures pain."], good: ["It cures pain. Side effects include nausea."]}
    """
)


@pytest.fixture(scope="session")
def tiny_rules(tmp_path_factory) -> RuleSet:
    path = tmp_path_factory.mktemp("rules") / "tiny.yaml"
    path.write_text(TINY_RULES, encoding="utf-8")
    return RuleSet.of(compile_files([path]))


@pytest.fixture(scope="session")
def default_rules() -> RuleSet:
    return load_rules()


@pytest.fixture
def write(tmp_path: Path):
    def _write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
        return path

    return _write
