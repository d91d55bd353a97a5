"""-j/--jobs: worker processes change nothing in the output, only the time it takes."""
from __future__ import annotations

import json

import pytest

from healthlint import api
from healthlint.cli import main

PAGES = [
    "# Clinic\n\nKetamine cures fibromyalgia. A miracle breakthrough!\n",
    "<p>Our infusions are <b>100% safe</b> with no side effects.</p>\n",
    "Book today: limited spots. Studies show it resets the nervous system.\n",
    "Side effects include nausea. Your physician will set the dose after an evaluation.\n",
]


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(api, "PARALLEL_MIN_BYTES", 0)  # parallel even for a small test site
    folder = tmp_path / "site"
    for i in range(24):
        suffix = (".md", ".html", ".txt", ".md")[i % 4]
        (folder / f"d{i % 3}").mkdir(parents=True, exist_ok=True)
        (folder / f"d{i % 3}" / f"page{i:02d}{suffix}").write_text(PAGES[i % 4] * (1 + i % 5), encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\x00\x01binary")
    return folder


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_output_is_identical_for_any_number_of_jobs(site, capsys, fmt):
    serial = _run(capsys, "--format", fmt, "-j", "1", str(site))
    assert serial[0] == 1 and serial[1]
    for jobs in ("2", "3"):
        assert _run(capsys, "--format", fmt, "--jobs", jobs, str(site)) == serial


def test_lint_files_keeps_input_order_and_reports_progress(site, default_rules):
    paths = [(str(p), None) for p in sorted(site.rglob("*.*"), reverse=True)]
    seen: list[tuple[int, int]] = []
    results = list(api.lint_files(paths, default_rules, jobs=2, progress=lambda d, t: seen.append((d, t))))
    assert [r.path for r in results] == [p for p, _ in paths]
    assert seen == [(i, len(paths)) for i in range(1, len(paths) + 1)]
    serial = list(api.lint_files(paths, default_rules, jobs=1))
    assert [(r.findings, r.notices) for r in results] == [(r.findings, r.notices) for r in serial]


def test_small_inputs_stay_in_process(tmp_path, default_rules, monkeypatch):
    page = tmp_path / "a.md"
    page.write_text(PAGES[0], encoding="utf-8")

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a few bytes")

    monkeypatch.setattr(api, "_parallel", no_pool)
    results = list(api.lint_files([(str(page), None)] * 3, default_rules, jobs=4))
    assert len(results) == 3 and results[0].findings


@pytest.mark.parametrize("bad", ["0", "-2", "many"])
def test_bad_jobs_value_is_a_usage_error(capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["check", "-j", bad, "."])
    assert exc.value.code == 2
    assert "expected a whole number" in capsys.readouterr().err


def test_progress_bar_only_on_a_terminal_with_many_files(site, capsys, monkeypatch):
    import sys

    _run(capsys, "--format", "json", str(site))
    assert "files" not in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    from healthlint import cli

    monkeypatch.setattr(cli._Progress, "MIN_FILES", 5)
    code, out, err = _run(capsys, "--format", "json", str(site))
    assert "healthlint [" in err and "25/25 files" in err
    assert json.loads(out)
