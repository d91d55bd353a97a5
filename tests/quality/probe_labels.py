"""Write a probe set's labels.jsonl from its make_labels.py table, checking every quote.

The voi* and pv* probe sets label only their own categories, so ``doc_level``
is always false there and means nothing (:func:`write_labels`); the pc* sets
give the page-level risk verdict too (:func:`write_claim_labels`). Each quote
must occur exactly once in its document (score.py finds it with str.find).
"""
from __future__ import annotations

import json
from pathlib import Path


def write_labels(here: Path, docs: dict) -> None:
    """``docs``: name -> (kind, [(quote, category, note)], [(quote, looks_like)])."""
    lines = []
    for doc, (kind, findings, negatives) in docs.items():
        text = (here / "docs" / doc).read_text(encoding="utf-8")
        for quote, *_ in findings + negatives:
            n = text.count(quote)
            assert n == 1, f"{doc}: {quote!r} occurs {n} times"
        lines.append(json.dumps({
            "doc": doc, "kind": kind, "doc_level": {"missing_risk_disclosure": False},
            "findings": [{"quote": q, "category": c, "note": n} for q, c, n in findings],
            "hard_negatives": [{"quote": q, "looks_like": c, "start": text.find(q), "end": text.find(q) + len(q)}
                               for q, c in negatives],
        }, ensure_ascii=False))
    (here / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_claim_labels(here: Path, docs: dict) -> None:
    """``docs``: name -> (kind, hides its risks, [(quote, category)])."""
    lines = []
    for doc, (kind, missing, findings) in docs.items():
        text = (here / "docs" / doc).read_text(encoding="utf-8")
        for quote, _ in findings:
            assert text.count(quote) == 1, (doc, quote)
        lines.append(json.dumps({"doc": doc, "kind": kind, "doc_level": {"missing_risk_disclosure": missing},
                                 "findings": [{"quote": q, "category": c} for q, c in findings]}))
    (here / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
