"""--format github: workflow-command annotations with the runner's escaping."""
from __future__ import annotations

import re

from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.findings import Notice
from healthlint.reporters import RenderOptions, get
from healthlint.reporters.github import command, escape_data, escape_property

from test_golden import golden_run

LINE = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")


def parse(line: str) -> tuple[str, dict, str]:
    m = LINE.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), props, m.group(3)


def test_golden_annotations(monkeypatch):
    lines = golden_run(monkeypatch, "github").splitlines()
    first = lines[0]
    assert first.startswith("::warning file=copy/landing.md,line=1,col=7,endLine=1,endColumn=14,title=G-PROMO-001::"
                            'Hype: "miracle".%0ASuggestion: new%0ABasis: CAP Code 12.1')
    kinds = [parse(line)[0] for line in lines]
    assert kinds.count("error") == 2 and "notice" in kinds  # the cited claim is info -> notice
    multi = next(parse(line)[1] for line in lines if "endLine=4" in line)
    # columns only when the span is on one line: the runner rejects them when line != endLine
    assert multi == {"file": "copy/landing.md", "line": "3", "endLine": "4", "title": "G-EFF-001"}
    # the unknown suppression name is an annotation too, at its place
    assert any(line.startswith("::warning file=copy/landing.md,line=8,col=1,title=healthlint::") for line in lines)


def test_escaping_follows_the_runner():
    assert escape_data("100% sure\r\nreally") == "100%25 sure%0D%0Areally"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("a:b,c") == "a:b,c"  # ':' and ',' only matter in properties
    assert command("notice", "m") == "::notice::m"


def test_awkward_path_and_message(tiny_rules):
    result = lint_text("It cures pain.", tiny_rules, path="drafts/a,b:c %.md")
    out = get("github")([result], tiny_rules, RenderOptions())
    kind, props, message = parse(out.splitlines()[0])
    assert kind == "error"
    assert props["file"] == "drafts/a%2Cb%3Ac %25.md"
    assert len(out.splitlines()) == len(result.findings)  # multi-line messages stay one command each
    assert message.startswith('Cure claim "cures".%0ASuggestion: may help some patients')


def test_notices_outside_results_and_cli(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    out = get("github")([], None, RenderOptions(notices=(Notice("gone.md", 0, 0, "no such file or directory", "error"),)))
    assert out == "::error file=gone.md,title=healthlint::no such file or directory\n"
    (tmp_path / "a.md").write_text("Ketamine cures pain.\n", encoding="utf-8")
    assert main(["check", "--format", "github", "./a.md"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(parse(line)[1]["file"] == "a.md" for line in lines)
