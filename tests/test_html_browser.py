"""The HTML report in a real headless browser (Chromium).

The page checks itself on load: every highlight must hold exactly its finding's
text and start on its line (``data-selfcheck="ok"`` on <body>), and script errors
or blocked resources are recorded in ``data-jserror`` on <html>. Skipped, with the
reason, only when no Chromium is installed (.ci/run installs it with apt-get).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from healthlint.api import lint_files, lint_text
from healthlint.reporters import RenderOptions, get
from healthlint.rules.loader import load_rules

from test_golden import golden_run

ROOT = Path(__file__).resolve().parents[1]
BROWSER = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome",
                                             "google-chrome-stable", "chrome")) if p), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on PATH: install it (apt-get install chromium) "
                                                        "to render the HTML report in a headless browser")


def dump_dom(html: str, tmp_path: Path, fragment: str = "") -> str:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage",  # small /dev/shm in containers
               f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert "<body" in done.stdout, f"{BROWSER} did not render the page (exit {done.returncode}): {done.stderr[-2000:]}"
    return done.stdout


def body_attr(dom: str, name: str) -> str | None:
    m = re.search(r"<body[^>]*\s" + name + r'="([^"]*)"', dom)
    return m.group(1) if m else None


def assert_clean(dom: str, findings: int) -> None:
    html_tag = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-jserror" not in html_tag, html_tag
    assert body_attr(dom, "data-selfcheck") == "ok", body_attr(dom, "data-selfcheck")
    assert body_attr(dom, "data-checked") == str(findings)


def test_golden_page_highlights_the_right_words(monkeypatch, tmp_path):
    html = golden_run(monkeypatch, "html", keep_source=True)
    dom = dump_dom(html, tmp_path)
    assert_clean(dom, 8)
    assert body_attr(dom, "data-injected") is None  # the copy's own <script> was shown, not run
    assert 'setAttribute("data-injected", "yes")&lt;/script&gt;' in dom
    assert "Showing 8 of 8 findings." in dom


def test_examples_with_the_shipped_rules(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    ruleset = load_rules()
    results = list(lint_files([(str(p.relative_to(ROOT)), None) for p in sorted((ROOT / "examples").glob("*.md"))],
                              ruleset, keep_source=True))
    total = sum(len(r.findings) for r in results)
    assert total
    assert_clean(dump_dom(get("html")(results, ruleset, RenderOptions()), tmp_path), total)


def test_tabs_crlf_and_astral_characters(tiny_rules, tmp_path):
    text = "Intro\r\n\t😀😀 It cures\r\npain 50 mg.\r\n\r\nA 🙂 miracle, a \"miracle\"; cure.\n"
    result = lint_text(text, tiny_rules, format="text", keep_source=True)
    assert_clean(dump_dom(get("html")([result], tiny_rules, RenderOptions()), tmp_path), len(result.findings))


def test_filters_hide_notes_and_highlights(monkeypatch, tmp_path):
    html = golden_run(monkeypatch, "html", keep_source=True)
    dom = dump_dom(html, tmp_path, "#hide=promotional,info")
    assert_clean(dom, 8)
    assert body_attr(dom, "data-hidden") == "promotional,info"
    assert "Showing 4 of 8 findings." in dom  # 2 promotional and 1 info (cited) hidden, 1 more promotional
    notes = re.findall(r'<li class="note[^"]*"[^>]*>', dom)
    for note in notes:
        hidden = "hidden" in note
        assert hidden == ('data-cat="promotional"' in note or 'data-sev="info"' in note), note
    marks = re.findall(r'<mark class="hl[^"]*"[^>]*>', dom)
    off = [m for m in marks if 'class="hl off"' in m]
    assert off and all(re.search(r'data-fs="\d+"', m) for m in off)  # only marks of hidden findings alone


def test_the_self_check_catches_a_misplaced_highlight(monkeypatch, tmp_path):
    html = golden_run(monkeypatch, "html", keep_source=True)
    tampered = html.replace('"text": "50 mg"', '"text": "50 mg twice"', 1)
    assert tampered != html
    check = body_attr(dump_dom(tampered, tmp_path), "data-selfcheck")
    assert check.startswith("fail:") and "G-DOSE-001@6:6" in check


def test_an_unknown_script_is_blocked_and_reported(monkeypatch, tmp_path):
    html = golden_run(monkeypatch, "html", keep_source=True)
    tampered = html.replace("</body>", "<script>document.body.dataset.ran = 'yes'</script></body>")
    dom = dump_dom(tampered, tmp_path)
    assert body_attr(dom, "data-ran") is None
    assert "CSP script-src" in re.search(r"<html[^>]*>", dom).group(0)
