"""Write a probe set's labels.jsonl from its make_labels.py table, checking every quote.

The voi* and pv* probe sets label only their own categories, so ``doc_level``
is always false there and means nothing (:func:`write_labels`); the pc* sets
give the page-level risk verdict but no notes or hard negatives
(:func:`write_claim_labels`). Both write through the held-out set's writer
(``make_labels.main``): each quote must occur exactly once in its document
(score.py finds it with str.find).
"""
from __future__ import annotations

from pathlib import Path

from make_labels import main


def write_labels(here: Path, docs: dict) -> None:
    """``docs``: name -> (kind, [(quote, category, note)], [(quote, looks_like)])."""
    main(here, {doc: (kind, False, findings, negatives) for doc, (kind, findings, negatives) in docs.items()})


def write_claim_labels(here: Path, docs: dict) -> None:
    """``docs``: name -> (kind, hides its risks, [(quote, category)])."""
    main(here, {doc: (kind, missing, [(q, c, "") for q, c in findings], [])
                for doc, (kind, missing, findings) in docs.items()})
