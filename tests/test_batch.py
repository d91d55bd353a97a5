"""`healthlint batch` and the worker plumbing: same findings as `check`, error rows, resume."""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from healthlint import batch, workers
from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.workers import RuleRecipe

pa = pytest.importorskip("pyarrow", reason="Parquet tests need pyarrow (pip install '.[test]')")
import pyarrow.parquet as pq  # noqa: E402

PAGES = [
    ("text", "Ketamine cures fibromyalgia. It is 100% safe and has no side effects."),
    ("markdown", "# KetaCalm\n\nOur **miracle** infusion resets the nervous system.\n\nBook today: spots are limited!"),
    ("html", "<p>Studies show <b>NeuroReset</b> works better than opioids.</p>\n<p>Take 500 mg daily.</p>"),
    ("markdown", "Ketamine is not a cure.\n\nSide effects can include nausea and dizziness. Talk to your doctor."),
    ("text", "\"After three sessions my pain was gone!\" says one happy patient."),
]


def _rows(n: int = 12) -> list[dict]:
    return [{"doc": f"page-{i}", "body": PAGES[i % len(PAGES)][1], "fmt": PAGES[i % len(PAGES)][0]}
            for i in range(n)]


def _write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def recipe(default_rules):
    recipe = RuleRecipe.create()
    workers.prime(recipe, default_rules)
    return recipe


def _expected(default_rules, rows) -> list[tuple]:
    out = []
    for row in rows:
        for f in lint_text(row["body"], default_rules, format=row["fmt"], path=row["doc"]).findings:
            out.append((row["doc"], f.rule, f.category, str(f.severity), f.message,
                        f.line, f.column, f.end_line, f.end_column, f.text))
    return out


def _got(findings: list[dict]) -> list[tuple]:
    return [(f["id"], f["rule"], f["category"], f["severity"], f["message"],
             f["line"], f["column"], f["end_line"], f["end_column"], f["text"]) for f in findings]


def test_jsonl_findings_match_lint_text_and_summary_counts(tmp_path, default_rules, recipe):
    rows = _rows()
    src = _write_jsonl(tmp_path / "pages.jsonl", rows)
    spec = batch.Spec(str(src), str(tmp_path / "out.jsonl"), "doc", "body", "fmt", chunk_rows=5)
    stats = batch.run(spec, recipe)
    findings = _read_jsonl(tmp_path / "out.jsonl")
    summary = _read_jsonl(tmp_path / "out.summary.jsonl")
    assert _got(findings) == _expected(default_rules, rows)
    assert stats.rows == len(rows) == len(summary) and stats.findings == len(findings) > 0
    assert [s["id"] for s in summary] == [r["doc"] for r in rows]
    first = summary[0]
    assert first["status"] == "ok" and first["findings"] == sum(f["id"] == "page-0" for f in findings)
    assert first["efficacy"] >= 1 and first["missing_risk_disclosure"] is True
    assert summary[3]["missing_risk_disclosure"] is False  # the balanced page discloses risks
    assert not list(tmp_path.glob("*.healthlint-*"))  # work folder and temp files are gone


def test_same_findings_as_check_on_the_same_texts(tmp_path, capsys, recipe):
    rows = _rows(5)
    for row in rows:
        (tmp_path / (row["doc"] + {"markdown": ".md", "html": ".html", "text": ".txt"}[row["fmt"]])).write_text(
            row["body"], encoding="utf-8")
    main(["check", "--format", "json", *sorted(str(p) for p in tmp_path.iterdir())])
    checked = json.loads(capsys.readouterr().out)
    src = _write_jsonl(tmp_path / "pages.jsonl", rows)
    batch.run(batch.Spec(str(src), str(tmp_path / "out.jsonl"), "doc", "body", "fmt"), recipe)
    key = ("rule", "category", "severity", "message", "line", "column", "end_line", "end_column", "text")
    want = sorted((Path(f["path"]).stem, *(f[k] for k in key)) for f in checked)
    got = sorted((f["id"], *(f[k] for k in key)) for f in _read_jsonl(tmp_path / "out.jsonl"))
    assert got == want and want


def test_bad_rows_become_error_rows_and_never_stop_the_run(tmp_path, recipe):
    rows = [
        {"doc": "null", "body": None},
        "this line is not JSON",
        "[1, 2]",
        {"doc": "huge", "body": "cure " * 100},
        {"doc": "fmt", "body": "It cures pain.", "fmt": "pdf"},
        {"doc": "number", "body": 42},
        {"doc": "surrogate", "body": "cures \ud800"},
        {"doc": None, "body": "It cures pain."},
        {"doc": "missing-text"},
        {"doc": "fine", "body": "Ketamine cures fibromyalgia.", "fmt": "text"},
    ]
    src = _write_jsonl(tmp_path / "pages.jsonl", rows)
    spec = batch.Spec(str(src), str(tmp_path / "out.jsonl"), "doc", "body", "fmt", max_chars=200)
    stats = batch.run(spec, recipe)
    summary = _read_jsonl(tmp_path / "out.summary.jsonl")
    errors = [s["error"] for s in summary]
    assert [s["status"] for s in summary] == ["error"] * 9 + ["ok"]
    assert errors[0] == "text is null"
    assert errors[1].startswith("line 2: not valid JSON") and errors[2] == "line 3: not a JSON object"
    assert "more than the limit of 200" in errors[3] and "unknown format 'pdf'" in errors[4]
    assert "not a string" in errors[5] and "surrogate" in errors[6] and errors[7] == "the id is null"
    assert "no 'body' field" in errors[8]
    assert all(s["missing_risk_disclosure"] is None for s in summary[:9])
    assert stats.errors == 9 and {f["id"] for f in _read_jsonl(tmp_path / "out.jsonl")} == {"fine"}


def test_parquet_in_and_out_keeps_id_type_and_reports_binary_rows(tmp_path, recipe):
    table = pa.table({
        "id": pa.array([1, 2, 3, 4], pa.int64()),
        "body": pa.array([b"Ketamine cures pain.", b"caf\xe9 not utf-8", None, b"\x00\x01binary"], pa.binary()),
    })
    pq.write_table(table, tmp_path / "pages.parquet")
    spec = batch.Spec(str(tmp_path / "pages.parquet"), str(tmp_path / "out.parquet"), "id", "body",
                      format_default="text")
    batch.run(spec, recipe)
    findings = pq.read_table(tmp_path / "out.parquet")
    summary = pq.read_table(tmp_path / "out.summary.parquet").to_pylist()
    assert findings.schema.field("id").type == pa.int64() and set(findings.column("id").to_pylist()) == {1}
    assert [s["status"] for s in summary] == ["ok", "error", "error", "error"]
    assert summary[1]["error"].startswith("text is binary: not valid UTF-8")
    assert summary[3]["error"].startswith("text is binary: binary file")


def test_parallel_run_over_a_parquet_folder_equals_serial(tmp_path, recipe):
    rows = _rows(30)
    folder = tmp_path / "dataset"
    folder.mkdir()
    for part in range(3):
        pq.write_table(pa.Table.from_pylist(rows[part * 10:(part + 1) * 10]), folder / f"part-{part}.parquet")
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.jsonl"
        batch.run(batch.Spec(str(folder), str(out), "doc", "body", "fmt", jobs=jobs, chunk_rows=4), recipe)
        outputs.append((out.read_text(), (tmp_path / f"out{jobs}.summary.jsonl").read_text()))
    assert outputs[0] == outputs[1]
    assert [s["id"] for s in map(json.loads, outputs[1][1].splitlines())] == [r["doc"] for r in rows]


class _Interrupt:
    """A progress callback that stops the run after some chunks, as Ctrl-C would."""

    def __init__(self, after: int) -> None:
        self.after, self.calls = after, 0

    def __call__(self, stats, done) -> None:
        self.calls += 1
        if self.calls == self.after:
            raise KeyboardInterrupt


def test_resume_continues_without_duplicating_rows(tmp_path, recipe):
    rows = _rows(20)
    src = _write_jsonl(tmp_path / "pages.jsonl", rows)
    out = tmp_path / "out.jsonl"
    # no timed checkpoint falls due: the interruption itself keeps the four finished chunks
    spec = batch.Spec(str(src), str(out), "doc", "body", "fmt", chunk_rows=3, checkpoint_seconds=3600)
    with pytest.raises(KeyboardInterrupt):
        batch.run(spec, recipe, _Interrupt(after=4))
    assert not out.exists()  # nothing half-written where the user looks
    resumed = batch.run(batch.Spec(**{**spec.__dict__, "resume": True}), recipe)
    assert resumed.resumed_rows == 12 and resumed.rows == 20
    fresh = tmp_path / "fresh.jsonl"
    batch.run(batch.Spec(str(src), str(fresh), "doc", "body", "fmt", chunk_rows=3), recipe)
    assert out.read_text() == fresh.read_text()
    assert (tmp_path / "out.summary.jsonl").read_text() == (tmp_path / "fresh.summary.jsonl").read_text()


def test_resume_refuses_changed_options_and_plain_rerun_starts_over(tmp_path, recipe):
    src = _write_jsonl(tmp_path / "pages.jsonl", _rows(9))
    spec = batch.Spec(str(src), str(tmp_path / "out.jsonl"), "doc", "body", "fmt", chunk_rows=3, checkpoint_seconds=0)
    with pytest.raises(KeyboardInterrupt):
        batch.run(spec, recipe, _Interrupt(after=2))
    with pytest.raises(batch.BatchError, match="cannot resume: options changed"):
        batch.run(batch.Spec(**{**spec.__dict__, "resume": True, "max_chars": 10}), recipe)
    stats = batch.run(spec, recipe)  # without --resume: from scratch
    assert stats.resumed_rows == 0 and len(_read_jsonl(tmp_path / "out.summary.jsonl")) == 9


def test_cli_batch_and_its_usage_errors(tmp_path, capsys):
    src = _write_jsonl(tmp_path / "pages.jsonl", _rows(3))
    out = tmp_path / "out.parquet"
    assert main(["batch", str(src), "-o", str(out), "--id-column", "doc", "--text-column", "body",
                 "--format-column", "fmt", "-j", "1", "--select", "efficacy"]) == 0
    assert set(pq.read_table(out).column("category").to_pylist()) == {"efficacy"}
    assert (tmp_path / "out.summary.parquet").exists()
    capsys.readouterr()
    cases = [
        (["--id-column", "id", "--text-column", "body"], "no id column 'id' in the first row (columns: doc, body, fmt)"),
        (["--id-column", "doc", "--text-column", "body", "-o", str(tmp_path / "x.csv")], "cannot tell the output format"),
        (["--id-column", "doc", "--text-column", "body", "--select", "nosuch"], "unknown rule or category 'nosuch'"),
        (["--id-column", "doc", "--text-column", "body", "-o", str(src)], "the output would overwrite the input"),
    ]
    for extra, message in cases:
        args = ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), *extra]
        assert main(args) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err
    pq.write_table(pa.table({"doc": [1], "n": [2]}), tmp_path / "t.parquet")
    assert main(["batch", str(tmp_path / "t.parquet"), "-o", str(tmp_path / "o.jsonl"),
                 "--id-column", "doc", "--text-column", "body"]) == 2
    assert "no text column 'body' (columns: doc, n)" in capsys.readouterr().err


def test_recipe_pickles_with_extra_rule_bytes_and_builds_once(tmp_path):
    from conftest import TINY_RULES

    rules = tmp_path / "house" / "tiny.yaml"
    rules.parent.mkdir()
    rules.write_text(TINY_RULES, encoding="utf-8")
    recipe = RuleRecipe.create("us", [rules.parent], ignore=["promotional"], severity={"T-DOSE-001": "error"},
                               merge="none")  # every rule's own finding, unmerged
    rules.unlink()  # workers never need the file itself
    clone = pickle.loads(pickle.dumps(recipe))
    assert clone == recipe and clone.digest == recipe.digest
    ruleset = workers.ruleset_for(clone)
    assert workers.ruleset_for(clone) is ruleset
    active = {r.id: r for r in ruleset.active}
    assert "T-EFF-001" in active and "T-PROMO-001" not in active and str(active["T-DOSE-001"].severity) == "error"
    findings, summaries = workers.lint_rows(clone, [(0, "a", "It cures pain. Take 50 mg daily.", "text")])
    assert {f["rule"] for f in findings} >= {"T-EFF-001", "T-DOSE-001"} and summaries[0]["findings"] == len(findings)


def test_python_dash_m_batch_with_worker_processes(tmp_path):
    """Workers start from a clean interpreter (forkserver/spawn): `python -m healthlint` must not rerun in them."""
    src = _write_jsonl(tmp_path / "pages.jsonl", _rows(4))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(Path(__file__).resolve().parents[1] / "src"), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "healthlint", "batch", str(src), "-o", str(tmp_path / "o.jsonl"),
                           "--id-column", "doc", "--text-column", "body", "--format-column", "fmt", "-j", "2",
                           "--chunk-rows", "1"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "4 rows" in proc.stderr and len(_read_jsonl(tmp_path / "o.summary.jsonl")) == 4
