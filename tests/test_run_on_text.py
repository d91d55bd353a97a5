"""Run-on text (no full stops, one huge paragraph) keeps context scopes bounded.

Policies look at a match's sentence or paragraph once per match; unbounded
scopes made a 38 KB line without a full stop take 26 s (quadratic). The scopes
are capped, and ordinary prose is unaffected.
"""
from __future__ import annotations

from healthlint.api import lint_text, load_rules, parse
from healthlint.document import MAX_PARAGRAPH, MAX_SENTENCE

RUN_ON = "Our clinic cures pain and offers hope " * 400  # 15 KB, one line, no full stop
ONE_PARAGRAPH = "\n".join(["Our clinic cures pain and offers hope."] * 400)


def test_run_on_line_is_cut_into_bounded_sentences_that_cover_it():
    doc = parse(RUN_ON)
    sentences = doc.sentences
    assert len(sentences) > 1
    assert all(e - s <= MAX_SENTENCE for s, e in sentences)
    # cut at spaces: no word is split, and every word is in exactly one sentence
    words = [w for s, e in sentences for w in doc.prose[s:e].split()]
    assert words == doc.prose.split()


def test_huge_paragraph_is_seen_through_a_window_around_the_offset():
    doc = parse(ONE_PARAGRAPH)
    (block,) = [b for b in doc.blocks if b.kind == "paragraph"]
    assert block.end - block.start > MAX_PARAGRAPH
    middle = (block.start + block.end) // 2
    s, e = doc.paragraph_at(middle)
    assert block.start < s <= middle < e < block.end
    assert e - s <= MAX_PARAGRAPH + 2 * MAX_SENTENCE
    # the window is made of whole sentences
    starts = {a for a, _ in doc.sentences}
    ends = {b for _, b in doc.sentences}
    assert s in starts and e in ends
    # near the paragraph's start the window starts with the paragraph
    assert doc.paragraph_at(block.start)[0] == block.start


def test_ordinary_sentences_and_paragraphs_are_unchanged():
    text = "First sentence here. " * 20 + "\n\nA second paragraph that stays whole."
    doc = parse(text)
    assert [doc.prose[s:e] for s, e in doc.sentences][:2] == ["First sentence here.", "First sentence here."]
    first = doc.blocks[0]
    assert doc.paragraph_at(first.start + 5) == (first.start, first.end)


def test_run_on_copy_is_still_linted_everywhere():
    rules = load_rules("us").with_merge("none")  # one finding per match, not per sentence
    result = lint_text(RUN_ON, rules)
    cures = [f for f in result.findings if f.rule == "HL-EFF-001"]
    assert len(cures) == 400  # one per "cures", none lost at a cut
    assert {f.text for f in cures} == {"cures"}
    assert not [n for n in result.notices if "timed out" in n.message]
