"""A wheel's precompiled packs (seeds): used by a fresh install, never when stale, corrupt, off or not applicable."""
from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from healthlint.api import lint_text
from healthlint.rules import cache, loader

TEXT = "Our clinic's treatment cures arthritis in days, with no side effects. Book now, only 3 spots left!"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """The us seed, written as the wheel build hook writes it (from this checkout's packs)."""
    folder = tmp_path_factory.mktemp("seed")
    cache.write_seeds(folder, ["us"])
    return folder


@pytest.fixture
def installed(seeds, tmp_path, monkeypatch) -> Path:
    """An 'installation': the packs copied elsewhere, the seed next to them, an empty user cache."""
    packs = tmp_path / "site" / "healthlint" / "packs"
    shutil.copytree(loader.packs_root(), packs)
    monkeypatch.setattr(loader, "packs_root", lambda: packs)
    monkeypatch.setattr(cache, "seed_folder", lambda: seeds)
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path / "user-cache"))
    monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    return packs


def _findings(ruleset) -> list[tuple]:
    return [(f.rule, f.line, f.column, f.end_line, f.end_column, f.severity, f.message) for f in lint_text(TEXT, ruleset).findings]


def _refuse(*args, **kwargs):
    raise AssertionError("rules were compiled although a valid seed exists")


def test_a_fresh_install_loads_the_seed_without_compiling(installed, monkeypatch):
    compiled = loader.compile_ruleset(loader.profile_files("us"), shipped=loader.profile_files("us"))
    monkeypatch.setattr(loader, "compile_ruleset", _refuse)
    seeded = loader.load_rules("us")
    assert [r.id for r in seeded.rules] == [r.id for r in compiled.rules]
    assert _findings(seeded) and _findings(seeded) == _findings(compiled)
    # each rule's file:line names this installation's packs, not the build tree's
    assert [r.source for r in seeded.rules] == [r.source for r in compiled.rules]
    assert all(r.source.startswith(str(installed)) for r in seeded.rules)


def test_an_edited_pack_makes_the_seed_stale(installed, monkeypatch):
    efficacy = installed / "core" / "efficacy.yaml"
    efficacy.write_bytes(efficacy.read_bytes() + b"\n# edited\n")
    calls = []
    real = loader.compile_ruleset
    monkeypatch.setattr(loader, "compile_ruleset", lambda *a, **k: calls.append(1) or real(*a, **k))
    loader.load_rules("us")
    assert calls == [1]


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_corrupt_seed_is_ignored(installed, tmp_path, monkeypatch, garbage):
    broken = tmp_path / "broken-seed"
    broken.mkdir()
    (broken / "rules-us.pickle").write_bytes(garbage)
    monkeypatch.setattr(cache, "seed_folder", lambda: broken)
    assert cache.load_seed("us") is None
    assert _findings(loader.load_rules("us"))


def test_seed_is_not_used_with_extra_rule_files_or_without_caching(installed, tmp_path, monkeypatch):
    assert cache.load_seed("us") is not None
    assert cache.load_seed("uk") is None  # no seed written for it
    house = tmp_path / "house.yaml"
    house.write_text("rules: []\nlexicon: {house_word: [wonder]}\n", encoding="utf-8")
    calls = []
    real = loader.compile_ruleset
    monkeypatch.setattr(loader, "compile_ruleset", lambda *a, **k: calls.append(1) or real(*a, **k))
    loader.load_rules("us", [house])  # a user's file is compiled with the packs
    monkeypatch.setenv("HEALTHLINT_NO_CACHE", "1")
    assert cache.load_seed("us") is None
    loader.load_rules("us")
    assert calls == [1, 1]


def test_seed_key_ignores_where_the_package_is_but_not_what_it_holds(installed, seeds):
    key = cache.seed_key("us")
    assert key != cache.seed_key("uk")
    (installed / "us" / "extra.yaml").write_text("rules: []\n", encoding="utf-8")
    assert cache.seed_key("us") != key


def test_seeds_are_readable_by_everyone(seeds):
    mode = (seeds / "rules-us.pickle").stat().st_mode
    assert mode & stat.S_IROTH and mode & stat.S_IRGRP
