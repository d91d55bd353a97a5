"""Find rule packs, parse and validate them, compile them once.

Errors are one line naming the file, the line, the rule and the field: a rule
author's typo must never surface as a traceback.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import regex

from ..findings import Severity
from ..yamlsrc import SourceError
from .ruleset import CompiledRule, RuleSet

DEFAULT_PROFILE = "us"


def packs_root() -> Path:
    """Where the shipped packs are: inside the wheel, or the repo's rules/ in a checkout."""
    installed = Path(__file__).resolve().parent.parent / "packs"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "rules"


def profiles() -> dict[str, list[str]]:
    from .. import yamlsrc

    path = packs_root() / "profiles.yaml"
    located = yamlsrc.load(path)
    data = located.data or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise SourceError(path, "expected a mapping of profile name to a list of pack folders", 1)
    return {str(k): [str(p) for p in v] for k, v in data.items()}


def profile_files(profile: str) -> list[Path]:
    known = profiles()
    if profile not in known:
        raise SourceError("profile", f"unknown profile '{profile}' (known: {', '.join(sorted(known))})")
    root = packs_root()
    files: list[Path] = []
    for pack in known[profile]:
        files.extend(sorted((root / pack).glob("*.yaml")))
    return files


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    """YAML files named directly, or found in the named folders (sorted)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(list(p.rglob("*.yaml")) + list(p.rglob("*.yml"))))
        elif p.is_file():
            files.append(p)
        else:
            raise SourceError(p, "rule file or folder not found")
    return files


def load_rules(profile: str = DEFAULT_PROFILE, extra: Iterable[str | Path] = ()) -> RuleSet:
    """The shipped packs of ``profile`` plus extra rule files/folders, compiled (or from the cache)."""
    from . import cache

    extra_files = rule_files(extra)
    try:
        shipped = sorted(p for p in packs_root().rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        digest = cache.key(profile, shipped, extra_files)
    except OSError:
        digest = None
    if digest is not None:
        cached = cache.load(digest)
        if cached is not None:
            return cached
    if not extra_files:
        try:
            seeded = cache.load_seed(profile)  # a fresh install: the wheel's precompiled packs
        except OSError:
            seeded = None
        if seeded is not None:
            return seeded
    shipped_files = profile_files(profile)
    ruleset = compile_ruleset(shipped_files + extra_files, shipped=shipped_files)
    if digest is not None and cache.directory() is not None:
        freeze(ruleset, shipped_files)
        cache.store(digest, ruleset)
    return ruleset


def freeze(ruleset: RuleSet, shipped_files: list[Path]) -> None:
    """Compile every pattern now and keep the result for pickling (see Union.freeze)."""
    try:
        for rule in ruleset.rules:
            for union in rule.matcher.unions():
                union.freeze()
    except regex.error:
        compile_files(shipped_files)  # a broken shipped pattern: the one-line error naming its line
        raise


def compile_ruleset(files: Iterable[Path], shipped: Iterable[Path] = ()) -> RuleSet:
    """Rule files -> a RuleSet whose patterns share one literal prefilter.

    Patterns of ``shipped`` files (the packs in the package, tested by the
    suite) compile on first use; every other file's compile now, so a bad
    pattern is an error naming its file and line before anything is linted.
    """
    from ..matchers.prefilter import attach

    files = list(files)
    parsed = [parse_file(path) for path in files]
    rules = _compile_rules(files, parsed, set(shipped))
    attach([rule.matcher for rule in rules])
    return RuleSet.of(rules, _compile_genres(files, parsed, set(shipped)))


def _compile_genres(files: list[Path], parsed: list, lazy: set[Path]) -> list:
    """Every genre of ``files``, in file order; signals of files not in ``lazy`` compile now."""
    from ..genres import CompiledGenre, compile_signal

    genres: dict[str, object] = {}
    for path, (located, rule_file) in zip(files, parsed):
        for name, spec in rule_file.genres.items():
            where = ("genres", name)
            if name in genres:
                raise SourceError(located.path, f"duplicate genre {name}", located.line(where))
            if path not in lazy:
                for i, signal in enumerate(spec.signals):
                    try:
                        compile_signal(signal)
                    except regex.error as exc:
                        raise SourceError(located.path, f"invalid regex in field 'genres.{name}.signals' "
                                                        f"of genre {name}: {exc}",
                                          located.line(where + ("signals", i))) from None
            genres[name] = CompiledGenre.of(name, spec)
    return list(genres.values())


def compile_files(files: Iterable[Path], lazy: Iterable[Path] = ()) -> list[CompiledRule]:
    """Parse every file first: a lexicon defined in one file may be used by rules in any other.

    Rules of the files in ``lazy`` (the shipped packs) compile their patterns on first use.
    """
    files = list(files)
    return _compile_rules(files, [parse_file(path) for path in files], set(lazy))


def _compile_rules(files: list[Path], parsed: list, lazy: set[Path]) -> list[CompiledRule]:
    from ..matchers.wording import compiled_on_first_use
    from .lexicon import collect

    lexicon = collect(parsed, lazy)
    rules: list[CompiledRule] = []
    seen: dict[str, str] = {}
    for path, (located, rule_file) in zip(files, parsed):
        for index, rule in enumerate(rule_file.rules):
            if path in lazy:
                with compiled_on_first_use():
                    compiled = _compile(rule, index, located, lexicon)
            else:
                compiled = _compile(rule, index, located, lexicon)
            if compiled.id in seen:
                raise SourceError(located.path, f"duplicate rule id {compiled.id} (first defined at {seen[compiled.id]})",
                                  int(compiled.source.rsplit(":", 1)[1]))
            seen[compiled.id] = compiled.source
            rules.append(compiled)
    return rules


def parse_file(path: Path):
    """(located YAML, validated RuleFile) of one rule file."""
    from pydantic import ValidationError

    from .. import yamlsrc
    from .schema import RuleFile

    located = yamlsrc.load(path)
    data = located.data
    if isinstance(data, list):
        data = {"rules": data}
        located = yamlsrc.Located(located.path, data, {("rules",) + k: v for k, v in located._lines.items()})
    elif not isinstance(data, dict):
        raise SourceError(path, "a rule file is a list of rules or a mapping with 'rules:' or 'lexicon:'", 1)
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        raise yamlsrc.describe_validation_error(located, exc) from None
    return located, parsed


def _compile(rule, index: int, located, lexicon) -> CompiledRule:
    from ..matchers import MATCHERS

    where = ("rules", index)
    expanded = expand_rule(rule, index, located, lexicon)
    if rule.kind == "classifier":
        expanded = expanded.model_copy(update={"model": _model_ref(Path(located.path), rule.model)})
    try:
        matcher = MATCHERS[rule.kind](expanded)
        if rule.kind == "classifier" and not _shipped(Path(located.path)):
            matcher.check()  # a rule file of your own: a wrong model path or label fails before linting
    except regex.error as exc:
        field, line = _bad_pattern(rule, index, located, lexicon)
        raise SourceError(located.path, f"invalid regex in field '{field}' of rule {rule.id}: {exc}", line) from None
    except ValueError as exc:
        field = ("model",) if rule.kind == "classifier" else ()
        prefix = f"field 'model' of rule {rule.id}" if field else f"rule {rule.id}"
        raise SourceError(located.path, f"{prefix}: {exc}", located.line(where + field) or located.line(where)) from None
    return CompiledRule(
        id=rule.id,
        name=rule.name,
        kind=rule.kind,
        category=rule.category,
        severity=Severity.parse(rule.severity),
        message=rule.message,
        description=rule.description,
        suggestion=rule.suggestion,
        references=tuple(rule.references),
        bad=tuple(rule.examples.bad),
        good=tuple(rule.examples.good),
        unless=tuple(rule.unless),
        downgrade=tuple((p, Severity.parse(s)) for p, s in rule.downgrade.items()),
        matcher=matcher,
        source=f"{located.path}:{located.line(where) or 1}",
    )


def _packs_relative(path: Path) -> str | None:
    """``path`` relative to the shipped packs folder (POSIX form), or None when it lies outside."""
    try:
        return path.resolve().relative_to(packs_root().resolve()).as_posix()
    except ValueError:
        return None


def _shipped(path: Path) -> bool:
    return _packs_relative(path) is not None


def _model_ref(rule_file: Path, model: str) -> str:
    """A classifier's model file, relative to its rule file; a shipped one relative to the packs
    folder (the wheel and the rule cache must not hold the path of the checkout they were built in)."""
    path = rule_file.parent / model
    shipped = _packs_relative(path)
    return str(path.resolve()) if shipped is None else "@packs/" + shipped


def _regex_fields(rule) -> list[tuple[tuple, str]]:
    """(key path within the rule, regex) for every regex-valued field of ``rule``."""
    found: list[tuple[tuple, str]] = [(("patterns", i), p) for i, p in enumerate(getattr(rule, "patterns", []) or [])]
    for where, context in (rule.contexts() if rule.kind == "context" else []):
        found += [(where + ("absent", i), p) for i, p in enumerate(context.absent)]
        found += [(where + ("present", i), p) for i, p in enumerate(context.present)]
    for name in ("subject", "requires", "discount"):
        found += [((name, i), p) for i, p in enumerate(getattr(rule, name, []) or [])]
    for topic, pats in (getattr(rule, "topics", None) or {}).items():
        found += [(("topics", topic, i), p) for i, p in enumerate(pats)]
    return found


def _field_name(loc: tuple) -> str:
    return ".".join(str(x) for x in loc if not isinstance(x, int))


def expand_rule(rule, index: int, located, lexicon):
    """``rule`` with its {{lexicon}} references expanded; phrases that use one become patterns.

    A rule without references is returned as it is, so its compiled patterns
    (and the rule cache) are exactly what they were before lexicons existed.
    """
    from ..matchers.wording import phrase_pattern
    from .lexicon import UnknownReference, references, unknown_message

    def expand(loc: tuple, text: str) -> str:
        try:
            return lexicon.expand(text)
        except UnknownReference as exc:
            raise SourceError(located.path, f"field '{_field_name(loc)}' of rule {rule.id}: "
                                            f"{unknown_message(exc.name, lexicon.names())}",
                              located.line(("rules", index) + loc)) from None

    fields = _regex_fields(rule)
    phrases = list(getattr(rule, "phrases", []) or [])
    if not any(references(text) for _, text in fields) and not any(references(p) for p in phrases):
        return rule
    update: dict = {}
    if hasattr(rule, "patterns"):
        plain = [p for p in phrases if not references(p)]
        with_refs = [expand(("phrases", i), phrase_pattern(p, rule.inflect))
                     for i, p in enumerate(phrases) if references(p)]
        update["phrases"] = plain
        update["patterns"] = [expand(("patterns", i), p) for i, p in enumerate(rule.patterns)] + with_refs
    if rule.kind == "context":
        specs = [spec.model_copy(update={
            "absent": [expand(where + ("absent", i), p) for i, p in enumerate(spec.absent)],
            "present": [expand(where + ("present", i), p) for i, p in enumerate(spec.present)]})
            for where, spec in rule.contexts()]
        update["context"] = specs if isinstance(rule.context, list) else specs[0]
    if rule.kind == "document":
        for name in ("subject", "requires", "discount"):
            update[name] = [expand((name, i), p) for i, p in enumerate(getattr(rule, name))]
        update["topics"] = {t: [expand(("topics", t, i), p) for i, p in enumerate(ps)] for t, ps in rule.topics.items()}
    return rule.model_copy(update=update)


def _bad_pattern(rule, index: int, located, lexicon) -> tuple[str, int | None]:
    """Which pattern field failed to compile (after lexicon expansion), and its line."""
    for loc, pattern in _regex_fields(rule):
        try:
            regex.compile(lexicon.expand(pattern))
        except regex.error:
            return _field_name(loc), located.line(("rules", index) + loc)
    return "phrases", located.line(("rules", index))
