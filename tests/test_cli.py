"""The command line: formats, exit codes, inputs, and rule tooling."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from healthlint.cli import main

CLAIM = "Ketamine cures fibromyalgia.\n"
CLEAN = "Book an evaluation to see whether infusion therapy is appropriate for you.\n"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray config from the repo
    monkeypatch.delenv("NO_COLOR", raising=False)


def test_exit_0_when_clean(write, capsys):
    assert main(["check", str(write("ok.md", CLEAN))]) == 0
    assert "No findings in 1 file" in capsys.readouterr().out


def test_exit_1_and_text_format(write, capsys):
    path = write("claim.md", CLAIM)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith(f"{path}:1:10: error HL-")
    assert "  1 | Ketamine cures fibromyalgia." in out
    assert "    |          ^^^^^" in out
    assert "= basis:" in out
    assert "\x1b[" not in out  # not a terminal: no colour
    assert "findings in 1 of 1 file" in out and "efficacy" in out.splitlines()[-1]


def test_color_always_and_no_color(write, capsys, monkeypatch):
    path = write("claim.md", CLAIM)
    main(["check", "--color", "always", str(path)])
    assert "\x1b[" in capsys.readouterr().out


def test_json_format_contract(write, capsys):
    # in the seller's voice: the condition-claim rules leave a leaflet's "X treats Y" alone
    path = write("claim.md", "# Title\n\nOur " + CLAIM[0].lower() + CLAIM[1:])
    assert main(["check", "--format", "json", str(path)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data, "expected findings"
    for item in data:
        assert {"path", "rule", "name", "category", "severity", "message", "line", "column",
                "end_line", "end_column", "text"} <= set(item)
        assert item["severity"] in ("info", "warning", "error")
    cure = next(i for i in data if i["category"] == "efficacy")
    # "cures" and "cures fibromyalgia" are one claim: the cure rule's finding, widened over the condition claim
    assert (cure["rule"], cure["line"], cure["column"], cure["text"]) == ("HL-EFF-001", 3, 14, "cures fibromyalgia")
    assert cure["also_rules"]
    assert data == sorted(data, key=lambda d: (d["path"], d["line"], d["column"], d["rule"]))


def test_fail_on_error_ignores_warnings(write, capsys):
    path = write("promo.md", "A miracle breakthrough for everyone.\n")
    assert main(["check", "--fail-on", "error", "--select", "promotional", str(path)]) == 0


def test_select_and_ignore_by_category_and_id(write, capsys):
    path = write("claim.md", CLAIM + "A miracle breakthrough.\n")
    main(["check", "--format", "json", "--select", "promotional", str(path)])
    cats = {f["category"] for f in json.loads(capsys.readouterr().out)}
    assert cats == {"promotional"}
    main(["check", "--format", "json", "--ignore", "promotional,risk_disclosure", str(path)])
    cats = {f["category"] for f in json.loads(capsys.readouterr().out)}
    assert "promotional" not in cats and "efficacy" in cats


def test_stdin_with_filename(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<p>Ketamine <b>cures</b> fibromyalgia.</p>")))
    assert main(["check", "--format", "json", "--stdin-filename", "page.html", "-"]) == 1
    data = json.loads(capsys.readouterr().out)
    cure = next(f for f in data if f["category"] == "efficacy")
    assert cure["path"] == "page.html" and (cure["line"], cure["column"]) == (1, 16)


def test_folder_walk_finds_supported_files(write, capsys, tmp_path):
    write("site/a.md", CLAIM)
    write("site/b.html", f"<p>{CLAIM}</p>")
    write("site/c.txt", CLAIM)
    write("site/d.py", CLAIM)
    write("site/.hidden/e.md", CLAIM)
    main(["check", "--format", "json", "site"])
    paths = {Path(f["path"]).name for f in json.loads(capsys.readouterr().out)}
    assert paths == {"a.md", "b.html", "c.txt"}


def test_missing_path_exits_2_and_names_it(write, capsys):
    ok = write("ok.md", CLAIM)
    assert main(["check", str(ok), "nope.md"]) == 2
    captured = capsys.readouterr()
    assert "nope.md" in captured.err and "no such file" in captured.err
    assert "ok.md:1:10" in captured.out  # the other file was still checked


def test_binary_and_undecodable_files_are_reported_and_skipped(write, capsys):
    binary = write("logo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = write("latin.md", "Caf\u00e9 cures.".encode("latin-1"))
    good = write("good.md", CLAIM)
    code = main(["check", str(binary), str(latin), str(good)])
    captured = capsys.readouterr()
    assert code == 1
    assert "logo.md: warning: binary file" in captured.err
    assert "latin.md: warning: not valid UTF-8" in captured.err
    assert "good.md:1:10" in captured.out
    assert "Traceback" not in captured.err


def test_nothing_is_written(write, tmp_path):
    path = write("claim.md", CLAIM)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    content = path.read_bytes()
    main(["check", str(tmp_path)])
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
    assert path.read_bytes() == content


def test_rules_list_and_explain(capsys):
    assert main(["rules", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ID") and "efficacy" in out
    rule_id = out.splitlines()[1].split()[0]
    assert main(["rules", "explain", rule_id]) == 0
    text = capsys.readouterr().out
    assert rule_id in text and "Flags (bad):" in text and "Leaves alone (good):" in text
    assert main(["rules", "explain", "HL-NOPE-000"]) == 2


def test_rules_test_runs_examples_and_fixtures(write, capsys):
    fixture = write("fixtures/page.md", "<!-- expect: HL-X-001 \"wonder drug\" -->\nA wonder drug.\n\n"
                                        "<!-- ok: HL-X-001 -->\nA drug.\n")
    write("fixtures/house.yaml", "rules:\n  - id: HL-X-001\n    name: wonder\n    kind: phrase\n"
          "    category: promotional\n    phrases: [wonder drug]\n    message: m\n"
          "    examples: {bad: [A wonder drug.], good: [A drug.]}\n")
    assert main(["rules", "test", str(fixture.parent)]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("0 failed")
    write("fixtures/page.md", "<!-- expect: HL-X-001 \"wonder drugs\" -->\nA wonder drug.\n")
    assert main(["rules", "test", str(fixture.parent)]) == 1
    assert "expected HL-X-001 'wonder drugs', got 'wonder drug'" in capsys.readouterr().out


def test_python_dash_m_and_console_script(write):
    path = write("claim.md", CLAIM)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "healthlint", "check", "--format", "json", str(path)],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check", "--format", "yaml"])
    assert info.value.code == 2


def test_exit_zero_reports_but_does_not_fail(write, capsys):
    path = write("claim.md", CLAIM)
    assert main(["check", "--exit-zero", str(path)]) == 0
    assert "error HL-" in capsys.readouterr().out
    assert main(["check", "--exit-zero", str(path), "missing.md"]) == 2
