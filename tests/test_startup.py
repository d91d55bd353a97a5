"""Start-up shortcuts must not change what is loaded or reported."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import regex
import yaml

from healthlint import lazyregex, yamlsrc
from healthlint.api import lint_text, load_rules
from healthlint.rules.loader import compile_ruleset, packs_root, profile_files, profiles
from healthlint.yamlsrc import SourceError

HERE = Path(__file__).parent
YAML_FILES = sorted(packs_root().rglob("*.yaml")) + sorted((HERE / "regressions").rglob("*.yaml"))


def _outcome(load):
    try:
        located = load()
        return located.data, located._lines
    except yamlsrc.SourceError as exc:
        return str(exc)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_libyaml_gives_what_the_pure_python_loader_gives(path):
    """Same data and key lines, or the same one-line error (bad YAML, alias bombs, duplicate keys)."""
    text = path.read_text(encoding="utf-8-sig")
    pure = _outcome(lambda: yamlsrc._load(str(path), text, yaml.SafeLoader))
    assert _outcome(lambda: yamlsrc.load(path)) == pure


# -- patterns compiled on first use ---------------------------------------------

SHIPPED = sorted({path for name in profiles() for path in profile_files(name)})


def test_every_shipped_pattern_compiles():
    """The shipped packs compile lazily at run time: this is where a bad pattern in them fails."""
    ruleset = compile_ruleset(SHIPPED, shipped=SHIPPED)
    unions = [u for rule in ruleset.rules for u in rule.matcher.unions()]
    assert unions and all(u._compiled is None for u in unions)  # nothing compiled while loading
    for union in unions:
        assert isinstance(union.compiled, regex.Pattern)
        if union.pid is not None:
            assert isinstance(union.probe, regex.Pattern)


def _texts(ruleset) -> list[str]:
    texts = [t for rule in ruleset.rules for t in rule.bad + rule.good]
    return texts + ["\n\n".join(texts)]  # and all of them as one page, for the document rules


def _candidates(prefilter, text, lookup, read="positions"):
    """The prefilter's candidates in ``text``, looked up (``lookup``) or from a freshly built automaton."""
    prefilter._automaton, prefilter._looked_up = None, 0
    if not lookup:
        prefilter._build()
    found = prefilter.scan(text)
    return {pid: getattr(found, read)(pid) for pid in prefilter.scanned}


def test_lazily_compiled_packs_find_what_eagerly_compiled_ones_find():
    lazy = compile_ruleset(SHIPPED, shipped=SHIPPED)
    eager = compile_ruleset(SHIPPED)
    for text in _texts(eager):
        assert lint_text(text, lazy).findings == lint_text(text, eager).findings


@pytest.mark.parametrize("no_cache", [True, False])
def test_a_bad_pattern_in_a_user_rule_file_fails_at_load_time(no_cache, tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    if no_cache:
        monkeypatch.setenv("HEALTHLINT_NO_CACHE", "1")
    else:
        monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    with pytest.raises(SourceError) as caught:
        load_rules("us", [str(HERE / "regressions" / "rules" / "invalid-regex.yaml")])
    assert "invalid-regex.yaml:6: invalid regex in field 'patterns' of rule R-EFF-001" in str(caught.value)


def test_lazy_module_pattern_behaves_like_the_compiled_one():
    source, flags = r"\b(?:may|might)\s+help\b", regex.IGNORECASE | regex.VERSION0
    lazy = lazyregex.Lazy(source, flags)
    plain = regex.compile(source, flags)
    text = "It MAY help. It might  help, or may not."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.search(text, 5).span() == plain.search(text, 5).span()


def test_frozen_patterns_thaw_and_bad_frozen_forms_are_ignored(monkeypatch):
    source, flags = r"(?<![\w])(?:cures?|heals?)(?![\w])", regex.IGNORECASE | regex.VERSION0
    frozen = lazyregex.capture(source, flags)
    assert frozen is not None
    thawed = lazyregex.thaw(frozen, source)
    assert thawed is not None and thawed.findall("It Cures; it heals.") == ["Cures", "heals"]
    # a frozen form of another pattern, a truncated one or junk: compile instead
    assert lazyregex.thaw(frozen, source + "x") is None
    assert lazyregex.thaw(frozen[:2], source) is None
    assert lazyregex.thaw("junk", source) is None
    monkeypatch.setitem(lazyregex._FROZEN, (source, flags), ("junk",))
    assert lazyregex.Lazy(source, flags).findall("It Cures; it heals.") == ["Cures", "heals"]


def test_a_cached_run_thaws_the_policies_patterns(tmp_path, monkeypatch):
    """The cache entry carries the code's own patterns frozen; junk there is ignored, not trusted."""
    from healthlint.rules import cache

    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "seed_folder", lambda: tmp_path / "no-seeds")  # an installed wheel has seeds
    monkeypatch.setattr(lazyregex, "_FROZEN", {})
    monkeypatch.setattr(lazyregex, "_STDLIB", {})
    ruleset = load_rules("us")
    entry = next(tmp_path.glob("rules-*.pickle"))
    digest, stored, frozen = pickle.loads(entry.read_bytes())
    from healthlint import policies

    assert (policies._HEDGE.source, policies._HEDGE.flags) in frozen
    stdlib = frozen.pop(lazyregex.STDLIB_KEY)  # the re patterns of the parsers' libraries
    assert cache.load(digest) is not None and lazyregex._FROZEN == frozen and lazyregex._STDLIB == stdlib
    entry.write_bytes(pickle.dumps((digest, stored, {k: ("junk",) for k in frozen})))
    monkeypatch.setattr(lazyregex, "_FROZEN", {})
    cached = cache.load(digest)
    text = "It may help cure pain, as supervised by your doctor (Smith 2020)."
    assert lint_text(text, cached).findings == lint_text(text, ruleset).findings


def test_a_cached_rule_set_thaws_genre_signals_and_unpacks_patterns_on_first_use(tmp_path, monkeypatch):
    """Genre signals are frozen in the entry too; each union's frozen form stays packed until it is used."""
    from healthlint import genres
    from healthlint.rules import cache

    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "seed_folder", lambda: tmp_path / "no-seeds")
    monkeypatch.setattr(lazyregex, "_FROZEN", {})
    monkeypatch.setattr(lazyregex, "_STDLIB", {})
    ruleset = load_rules("us")
    digest = pickle.loads(next(tmp_path.glob("rules-*.pickle")).read_bytes())[0]
    cached = cache.load(digest)
    signals = [signal for genre in cached.genres for signal in genre.signals]
    assert signals and all((signal, genres._FLAGS) in lazyregex._FROZEN for signal in signals)
    with monkeypatch.context() as m:
        m.setattr(regex, "compile", None)  # thawing must not compile
        assert all(isinstance(lazyregex.Lazy(signal, genres._FLAGS).compiled, regex.Pattern) for signal in signals)

    unions = [u for rule in cached.rules for u in rule.matcher.unions()]
    assert all(u._frozen is None and u._parts is None for u in unions) and all(u._packed for u in unions)
    text = "It may help cure pain in one session, guaranteed. No side effects, as supervised by your doctor."
    assert lint_text(text, cached).findings == lint_text(text, ruleset).findings
    used = [u for u in unions if u._packed is None]
    assert used and len(used) < len(unions)
    again = pickle.loads(pickle.dumps(used[0]))  # to a worker: packed again, the same frozen form
    again._unpack()
    assert (again._frozen, again._parts) == (used[0]._frozen, used[0]._parts)


def test_a_union_with_an_unreadable_packed_form_compiles(monkeypatch):
    from healthlint.matchers.wording import Union

    union = Union(r"\bcures?\b|\bheals\b", regex.I | regex.V0)
    union.__setstate__((union.source, union.flags, None, b"not a pickle", 1, ()))
    assert union.compiled.findall("It cures; it heals.") == ["cures", "heals"]
    assert union.probe.match("heals").group() == "heals"


def test_a_pickled_prefilter_keeps_its_literals_packed_and_finds_the_same_candidates():
    """The rule cache holds the literal -> owners mapping packed per prefix: same mapping, same candidates."""
    from healthlint.matchers.prefilter import _PackedOwners

    ruleset = compile_ruleset(SHIPPED, shipped=SHIPPED)
    fresh = ruleset.rules[0].matcher.prefilter
    fresh.refine()
    loaded = pickle.loads(pickle.dumps(fresh))
    assert isinstance(loaded._owners, _PackedOwners) and isinstance(fresh._owners, dict)
    assert len(loaded._owners) == len(fresh._owners) and dict(loaded._owners.items()) == fresh._owners
    assert all(loaded._owners.get(literal) == owners for literal, owners in list(fresh._owners.items())[::97])
    assert loaded._owners.get("\x00no such literal") is None and loaded._owners.get("") == fresh._owners.get("")
    again = pickle.loads(pickle.dumps(loaded))  # packed once more (to a worker): as it was
    assert dict(again._owners.items()) == fresh._owners
    texts = _texts(ruleset)[:-1] + ["Ketamine  cures\tfibromyalgia -- in ONE session!", "İt cures 50 mg of ٣ pain", "a"]

    for text in texts:
        expected = _candidates(fresh, text, False, "codes")
        assert _candidates(loaded, text, True, "codes") == expected, text
        assert _candidates(loaded, text, False, "codes") == expected, text


def test_a_built_automaton_is_kept_in_the_cache_folder_and_read_back(tmp_path, monkeypatch):
    """A cached rule set's prefilter keeps its automaton next to the entry; junk there is rebuilt."""
    from healthlint.rules import cache

    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("HEALTHLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(cache, "seed_folder", lambda: tmp_path / "no-seeds")
    fresh = load_rules("us")  # compiled and stored: its own prefilter keeps nothing
    assert fresh.rules[0].matcher.prefilter.automaton_file is None
    texts = _texts(fresh)
    page = texts[-1]

    def scanned(ruleset):
        prefilter = ruleset.rules[0].matcher.prefilter
        found = prefilter.scan(page)  # long enough to need the automaton
        assert prefilter._automaton is not None
        return {pid: found.codes(pid) for pid in prefilter.scanned}

    expected = scanned(fresh)
    first = load_rules("us")
    path = first.rules[0].matcher.prefilter.automaton_file
    assert path and path.startswith(str(tmp_path)) and path.endswith(".automaton")
    assert scanned(first) == expected and Path(path).is_file()  # built, then kept
    assert not list(tmp_path.glob(".tmp-*"))
    second = load_rules("us")
    with monkeypatch.context() as m:
        m.setattr(type(second.rules[0].matcher.prefilter), "_built", None)  # must be read, not built
        assert scanned(second) == expected
    for junk in (b"junk", pickle.dumps((1, "not an automaton", []))):
        Path(path).write_bytes(junk)
        assert scanned(load_rules("us")) == expected  # rebuilt (and kept again)
    assert scanned(load_rules("us")) == expected
    assert pickle.loads(pickle.dumps(second)).rules[0].matcher.prefilter.automaton_file is None  # to a worker


def test_literals_holding_a_newline_stay_a_dict():
    from healthlint.matchers.prefilter import _PackedOwners

    owners = {"a\nb": ((0, 0, 0),), "ab": ((0, 0, 0),)}
    assert _PackedOwners.of(owners) is owners


def test_short_texts_looked_up_give_the_automatons_candidates():
    """The prefilter looks up the slices of a short text instead of building its automaton: same candidates."""
    prefilter = compile_ruleset(SHIPPED, shipped=SHIPPED).rules[0].matcher.prefilter
    texts = _texts(compile_ruleset(SHIPPED, shipped=SHIPPED))[:-1] + [
        "Ketamine  cures\tfibromyalgia -- in ONE session!", "İt cures 50 mg of ٣ pain", "", "a",
    ]

    for text in texts:
        assert _candidates(prefilter, text, True) == _candidates(prefilter, text, False), text
    prefilter._automaton, prefilter._looked_up = None, 0
    for _ in range(3):  # past the look-up budget the automaton is built once and used
        prefilter.scan("x" * 1000)
    assert prefilter._automaton is not None
