"""Hypothesis properties of the whole pipeline (parse -> lint -> positions).

1. Any text in any format lints without an exception, and every finding's
   (line, column)..(end_line, end_column) is exactly its ``text`` in the
   original file (CRLF, CR and LF each one break; a BOM not counted).
2. Wrapping a claim in Markdown or HTML markup (emphasis, links, list items,
   headings, table cells, block quotes, ``<p>``, ``<b>``...) neither loses it nor
   moves it: the one finding points at the claim word in the wrapped source.

Example counts are modest so the suite stays fast; raise them locally with
``HYPOTHESIS_PROFILE=long`` (25 times as many).
"""
from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthlint.api import lint_text, parse
from helpers import source_slice

SCALE = 25 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 1


def examples(n: int) -> settings:
    return settings(max_examples=n * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FORMATS = ("markdown", "html", "text")

# Fragments that exercise every parser path: markup, entities, line ends, claims.
FRAGMENTS = [
    "cures", "Ketamine cures pain.", "a miracle", "50 mg", "eliminate pain", "not a cure", "may cure",
    "studies show", "side effects", "\n", "\n\n", "\r\n", "\r", "\t", "  ", " ", "\ufeff", "\u2028", "\x00",
    "*", "**", "_", "__", "~~", "`", "```", "\\", "\\*", "[", "]", "](", "(", ")", "![", "<", ">", "> ",
    "# ", "## ", "- ", "* ", "1. ", "|", "| --- |", "---", "===", "    ",
    "<p>", "</p>", "<b>", "</b>", "<br>", "<div>", "</div>", "<li>", "<ul>", "<td>", "<h2>", "</h2>",
    "<a href=\"https://doi.org/10.1000/x\">", "</a>", "<img alt=\"cures pain\">", "<script>", "</script>",
    "<!--", "-->", "<!-- healthlint-disable-next-line -->", "<!-- healthlint-disable T-EFF-001 -->",
    "&amp;", "&#", "&#x41;", "&nbsp;", "&cures;", "&", "https://example.org/cure", "www.cure.example",
    "\U0001F489", "\u00e9", "e\u0301", "\"", "\u201c", "\u201d", "?", ".", "(Smith 2020)",
    "import x from 'y'\n", "---\ntitle: cure\n---\n",
]

documents = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40).map("".join)


def check_spans(raw: str, result) -> None:
    for f in result.findings:
        assert 1 <= f.line <= f.end_line
        assert f.line < f.end_line or f.column <= f.end_column
        assert source_slice(raw, f) == f.text, (f.rule, f.line, f.column)


@examples(150)
@given(text=documents, fmt=st.sampled_from(FORMATS), mdx=st.booleans())
def test_any_text_lints_and_spans_map_back(tiny_rules, text, fmt, mdx):
    path = "page.mdx" if mdx and fmt == "markdown" else "page"
    check_spans(text, lint_text(text, tiny_rules, format=fmt, path=path))


@examples(40)
@given(text=documents, fmt=st.sampled_from(FORMATS))
def test_any_text_with_the_shipped_rules(default_rules, text, fmt):
    check_spans(text, lint_text(text, default_rules, format=fmt))


@examples(100)
@given(text=documents, fmt=st.sampled_from(FORMATS))
def test_document_model_is_consistent(text, fmt):
    doc = parse(text, fmt)
    size = len(doc.text)
    previous = 0
    for block in doc.blocks:
        assert previous <= block.start < block.end <= len(doc.prose)
        previous = block.end
    for i in range(0, len(doc.prose) + 1, max(1, len(doc.prose) // 50)):
        s, e = doc.source_span(i, min(i + 3, len(doc.prose)))
        assert 0 <= s <= e <= size
    for start, end in doc.sentences:
        assert 0 <= start < end <= len(doc.prose)
    for comment in doc.comments:
        assert 0 <= comment.start <= comment.end <= size


# -- wrapping a claim in markup does not lose or move it ----------------------------

NEUTRAL = ["The clinic is open on weekdays.", "Parking is available behind the building.",
           "Call the front desk to book a visit."]

MD_INLINE = [lambda x: f"*{x}*", lambda x: f"**{x}**", lambda x: f"_{x}_", lambda x: f"__{x}__",
             lambda x: f"[{x}](https://example.org/page)", lambda x: f"[{x}][ref]",
             lambda x: f"<b>{x}</b>", lambda x: f"<em>{x}</em>", lambda x: f"<span class=\"x\">{x}</span>"]
MD_INNER_BLOCK = [lambda x: x, lambda x: f"# {x}", lambda x: f"### {x} ###", lambda x: f"{x}\n---",
                  lambda x: f"| Claim | Note |\n| --- | --- |\n| {x} | none |", lambda x: f"<p>{x}</p>"]
MD_OUTER_BLOCK = [lambda x: _prefix(x, "> ", "> "), lambda x: _prefix(x, "- ", "  "),
                  lambda x: _prefix(x, "1. ", "   "), lambda x: _prefix(x, "* ", "  ")]

HTML_INLINE = [lambda x: f"<b>{x}</b>", lambda x: f"<strong>{x}</strong>", lambda x: f"<em>{x}</em>",
               lambda x: f"<a href=\"/visit\">{x}</a>", lambda x: f"<span>{x}</span>", lambda x: f"<i>{x}</i>"]
HTML_BLOCK = [lambda x: f"<p>{x}</p>", lambda x: f"<ul><li>{x}</li></ul>", lambda x: f"<h2>{x}</h2>",
              lambda x: f"<table><tr><td>{x}</td></tr></table>", lambda x: f"<div>\n{x}\n</div>",
              lambda x: f"<blockquote>{x}</blockquote>", lambda x: f"<section><p>{x}</section>"]


def _prefix(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0]] + [rest + line for line in lines[1:]])


def _apply(wrappers, text):
    for wrap in wrappers:
        text = wrap(text)
    return text


@examples(120)
@given(inline=st.lists(st.sampled_from(MD_INLINE), max_size=3), inner=st.sampled_from(MD_INNER_BLOCK),
       outer=st.lists(st.sampled_from(MD_OUTER_BLOCK), max_size=3),
       before=st.lists(st.sampled_from(NEUTRAL), max_size=2), after=st.lists(st.sampled_from(NEUTRAL), max_size=2),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_markdown_markup_keeps_the_claim_in_place(tiny_rules, inline, inner, outer, before, after, newline):
    claim = f"Ketamine {_apply(inline, 'cures')} pain."
    block = _apply(outer, inner(claim))
    text = "\n\n".join([*before, block, *after, "[ref]: https://example.org/ref"]) + "\n"
    _assert_claim_found(tiny_rules, text.replace("\n", newline), "markdown")


@examples(100)
@given(inline=st.lists(st.sampled_from(HTML_INLINE), max_size=3), blocks=st.lists(st.sampled_from(HTML_BLOCK), max_size=3),
       before=st.lists(st.sampled_from(NEUTRAL), max_size=2), after=st.lists(st.sampled_from(NEUTRAL), max_size=2),
       newline=st.sampled_from(["\n", "\r\n"]))
def test_html_markup_keeps_the_claim_in_place(tiny_rules, inline, blocks, before, after, newline):
    claim = f"Ketamine {_apply(inline, 'cures')} pain."
    body = "\n".join([*(f"<p>{p}</p>" for p in before), _apply(blocks, claim), *(f"<p>{p}</p>" for p in after)])
    text = f"<html><head><title>Clinic</title></head><body>\n{body}\n</body></html>\n"
    _assert_claim_found(tiny_rules, text.replace("\n", newline), "html")


def _assert_claim_found(rules, text: str, fmt: str) -> None:
    result = lint_text(text, rules, format=fmt)
    check_spans(text, result)
    (finding,) = [f for f in result.findings if f.rule == "T-EFF-001"]
    assert finding.text == "cures"
    offset = text.index("cures")
    before = re.split(r"\r\n|\r|\n", text[:offset])
    assert (finding.line, finding.column) == (len(before), len(before[-1]) + 1)
