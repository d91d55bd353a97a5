#!/usr/bin/env python3
"""How far two careful human reviewers agree, measured the way healthlint is measured.

    python scripts/agreement.py                  # every set in tests/quality with labels-second.jsonl
    python scripts/agreement.py tests/quality/iy tests/quality/je

Some labelled sets were labelled twice: by the writer (labels.jsonl) and by a
second reviewer who had the same brief and reference but never saw the writer's
labels (labels-second.jsonl; docs/second-reviewer-brief.md). The shared scorer
(score.py) scores the second reviewer's labels as if they were a linter's
findings against the writer's, pooled over the sets: the precision and recall a
careful human reaches against one labeller, next to healthlint's.
"""
from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECOND = "labels-second.jsonl"


def as_findings(labels: Path, docs: list[str]) -> list[dict]:
    """A reviewer's labels as linter findings (path, category, line and column span) for ``docs``."""
    by_doc = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            by_doc[label["doc"]] = label
    out = []
    for doc in docs:
        path = Path(doc)
        label = by_doc.get(path.name)
        if label is None:
            continue
        text = path.read_text(encoding="utf-8")

        def line_col(offset: int) -> tuple[int, int]:
            return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1

        for finding in label["findings"]:
            at = text.find(finding["quote"])
            if at < 0:
                continue
            (line, col), (end_line, end_col) = line_col(at), line_col(at + len(finding["quote"]))
            out.append({"path": doc, "category": finding["category"], "severity": "warning",
                        "line": line, "column": col, "end_line": end_line, "end_column": end_col})
        if label.get("doc_level", {}).get("missing_risk_disclosure"):
            out.append({"path": doc, "category": "risk_disclosure", "severity": "warning", "line": 1, "column": 1})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--scorer", type=Path, default=None, help="score.py (default: as scripts/quality.py finds it)")
    ap.add_argument("--as-linter", type=Path, help=argparse.SUPPRESS)  # the scorer's command: LABELS DOC...
    args, rest = ap.parse_known_args(argv)
    if args.as_linter:
        print(json.dumps(as_findings(args.as_linter, [str(c) for c in args.corpora] + rest)))
        return 0
    sys.path.insert(0, str(ROOT / "scripts"))
    from quality import shared_folder  # noqa: E402  (the same scorer look-up as the quality command)

    scorer_path = args.scorer or shared_folder() / "eval" / "score.py"
    if not scorer_path.is_file():
        print(f"agreement: no scorer at {scorer_path} (use --scorer)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(scorer_path.parent))
    import score  # noqa: E402

    corpora = args.corpora or sorted(p.parent for p in (ROOT / "tests" / "quality").glob(f"*/{SECOND}"))
    if not corpora:
        print("agreement: no set has a second reviewer's labels", file=sys.stderr)
        return 2
    counts = {c: [0, 0, 0, 0] for c in score.SPAN_CATEGORIES}
    risk = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for corpus in corpora:
        cmd = f"{shlex.quote(sys.executable)} {shlex.quote(__file__)} --as-linter {shlex.quote(str(corpus / SECOND))}"
        result = score.score(corpus, cmd)
        for cat, m in result["per_category"].items():
            v = counts[cat]
            v[0] += round(m["precision"] * m["predicted"])
            v[1] += m["predicted"]
            v[2] += round(m["recall"] * m["gold"])
            v[3] += m["gold"]
        for key in risk:
            risk[key] += result["risk_disclosure_docs"][key]
    print(f"second reviewer against the writer, {len(corpora)} sets pooled")
    print(f"{'category':<18} {'P':>6} {'R':>6} {'F1':>6} {'second':>6} {'writer':>6}")
    for cat, v in counts.items():
        if v[1] or v[3]:
            m = score.prf(*v)
            print(f"{cat:<18} {m['precision']:>6} {m['recall']:>6} {m['f1']:>6} {m['predicted']:>6} {m['gold']:>6}")
    m = score.prf(*(sum(v[i] for v in counts.values()) for i in range(4)))
    print(f"{'overall':<18} {m['precision']:>6} {m['recall']:>6} {m['f1']:>6} {m['predicted']:>6} {m['gold']:>6}")
    print(f"risk verdicts (second against writer): {risk}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
