"""Plain text keeps the shape a reader sees: headings, list items and their lead-ins."""
from __future__ import annotations

from helpers import assert_maps_exactly
from healthlint.api import lint_text, load_rules
from healthlint.parsers import parse


def blocks(text: str):
    doc = parse(text, "text", "leaflet.txt")
    assert_maps_exactly(doc)
    return doc, [(b.kind, b.level, doc.prose[b.start:b.end]) for b in doc.blocks]


def test_headings_lists_and_paragraphs():
    text = ("ZOLVEX TABLETS\nPatient summary\n\n1. WHAT IT IS FOR\n\nIt is prescribed:\n"
            "  - to lower blood pressure\n  - after a heart attack,\n    with other medicines\n\n"
            "How to take it\n\nSwallow the tablet whole.\n\nDosing\n======\nYour doctor decides the dose.\n")
    doc, found = blocks(text)
    assert found == [
        ("paragraph", 0, "ZOLVEX TABLETS\nPatient summary"),  # two lines: a paragraph, not a title
        ("heading", 2, "1. WHAT IT IS FOR"),
        ("paragraph", 0, "It is prescribed:"),
        ("list_item", 0, "to lower blood pressure"),
        ("list_item", 0, "after a heart attack, with other medicines"),  # a wrapped line reads on
        ("heading", 2, "How to take it"),
        ("paragraph", 0, "Swallow the tablet whole."),
        ("heading", 2, "Dosing"),
        ("paragraph", 0, "Your doctor decides the dose."),
    ]
    # the list item completes the sentence above the list
    item = doc.prose.index("to lower")
    lead = doc.lead_in(item)
    assert lead is not None and doc.prose[lead[0]:lead[1]].strip() == "It is prescribed:"
    # positions map back to the source, marker excluded
    s, e = doc.source_span(item, item + len("to lower"))
    assert text[s:e] == "to lower" and text[s - 4:s] == "  - "


def test_a_sentence_alone_is_not_a_heading():
    _, found = blocks("SLEEP WELL\n\nOur drops calm the mind.\n\nA note on side effects\n\n"
                      "Call us on 0800 000 000 for a free consultation with one of our trained nurses today\n")
    assert [k for k, _, _ in found] == ["heading", "paragraph", "heading", "paragraph"]


def test_a_lead_in_frames_items_set_apart_by_blank_lines():
    rules = load_rules("us")
    # a pharmacy's page: "It is licensed for:" makes each item below it an indication, not a claim
    page = ("Our pharmacy stocks Zolvex. It is licensed for:\n\n  - the relief of migraine attacks\n\n"
            "  - the prevention of cluster headaches\n")
    assert not [f for f in lint_text(page, rules, format="text").findings if f.category == "efficacy"]
    pitch = "Our pharmacy stocks Zolvex.\n\n  - Fast relief of migraine attacks\n"
    assert [f.rule for f in lint_text(pitch, rules, format="text").findings if f.category == "efficacy"]


def test_hard_wrapped_text_reads_across_the_wrap():
    text = "Some people feel tired, achy or light-headed\n   for a day or two after treatment.\nCall us if\nGP advice is needed.\n"
    doc, found = blocks(text)
    assert found == [("paragraph", 0, "Some people feel tired, achy or light-headed for a day or two after treatment."
                      "\nCall us if\nGP advice is needed.")]
    s, e = doc.source_span(doc.prose.index("light-headed for"), doc.prose.index(" a day"))
    assert text[s:e] == "light-headed\n   for"
