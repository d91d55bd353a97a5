"""The compiled rule-set cache: used when valid, never when stale, corrupt or concurrent-written."""
from __future__ import annotations

import pickle
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from healthlint.api import lint_text
from healthlint.rules import cache
from healthlint.rules import loader

RULE = textwrap.dedent(
    """
    rules:
      - id: C-PROMO-001
        name: wonder
        kind: phrase
        category: promotional
        phrases: ["{phrase}"]
        message: 'Hype: "{{match}}".'
        examples: {{bad: ["A {phrase}."], good: ["A treatment."]}}
    """
)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def rules_dir(tmp_path) -> Path:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "house.yaml").write_text(RULE.format(phrase="wonder cure"), encoding="utf-8")
    return folder


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("rules-*.pickle"))


def _ids(ruleset) -> set[str]:
    return {finding.rule for finding in lint_text("A wonder cure and a magic pill.", ruleset).findings}


def test_second_load_comes_from_the_cache_without_compiling(cache_dir, rules_dir, monkeypatch):
    first = loader.load_rules("us", [rules_dir])
    assert len(_entries(cache_dir)) == 1

    def refuse(files):
        raise AssertionError("rules were compiled although a valid cache entry exists")

    monkeypatch.setattr(loader, "compile_ruleset", refuse)
    second = loader.load_rules("us", [rules_dir])
    assert [r.id for r in second.rules] == [r.id for r in first.rules]
    assert _ids(second) == _ids(first) and "C-PROMO-001" in _ids(second)


def test_an_edited_rule_file_is_never_served_stale(cache_dir, rules_dir):
    assert "C-PROMO-001" in _ids(loader.load_rules("us", [rules_dir]))
    (rules_dir / "house.yaml").write_text(RULE.format(phrase="magic pill"), encoding="utf-8")
    ruleset = loader.load_rules("us", [rules_dir])
    findings = lint_text("A wonder cure and a magic pill.", ruleset.configured(merge="none")).findings
    assert [f.text for f in findings if f.rule == "C-PROMO-001"] == ["magic pill"]


def test_key_depends_on_profile_extra_paths_and_bytes(tmp_path, rules_dir):
    rule_file = rules_dir / "house.yaml"
    base = cache.key("us", [], [rule_file])
    assert cache.key("uk", [], [rule_file]) != base
    assert cache.key("us", [], []) != base
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(rule_file.read_bytes())
    assert cache.key("us", [], [copy]) != base  # same bytes, other path
    rule_file.write_text(rule_file.read_text() + "\n", encoding="utf-8")
    assert cache.key("us", [], [rule_file]) != base


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", pickle.dumps(("wrong key", "not a rule set"))])
def test_corrupt_or_foreign_entries_are_ignored_and_rebuilt(cache_dir, rules_dir, garbage):
    loader.load_rules("us", [rules_dir])
    (entry,) = _entries(cache_dir)
    entry.write_bytes(garbage)
    ruleset = loader.load_rules("us", [rules_dir])
    assert "C-PROMO-001" in _ids(ruleset)
    digest, stored, _frozen = pickle.loads(entry.read_bytes())  # rewritten with a valid entry
    assert stored.rules and len(digest) == 64


def test_unwritable_cache_still_loads(tmp_path, monkeypatch, rules_dir):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    assert "C-PROMO-001" in _ids(loader.load_rules("us", [rules_dir]))


def test_no_cache_setting_writes_nothing(cache_dir, rules_dir, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_NO_CACHE", "1")
    loader.load_rules("us", [rules_dir])
    assert not cache_dir.exists()


def test_concurrent_writers_leave_one_valid_entry_and_no_temp_files(cache_dir, rules_dir):
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: loader.load_rules("us", [rules_dir]), range(8)))
    assert all("C-PROMO-001" in _ids(r) for r in results)
    assert len(_entries(cache_dir)) == 1
    assert not list(cache_dir.glob(".tmp-*"))
    assert cache.load(pickle.loads(_entries(cache_dir)[0].read_bytes())[0]) is not None


def test_rule_file_errors_are_reported_even_after_a_good_run(cache_dir, rules_dir):
    from healthlint.yamlsrc import SourceError

    loader.load_rules("us", [rules_dir])
    (rules_dir / "house.yaml").write_text(RULE.format(phrase="x").replace("phrases", "phrses"), encoding="utf-8")
    with pytest.raises(SourceError, match="phrses"):
        loader.load_rules("us", [rules_dir])


def test_old_entries_are_pruned(cache_dir, rules_dir):
    for i in range(cache._KEEP + 3):
        (rules_dir / "house.yaml").write_text(RULE.format(phrase=f"wonder {i}"), encoding="utf-8")
        loader.load_rules("us", [rules_dir])
    assert len(_entries(cache_dir)) <= cache._KEEP
