"""--format html: a self-contained, escaped page with findings highlighted in place.
(tests/test_html_browser.py renders it in a real browser.)"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from html.parser import HTMLParser

from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.reporters import RenderOptions, get, needs_source

from test_golden import golden_run


class Page(HTMLParser):
    """Collects what the tests look at: marks and their text, scripts, attributes with URLs."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[list[int], str]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.urls: list[str] = []
        self.meta: list[dict] = []
        self._stack: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.urls += [v for k, v in attrs.items() if k in ("src", "href", "action") and v and not v.startswith("#")]
        if tag == "meta":
            self.meta.append(attrs)
            return
        self._stack.append((tag, attrs))
        if tag == "mark":
            self.marks.append(([int(n) for n in attrs["data-fs"].split()], ""))
        if tag == "script":
            self.scripts.append((attrs, ""))

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_data(self, data):
        tags = [t for t, _ in self._stack]
        if "mark" in tags:
            ids, text = self.marks[-1]
            self.marks[-1] = (ids, text + data)
        if tags and tags[-1] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def highlighted(page: Page) -> dict[int, str]:
    text: dict[int, str] = {}
    for ids, chunk in page.marks:
        for n in ids:
            text[n] = text.get(n, "") + chunk
    return text


def test_every_highlight_holds_exactly_its_findings_text(monkeypatch):
    html = golden_run(monkeypatch, "html", keep_source=True)
    page = Page(html)
    data = json.loads(next(t for a, t in page.scripts if a.get("type") == "application/json"))
    assert len(data) == 8
    assert highlighted(page) == {f["id"]: f["text"] for f in data}
    # overlapping findings (the cure claim and the page-level risk finding) share one mark
    assert any(len(ids) == 2 for ids, _ in page.marks)
    # the span over a line break is split at the line end and still reads "eliminate\npain"
    assert "eliminate\npain" in highlighted(page).values()


def test_copy_is_escaped_and_nothing_external(monkeypatch):
    html = golden_run(monkeypatch, "html", keep_source=True)
    page = Page(html)
    # the leaflet's own <script> is shown as text, never as a tag: ours are the only three
    assert '&lt;script&gt;document.body.setAttribute(&quot;data-injected&quot;' not in html  # text nodes keep quotes
    assert "&lt;script&gt;document.body.setAttribute(\"data-injected\"" in html
    assert len(page.scripts) == 3 and html.count("<script") == 3
    assert page.urls == []  # no stylesheet, script, image or link that leaves the page
    csp = next(m["content"] for m in page.meta if m.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    for attrs, body in page.scripts:
        if attrs.get("type") != "application/json":
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in csp  # only our own scripts may run


def test_json_payload_cannot_close_its_script(tiny_rules):
    result = lint_text("It cures </script><script>alert(1)</script> pain.", tiny_rules, format="text",
                       keep_source=True)
    html = get("html")([result], tiny_rules, RenderOptions())
    assert html.count("<script") == 3 and html.count("</script>") == 3


def test_summary_filters_and_notes(monkeypatch):
    html = golden_run(monkeypatch, "html", keep_source=True)
    assert re.search(r'<th scope="row"><span class="swatch" data-cat="efficacy"></span>efficacy</th>'
                     r'<td class="num">2</td><td class="num"></td><td class="num">1</td>', html)
    for category in ("efficacy", "promotional", "dosing", "risk_disclosure"):
        assert f'data-filter="category" value="{category}" checked' in html
    assert 'data-filter="category" value="safety"' not in html  # only categories that occur
    assert html.count('<li class="note"') == 8
    assert "<b>Suggestion:</b> may help some patients" in html
    assert "<b>Basis:</b> 21 CFR 202.1(e)(6)(i); FTC Health Products Compliance Guidance (2022)" in html
    assert html.count('<section class="file') == 2
    assert "G-NOPE-9" in html  # the unknown suppression name is listed


def test_cli_keeps_source_only_for_html(tmp_path, monkeypatch, capsys):
    assert needs_source("html") and not needs_source("json") and not needs_source("sarif")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"<b>Ketamine</b> cures <i>pain</i>.\n")))
    assert main(["check", "--format", "html", "-", "--stdin-filename", "page.html"]) == 1
    html = capsys.readouterr().out
    assert '<span class="ln" data-n="1">&lt;b&gt;Ketamine&lt;/b&gt; ' in html  # stdin's text is shown too
    assert "page.html" in html


def test_without_source_the_notes_still_show(tiny_rules):
    html = get("html")([lint_text("It cures pain.", tiny_rules)], tiny_rules, RenderOptions())
    assert "Source text not available" in html and html.count('<li class="note"') == 2
