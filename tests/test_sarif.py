"""--format sarif: valid SARIF 2.1.0 that GitHub code scanning can take.

The OASIS schema is copied into tests/data so this runs without ../shared.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from healthlint import ruledocs
from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.reporters import RenderOptions, get

from test_golden import golden_run

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
ROOT = Path(__file__).resolve().parents[1]


def validate(log: dict) -> None:
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture
def golden(monkeypatch) -> dict:
    return json.loads(golden_run(monkeypatch, "sarif"))


def test_golden_output_validates_against_the_schema(golden):
    validate(golden)
    assert golden["version"] == "2.1.0"


def test_shipped_rules_on_the_examples_validate(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert main(["check", "--format", "sarif", "examples/"]) == 1
    log = json.loads(capsys.readouterr().out)
    validate(log)
    run = log["runs"][0]
    assert run["results"], "the landing page example has findings"
    for rule in run["tool"]["driver"]["rules"]:  # every shipped rule links to its section of docs/rules.md
        assert rule["helpUri"] == f"{ruledocs.DOCS_URL}#{rule['id'].lower()}"


def test_run_declares_code_point_columns_and_regions_use_them(golden):
    run = golden["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    first = run["results"][0]["locations"][0]["physicalLocation"]
    # "# 😀 A miracle": the emoji is one code point (two UTF-16 units), so "miracle" starts at column 7
    assert first["region"] == {"startLine": 1, "startColumn": 7, "endLine": 1, "endColumn": 14,
                               "snippet": {"text": "miracle"}}
    assert first["artifactLocation"] == {"uri": "copy/landing.md", "uriBaseId": "%SRCROOT%", "index": 0}
    multi = [r for r in run["results"] if r["locations"][0]["physicalLocation"]["region"]["endLine"] == 4]
    assert multi[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "eliminate\npain"


def test_one_descriptor_per_rule_with_help_basis_and_properties(golden):
    driver = golden["runs"][0]["tool"]["driver"]
    assert driver["name"] == "healthlint"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["G-EFF-001", "G-PROMO-001", "G-DOSE-001", "G-RISK-001"]
    cure = driver["rules"][0]
    assert cure["name"] == "cure-claim"
    assert cure["shortDescription"]["text"] and cure["fullDescription"]["text"]
    assert "21 CFR 202.1(e)(6)(i)" in cure["help"]["text"] and "**Basis:**" in cure["help"]["markdown"]
    assert cure["defaultConfiguration"] == {"level": "error"}
    assert cure["properties"]["category"] == "efficacy"
    assert cure["properties"]["references"] == ["21 CFR 202.1(e)(6)(i)", "FTC Health Products Compliance Guidance (2022)"]
    assert "efficacy" in cure["properties"]["tags"]
    assert "helpUri" not in cure  # a custom rule has no section in the published reference
    for result in golden["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_map_from_severities(golden):
    levels = {(r["ruleId"], r["level"]) for r in golden["runs"][0]["results"]}
    assert ("G-EFF-001", "error") in levels and ("G-PROMO-001", "warning") in levels
    assert ("G-EFF-001", "note") in levels  # the cited claim was lowered to info


def test_suggestions_become_fixes_replacing_the_span(golden):
    results = golden["runs"][0]["results"]
    cure = next(r for r in results if r["ruleId"] == "G-EFF-001")
    region = {k: v for k, v in cure["locations"][0]["physicalLocation"]["region"].items() if k != "snippet"}
    change = cure["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "copy/landing.md"
    assert change["replacements"] == [{"deletedRegion": region, "insertedContent": {"text": "may help some patients"}}]
    assert not any("fixes" in r for r in results if r["ruleId"] == "G-DOSE-001")  # no suggestion, no fix
    # a page-level finding's suggestion is something to add, not a rewrite of the trigger
    assert not any("fixes" in r for r in results if r["ruleId"] == "G-RISK-001")


def test_artifacts_and_notifications(golden):
    run = golden["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["copy/landing.md", "copy/leaflet.html"]
    assert [a["mimeType"] for a in run["artifacts"]] == ["text/markdown", "text/html"]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "warning" and "G-NOPE-9" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["region"] == {"startLine": 8, "startColumn": 1}


def test_unreadable_and_missing_files_are_notifications(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("bin.md").write_bytes(b"\x00\x01binary")
    Path("ok.md").write_text("Ketamine cures pain.\n", encoding="utf-8")
    assert main(["check", "--format", "sarif", "ok.md", "bin.md", "missing.md"]) == 2
    log = json.loads(capsys.readouterr().out)
    validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    texts = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: (n["level"], n["message"]["text"])
             for n in invocation["toolExecutionNotifications"]}
    assert texts["missing.md"] == ("error", "no such file or directory")
    assert texts["bin.md"][0] == "warning" and "binary" in texts["bin.md"][1]


def test_paths_become_uris(tiny_rules, tmp_path):
    odd = lint_text("It cures pain.", tiny_rules, path="./drafts/new page.md")
    absolute = lint_text("It cures pain.", tiny_rules, path=str(tmp_path / "a.md"))
    stdin = lint_text("It cures pain.", tiny_rules)
    log = json.loads(get("sarif")([odd, absolute, stdin], tiny_rules, RenderOptions()))
    validate(log)
    uris = [a["location"] for a in log["runs"][0]["artifacts"]]
    assert uris[0] == {"uri": "drafts/new%20page.md", "uriBaseId": "%SRCROOT%"}
    assert uris[1] == {"uri": (tmp_path / "a.md").as_uri()}
    assert uris[2]["uri"] == "%3Cstdin%3E"


def test_no_findings_is_still_a_valid_log(tiny_rules):
    log = json.loads(get("sarif")([lint_text("A calm sentence.", tiny_rules)], tiny_rules, RenderOptions()))
    validate(log)
    assert log["runs"][0]["results"] == []
