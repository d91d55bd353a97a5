"""--format html: one self-contained page a reviewer opens in a browser.

Each file's source is shown as wrapped preformatted text with line numbers, every
finding highlighted in place from its line/column span (coloured by category,
underlined by severity), and a note per finding beside it (message, rule, basis,
suggestion). A summary by category and severity sits on top, with checkboxes that
filter highlights and notes (also preset from the URL: ``report.html#hide=promotional,info``).

Everything from the copy is HTML-escaped; the CSS and JS are inline (read from
``html_report.css``/``html_report.js`` next to this module) and a Content-Security-Policy
allows nothing else: no external request, and only our own scripts (by hash) run.
On load the page checks itself: each highlight's text must equal the finding's text
(``document.body.dataset.selfcheck`` is "ok" or says what failed), and script errors are
recorded in ``data-jserror`` on ``<html>``; the browser test reads both.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from html import escape
from importlib import resources

from .. import __version__
from ..findings import CATEGORIES

NEEDS_SOURCE = True  # the CLI keeps each file's text in its LintResult for this format
SEVERITIES = ("error", "warning", "info")

_HEAD_JS = ("(function(){var r=document.documentElement;function note(m){r.setAttribute('data-jserror',"
            "(r.getAttribute('data-jserror')||'')+m+';');}"
            "window.addEventListener('error',function(e){note(e.message||'error');});"
            "document.addEventListener('securitypolicyviolation',function(e){note('CSP '+e.violatedDirective);});})();")


def _resource(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _attr(text) -> str:
    return escape(str(text), quote=True)


def render(results, ruleset, options) -> str:
    results = sorted(results, key=lambda r: r.path)
    findings = sorted(f for r in results for f in r.findings)
    ids = {id(f): n for n, f in enumerate(findings, 1)}
    notices = sorted({n for r in results for n in r.notices} | set(getattr(options, "notices", ()) or ()))
    counts = Counter((f.category, str(f.severity)) for f in findings)
    files_with = sum(1 for r in results if r.findings)

    body = [_header(len(findings), files_with, len(results)),
            '<div class="top">', _summary(counts), _filters(counts), _toc(results), _notices(notices), "</div>"]
    for number, result in enumerate(results, 1):
        body.append(_file_section(number, result, ids))
    data = [{"id": ids[id(f)], "text": f.text, "line": f.line, "column": f.column,
             "end_line": f.end_line, "end_column": f.end_column, "rule": f.rule,
             "category": f.category, "severity": str(f.severity)} for f in findings]
    payload = (json.dumps(data, ensure_ascii=False).replace("&", "\\u0026")
               .replace("<", "\\u003c").replace(">", "\\u003e"))
    script = _resource("html_report.js")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src {_hash(_HEAD_JS)} {_hash(script)}; base-uri 'none'; form-action 'none'")
    title = f"healthlint report: {len(findings)} finding{'s' if len(findings) != 1 else ''}"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title>",
        f"<script>{_HEAD_JS}</script>",
        f"<style>\n{_resource('html_report.css')}</style>",
        "</head>",
        "<body>",
        *body,
        f'<script type="application/json" id="hl-findings">{payload}</script>',
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _header(total: int, files_with: int, checked: int) -> str:
    return (f'<header><h1>healthlint report</h1><p class="meta">{_plural(total, "finding")} in '
            f'{files_with} of {_plural(checked, "file")} · healthlint {escape(__version__)} · '
            'click a highlight to see its note, a note to find its text</p></header>')


def _summary(counts: Counter) -> str:
    rows = []
    for category in CATEGORIES:
        row = [counts[(category, s)] for s in SEVERITIES]
        if not sum(row):
            continue
        cells = "".join(f'<td class="num">{n or ""}</td>' for n in row)
        rows.append(f'<tr><th scope="row"><span class="swatch" data-cat="{category}"></span>{category}</th>'
                    f'{cells}<td class="num total">{sum(row)}</td></tr>')
    if not rows:
        return '<section id="summary"><p class="clean">No findings.</p></section>'
    totals = "".join(f'<td class="num">{sum(counts[(c, s)] for c in CATEGORIES) or ""}</td>' for s in SEVERITIES)
    head = "".join(f'<th scope="col"><span class="badge" data-sev="{s}">{s}</span></th>' for s in SEVERITIES)
    return ('<section id="summary"><h2>Summary</h2><table class="summary"><thead><tr><th scope="col">category</th>'
            f'{head}<th scope="col">total</th></tr></thead><tbody>{"".join(rows)}</tbody>'
            f'<tfoot><tr><th scope="row">all</th>{totals}<td class="num total">{sum(counts.values())}</td></tr>'
            '</tfoot></table></section>')


def _filters(counts: Counter) -> str:
    if not counts:
        return ""
    cats = []
    for category in CATEGORIES:
        n = sum(counts[(category, s)] for s in SEVERITIES)
        if n:
            cats.append(f'<label><input type="checkbox" data-filter="category" value="{category}" checked>'
                        f'<span class="swatch" data-cat="{category}"></span>{category} ({n})</label>')
    sevs = []
    for severity in SEVERITIES:
        n = sum(counts[(c, severity)] for c in CATEGORIES)
        sevs.append(f'<label><input type="checkbox" data-filter="severity" value="{severity}" checked'
                    f'{"" if n else " disabled"}><span class="badge" data-sev="{severity}">{severity}</span> ({n})</label>')
    return ('<section id="filters"><h2>Show</h2>'
            f'<fieldset><legend>Categories</legend>{"".join(cats)}</fieldset>'
            f'<fieldset><legend>Severities</legend>{"".join(sevs)}</fieldset>'
            '<p class="meta" id="shown" aria-live="polite"></p></section>')


def _toc(results) -> str:
    if len(results) < 2:
        return ""
    items = "".join(f'<li><a href="#file-{n}">{escape(r.path)}</a> ({_plural(len(r.findings), "finding")})</li>'
                    for n, r in enumerate(results, 1))
    return f'<nav id="files"><h2>Files</h2><ul>{items}</ul></nav>'


def _notices(notices) -> str:
    if not notices:
        return ""
    items = "".join(f'<li data-level="{_attr(n.level)}">{escape(str(n))}</li>' for n in notices)
    return f'<section id="notices"><h2>Not checked or needs attention</h2><ul>{items}</ul></section>'


def _file_section(number: int, result, ids: dict) -> str:
    head = (f'<h2><span class="path">{escape(result.path)}</span> '
            f'<span class="meta">{_plural(len(result.findings), "finding")}</span></h2>')
    notes = "".join(_note(f, ids[id(f)]) for f in result.findings)
    if result.source is None:
        body = '<p class="meta">Source text not available (lint with keep_source=True to show it).</p>'
        return f'<section class="file" id="file-{number}">{head}{body}<ol class="notes">{notes}</ol></section>'
    source = _source(result.source, result.findings, ids)
    if not result.findings:
        return (f'<section class="file clean" id="file-{number}">{head}'
                f'<details><summary>Show the text</summary>{source}</details></section>')
    return (f'<section class="file" id="file-{number}">{head}<div class="cols">{source}'
            f'<ol class="notes">{notes}</ol></div></section>')


def _note(f, n: int) -> str:
    parts = [f'<li class="note" id="n{n}" data-f="{n}" data-cat="{f.category}" data-sev="{f.severity}">',
             f'<div class="note-head"><span class="badge" data-sev="{f.severity}">{f.severity}</span> '
             f'<a class="where" href="#h{n}" data-f="{n}">{f.line}:{f.column}</a> '
             f'<code>{escape(f.rule)}</code> {escape(f.name)} '
             f'<span class="cat"><span class="swatch" data-cat="{f.category}"></span>{f.category}</span></div>',
             f'<p class="msg">{escape(f.message)}</p>']
    if f.suggestion:
        parts.append(f'<p class="sugg"><b>Suggestion:</b> {escape(f.suggestion)}</p>')
    if f.references:
        parts.append(f'<p class="basis"><b>Basis:</b> {escape("; ".join(f.references))}</p>')
    parts.append("</li>")
    return "".join(parts)


def _spans(text: str, findings, ids: dict) -> list[tuple[int, int, int]]:
    """(start, end, id) source offsets from each finding's line/column, when they reproduce its text.
    A span that does not is left unhighlighted, and the page's self-check reports it."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def offset(line: int, column: int) -> int | None:
        if not 1 <= line <= len(starts):
            return None
        return starts[line - 1] + column - 1

    spans = []
    for f in findings:
        s, e = offset(f.line, f.column), offset(f.end_line, f.end_column)
        if s is not None and e is not None and s < e and text[s:e] == f.text:
            spans.append((s, e, ids[id(f)]))
    return spans


def _source(text: str, findings, ids: dict) -> str:
    """The text as numbered lines; highlights are split at every span edge and line end,
    so overlapping findings nest correctly and each piece lists the findings covering it."""
    severity = {ids[id(f)]: f for f in findings}
    rank = {"error": 0, "warning": 1, "info": 2}
    by_line: dict[int, list[tuple[int, int, int]]] = {}
    for span in _spans(text, findings, ids):
        f = severity[span[2]]
        for number in range(f.line, f.end_line + 1):
            by_line.setdefault(number, []).append(span)
    out = ['<pre class="src">']
    pos = 0
    for number, line in enumerate(text.split("\n"), 1):
        end = pos + len(line) + 1  # the line's own "\n" stays inside its line element
        cuts = {pos, min(end, len(text))}
        spans = by_line.get(number, [])
        for s, e, _ in spans:
            cuts.update(c for c in (s, e) if pos < c < end)
        cuts = sorted(cuts)
        pieces = []
        for a, b in zip(cuts, cuts[1:]):
            covering = [n for s, e, n in spans if s <= a and e >= b]
            chunk = escape(text[a:b], quote=False)
            if not covering:
                pieces.append(chunk)
                continue
            top = min(covering, key=lambda n: (rank[str(severity[n].severity)], n))
            anchors = "".join(f'<span class="anchor" id="h{n}"></span>' for s, _, n in spans if s == a)
            title = "\n".join(f"{severity[n].rule}: {severity[n].message}" for n in covering)
            pieces.append(f'{anchors}<mark class="hl" data-fs="{" ".join(map(str, covering))}" '
                          f'data-cat="{severity[top].category}" data-sev="{severity[top].severity}" '
                          f'title="{_attr(title)}">{chunk}</mark>')
        if pos >= len(text) and number > 1:
            break  # the text ended with "\n": no empty last line
        out.append(f'<span class="ln" data-n="{number}">{"".join(pieces)}</span>')
        pos = end
    out.append("</pre>")
    return "".join(out)
