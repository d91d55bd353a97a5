"""atheris fuzz target for the document parsers and the positions they promise.

Each input picks a format (Markdown, MDX, HTML, text) and a text; the target
parses and lints it with the shipped rules and checks the invariants the
contract relies on: no exception, every finding's span lies inside the source
and is exactly its ``text``, prose blocks and sentences stay in bounds.

Short run (the test suite does this for a few hundred inputs):

    pip install atheris
    PYTHONPATH=src python tests/fuzz/fuzz_parsers.py -runs=300

Longer run, keeping a corpus and any crashing inputs (add a crash as a file in
tests/regressions/inputs/ with the fix). libFuzzer writes new inputs into the
FIRST folder given, so put a scratch corpus first, never the fixtures:

    mkdir -p /tmp/hl-corpus
    PYTHONPATH=src python tests/fuzz/fuzz_parsers.py /tmp/hl-corpus tests/regressions/inputs \\
        -max_total_time=3600 -max_len=4096 -artifact_prefix=/tmp/hl-crash-
"""
from __future__ import annotations

import re
import sys

import atheris

with atheris.instrument_imports(include=["healthlint", "markdown_it", "mdit_py_plugins", "html"]):
    import healthlint.parsers.html
    import healthlint.parsers.markdown
    import healthlint.parsers.text  # noqa: F401  (parsers import lazily: instrument them now)
    from healthlint.api import lint_text
    from healthlint.parsers import parse
    from healthlint.rules.loader import load_rules

RULES = load_rules()
FORMATS = (("markdown", "page.md"), ("markdown", "page.mdx"), ("html", "page.html"), ("text", "page.txt"))
_BREAK = re.compile(r"\r\n|\r|\n")


def _slice(raw: str, finding) -> str:
    lines = _BREAK.split(raw[1:] if raw.startswith("\ufeff") else raw)
    if finding.line == finding.end_line:
        return lines[finding.line - 1][finding.column - 1:finding.end_column - 1]
    return "\n".join([lines[finding.line - 1][finding.column - 1:], *lines[finding.line:finding.end_line - 1],
                      lines[finding.end_line - 1][:finding.end_column - 1]])


def check(fmt: str, path: str, text: str) -> None:
    doc = parse(text, fmt, path)
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.prose), block
    for start, end in doc.sentences:
        assert 0 <= start < end <= len(doc.prose)
    result = lint_text(text, RULES, format=fmt, path=path)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(doc.text), f
        assert doc.text[f.start:f.end] == f.text, f
        assert _slice(text, f) == f.text, (f.rule, f.line, f.column, f.text)


def TestOneInput(data: bytes) -> None:
    """The first byte picks the format; the rest is UTF-8, so real pages make good seeds."""
    if not data:
        return
    fmt, path = FORMATS[data[0] % len(FORMATS)]
    check(fmt, path, data[1:].decode("utf-8", "replace"))


# Patterns, policies, page genres and the sentence model load on first use; one page per format before the
# run keeps that one-time cost (seconds without a rule cache, more on a busy machine) out of libFuzzer's first
# timed input, which it would otherwise report as a slow unit
WARM_UP = ("# Ketamine cures pain\n\nClinically proven, with no side effects: better than opioids. "
           "Take 2 mg/kg twice daily from home. \"I was pain-free after one session!\" (Dana, 42)\n")


def main() -> None:
    for fmt, path in FORMATS:
        check(fmt, path, WARM_UP)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
