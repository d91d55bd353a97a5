"""A table cell's paragraph is its table and the paragraph that introduces it."""
from __future__ import annotations

import textwrap

import pytest

from healthlint.api import lint_text, parse
from healthlint.rules.loader import compile_files
from healthlint.rules.ruleset import RuleSet

RULE = """\
rules:
  - id: X-DOSE-001
    name: dose
    kind: context
    category: dosing
    patterns: ['\\b\\d+\\s*mg\\b']
    context:
      - {scope: paragraph, absent: ['\\bclinician\\s+(?:will|may)\\s+(?:decide|recommend)\\b']}
    message: 'Dose "{match}".'
    examples: {bad: [Take 10 mg daily.], good: [Your clinician will decide. Take 10 mg daily.]}
"""

MARKDOWN_TABLE = """\
{lead}

| Medicine | Starting dose |
|---|---|
| Drug A | 10 mg once a day |
| Drug B | 20 mg once a day |

Take 5 mg at night.
"""

HTML_TABLE = """\
<p>{lead}</p>
<table><tr><th>Medicine</th><th>Starting dose</th></tr>
<tr><td>Drug A</td><td>10 mg once a day</td></tr>
<tr><td>Drug B</td><td>20 mg once a day</td></tr></table>
<p>Take 5 mg at night.</p>
"""


def doses(write, page: str, fmt: str) -> list[str]:
    ruleset = RuleSet.of(compile_files([write("r.yaml", textwrap.dedent(RULE))]))
    return [f.text for f in lint_text(page, ruleset, format=fmt).findings]


@pytest.mark.parametrize("page, fmt", [(MARKDOWN_TABLE, "markdown"), (HTML_TABLE, "html")])
def test_the_paragraph_introducing_a_table_gives_its_rows_context(write, page, fmt):
    lead = "Your clinician will decide which of these suits you."
    assert doses(write, page.format(lead=lead), fmt) == ["5 mg"]  # the paragraph after the table is its own
    assert doses(write, page.format(lead="Our plans."), fmt) == ["10 mg", "20 mg", "5 mg"]


def test_a_cells_paragraph_spans_the_table_and_its_lead_in():
    doc = parse(MARKDOWN_TABLE.format(lead="Lead in."), "markdown", "t.md")
    span = doc.paragraph_at(doc.prose.index("20 mg"))
    assert doc.prose[span[0]:span[1]].startswith("Lead in.")
    assert "Drug A" in doc.prose[span[0]:span[1]] and "20 mg once a day" in doc.prose[span[0]:span[1]]
    assert "5 mg at night" not in doc.prose[span[0]:span[1]]
    heading = parse("# Plans\n\n| a | b |\n|---|---|\n| x | 10 mg |\n", "markdown", "t.md")
    cell = heading.paragraph_at(heading.prose.index("10 mg"))
    assert heading.prose[cell[0]:cell[1]].startswith("a")  # a heading is not a lead-in paragraph
