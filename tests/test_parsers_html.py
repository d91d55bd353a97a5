"""HTML and plain-text parsers: prose, block kinds, comments, links, exact positions."""
from __future__ import annotations

import textwrap

import pytest

from helpers import assert_maps_exactly
from healthlint.parsers import parse


assert_verbatim = assert_maps_exactly


def html(text: str):
    doc = parse(text, "html", "page.html")
    assert_verbatim(doc)
    return doc


def text_doc(text: str):
    doc = parse(text, "text", "notes.txt")
    assert_verbatim(doc)
    return doc


def at(doc, phrase: str, nth: int = 0):
    i = -1
    for _ in range(nth + 1):
        i = doc.prose.index(phrase, i + 1)
    s, e = doc.source_span(i, i + len(phrase))
    return doc.line_col(s), doc.line_col(e - 1), doc.text[s:e]


def kinds(doc):
    return [(b.kind, b.level, doc.prose[b.start:b.end]) for b in doc.blocks]


PAGE = textwrap.dedent("""\
    <!DOCTYPE html>
    <html><head>
      <meta charset="utf-8"><title>Best &amp; only cure</title>
      <style>p { color: red } .secret {}</style>
      <script>var secret = "<p>cures</p>";</script>
    </head>
    <body>
      <h1>Café 😀 <em>cures</em> pain</h1>
      <p>Our remedy
         works &#39;fast&#39;.<br>Second line</p>
      <ul><li>item <a href="/buy?x=1&amp;y=2">buy the cure</a></li><li><p>inner para</p></li></ul>
      <table><tr><th>Claim</th><td>cures all</td></tr></table>
      <blockquote>quoted claim</blockquote>
      <!-- healthlint-disable claims.cure -->
      <img src="a.png" alt="Doctor &amp; nurse approved">
      <noscript>secret</noscript><template>secret</template><pre>secret</pre>
      <code>secret</code><svg><text>secret</text></svg>
    </body></html>
    """)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_html_page_blocks_and_positions(newline):
    doc = html("\ufeff" + PAGE.replace("\n", newline))
    assert "secret" not in doc.prose and "color" not in doc.prose
    assert kinds(doc) == [
        ("title", 0, "Best & only cure"),
        ("heading", 1, "Café 😀 cures pain"),
        ("paragraph", 0, "Our remedy works 'fast'.\nSecond line"),
        ("list_item", 0, "item buy the cure"),
        ("list_item", 0, "inner para"),
        ("table_cell", 0, "Claim"),
        ("table_cell", 0, "cures all"),
        ("blockquote", 0, "quoted claim"),
        ("alt", 0, "Doctor & nurse approved"),
    ]
    assert at(doc, "Best & only") == ((3, 32), (3, 46), "Best &amp; only")
    assert at(doc, "cures pain") == ((8, 18), (8, 32), "cures</em> pain")
    assert at(doc, "remedy works")[0] == (9, 10)
    assert at(doc, "'fast'") == ((10, 12), (10, 25), "&#39;fast&#39;")
    assert at(doc, "Second line")[0] == (10, 31)
    assert at(doc, "nurse approved") == ((15, 38), (15, 51), "nurse approved")
    assert at(doc, "cures all")[0] == (12, 32)


def test_html_comments_and_links_recorded():
    doc = html(PAGE)
    (comment,) = doc.comments
    assert comment.body == " healthlint-disable claims.cure "
    assert doc.text[comment.start:comment.end] == "<!-- healthlint-disable claims.cure -->"
    assert doc.line_col(comment.start) == (14, 3)
    (link,) = doc.links
    assert doc.prose[link.start:link.end] == "buy the cure"
    assert link.target == "/buy?x=1&y=2"


def test_html_entities():
    doc = html("<p>A &amp; B &#x27;q&#x27; &nbsp;x &bogus; AT&T &#; 5 < 6</p>")
    assert doc.prose == "A & B 'q' \xa0x &bogus; AT&T &#; 5 < 6"
    assert at(doc, "& B") == ((1, 6), (1, 12), "&amp; B")
    assert at(doc, "&bogus;")[0] == (1, 36)
    assert at(doc, "5 < 6")[0] == (1, 53)


def test_html_text_outside_blocks_and_whitespace():
    doc = html("  Loose <b>text</b>\n\n   <div>\n      Indented\n      wrapped claim </div> tail")
    assert kinds(doc) == [("paragraph", 0, "Loose text"), ("paragraph", 0, "Indented wrapped claim"),
                          ("paragraph", 0, "tail")]
    assert at(doc, "Indented wrapped") == ((4, 7), (5, 13), "Indented\n      wrapped")
    assert [doc.prose[s:e] for s, e in doc.sentences] == ["Loose text", "Indented wrapped claim", "tail"]


def test_html_deeply_nested_does_not_recurse():
    depth = 20_000
    doc = html("<div>" * depth + "deep cure" + "</div>" * depth)
    assert doc.prose == "deep cure"
    assert doc.source_span(0, 9) == (5 * depth, 5 * depth + 9)
    doc = html("<span><b>" * depth + "unclosed")
    assert doc.prose == "unclosed"


def test_html_malformed_input_is_tolerated():
    doc = html("</p></div>stray <div><p>unclosed <span>x</div> after </li></b> AT&#T &#x; "
               "<![junk> <? pi ?> <!bogus> a<b <p/>x</td><tr>")
    assert "stray" in doc.prose and "unclosed x" in doc.prose and "after" in doc.prose
    assert at(doc, "after")[0] == (1, 48)
    assert at(doc, "AT&#T")[0] == (1, 64)


def test_html_unclosed_head_ends_at_body_content():
    doc = html("<head><title>T</title><meta x><p>Body text")
    assert kinds(doc) == [("title", 0, "T"), ("paragraph", 0, "Body text")]


def test_html_headings_levels_and_kinds_inherit_containers():
    doc = html("<h2>Two</h2><h6>Six</h6><li><div>in item</div></li><td><p>in cell</p></td>")
    assert kinds(doc) == [("heading", 2, "Two"), ("heading", 6, "Six"),
                          ("list_item", 0, "in item"), ("table_cell", 0, "in cell")]


def test_html_alt_variants():
    doc = html("<p>See <img alt='unquoted &amp; single'> and <IMG SRC=x ALT=bare> "
               "<img alt=\"\"><img title='alt=no'></p>")
    assert ("alt", 0, "unquoted & single") in kinds(doc)
    assert ("alt", 0, "bare") in kinds(doc)
    assert at(doc, "bare")[0] == (1, 61)
    assert "no" not in doc.prose.split()


# -- plain text ---------------------------------------------------------------
def test_text_paragraphs_and_positions():
    text = "\ufeffFirst paragraph cures\r\npain on two lines.\r\n\r\n   Second café 😀 claim.\r   \r\nThird."
    doc = text_doc(text)
    assert kinds(doc) == [("paragraph", 0, "First paragraph cures pain on two lines."),
                          ("paragraph", 0, "Second café 😀 claim."), ("paragraph", 0, "Third.")]
    assert at(doc, "cures pain") == ((1, 17), (2, 4), "cures\npain")
    assert at(doc, "claim")[0] == (4, 18)
    assert at(doc, "Third")[0] == (6, 1)


def test_text_comment_lines_are_recorded_not_prose():
    text = ("# expect: claims.cure\nThis cures pain.\n  // healthlint-disable-next-line x\n"
            "Next claim.\n<!-- ok: fine -->\n# A heading-like line stays prose\n")
    doc = text_doc(text)
    assert "expect" not in doc.prose and "healthlint" not in doc.prose and "ok:" not in doc.prose
    assert [(c.body, doc.text[c.start:c.end]) for c in doc.comments] == [
        (" expect: claims.cure", "# expect: claims.cure"),
        (" healthlint-disable-next-line x", "// healthlint-disable-next-line x"),
        (" ok: fine", "<!-- ok: fine -->"),
    ]
    assert kinds(doc) == [("paragraph", 0, "This cures pain."), ("paragraph", 0, "Next claim."),
                          ("heading", 2, "# A heading-like line stays prose")]  # its "#" is kept
    assert at(doc, "Next claim")[0] == (4, 1)
    assert doc.line_col(doc.comments[1].start) == (3, 3)


def test_text_sentences_and_urls():
    doc = text_doc("See https://cure.example/now today. It works!\n")
    assert "cure.example" not in doc.prose
    assert [doc.prose[s:e] for s, e in doc.sentences] == ["See  today.", "It works!"]
    assert at(doc, "today")[0] == (1, 30)


@pytest.mark.parametrize("html, expected", [
    ("<p>Buy now.</p><footer><p>Risks: nausea.</p><footer>Inner</footer></footer><p>After.</p>",
     ["Risks: nausea.\n\nInner"]),
    ("<p>Buy now.</p><footer>Risks: nausea.", ["Risks: nausea."]),  # never closed: runs to the end
    ("<p>Buy now.</p><footer></footer>", []),
])
def test_html_footer_text_is_recorded_as_fine_print(html, expected):
    doc = parse(html, "html", "x.html")
    assert [doc.prose[s:e].strip() for s, e in doc.fine_print] == expected
