"""Parsers: prose extraction and exact positions (Markdown, plus dispatch)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import assert_maps_exactly
from healthlint.parsers import FORMATS, format_for_path, parse


# -- helpers -----------------------------------------------------------------
assert_verbatim = assert_maps_exactly


def md(text: str, path: str = "doc.md"):
    doc = parse(text, "markdown", path)
    assert_verbatim(doc)
    return doc


def span(doc, phrase: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = doc.prose.index(phrase, i + 1)
    return doc.source_span(i, i + len(phrase))


def at(doc, phrase: str, nth: int = 0):
    """(line, col) of the first and last character of ``phrase``, and the source it covers."""
    s, e = span(doc, phrase, nth)
    return doc.line_col(s), doc.line_col(e - 1), doc.text[s:e]


def kinds(doc) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, doc.prose[b.start:b.end]) for b in doc.blocks]


# -- dispatch ----------------------------------------------------------------
def test_formats_and_format_for_path():
    assert FORMATS[".mdx"] == "markdown" and FORMATS[".htm"] == "html"
    assert format_for_path("a/b/README.MD") == "markdown"
    assert format_for_path("page.markdown") == "markdown"
    assert format_for_path("x.html") == "html"
    assert format_for_path("notes.txt") == "text"
    assert format_for_path("image.png") is None
    assert format_for_path("Makefile") is None


def test_unknown_format_raises():
    with pytest.raises(ValueError):
        parse("x", "rtf")


def test_html_parsing_does_not_import_markdown_it():
    code = ("import sys; from healthlint.parsers import parse; "
            "parse('<p>x</p>', 'html'); parse('x', 'text'); "
            "assert 'markdown_it' not in sys.modules, 'markdown_it imported'")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_newlines_and_bom_do_not_move_positions(newline):
    text = "\ufeff# Title" + newline + newline + "Café 😀 naïve: cures pain" + newline
    doc = md(text)
    assert doc.text == "# Title\n\nCafé 😀 naïve: cures pain\n"
    assert at(doc, "Title") == ((1, 3), (1, 7), "Title")
    assert at(doc, "cures pain") == ((3, 15), (3, 24), "cures pain")


# -- Markdown ----------------------------------------------------------------
def test_emphasis_inside_a_phrase_maps_each_word():
    doc = md("Our formula **cures** pain fast.\n")
    assert doc.prose == "Our formula cures pain fast."
    assert at(doc, "cures pain") == ((1, 15), (1, 26), "cures** pain")
    doc = md("It _really_ ~~never~~ *cures* it\n")
    assert doc.prose == "It really never cures it"
    assert at(doc, "really never cures") == ((1, 5), (1, 28), "really_ ~~never~~ *cures")


def test_emoji_and_accents_before_the_phrase():
    doc = md("🧪🧬 Ça marche: **this cures** pain\n")
    assert at(doc, "this cures pain") == ((1, 17), (1, 33), "this cures** pain")


def test_list_items_and_nested_lists():
    text = textwrap.dedent("""\
        - first cures pain
        * second claim
          continued line
        lazy continuation

        1. numbered claim
        2. parent item
           - nested cures
             1) deep item
        """)
    doc = md(text)
    assert [k for k, _, _ in kinds(doc)] == ["list_item"] * 6
    assert at(doc, "first cures")[0] == (1, 3)
    assert at(doc, "second claim")[0] == (2, 3)
    assert at(doc, "continued line")[0] == (3, 3)
    assert at(doc, "lazy continuation")[0] == (4, 1)
    assert at(doc, "numbered claim")[0] == (6, 4)
    assert at(doc, "nested cures")[0] == (8, 6)
    assert at(doc, "deep item")[0] == (9, 9)
    assert "second claim continued line lazy continuation" in doc.prose  # soft wraps read as spaces


def test_blockquotes_nested_and_lazy():
    text = "> quoted cures pain\n> > nested *claim*\n> > more\nlazy line here\n>\n> back out\n"
    doc = md(text)
    assert [k for k, _, _ in kinds(doc)] == ["blockquote"] * 3
    assert at(doc, "quoted cures")[0] == (1, 3)
    assert at(doc, "nested claim") == ((2, 5), (2, 17), "nested *claim")
    assert at(doc, "more")[0] == (3, 5)
    assert at(doc, "lazy line")[0] == (4, 1)
    assert at(doc, "back out")[0] == (6, 3)


def test_headings_atx_and_setext():
    text = "# Cures *all* pain ##\n\nSetext title\nspans lines\n===\n\n### Level three\n\nSub\n---\n"
    doc = md(text)
    assert kinds(doc) == [("heading", 1, "Cures all pain"), ("heading", 1, "Setext title spans lines"),
                          ("heading", 3, "Level three"), ("heading", 2, "Sub")]
    assert at(doc, "all pain") == ((1, 10), (1, 18), "all* pain")
    assert at(doc, "spans lines")[0] == (4, 1)
    assert at(doc, "Level three")[0] == (7, 5)
    assert at(doc, "Sub")[0] == (9, 1)


def test_links_text_only_and_recorded():
    text = ('Try [our *cure* today](https://x.example/cure "cure title") or [ref link][r], '
            "[short], <https://auto.example/cure> and https://bare.example/cure too.\n\n"
            "[r]: https://ref.example\n[short]: /short\n")
    doc = md(text)
    assert doc.prose == "Try our cure today or ref link, short,  and  too."
    assert at(doc, "our cure today") == ((1, 6), (1, 21), "our *cure* today")
    assert at(doc, "ref link")[0] == (1, 65)
    targets = [(doc.prose[link.start:link.end], link.target) for link in doc.links]
    assert targets == [("our cure today", "https://x.example/cure"),
                       ("ref link", "https://ref.example"), ("short", "/short")]


def test_link_title_and_parentheses_in_destination_are_not_prose():
    doc = md("[a](</x y> 'cures (all)') [b](/p(a)th \"cures\") [c](<x)>) end\n")
    assert doc.prose == "a b c end"
    assert at(doc, "end")[0] == (1, 58)


def test_image_alt_text():
    doc = md('![Doctor *approved* remedy](img/cure.png "t")\n\nText ![inline alt](a.png) after.\n')
    assert kinds(doc) == [("alt", 0, "Doctor approved remedy"), ("paragraph", 0, "Text inline alt after.")]
    assert at(doc, "approved remedy") == ((1, 11), (1, 26), "approved* remedy")
    assert at(doc, "inline alt")[0] == (3, 8)
    assert at(doc, "after")[0] == (3, 27)
    assert "img/cure.png" not in doc.prose


def test_table_cells():
    text = "| Claim | Status |\n|---|:-:|\n| cures pain | *banned* |\n| a \\| b | `code` ok |\n"
    doc = md(text)
    assert kinds(doc) == [("table_cell", 0, c) for c in ("Claim", "Status", "cures pain", "banned", "a | b", "ok")]
    assert at(doc, "Status")[0] == (1, 11)
    assert at(doc, "cures pain")[0] == (3, 3)
    assert at(doc, "banned") == ((3, 17), (3, 22), "banned")
    assert at(doc, "a | b") == ((4, 3), (4, 8), "a \\| b")
    assert at(doc, "ok")[0] == (4, 19)


def test_table_cell_with_same_text_twice_and_in_blockquote():
    doc = md("> | x | x |\n> |---|---|\n> | > y | y |\n")
    assert at(doc, "x", 1)[0] == (1, 9)
    assert at(doc, "> y")[0] == (3, 5)
    assert at(doc, "y", 1)[0] == (3, 11)


def test_skipped_constructs_are_not_prose():
    text = textwrap.dedent("""\
        ---
        title: secret-frontmatter
        ---
        Visible `secret-inline` text.

        ```python
        secret_fence = 1
        ```

            secret indented code

        <!-- secret comment -->

        <script>
        secret_script()
        </script>

        <style>.secret-style {}</style>

        Also <code>secret-code</code> and <span>shown</span>.
        """)
    doc = md(text)
    assert "secret" not in doc.prose
    assert "Visible  text." in doc.prose and "shown" in doc.prose
    assert at(doc, "Visible")[0] == (4, 1)
    assert [c.body for c in doc.comments] == [" secret comment "]


def test_entities_and_backslash_escapes():
    doc = md("Tom &amp; Jerry&#39;s \\*cure\\* &copy; &nope; \\q\n")
    assert doc.prose == "Tom & Jerry's *cure* © &nope; \\q"
    assert at(doc, "& Jerry's") == ((1, 5), (1, 21), "&amp; Jerry&#39;s")
    assert at(doc, "*cure*") == ((1, 23), (1, 30), "\\*cure\\*")
    assert at(doc, "&nope;")[0] == (1, 39)


def test_soft_and_hard_breaks():
    doc = md("line one\nline two  \n   line three\\\nline four\n")
    # a soft break that only wraps the sentence reads as a space; hard breaks stay line breaks
    assert doc.prose == "line one line two\nline three\nline four"
    assert at(doc, "one line two") == ((1, 6), (2, 8), "one\nline two")
    assert at(doc, "line three")[0] == (3, 4)
    assert at(doc, "line four")[0] == (4, 1)


def test_soft_break_before_a_capital_or_after_a_label_stays_a_break():
    doc = md("Warnings\nDo not use if you are pregnant.\nPossible effects include:\nnausea and headache\nwithin 2 days\n")
    assert doc.prose == "Warnings\nDo not use if you are pregnant.\nPossible effects include:\nnausea and headache within 2 days"


def test_html_block_in_markdown_has_exact_positions():
    text = ("Intro.\n\n<div class=\"x\">\n<p>Miracle <b>cure</b> for &amp; pain</p>\n</div>\n\n"
            "- item\n\n  <p>inside\n  list cures</p>\n\n> <div>\n> quoted html cures\n> </div>\n")
    doc = md(text)
    assert at(doc, "Miracle cure for & pain") == ((4, 4), (4, 37), "Miracle <b>cure</b> for &amp; pain")
    assert at(doc, "list cures")[0] == (10, 3)
    assert at(doc, "quoted html")[0] == (13, 3)
    got = kinds(doc)
    assert ("list_item", 0, "inside list cures") in got
    assert ("blockquote", 0, "quoted html cures") in got


def test_inline_html_tags_dropped_and_inline_alt_kept():
    doc = md('Use <b>bold</b> claim, <img src="x.png" alt="pill &amp; doctor"> and <script>no()</script>.\n')
    assert doc.prose == "Use bold claim, pill & doctor and ."
    assert at(doc, "pill & doctor") == ((1, 46), (1, 62), "pill &amp; doctor")


def test_comments_recorded_with_offsets():
    text = "Intro\n\n<!-- healthlint-disable claims.cure -->\n\nText <!-- inline -->\nmore\n"
    doc = md(text)
    assert [(c.body, doc.text[c.start:c.end]) for c in doc.comments] == [
        (" healthlint-disable claims.cure ", "<!-- healthlint-disable claims.cure -->"),
        (" inline ", "<!-- inline -->"),
    ]
    assert doc.line_col(doc.comments[1].start) == (5, 6)
    assert "healthlint" not in doc.prose


def test_tabs_and_containers():
    doc = md("-\tTabbed item cures\n\n>\tTabbed quote\n\n- > quote in list\n")
    assert at(doc, "Tabbed item")[0] == (1, 3)
    assert at(doc, "Tabbed quote")[0] == (3, 3)
    assert at(doc, "quote in list")[0] == (5, 5)


def test_block_kinds_in_order():
    doc = md("# H\n\nPara.\n\n- item\n\n> quote\n\n| c |\n|---|\n| d |\n")
    assert kinds(doc) == [("heading", 1, "H"), ("paragraph", 0, "Para."), ("list_item", 0, "item"),
                          ("blockquote", 0, "quote"), ("table_cell", 0, "c"), ("table_cell", 0, "d")]


def test_sentences_of_a_simple_paragraph():
    doc = md("First sentence here. Second one **cures** pain! Third?\n")
    assert [doc.prose[s:e] for s, e in doc.sentences] == [
        "First sentence here.", "Second one cures pain!", "Third?"]


def test_mdx_import_export_skipped():
    text = "import X from './x'\nexport const meta = {\n  title: 'cures'\n}\n\n# Real heading\n\nexport is a word.\n"
    doc = md(text, "doc.mdx")
    assert "import" not in doc.prose and "cures" not in doc.prose
    assert at(doc, "Real heading")[0] == (6, 3)
    assert doc.text == text
    assert "import X" in md(text, "doc.md").prose


def test_reference_definitions_and_empty_documents():
    assert md("[r]: https://x.example 'title'\n").prose == ""
    assert md("").prose == "" and md("\n\n").blocks == []


def test_nul_is_replaced_like_markdown_it():
    doc = parse("a\0b cures\n", "markdown")
    assert at(doc, "cures")[0] == (1, 5)


def test_no_is_an_abbreviation_only_before_a_number():
    # a FAQ answer "No." ends its sentence; "No. 1" is the number abbreviation
    doc = md("No. It ships to your door. Rated No. 1 clinic.\n")
    assert [doc.prose[s:e] for s, e in doc.sentences] == ["No.", "It ships to your door.", "Rated No. 1 clinic."]
