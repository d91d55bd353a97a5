"""scripts/agreement.py: a second reviewer's labels read as a linter's findings."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts" / "agreement.py")
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)


def test_a_quote_becomes_a_finding_at_its_line_and_column(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("# Title\n\nIt cures\nback pain. Call now.\n", encoding="utf-8")
    labels = tmp_path / "second.jsonl"
    labels.write_text(json.dumps({"doc": "a.md", "kind": "promo", "doc_level": {"missing_risk_disclosure": True},
                                  "findings": [{"quote": "cures\nback pain", "category": "efficacy"},
                                               {"quote": "not on the page", "category": "safety"}]}) + "\n")
    found = agreement.as_findings(labels, [str(doc)])
    assert found == [
        {"path": str(doc), "category": "efficacy", "severity": "warning",
         "line": 3, "column": 4, "end_line": 4, "end_column": 10},
        {"path": str(doc), "category": "risk_disclosure", "severity": "warning", "line": 1, "column": 1},
    ]


def test_every_second_review_labels_every_page_with_quotes_that_exist():
    sets = sorted(p.parent for p in (ROOT / "tests" / "quality").glob(f"*/{agreement.SECOND}"))
    assert sets, "no set has a second reviewer's labels"
    for corpus in sets:
        first = {json.loads(l)["doc"] for l in (corpus / "labels.jsonl").read_text().splitlines() if l.strip()}
        second = [json.loads(l) for l in (corpus / agreement.SECOND).read_text().splitlines() if l.strip()]
        assert {r["doc"] for r in second} == first, corpus.name
        for r in second:
            text = (corpus / "docs" / r["doc"]).read_text(encoding="utf-8")
            for f in r["findings"]:
                assert f["quote"] in text, (corpus.name, r["doc"], f["quote"][:60])
