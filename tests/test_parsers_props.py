"""Parsers on generated input: exact mapping for every character, and no slow paths."""
from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_maps_exactly
from healthlint.parsers import parse

FRAGMENTS = [
    "cures", "pain", " ", "  ", "\n", "\n\n", "*", "**", "_", "~~", "`", "``", "[", "]", "(", ")",
    "![", "<", ">", "&amp;", "&#39;", "&", "\\", "\\*", "\\|", "#", "# ", "- ", "1. ", "> ", "\t",
    "|", "---", "===", "<b>", "</b>", "<div>", "</div>", "<p>", "</p>", "<li>", "<td>", "<tr>",
    "<!--", "-->", "http://x.example/z", "<https://a.example>", '"t"', "'", "é", "😀", "    ",
    "```", "[r]: /u\n", "[r]", "[r][]", "[a](b \"c\")", "![i](j)", "<script>", "</script>",
    "<code>", "</code>", "<img alt='x &amp; y'>", "<a href=x>", "</a>", "<title>", "<head>",
    "<br>", "<![CDATA[", "<!DOCTYPE html>", "<?php", "&#x1F600;", "&#", "\r\n", "\r", "\ufeff",
    "\xa0", "\u2028", "| a | b |\n|---|---|\n", "Setext\n---\n", "import x from 'y'\n",
    "export const a = 1\n", "# expect: x\n",
]


check = assert_maps_exactly


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60), st.sampled_from(["doc.md", "doc.mdx"]))
def test_every_format_maps_every_character_exactly(parts, path):
    text = "".join(parts)
    for fmt in ("markdown", "html", "text"):
        check(parse(text, fmt, path))


def _markdown(n_bytes: int) -> str:
    block = (
        "# Heading cures *pain* {i}\n\n"
        "Our **supplement** cures pain, [see more](https://x.example/{i}) `code` &amp; more\n"
        "wrapped line with café 😀 and ![alt text](a{i}.png).\n\n"
        "- item one *em*\n- item two\n  - nested\n\n"
        "> quoted claim\n> continues\n\n"
        "| a | b |\n|---|---|\n| cell {i} | cell |\n\n"
        "```\ncode block\n```\n\n"
        "<div>\n<p>html <b>block</b> {i}</p>\n</div>\n\n<!-- healthlint-disable x -->\n\n"
    )
    out, size, i = [], 0, 0
    while size < n_bytes:
        piece = block.format(i=i)
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)


@pytest.mark.parametrize("fmt,text", [
    ("markdown", _markdown(400_000)),
    ("markdown", "word **cures** pain `x` [l](u) ![a](b) &amp; \\* " * 5000),
    ("markdown", "cures pain today\n" * 20000),
    ("markdown", "| " + " | ".join(f"c{i}" for i in range(5000)) + " |\n|" + "---|" * 5000 + "\n"),
    ("html", "<p>cures <b>pain</b> &amp; more<br>\n   wrapped</p>" * 20000),
    ("text", "Our supplement cures pain.\nMore.\n\n# expect: x\n" * 50000),
], ids=["markdown-400KB", "markdown-long-line", "markdown-long-paragraph", "markdown-wide-table",
        "html-long-line", "text-2MB"])
def test_large_inputs_parse_and_map(fmt, text):
    """Huge lines, paragraphs and tables parse and still map back exactly.
    (Speed is measured by bench/, not asserted here: the machine is shared and noisy.)"""
    doc = parse(text, fmt, "big")
    assert doc.blocks
    for block in doc.blocks[:: max(1, len(doc.blocks) // 50)]:
        i = block.start
        assert doc.text[doc.offsets.start(i)] == doc.prose[i]
