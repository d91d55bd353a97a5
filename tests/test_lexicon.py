"""Lexicons: named vocabularies written once, referenced as {{name}} from any rule of the rule set."""
from __future__ import annotations

import textwrap

import pytest

from healthlint.api import lint_text
from healthlint.cli import main
from healthlint.matchers.prefilter import prefixes
from healthlint.rules.loader import compile_files, load_rules, packs_root
from healthlint.rules.ruleset import RuleSet
from healthlint.yamlsrc import SourceError

LEXICON = """\
lexicon:
  ailment: ['fibromyalgia', 'migraines?', 'nerve\\s+pain']
  fix_verb: ['soothes', '{{strong_verb}}']
  strong_verb: ['banish(?:es)?']
"""

RULES = """\
rules:
  - id: X-EFF-001
    name: verb-ailment
    kind: pattern
    category: efficacy
    patterns: ['\\b{{fix_verb}}\\s+(?:\\w+\\s+){0,2}?{{ailment}}\\b']
    message: 'Claim "{match}".'
    examples: {bad: [It soothes nerve pain.], good: [It soothes the skin.]}
  - id: X-EFF-002
    name: relief-phrase
    kind: phrase
    category: efficacy
    phrases: ['relief from {{ailment}}', 'instant relief']
    message: 'Relief "{match}".'
    examples: {bad: [Relief from migraines.], good: [Relief from boredom.]}
  - id: X-EFF-003
    name: in-context
    kind: context
    category: efficacy
    phrases: [heals]
    context: {scope: sentence, present: ['{{ailment}}']}
    message: 'Heals "{match}".'
    examples: {bad: [It heals fibromyalgia.], good: [It heals.]}
"""


def load(write, *texts: str) -> RuleSet:
    paths = [write(f"f{i}.yaml", textwrap.dedent(t)) for i, t in enumerate(texts)]
    return RuleSet.of(compile_files(paths))


def error_for(write, *texts: str) -> SourceError:
    with pytest.raises(SourceError) as info:
        load(write, *texts)
    return info.value


def spans(ruleset: RuleSet, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in lint_text(text, ruleset).findings]


def test_references_expand_in_patterns_phrases_and_context(write):
    ruleset = load(write, LEXICON + RULES.replace("rules:\n", "rules:\n", 1))
    assert spans(ruleset, "The oil soothes stubborn nerve pain.") == [("X-EFF-001", "soothes stubborn nerve pain")]
    assert spans(ruleset, "It banishes migraines.") == [("X-EFF-001", "banishes migraines")]  # nested lexicon
    assert spans(ruleset, "Fast relief from fibromyalgia.") == [("X-EFF-002", "relief from fibromyalgia")]
    assert spans(ruleset, "Instant relief.") == [("X-EFF-002", "Instant relief")]  # plain phrases still work
    assert spans(ruleset, "It heals fibromyalgia.") == [("X-EFF-003", "heals")]
    assert spans(ruleset, "It heals. It soothes the skin.") == []


def test_expanded_source_is_a_plain_group(write):
    ruleset = load(write, LEXICON + RULES)
    source = ruleset.get("X-EFF-001").matcher.pattern.source
    assert "{{" not in source
    assert "(?:soothes|(?:banish(?:es)?))" in source
    assert "(?:fibromyalgia|migraines?|nerve\\s+pain)" in source


def test_lexicon_in_another_file(write):
    """Names are shared by every loaded file, whatever the order."""
    ruleset = load(write, RULES, LEXICON)
    assert spans(ruleset, "It soothes migraines.") == [("X-EFF-001", "soothes migraines")]


def test_expanded_patterns_stay_prefilterable(write):
    ruleset = load(write, LEXICON + RULES)
    for rule_id in ("X-EFF-001", "X-EFF-002"):
        union = ruleset.get(rule_id).matcher.pattern
        found = prefixes(union.source, union.flags)
        assert found and any(lit.startswith("soothes") or lit.startswith("relief") for lit in found)


def test_unknown_name_names_file_line_field_and_rule(write):
    err = error_for(write, LEXICON + RULES.replace("{{ailment}}\\b", "{{ailmnet}}\\b"))
    assert err.path.endswith("f0.yaml") and err.line == 10
    assert "field 'patterns' of rule X-EFF-001" in err.message
    assert "unknown lexicon 'ailmnet'" in err.message and "ailment" in err.message
    assert str(err).startswith(f"{err.path}:10: ")


def test_unknown_name_in_phrase_and_context(write):
    err = error_for(write, LEXICON + RULES.replace("relief from {{ailment}}", "relief from {{pain}}"))
    assert err.line == 17 and "field 'phrases' of rule X-EFF-002" in err.message and "'pain'" in err.message
    err = error_for(write, LEXICON + RULES.replace("present: ['{{ailment}}']", "present: ['{{nope}}']"))
    assert err.line == 25 and "field 'context.present' of rule X-EFF-003" in err.message


def test_reference_without_any_lexicon(write):
    err = error_for(write, RULES)
    assert "unknown lexicon 'fix_verb' (none is defined)" in err.message and err.line == 6


def test_duplicate_name_is_an_error_at_the_second_definition(write):
    err = error_for(write, LEXICON, "lexicon:\n  other: [x]\n  ailment: [gout]\n")
    assert err.path.endswith("f1.yaml") and err.line == 3
    assert "duplicate lexicon 'ailment'" in err.message and "f0.yaml:2" in err.message


def test_bad_entry_names_its_line(write):
    err = error_for(write, LEXICON.replace("'nerve\\s+pain'", "'nerve(pain'"))
    assert err.line == 2 and "invalid regex in field 'lexicon.ailment'" in err.message
    err = error_for(write, "lexicon:\n  ok: [a]\n  bad:\n    - b\n    - '(?i)c'\n")
    assert err.line == 5 and "inline flags" in err.message


def test_nested_unknown_and_cycle(write):
    err = error_for(write, "lexicon:\n  a: ['x', '{{b}}']\n  b: ['{{zzz}}']\n")
    assert err.line == 3 and "field 'lexicon.b'" in err.message and "unknown lexicon 'zzz'" in err.message
    err = error_for(write, "lexicon:\n  a: ['x', '{{b}}']\n  b: ['{{a}}']\n")
    assert "refers to itself (a -> b -> a)" in err.message


def test_bad_name_rejected_by_schema(write):
    err = error_for(write, "lexicon:\n  Bad-Name: [x]\n")
    assert err.line == 2 and "lexicon" in err.message
    err = error_for(write, "lexicon:\n  empty: []\n")
    assert err.line == 2 and "lexicon.empty" in err.message


def test_malformed_reference_explains_the_syntax(write):
    err = error_for(write, LEXICON + RULES.replace("{{ailment}}\\b", "{{Ailment}}\\b"))
    assert "not a lexicon reference" in err.message and "\\{\\{" in err.message


def test_escaped_braces_are_literal(write):
    text = """\
        rules:
          - id: X-TPL-001
            name: template-left-in
            kind: pattern
            category: promotional
            patterns: ['\\{\\{\\w+}}']
            message: 'Template "{match}".'
            examples: {bad: ['Hello {{name}}.'], good: [Hello.]}
        """
    ruleset = load(write, text)
    assert spans(ruleset, "Hello {{name}}.") == [("X-TPL-001", "{{name}}")]


def test_a_file_needs_rules_or_a_lexicon(write):
    err = error_for(write, "pack: empty\n")
    assert "needs 'rules', 'lexicon' or 'genres'" in err.message
    assert load(write, "lexicon:\n  only: [x]\n").rules == ()


def test_user_rule_file_uses_a_shipped_lexicon(write, tmp_path, monkeypatch, capsys):
    house = write("house/claims.yaml", textwrap.dedent("""\
        lexicon:
          house_product: ['glowdrip']
        rules:
          - id: ACME-EFF-001
            name: product-condition
            kind: pattern
            category: efficacy
            patterns: ['\\b{{house_product}}\\s+(?:\\w+\\s+){0,3}?{{condition}}\\b']
            message: 'House claim "{match}".'
            examples: {bad: [GlowDrip for fibromyalgia.], good: [GlowDrip for hydration.]}
        """))
    ruleset = load_rules(extra=[house])
    found = lint_text("Try GlowDrip for fibromyalgia today.", ruleset).findings
    assert "ACME-EFF-001" in [f.rule for f in found]
    page = write("page.md", "Try GlowDrip for fibromyalgia today.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["rules", "test", str(house.parent)]) == 0
    capsys.readouterr()
    write(".healthlint.yaml", f"extra_rules: [{house.parent}]\n")
    assert main(["check", "--format", "json", str(page)]) == 1
    assert "ACME-EFF-001" in capsys.readouterr().out


def test_user_file_cannot_redefine_a_shipped_lexicon(write, monkeypatch, tmp_path, capsys):
    house = write("house/lex.yaml", "lexicon:\n  condition: [gout]\n")
    with pytest.raises(SourceError) as info:
        load_rules(extra=[house])
    assert "duplicate lexicon 'condition'" in info.value.message and "lexicon.yaml" in info.value.message
    write(".healthlint.yaml", f"extra_rules: [{house.parent}]\n")
    page = write("page.md", "Hello.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(page)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{house}:2:" in err


def test_shipped_lexicons_are_prefilterable():
    """Every shipped pattern that uses a lexicon keeps literal starts for the Aho-Corasick prefilter."""
    ruleset = load_rules()
    shipped_root = str(packs_root())
    from healthlint import ruledocs
    from healthlint.rules.lexicon import references

    uses = {rule.id for _, rf in ruledocs._parse_files(ruledocs.shipped_files()) for rule in rf.rules
            if any(references(p) for p in list(getattr(rule, "patterns", [])) + list(getattr(rule, "phrases", [])))}
    for rule in ruleset.rules:
        if rule.id in uses and rule.source.startswith(shipped_root):
            assert rule.matcher.pattern.pid is not None, f"{rule.id} lost its literal prefilter"


def test_lexicon_change_is_a_new_cache_key(tmp_path):
    from healthlint.rules import cache

    lex = tmp_path / "lex.yaml"
    lex.write_text("lexicon:\n  a: [x]\n")
    before = cache.key("us", [], [lex])
    lex.write_text("lexicon:\n  a: [y]\n")
    assert cache.key("us", [], [lex]) != before
