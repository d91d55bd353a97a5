"""Golden files for the machine-readable formats (JSON, SARIF).

The fixture copy and its rules live in tests/golden/, so tuning the shipped packs
never changes these outputs. Paths are made relative by linting from that folder;
the version and the working folder's URI are replaced by placeholders.
Regenerate after a deliberate change: HEALTHLINT_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from healthlint import __version__
from healthlint.api import lint_files
from healthlint.reporters import RenderOptions, get
from healthlint.rules.loader import compile_files
from healthlint.rules.ruleset import RuleSet

GOLDEN = Path(__file__).parent / "golden"
FILES = ["copy/landing.md", "copy/leaflet.html"]


def golden_run(monkeypatch, fmt: str, keep_source: bool = False) -> str:
    monkeypatch.chdir(GOLDEN)
    ruleset = RuleSet.of(compile_files([Path("rules.yaml")]))
    results = list(lint_files([(p, None) for p in FILES], ruleset, keep_source=keep_source))
    return get(fmt)(results, ruleset, RenderOptions())


def normalise(text: str) -> str:
    cwd_uri = GOLDEN.resolve().as_uri() + "/"
    return text.replace(cwd_uri, "file:///WORKDIR/").replace(f'"{__version__}"', '"VERSION"')


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("HEALTHLINT_REGEN_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (f"{path} differs from the output; if the change is intended, regenerate with "
                                "HEALTHLINT_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py and review the diff")


@pytest.mark.parametrize("fmt, name", [("json", "expected.json"), ("sarif", "expected.sarif")])
def test_golden(monkeypatch, fmt, name):
    actual = normalise(golden_run(monkeypatch, fmt))
    json.loads(actual)
    check(name, actual)


def test_golden_covers_what_it_should(monkeypatch):
    """The fixture exercises the hard cases: astral characters before a match, a span over a
    line break, a downgraded finding, a document-level finding and an unknown suppression."""
    data = json.loads(golden_run(monkeypatch, "json"))
    assert (data[0]["text"], data[0]["column"]) == ("miracle", 7)  # code points: the emoji counts 1, not 2
    assert {"error", "warning", "info"} == {f["severity"] for f in data}
    assert any(f["line"] != f["end_line"] for f in data)
    assert any(f["category"] == "risk_disclosure" for f in data)
    sarif = json.loads(golden_run(monkeypatch, "sarif"))
    assert sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
