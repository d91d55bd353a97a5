#!/usr/bin/env python3
"""Train the sentence model that classifier rules read (rules/core/models/claims.json).

    pip install scikit-learn
    python scripts/train_sentence_model.py                      # every labelled set in tests/quality
    python scripts/train_sentence_model.py --exclude ap,aq,ar   # hold sets out, to score them after
    python scripts/train_sentence_model.py --out /tmp/m.json --C 0.5 --label-C regulatory_status=0.5

Every page of the labelled sets is parsed by healthlint itself and split into
its sentences, so the model learns from exactly the text and features it will
see when linting. A sentence is positive for a category when a labelled
finding of that category starts in it; every other sentence of the set
(neutral leaflets, balanced pages, hard negatives) is a negative. One
L2-regularised logistic regression per category (scikit-learn, liblinear:
deterministic); the JSON keeps the words and word pairs whose weight reaches
--min-weight (0.2: a third of the features, the same scores on held-out sets).
Held out on 36 sets, L2 at C 1 and threshold 0.6 found more claims than L1 at
C 2 and 0.8 at the same precision (session 23, docs/quality-history.md).
The development corpus (third-party pages) is never used.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from healthlint.findings import CATEGORIES  # noqa: E402
from healthlint.matchers.classifier import MODEL_FORMAT, features, words  # noqa: E402
from healthlint.parsers import format_for_path, parse  # noqa: E402

LABELS = [c for c in CATEGORIES if c != "risk_disclosure"]  # a page-level verdict, not a sentence's


def labelled_sentences(corpus: Path) -> list[tuple[set[str], set[str]]]:
    """(features, categories) for every sentence of every page of one labelled set."""
    out = []
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        path = corpus / "docs" / label["doc"]
        text = path.read_text(encoding="utf-8")
        doc = parse(text, format_for_path(str(path)) or "text", str(path))
        spans = [doc.source_span(s, e) for s, e in doc.sentences]
        gold: dict[int, set[str]] = {}
        for finding in label.get("findings", []):
            at = doc.text.find(finding["quote"])
            for i, (s, e) in enumerate(spans):
                if s <= at < max(e, s + 1):
                    gold.setdefault(i, set()).add(finding["category"])
                    break
        for i, (start, end) in enumerate(doc.sentences):
            toks = words(doc.prose[start:end])
            if len(toks) < 3:
                continue
            block = doc.block_at(start)
            out.append((features(toks, block.kind if block is not None else "paragraph"), gold.get(i, set())))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", type=Path, default=ROOT / "tests" / "quality", help="folder of labelled sets")
    ap.add_argument("--exclude", default="", help="comma-separated set names to hold out")
    ap.add_argument("--penalty", choices=["l1", "l2"], default="l2", help="regularisation (l1: sparse weights)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength (smaller: smaller weights)")
    ap.add_argument("--min-weight", type=float, default=None,
                    help="drop weights below this size (default: 0.2 for l2, 0.001 for l1)")
    ap.add_argument("--label-C", action="append", default=None, metavar="LABEL=C",
                    help="C for one label (repeatable; default: regulatory_status=0.5)")
    ap.add_argument("--min-count", type=int, default=2, help="drop features seen in fewer sentences")
    ap.add_argument("--out", type=Path, default=ROOT / "rules" / "core" / "models" / "claims.json")
    args = ap.parse_args(argv)
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("train_sentence_model: needs scikit-learn (pip install scikit-learn)", file=sys.stderr)
        return 2

    per_label_c = {}
    for item in args.label_C if args.label_C is not None else ["regulatory_status=0.5"]:
        label, _, value = item.partition("=")
        try:
            per_label_c[label] = float(value)
        except ValueError:
            per_label_c[label] = -1.0
        if label not in LABELS or per_label_c[label] <= 0:
            print(f"train_sentence_model: --label-C {item}: expected LABEL=C with one of {', '.join(LABELS)} "
                  "and a positive C", file=sys.stderr)
            return 2
    min_weight = args.min_weight if args.min_weight is not None else (0.2 if args.penalty == "l2" else 1e-3)
    held = {s for s in args.exclude.split(",") if s}
    sets = sorted(p for p in [args.sets, *args.sets.iterdir()]
                  if (p / "labels.jsonl").is_file() and (p / "docs").is_dir() and p.name not in held)
    rows: list[tuple[set[str], set[str]]] = []
    for corpus in sets:
        rows.extend(labelled_sentences(corpus))
    counts: dict[str, int] = {}
    for found, _ in rows:
        for f in found:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= args.min_count)
    column = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for found, _ in rows:
        indices.extend(sorted(column[f] for f in found if f in column))
        indptr.append(len(indices))
    X = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))

    bias, weights = [], {}
    for label in LABELS:
        y = np.array([label in cats for _, cats in rows])
        model = LogisticRegression(C=per_label_c.get(label, args.C), solver="liblinear",
                                   l1_ratio=1.0 if args.penalty == "l1" else 0.0, max_iter=5000, random_state=0)
        model.fit(X, y)
        bias.append(round(float(model.intercept_[0]), 4))
        for j in np.flatnonzero(np.abs(model.coef_[0]) >= min_weight):
            weights.setdefault(vocab[j], {})[label] = round(float(model.coef_[0][j]), 4)
    data = {"format": MODEL_FORMAT,
            "trained_on": {"sets": [p.name for p in sets], "sentences": len(rows),
                           "positive": {l: sum(l in c for _, c in rows) for l in LABELS},
                           "penalty": args.penalty, "C": args.C, "min_weight": min_weight,
                           "label_C": per_label_c},
            "labels": LABELS, "bias": bias, "weights": dict(sorted(weights.items()))}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=0, sort_keys=False, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(sets)} sets, {len(rows)} sentences, {len(weights)} features kept of {len(vocab)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
