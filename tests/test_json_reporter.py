"""The JSON reporter writes exactly what json.dumps(indent=2) would, only faster."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from healthlint.engine import LintResult
from healthlint.findings import Finding, Severity
from healthlint.reporters import RenderOptions, get

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
VALUES = st.one_of(TEXT, st.integers(-10**20, 10**20), st.lists(TEXT, max_size=3), st.booleans(), st.none(),
                   st.floats(allow_nan=False), st.dictionaries(TEXT, TEXT, max_size=2))


def expected(dicts: list[dict]) -> str:
    return json.dumps(dicts, indent=2, ensure_ascii=False) + "\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(TEXT, VALUES, max_size=6), max_size=4))
def test_objects_are_written_as_json_dumps_writes_them(dicts):
    from healthlint.reporters import json as reporter

    text = "[\n" + ",\n".join(reporter._object(d) for d in dicts) + "\n]\n" if dicts else "[]\n"
    assert text == expected(dicts)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(TEXT, st.integers(1, 9), st.integers(1, 9), TEXT, st.sampled_from(list(Severity)),
                          st.one_of(st.none(), TEXT), st.lists(TEXT, max_size=2)), max_size=5))
def test_render_equals_json_dumps_of_the_sorted_findings(rows):
    findings = [Finding(path=p, line=line, column=col, rule="HL-X-001", end_line=line, end_column=col + 1,
                        name="x", category="efficacy", severity=sev, message=msg, text=msg, suggestion=sug,
                        references=tuple(refs))
                for p, line, col, msg, sev, sug, refs in rows]
    out = get("json")([LintResult("a", tuple(findings))], None, RenderOptions())
    assert out == expected([f.to_dict() for f in sorted(findings)])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, TEXT, st.sampled_from(list(Severity)), TEXT, TEXT, st.one_of(st.none(), TEXT),
                          st.lists(TEXT, max_size=3), st.lists(TEXT, max_size=2), st.integers(0, 10**6)),
                max_size=6))
def test_one_finding_renders_as_its_dict_would(rows):
    """render_finding (a huge page's findings, rendered as they come in) writes what json.dumps writes."""
    from healthlint.reporters import json as reporter

    for path, rule, name, sev, msg, text, sug, refs, also, n in rows:
        for _ in range(2):  # the second time from the cache of repeated values
            f = Finding(path=path, line=n, column=n % 7, rule=rule, end_line=n + 1, end_column=3, name=name,
                        category="efficacy", severity=sev, message=msg, text=text, suggestion=sug,
                        references=tuple(refs), also=tuple(also))
            assert reporter.render_finding(f) == reporter._object(f.to_dict())
            assert json.loads(reporter.render_finding(f)) == f.to_dict()
