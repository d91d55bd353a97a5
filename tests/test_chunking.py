"""A huge page linted in pieces gives what the page linted whole gives.

Pieces are forced with a tiny target size, so every place the splitter thinks
safe becomes a cut; the oracle is the whole-file path on the same file.
"""
from __future__ import annotations

import dataclasses
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthlint import api, chunking, cli
from healthlint.reporters import json as json_reporter

SECTION_SAFE = 10**9  # never fall back to a cut inside a section


def whole(path, fmt, rules):
    result = api.lint_file(str(path), fmt, rules)
    assert isinstance(result.findings, tuple)
    return result


def pieces(path, fmt, rules, target=1, hard=SECTION_SAFE, jobs=1):
    result = chunking.lint_big_file(str(path), fmt, rules, target=target, hard=hard, jobs=jobs,
                                    render=json_reporter.render_finding)
    assert result is not None and not isinstance(result.findings, tuple)
    return result


def json_out(results) -> str:
    return "".join(json_reporter.stream(results, None, None))


def assert_same(a, b) -> None:
    fa = [dataclasses.astuple(f) for f in a.findings]
    fb = [dataclasses.astuple(f) for f in b.findings]
    assert fa == fb
    assert len(b.findings) == len(fa)
    assert list(a.notices) == list(b.notices)
    for f in b.findings:  # the text reporter's excerpt lines come along
        assert b.lines.get(f.line) == a.lines.get(f.line)
    inner = iter(b.findings)  # iterations are independent (reporters may iterate twice)
    assert [(x, y) for x, y in zip(b.findings, inner)] == [(f, f) for f in b.findings]
    # findings rendered as pieces came in (document findings placed, page-scoped drops applied)
    assert b.findings.rendered(json_reporter.render_finding) is not None
    assert json_out([b]) == json_out([a]) == json_reporter.render([a], None, None)


def count_pieces(path, fmt, target=1, hard=SECTION_SAFE) -> int:
    with open(path, "rb") as handle:
        return len(chunking.split(handle, fmt, io.BytesIO(), target, hard))


PAGE = """\
---
title: KetaCalm

summary: this front matter cures nothing and is never linted
---

# KetaCalm for chronic pain

KetaCalm will cure your pain. Take 50 mg daily.
Read [the trial][t1] before you book.

<!-- healthlint-disable T-PROMO-001 -->

## How it works

```text
# not a heading

It is a miracle cure (code is not prose).
```

<!--
a comment with a blank line

# and a fake heading that cures
-->

- It can eliminate pain.

- Another miracle for you.

<!-- healthlint-disable-next-line efficacy -->

# A cure in a heading, suppressed from the section before

Doctors say it will cure you, see [the trial][t1]. Book a visit today.

Our nurses say it can eliminate pain [2]. Call us.

Take 50 mg under medical supervision.

<!-- healthlint-enable T-PROMO-001 -->

## Stories

A miracle, says Ann. <!-- healthlint-disable-next-line T-NOPE-9 -->
It is not a cure.

# References

[2] A. Author, Journal of Pain 2020.

[t1]: https://pubmed.ncbi.nlm.nih.gov/12345/
"""

RISK = "\n# Safety\n\nSide effects include nausea and dizziness.\n"


@pytest.mark.parametrize("variant", ["lf", "crlf", "bom", "risk", "mdx"])
def test_page_in_pieces_equals_page_whole(tiny_rules, write, variant):
    text = PAGE + (RISK if variant == "risk" else "")
    name = "page.mdx" if variant == "mdx" else "page.md"
    if variant == "crlf":
        text = text.replace("\n", "\r\n")
    if variant == "bom":
        text = "\ufeff" + text
    path = write(name, text)
    assert count_pieces(path, "markdown") >= 4
    a, b = whole(path, "markdown", tiny_rules), pieces(path, "markdown", tiny_rules)
    assert_same(a, b)
    rules = {f.rule for f in a.findings}
    assert ("T-RISK-001" in rules) == (variant != "risk")
    # what the page-wide parts decided: the link target, the footnote's reference list
    cited = {f.text for f in a.findings if f.rule == "T-EFF-001" and f.severity.name == "INFO"}
    assert cited == {"cure", "eliminate pain"}


def test_paragraph_cuts_keep_paragraph_rules_whole(tiny_rules, write):
    """Cuts inside sections (past the hard limit) change nothing for rules scoped below a section."""
    path = write("page.md", PAGE)
    assert count_pieces(path, "markdown", 1, 1) > count_pieces(path, "markdown")
    assert_same(whole(path, "markdown", tiny_rules), pieces(path, "markdown", tiny_rules, hard=1))


def test_default_rules_in_pieces_equal_whole(default_rules, write):
    body = "\n".join([
        "# Ketamine infusions for depression",
        "",
        "Ketamine is FDA-approved as an anesthetic and now offers fast relief for depression.",
        "",
        "## Why our clinic",
        "",
        "Studies show ketamine resets the brain. Enjoy at-home ketamine therapy with no clinic visits.",
        "Our treatment is 100% safe with no side effects.",
        "",
        "# Dosing",
        "",
        "Infusions start at 0.5 mg/kg over 40 minutes.",
        "",
        "# What patients say",
        "",
        "\"After three sessions my pain was gone!\" says one patient.",
        "",
    ])
    path = write("ket.md", body * 3)
    assert count_pieces(path, "markdown") >= 6
    a = whole(path, "markdown", default_rules)
    assert any(f.category == "risk_disclosure" for f in a.findings)
    assert_same(a, pieces(path, "markdown", default_rules))


def test_page_scoped_context_rule_sees_a_cue_in_another_piece(default_rules, write):
    """HL-KET-004 (scope: document) is silenced by "monitored" anywhere on the page."""
    claim = "# Home care\n\nEnjoy at-home ketamine therapy for depression.\n\n"
    path = write("ket.md", claim * 3 + "# Safety\n\nEvery session is monitored by a nurse.\n")
    a, b = whole(path, "markdown", default_rules), pieces(path, "markdown", default_rules)
    assert not any(f.rule == "HL-KET-004" for f in a.findings)
    assert_same(a, b)
    path = write("ket2.md", claim * 3)
    a, b = whole(path, "markdown", default_rules), pieces(path, "markdown", default_rules)
    assert any(f.rule == "HL-KET-004" for f in a.findings)
    assert_same(a, b)


def test_plain_text_in_pieces(tiny_rules, write):
    text = ("It will cure you [1]. Call us.\n\nReferences\n\n[1] A. Author, 2020.\n\n") + ("NOTES\n\nIt will cure you.\n# healthlint-disable T-PROMO-001\n\nA miracle.\n\n"
            "Take 50 mg daily.\n\n# healthlint-enable T-PROMO-001\nAnother miracle.\n\n") * 4
    path = write("notes.txt", text)
    assert count_pieces(path, "text") >= 8
    assert_same(whole(path, "text", tiny_rules), pieces(path, "text", tiny_rules))


def test_plain_text_is_cut_before_headings_not_between_a_lead_in_and_its_list(default_rules, write):
    page = ("Our pharmacy stocks Zolvex. It is licensed for:\n\n  - the relief of migraine attacks\n\n"
            "  - the prevention of cluster headaches\n\nSIDE EFFECTS\n\nIt can cause dizziness.\n\n"
            "WHY CHOOSE US\n\nOur drops cure migraine.\n\n")
    path = write("leaflet.txt", page * 4)
    assert count_pieces(path, "text") == 9  # cut before each heading only
    a, b = whole(path, "text", default_rules), pieces(path, "text", default_rules)
    assert any(f.category == "efficacy" for f in a.findings)
    assert not any(f.line % 14 in (3, 5) and f.category == "efficacy" for f in a.findings)  # the licensed uses
    assert_same(a, b)


def test_a_list_lead_in_frames_its_items_in_pieces_too(default_rules, write):
    """A page-scoped context rule checks its sentence cues in the list's lead-in, as the whole page does."""
    page = ("## Zolvex\n\nOur pharmacy stocks Zolvex. It is licensed for:\n\n- the relief of migraine attacks\n"
            "- the prevention of cluster headaches\n\n## Why us\n\nOur drops cure migraine.\n\n")
    path = write("leaflet.md", page * 4)
    a, b = whole(path, "markdown", default_rules), pieces(path, "markdown", default_rules)
    assert not any(f.rule == "HL-EFF-022" for f in a.findings)
    assert_same(a, b)


def test_long_lists_and_quotes_are_cut_past_the_hard_limit(tiny_rules, write):
    text = "# Claims\n\n" + "".join(f"- item {n} is a cure\n\n> a miracle {n}\n\n1. take {n} mg daily\n\n"
                                     for n in range(30))
    path = write("list.md", text)
    assert count_pieces(path, "markdown", 1, 1) > 60
    assert_same(whole(path, "markdown", tiny_rules), pieces(path, "markdown", tiny_rules, hard=1))


@pytest.mark.parametrize("read", [1, 2, 3, 5, 8])
def test_reading_in_blocks_keeps_lines_bom_and_newlines(monkeypatch, read):
    monkeypatch.setattr(chunking, "_READ", read)
    monkeypatch.setattr(chunking, "_SNIFF", read)
    text = "\ufeffA\r\nb\u00e9\u20ac\rc\U0001f600\r\n\r\nend\r"
    lines = list(chunking._decoded_lines(io.BytesIO(text.encode("utf-8"))))
    assert "".join(lines) == "A\nb\u00e9\u20ac\nc\U0001f600\n\nend\n"
    assert all(line.endswith("\n") for line in lines)


def test_worker_processes_give_the_same(tiny_rules, write):
    path = write("page.md", PAGE * 3)
    assert_same(whole(path, "markdown", tiny_rules), pieces(path, "markdown", tiny_rules, jobs=2))


def test_not_utf8_falls_back_to_the_whole_file_report(tiny_rules, write):
    path = write("bad.md", b"# Title\n\nIt will cure you \xff.\n")
    assert chunking.lint_big_file(str(path), "markdown", tiny_rules, target=1) is None
    path = write("wide.md", "\ufeffcure".encode("utf-16"))
    assert chunking.lint_big_file(str(path), "markdown", tiny_rules, target=1) is None


@pytest.mark.parametrize("text, never_before", [
    ("# A\n\ntext\n\n```\ncode\n\n# B\n```\n\n# C\n", "# B"),
    ("# A\n\n<!--\n\n# B\n-->\n\n# C\n", "# B"),
    ("# A\n\n<script>\n\n# B\n</script>\n\n# C\n", "# B"),
    ("---\ntitle: x\n\n# B\n---\n\n# C\n", "# B"),
    ("# A\n\n- item\n\n  continued\n\n# C\n", "  continued"),
    ("# A\n\n## A1\n\ntext\n\n## A2\n\ntext\n\n# C\n", "## A2"),
    # a <div> block runs to the next blank line: the ``` inside it opens no fence, the later one does
    ("# A\n\n<div>\ncure\n</div>\n```\ncure\n\n# B\n```\n\n# B2\n\ntext\n```\n\n# C\n", "# B2"),
])
def test_splitter_never_cuts_inside_a_construct_or_a_section(text, never_before):
    starts = []
    splitter = chunking.Splitter("markdown", 1, SECTION_SAFE)
    for line in io.StringIO(text):
        if splitter.cut_before(line):
            starts.append(line.rstrip("\n"))
    assert never_before not in starts
    assert "# C" in starts


def test_cli_output_is_the_same_in_every_streamed_format(tiny_rules, write, monkeypatch, capsys, tmp_path):
    config = write(".healthlint.yaml", "profile: us\n")
    path = write("page.md", PAGE * 2)
    outputs = {}
    for big in (10**9, 1):
        monkeypatch.setattr(api, "BIG_FILE_BYTES", big)
        monkeypatch.setattr(chunking, "TARGET", 64)
        for fmt in ("json", "text", "github", "sarif"):
            code = cli.main(["check", "--config", str(config), "--format", fmt, "-j", "1", str(path)])
            outputs.setdefault(fmt, []).append((code, capsys.readouterr()))
    for fmt, (a, b) in outputs.items():
        assert a == b, fmt
    assert json.loads(outputs["json"][0][1].out)


def test_rendered_page_is_written_in_path_order_among_other_results(tiny_rules, write):
    """A page rendered while linted goes between the other files' findings by path, as a merge puts it."""
    big = write("b.md", PAGE * 2)
    small = [api.lint_text(PAGE, tiny_rules, path=name) for name in ("a.md", "c.md", "b.md")]
    page = pieces(big, "markdown", tiny_rules)
    plain = whole(big, "markdown", tiny_rules)
    assert json_out([small[1], page, small[0]]) == json_reporter.render([small[0], plain, small[1]], None, None)
    # another result with the page's path: findings may interleave, so they are merged one by one
    assert json_out([small[2], page]) == json_reporter.render([small[2], plain], None, None)


# -- properties ---------------------------------------------------------------
BLOCKS = [
    "# Heading {n}", "## Sub {n}", "### Deep {n}", "Setext {n}\n======", "Setext two {n}\n---",
    "It will cure pain in week {n}.", "A miracle for {n} people.", "Take {n} mg daily.",
    "Take {n} mg under supervision.", "Side effects include nausea.", "It is not a cure.",
    "- item {n} is a cure\n- a miracle", "1. first cure\n2. second", "> quoted cure {n}",
    "```\ncure {n}\n\n# fake\n```", "~~~\nmiracle\n\n~~~", "<!--\ncure\n\n-->", "    indented cure {n}",
    "<!-- healthlint-disable T-PROMO-001 -->", "<!-- healthlint-enable T-PROMO-001 -->",
    "<!-- healthlint-disable -->", "<!-- healthlint-enable -->", "<!-- healthlint-disable-next-line -->",
    "<!-- healthlint-disable efficacy -->", "<!-- healthlint-enable efficacy -->",
    "<div>\nsome cure {n}\n</div>", "| a | b |\n|---|---|\n| cure | {n} mg |",
    "See [study {n}][s{n}] for the cure.", "[s{n}]: https://pubmed.ncbi.nlm.nih.gov/{n}/",
    "It will cure you [{n}].", "## References", "***", "Line one cure\nline two miracle",
]


@st.composite
def pages(draw):
    picks = draw(st.lists(st.tuples(st.sampled_from(BLOCKS), st.integers(1, 9)), min_size=1, max_size=25))
    seps = draw(st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n"]), min_size=len(picks), max_size=len(picks)))
    text = "".join(block.format(n=n) + sep for (block, n), sep in zip(picks, seps))
    if draw(st.booleans()):
        text = "---\ntitle: t\n---\n" + text
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


def test_fence_after_a_div_block_is_cut_as_markdown_it_parses_it(tiny_rules, tmp_path):
    # found by the property below: the splitter took the ``` inside the <div> block for a fence
    text = "# Heading 1\n\n" * 7 + "<div>\nsome cure 1\n</div>\n```\ncure 1\n\n# fake\n```\n\n# Heading 1\n\n" \
        "It will cure pain in week 1.\n\n"
    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    assert_same(whole(path, "markdown", tiny_rules), pieces(path, "markdown", tiny_rules))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=pages())
def test_property_pieces_equal_whole(tiny_rules, tmp_path, text):
    path = tmp_path / "p.md"
    path.write_bytes(text.encode("utf-8"))
    assert_same(whole(path, "markdown", tiny_rules), pieces(path, "markdown", tiny_rules))
