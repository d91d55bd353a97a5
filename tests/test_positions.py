"""End to end: every reported (line, column)-(end_line, end_column) span is exactly
the finding's text in the ORIGINAL file, whatever the line ends, BOM or markup."""
from __future__ import annotations

import json

import pytest

from helpers import source_slice

from healthlint.cli import main


def findings_for(tmp_path, name: str, raw: bytes, capsys) -> list[dict]:
    path = tmp_path / name
    path.write_bytes(raw)
    main(["check", "--format", "json", str(path)])
    return json.loads(capsys.readouterr().out)


MARKDOWN = """---
title: Ketamine cures everything (front matter is not copy)
---
# Ketamine **cures** fibromyalgia

Café owners 🎉 say: ketamine *cures* fibromyalgia, a true miracle.

- Completely safe and non-addictive
- 🩺 Ketamine **cures
  fibromyalgia** in days

| Claim | Note |
|-------|------|
| 😀 It is a miracle breakthrough | table cell |

See [our miracle cure page](https://example.com/miracle-cure-for-everything).

```
Ketamine cures fibromyalgia (code is not copy).
```

Inline `ketamine cures fibromyalgia` code is not copy either.
"""

HTML = """<!DOCTYPE html>
<html><head><title>Clinic</title><style>.x{content:"miracle"}</style>
<script>var s = "Ketamine cures fibromyalgia";</script></head>
<body>
<h1>Ketamine <em>cures</em> fibromyalgia</h1>
<p>Caf&eacute; &amp; spa 🎉: a true miracle, completely safe and non-addictive.</p>
<!-- a comment: ketamine cures fibromyalgia -->
<ul><li>Ketamine cures
 fibromyalgia</li></ul>
<table><tr><td>😀 A miracle breakthrough</td></tr></table>
</body></html>
"""

TEXT = "Intro line 🎉.\nKetamine cures fibromyalgia and is completely safe.\n\nA true miracle.\n"


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("name,source", [("page.md", MARKDOWN), ("page.html", HTML), ("page.txt", TEXT)])
def test_spans_are_exact_in_the_original_file(tmp_path, capsys, name, source, eol, bom):
    raw = bom + source.replace("\n", eol).encode("utf-8")
    found = findings_for(tmp_path, name, raw, capsys)
    span_findings = [f for f in found if f["category"] != "risk_disclosure"]
    assert span_findings, "expected findings"
    for f in found:
        assert source_slice(raw.decode("utf-8"), f) == f["text"].replace("\r\n", "\n").replace("\r", "\n"), f


def test_nothing_from_code_urls_front_matter_comments_or_scripts(tmp_path, capsys):
    for name, source, forbidden_lines in (
        ("page.md", MARKDOWN, {2, 19, 22}),
        ("page.html", HTML, {2, 3, 7}),
    ):
        found = findings_for(tmp_path, name, source.encode(), capsys)
        assert not {f["line"] for f in found} & forbidden_lines, (name, found)
    link_line = MARKDOWN.split("\n")[15]
    url_column = link_line.index("](") + 1
    found = findings_for(tmp_path, "page.md", MARKDOWN.encode(), capsys)
    on_link = [f for f in found if f["line"] == 16]
    assert on_link and all(f["end_column"] <= url_column for f in on_link), on_link


def test_emphasis_split_claim_reported_from_first_to_last_word(tmp_path, capsys):
    found = findings_for(tmp_path, "page.md", MARKDOWN.encode(), capsys)
    heading = [f for f in found if f["line"] == 4 and f["category"] == "efficacy"]
    assert heading, found
    assert any(f["text"].startswith("**cures") or f["text"].startswith("cures") for f in heading)
    multi = [f for f in found if f["line"] == 9 and f["end_line"] == 10]
    assert multi and multi[0]["text"].endswith("fibromyalgia"), found


def test_astral_characters_count_as_one_column(tmp_path, capsys):
    found = findings_for(tmp_path, "page.txt", "🎉🎉 Ketamine cures fibromyalgia.\n".encode(), capsys)
    cure = next(f for f in found if f["text"].startswith("cures"))  # merged with "cures fibromyalgia"
    assert cure["column"] == 13
