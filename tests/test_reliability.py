"""Hostile input: never a traceback, never a hang, one stderr line naming the file, the rest still checked.

The fixtures live in tests/regressions/ (see its README); the very large and very
deep inputs are generated here, where their size is visible in the code.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from healthlint.api import lint_files, lint_text
from healthlint.cli import main
from healthlint.sources import read, walk
from helpers import source_slice

ROOT = Path(__file__).resolve().parents[1]
REGRESSIONS = Path(__file__).resolve().parent / "regressions"
INPUTS = REGRESSIONS / "inputs"
CLAIM = "Ketamine cures pain."
SKIPPED = {"binary-nul.md": "binary file", "latin1.md": "not valid UTF-8",
           "invalid-utf8-late.txt": "not valid UTF-8", "utf16.md": "UTF-16 text, not UTF-8",
           "utf32.txt": "UTF-32 text, not UTF-8"}


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray config from the repo
    monkeypatch.delenv("NO_COLOR", raising=False)


def cures(result):
    return [f for f in result.findings if f.rule == "T-EFF-001"]


# -- input files ----------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in INPUTS.iterdir()))
def test_regression_input(name, tiny_rules):
    """Every fixture: no exception; decodable ones lose no claim and every span maps back."""
    path = INPUTS / name
    (result,) = lint_files([(str(path), None)], tiny_rules.with_merge("none"))  # every match, unmerged
    if name in SKIPPED:
        assert not result.findings
        assert [n.message.split(" (")[0].split(";")[0] for n in result.notices] == [SKIPPED[name]]
        assert result.notices[0].path == str(path) and result.notices[0].level == "warning"
        return
    raw = path.read_bytes().decode("utf-8")
    assert len(cures(result)) == raw.count("cures"), "a claim was lost"
    for f in result.findings:
        assert source_slice(raw, f) == f.text


def test_hostile_folder_through_the_cli(tmp_path, capsys):
    """One run over every fixture: skipped files get one line each, the others are all checked."""
    site = tmp_path / "site"
    shutil.copytree(INPUTS, site)
    (site / "good.md").write_text(CLAIM + "\n")
    (site / "loop").symlink_to(".", target_is_directory=True)  # a symlink loop is not followed
    (site / "deep.html").write_text("<div>" * 20_000 + CLAIM + "</div>" * 20_000)
    code = main(["check", "--format", "json", str(site)])
    out, err = capsys.readouterr()
    assert code == 1  # findings; the skipped files are warnings, not errors
    assert "Traceback" not in err
    lines = err.splitlines()
    for name, why in SKIPPED.items():
        (line,) = [line for line in lines if name in line]
        assert line.startswith(f"healthlint: {site / name}: warning: {why}")
    assert len(lines) == len(SKIPPED)
    paths = {Path(f["path"]).name for f in json.loads(out)}
    assert {"good.md", "deep.html", "crlf.md", "bom.html", "malformed.md", "malformed.html"} <= paths
    assert not any("loop" in f["path"] for f in json.loads(out))


@pytest.mark.parametrize("fmt,text", [
    ("html", "<div>" * 20_000 + CLAIM + "</div>" * 20_000),
    ("html", "<b>" * 20_000 + CLAIM),  # never closed
    ("html", "<li><ul>" * 10_000 + CLAIM),
    ("html", "<table><tr><td>" * 5_000 + CLAIM),
    ("markdown", ">" * 20_000 + " " + CLAIM + "\n"),
    ("markdown", "".join("  " * i + "- item\n" for i in range(3_000)) + CLAIM + "\n\nAfter: it cures.\n"),
    ("markdown", "*" * 20_000 + CLAIM + "*" * 20_000 + "\n"),
    ("markdown", "[" * 20_000 + CLAIM + "]" * 20_000 + "\n"),
    ("markdown", "<div>" * 20_000 + "\n" + CLAIM + "\n"),
    ("markdown", "> - " * 5_000 + CLAIM + "\n"),
], ids=["html-div", "html-unclosed-b", "html-list", "html-table", "md-blockquote", "md-list", "md-emphasis",
        "md-brackets", "md-html-block", "md-quote-list"])
def test_deep_nesting_loses_nothing(fmt, text, tiny_rules):
    """No RecursionError, and the claim past markdown-it's nesting limit is still found (regression)."""
    result = lint_text(text, tiny_rules, format=fmt)
    assert len(cures(result)) == text.count("cures")
    for f in result.findings:
        assert source_slice(text, f) == f.text


UNCLOSABLE = {"start-tags": "<a " * 25_000, "attribute": "<a b='x " * 12_500, "comments": "<!--x>" * 12_500,
              "comment-openers": "<!--" * 25_000, "end-tags": "</a" * 25_000, "instructions": "<?" * 25_000}


def test_unclosable_html_is_masked_not_rescanned():
    from healthlint.parsers.html import _defuse_unclosable

    text = "<p>a</p><!-- ok --> <!-- open <b>x</b> <a <!--"
    masked = _defuse_unclosable(text)
    assert len(masked) == len(text)
    assert masked == "<p>a</p><!-- ok --> \x02!-- open <b>x</b> \x02a \x02!--"


def test_unclosable_html_does_not_hang(tmp_path):
    """html.parser rescanned to the end once per unclosable '<' (75 KB of '<a ' took two minutes)."""
    script = (
        "import sys, json\n"
        "from healthlint.parsers import parse\n"
        "cases = json.loads(sys.stdin.read())\n"
        "for text in cases.values():\n"
        "    assert parse(text, 'html').prose == text, text[:20]\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-c", script], input=json.dumps(UNCLOSABLE), capture_output=True,
                          text=True, env=env, timeout=90)  # a hang guard, not a timing target
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_very_long_line(fmt, tiny_rules):
    text = "word " * 200_000 + CLAIM + " trailing" * 10_000
    result = lint_text(text, tiny_rules, format=fmt)
    (finding,) = cures(result)
    assert (finding.line, finding.column, finding.text) == (1, 1_000_010, "cures")


def test_text_output_of_a_long_line_stays_small(tiny_rules):
    """Each finding used to print its whole source line: 100 claims on a 1 MB line made 200 MB of output."""
    from healthlint.reporters import RenderOptions
    from healthlint.reporters.text import render

    text = ("filler " * 1_500 + CLAIM + " ") * 100
    result = lint_text(text, tiny_rules, format="text", path="one-line.txt")
    assert len(cures(result)) == 100
    out = render([result], tiny_rules, RenderOptions())
    assert len(out) < 100 * 1_000
    excerpt, marker = out.split("\n")[1:3]
    assert "Ketamine cures pain." in excerpt and excerpt.endswith("\u2026")
    assert excerpt[marker.index("^"):][:5] == "cures"


def test_thousands_of_next_line_directives(tiny_rules):
    """Each directive used to re-split the whole text and every finding scanned every directive (quadratic)."""
    text = ("<!-- healthlint-disable-next-line T-EFF-001 -->\nIt cures pain.\n\nA miracle cure.\n\n") * 3_000
    result = lint_text(text, tiny_rules, format="markdown")
    found = cures(result)
    assert len(found) == 3_000 and all(f.text == "cure" for f in found)
    assert {f.line for f in found} == {5 * i + 4 for i in range(3_000)}


def test_twenty_megabyte_file(tmp_path, tiny_rules):
    """20 MB of copy is read, decoded and checked (plain text: the Markdown case is timed by benchmarks)."""
    path = tmp_path / "big.txt"
    para = "Plain paragraph about scheduling a visit with the clinic team today.\n\n"
    path.write_text(para * (20_000_000 // len(para)) + CLAIM + "\n")
    assert path.stat().st_size >= 20_000_000
    (result,) = lint_files([(str(path), None)], tiny_rules)
    (finding,) = cures(result)
    assert finding.text == "cures" and finding.line == 2 * (20_000_000 // len(para)) + 1


# -- walking folders ------------------------------------------------------------

def _walked(paths):
    return [(Path(p).name, n.message if n else None) for p, n in walk(paths, lambda p: False)]


def test_symlink_loops_are_not_followed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.md").write_text(CLAIM)
    (tmp_path / "a" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "a" / "self.md").symlink_to("self.md")  # a file link that loops
    walked = _walked([str(tmp_path / "a")])
    assert ("page.md", None) in walked and len([w for w in walked if w[0] == "page.md"]) == 1
    source, notice = read(str(tmp_path / "a" / "self.md"))
    assert source is None and notice.level == "error" and "cannot read" in notice.message


def test_fifo_in_a_folder_is_skipped_not_opened(tmp_path):
    """Opening a FIFO blocks until a writer comes: a walked folder must never do it."""
    (tmp_path / "pipe.md").unlink(missing_ok=True)
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "page.md").write_text(CLAIM)
    assert _walked([str(tmp_path)]) == [("page.md", None), ("pipe.md", "not a regular file; skipped")]


def test_unreadable_folder_is_reported(tmp_path, monkeypatch, capsys):
    """chmod 000 does not stop root (the tests' usual user), so the refusal is simulated where needed."""
    site = tmp_path / "site"
    (site / "locked").mkdir(parents=True)
    (site / "locked" / "hidden.md").write_text(CLAIM)
    (site / "page.md").write_text(CLAIM)
    locked = str(site / "locked")
    if os.geteuid() == 0:
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        os.chmod(locked, 0)
    try:
        code = main(["check", "--format", "json", str(site)])
    finally:
        os.chmod(locked, stat.S_IRWXU)
    out, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == f"healthlint: {locked}: error: cannot read folder: Permission denied; skipped"
    assert [Path(f["path"]).name for f in json.loads(out) if f["category"] == "efficacy"] == ["page.md"]


def test_unreadable_file_is_reported(tmp_path, monkeypatch, capsys):
    bad, good = tmp_path / "secret.md", tmp_path / "page.md"
    bad.write_text(CLAIM)
    good.write_text(CLAIM)
    if os.geteuid() == 0:
        import builtins

        real = builtins.open

        def refusing(file, *args, **kwargs):
            if os.fspath(file) == str(bad):
                raise PermissionError(13, "Permission denied", str(bad))
            return real(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", refusing)
    else:
        bad.chmod(0)
    code = main(["check", "--format", "json", str(bad), str(good)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == f"healthlint: {bad}: error: cannot read: Permission denied; skipped"
    assert {Path(f["path"]).name for f in json.loads(out)} == {"page.md"}


def test_missing_path_and_folder(tmp_path, capsys):
    (tmp_path / "page.md").write_text(CLAIM)
    code = main(["check", "--format", "json", "gone/", str(tmp_path / "page.md"), "nope.md"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines() == ["healthlint: gone/: error: no such file or directory",
                                "healthlint: nope.md: error: no such file or directory"]
    assert json.loads(out)


def test_stdin_binary_and_empty(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01\x02")))
    assert main(["check", "--stdin-filename", "logo.md", "-"]) == 0
    assert capsys.readouterr().err.strip() == "healthlint: logo.md: warning: binary file (NUL bytes); skipped"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["check", "-"]) == 0
    assert capsys.readouterr().err == ""


# -- rule and config files --------------------------------------------------------

RULE_ERRORS = {  # fixture -> (line, what the one stderr line must name)
    "unknown-key.yaml": (6, ["unknown field 'phrses'", "R-EFF-001"]),
    "wrong-type.yaml": (6, ["phrases", "R-EFF-001"]),
    "wrong-severity.yaml": (7, ["severity", "R-EFF-001"]),
    "duplicate-id.yaml": (9, ["duplicate rule id R-EFF-001"]),
    "duplicate-key.yaml": (8, ["duplicate key 'message'"]),
    "invalid-regex.yaml": (6, ["invalid regex", "'patterns'", "R-EFF-001"]),
    "invalid-context-regex.yaml": (7, ["invalid regex", "'context.absent'", "R-EFF-001"]),
    "invalid-document-regex.yaml": (14, ["invalid regex", "'requires'", "R-RISK-001"]),
    "unknown-placeholder.yaml": (7, ["message", "{matched}", "R-EFF-001"]),
    "format-spec.yaml": (7, ["message", "no format spec", "R-EFF-001"]),
    "python-tag.yaml": (1, ["invalid YAML", "python/object/apply"]),
    "python-name-tag.yaml": (2, ["invalid YAML", "python/name"]),
    "alias-bomb.yaml": (None, ["alias"]),
    "merge-key.yaml": (3, ["merge keys"]),
    "not-a-list.yaml": (1, ["list of rules"]),
    "bad-yaml.yaml": (7, ["invalid YAML"]),
    "tabs-invalid.yaml": (4, ["invalid YAML"]),
}


def _copy_fixture(src: Path, dest: Path, marker: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(src.read_text().replace("{marker}", str(marker)))
    return dest


def _one_error_line(capsys) -> str:
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("name", sorted(RULE_ERRORS))
def test_bad_rule_file_via_cli(name, tmp_path, capsys):
    marker = tmp_path / "pwned"
    rules = _copy_fixture(REGRESSIONS / "rules" / name, tmp_path / "house" / name, marker)
    (tmp_path / ".healthlint.yaml").write_text("extra_rules: [house]\n")
    (tmp_path / "page.md").write_text(CLAIM)
    assert main(["check", "page.md"]) == 2
    line = _one_error_line(capsys)
    expected_line, names = RULE_ERRORS[name]
    prefix = f"healthlint: {rules}:{expected_line}: " if expected_line else f"healthlint: {rules}:"
    assert line.startswith(prefix), line
    for part in names:
        assert part in line
    assert not marker.exists()  # a Python tag is never executed


def test_alias_bomb_is_rejected_fast(tmp_path):
    import time

    from healthlint.rules.loader import compile_files
    from healthlint.yamlsrc import SourceError

    started = time.process_time()
    with pytest.raises(SourceError, match="alias"):
        compile_files([REGRESSIONS / "rules" / "alias-bomb.yaml"])
    assert time.process_time() - started < 5  # 10**10 nodes if expanded: it never is


CONFIG_ERRORS = {  # fixture -> (line or None, what the line must name)
    "unknown-key.yaml": (2, ["unknown key 'fail-on'"]),
    "wrong-type.yaml": (2, ["'select'"]),
    "bad-fail-on.yaml": (1, ["'fail_on'"]),
    "bad-severity.yaml": (2, ["severity", "HL-EFF-001"]),
    "duplicate-key.yaml": (2, ["duplicate key 'profile'"]),
    "bad-yaml.yaml": (2, ["invalid YAML"]),
    "not-a-mapping.yaml": (1, ["mapping"]),
    "python-tag.yaml": (1, ["invalid YAML", "python/object/apply"]),
    "alias-bomb.yaml": (None, ["alias"]),
    "unknown-rule.yaml": (1, ["HL-NOPE-999", "select"]),
    "unknown-profile.yaml": (1, ["unknown profile 'mars'"]),
    "missing-rules-folder.yaml": (1, ["extra_rules", "no/such/folder"]),
}


@pytest.mark.parametrize("name", sorted(CONFIG_ERRORS))
def test_bad_config_via_cli(name, tmp_path, capsys):
    marker = tmp_path / "pwned"
    config = _copy_fixture(REGRESSIONS / "config" / name, tmp_path / "cfg" / name, marker)
    (tmp_path / "page.md").write_text(CLAIM)
    assert main(["check", "--config", str(config), "page.md"]) == 2
    line = _one_error_line(capsys)
    expected_line, names = CONFIG_ERRORS[name]
    prefix = f"healthlint: {config}:{expected_line}: " if expected_line else f"healthlint: {config}"
    assert line.startswith(prefix), line
    for part in names:
        assert part in line
    assert not marker.exists()


def test_bad_pyproject(tmp_path, capsys):
    (tmp_path / "page.md").write_text(CLAIM)
    shutil.copy(REGRESSIONS / "config" / "bad-pyproject.toml", tmp_path / "pyproject.toml")
    assert main(["check", "--config", "pyproject.toml", "page.md"]) == 2
    assert _one_error_line(capsys).startswith("healthlint: pyproject.toml: invalid TOML")


# -- catastrophic user patterns ---------------------------------------------------

def _slow_rules(tmp_path: Path) -> Path:
    return _copy_fixture(REGRESSIONS / "rules" / "catastrophic.yaml", tmp_path / "house" / "slow.yaml", tmp_path)


def test_nested_quantifier_on_forty_as_and_a_bang_completes():
    """`(a+)+$` is the textbook case; the regex module's own safeguards make it linear here."""
    import regex

    assert regex.compile(r"(a+)+$").search("a" * 40 + "!", timeout=5) is None


def test_catastrophic_pattern_is_interrupted_by_the_timeout():
    """The engine relies on `timeout=` really interrupting search and finditer on this regex version."""
    import regex

    pattern = regex.compile(r"(a|aa)+$")
    with pytest.raises(TimeoutError):
        pattern.search("a" * 60 + "!", timeout=0.2)
    with pytest.raises(TimeoutError):
        list(pattern.finditer("a" * 60 + "!", timeout=0.2))


def test_catastrophic_rules_time_out_and_the_rest_go_on(tmp_path, monkeypatch, capsys):
    """Span, context and document rules all bounded; each timeout names its rule; other findings print."""
    from healthlint.matchers import base

    # every rule kind's budget comes from matchers.base (context and document rules share a per-document deadline)
    monkeypatch.setattr(base, "time_budget", lambda length: 0.3)
    _slow_rules(tmp_path)
    (tmp_path / ".healthlint.yaml").write_text("extra_rules: [house]\n")
    (tmp_path / "page.md").write_text("Ketamine cures fibromyalgia.\n\nA miracle. " + "a" * 60 + "!\n")
    code = main(["check", "--format", "json", "page.md"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    timed_out = sorted(re.findall(r"rule (R-[A-Z]+-\d+) timed out", err))
    assert timed_out == ["R-SLOW-001", "R-SLOW-002", "R-SLOW-003"]
    assert all("page.md: error: rule" in line for line in err.splitlines())
    rules = {f["rule"] for f in json.loads(out)}
    assert any(r.startswith("HL-EFF") for r in rules) and any(r.startswith("HL-PROMO") for r in rules)


def test_catastrophic_pattern_end_to_end_with_the_real_budget(tmp_path):
    """Through `python -m healthlint` with the shipped time budget: the hook ends, naming the rule."""
    _slow_rules(tmp_path)
    (tmp_path / ".healthlint.yaml").write_text("extra_rules: [house]\nselect: [HL-EFF-001, R-SLOW-001, R-NESTED-001]\n")
    (tmp_path / "page.md").write_text("Ketamine cures pain for good.\n\n" + "a" * 40 + "!\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "healthlint", "check", "page.md"], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [
        line for line in proc.stderr.splitlines() if line.startswith("healthlint: page.md: error: rule R-SLOW-001 timed out")]
    assert len(proc.stderr.splitlines()) == 1
    assert "HL-EFF-001" in proc.stdout and "R-NESTED-001" not in proc.stderr


# -- nothing is written -----------------------------------------------------------

def _snapshot(folder: Path) -> dict:
    state = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = p.lstat()
            state[str(p)] = (st.st_mode, st.st_size, st.st_mtime_ns,
                             p.read_bytes() if stat.S_ISREG(st.st_mode) else os.readlink(p) if p.is_symlink() else None)
        state[dirpath] = os.lstat(dirpath).st_mtime_ns
    return state


def test_check_writes_nothing_in_any_format(tmp_path, monkeypatch, capsys):
    from healthlint.reporters import REPORTERS

    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    tree = tmp_path / "tree"
    shutil.copytree(INPUTS, tree / "site")
    (tree / "site" / "good.md").write_text("<!-- healthlint-disable-next-line nonsense -->\n" + CLAIM)
    (tree / "house").mkdir()
    shutil.copy(REGRESSIONS / "rules" / "catastrophic.yaml", tree / "house" / "r.yaml")
    (tree / ".healthlint.yaml").write_text("extra_rules: [house]\nignore: [R-SLOW-001, R-SLOW-002, R-SLOW-003]\n")
    monkeypatch.chdir(tree)
    before = _snapshot(tree)
    for fmt in REPORTERS:
        assert main(["check", "--format", fmt, "site"]) in (1, 2)
        assert main(["rules", "list"]) == 0
    capsys.readouterr()
    assert _snapshot(tree) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["home", "tree"] if home.exists() else ["tree"])
