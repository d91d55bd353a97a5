"""docs/rules.md is generated from the YAML and must match it; `rules docs` documents
the configured rules too (a team's own rules included)."""
from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from healthlint import ruledocs
from healthlint.cli import main
from healthlint.findings import CATEGORIES
from healthlint.rules.loader import compile_files

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "rules.md"
REGENERATE = "PYTHONPATH=src python -m healthlint rules docs --shipped > docs/rules.md"


def test_docs_rules_md_is_up_to_date():
    expected = ruledocs.markdown(ruledocs.shipped_files())
    assert DOCS.read_text(encoding="utf-8") == expected, (
        f"docs/rules.md is out of date with the rule packs: regenerate it with `{REGENERATE}`")


def test_cli_prints_the_same(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["rules", "docs", "--shipped"]) == 0
    assert capsys.readouterr().out == ruledocs.markdown(ruledocs.shipped_files())


def test_every_shipped_rule_has_a_section_at_its_anchor():
    rules = compile_files(ruledocs.shipped_files())
    text = DOCS.read_text(encoding="utf-8")
    headings = re.findall(r"^### (.+)$", text, re.M)
    assert sorted(headings) == sorted(r.id for r in rules)
    category = {r.id: CATEGORIES.index(r.category) for r in rules}
    assert [category[h] for h in headings] == sorted(category[h] for h in headings)  # grouped by category
    for rule in rules:
        # a heading that is just the id gets GitHub's slug id.lower(): the SARIF helpUri fragment
        assert ruledocs.help_uri(rule) == f"{ruledocs.DOCS_URL}#{rule.id.lower()}"
        section = text.split(f"### {rule.id}\n", 1)[1].split("\n### ", 1)[0]
        assert f"`{rule.name}` · {rule.category} · **{rule.severity}**" in section
        assert "**What it flags.**" in section and "**Flags:**" in section and "**Leaves alone:**" in section
        for ref in rule.references:
            assert ruledocs.md_escape(ref) in section


CUSTOM = """\
rules:
  - id: ACME-PROMO-001
    name: acme-hype
    kind: phrase
    category: promotional
    phrases: ["*magic*"]
    unless: [hedged]
    downgrade: {cited: info}
    message: 'Hype "{match}" <script>alert(1)</script>'
    description: 'Uses <b>markup</b> | pipes and [links](http://x)'
    references: ["CAP Code 12.1"]
    examples: {bad: ["It is *magic*."], good: ["It is ordinary."]}
"""


def test_configured_docs_include_custom_rules_and_escape_them(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "acme.yaml").write_text(CUSTOM, encoding="utf-8")
    (tmp_path / ".healthlint.yaml").write_text("extra_rules: [acme.yaml]\n", encoding="utf-8")
    assert main(["rules", "docs"]) == 0
    out = capsys.readouterr().out
    assert "### ACME-PROMO-001" in out and "### HL-EFF-001" in out
    assert "defined in `acme.yaml`" in out
    assert "Not flagged when hedged" in out and "Lowered to info when cited" in out
    html = MarkdownIt("commonmark").render(out)
    assert "<script>" not in html and "<b>markup</b>" not in html and 'href="http://x"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_broken_rule_file_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "acme.yaml").write_text(CUSTOM.replace("phrases:", "phrses:"), encoding="utf-8")
    (tmp_path / ".healthlint.yaml").write_text("extra_rules: [acme.yaml]\n", encoding="utf-8")
    assert main(["rules", "docs"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("healthlint: ") and "phrses" in err and err.count("\n") == 1
