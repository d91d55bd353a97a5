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
    shipped_files = profile_files(profile)
    ruleset = compile_ruleset(shipped_files + extra_files, shipped=shipped_files)
    if digest is not None and cache.directory() is not None:
        try:
            for rule in ruleset.rules:
                for union in rule.matcher.unions():
                    union.freeze()
        except regex.error:
            compile_files(shipped_files)  # a broken shipped pattern: the one-line error naming its line
            raise
        cache.store(digest, ruleset)
    return ruleset


def compile_ruleset(files: Iterable[Path], shipped: Iterable[Path] = ()) -> RuleSet:
    """Rule files -> a RuleSet whose patterns share one literal prefilter.

    Patterns of ``shipped`` files (the packs in the package, tested by the
    suite) compile on first use; every other file's compile now, so a bad
    pattern is an error naming its file and line before anything is linted.
    """
    from ..matchers.prefilter import attach

    rules = compile_files(files, lazy=shipped)
    attach([rule.matcher for rule in rules])
    return RuleSet.of(rules)


def compile_files(files: Iterable[Path], lazy: Iterable[Path] = ()) -> list[CompiledRule]:
    from ..matchers.wording import compiled_on_first_use

    lazy = set(lazy)
    rules: list[CompiledRule] = []
    seen: dict[str, str] = {}
    for path in files:
        if path in lazy:
            with compiled_on_first_use():
                compiled = compile_file(path)
        else:
            compiled = compile_file(path)
        for rule in compiled:
            if rule.id in seen:
                raise SourceError(rule.source.rsplit(":", 1)[0],
                                  f"duplicate rule id {rule.id} (first defined at {seen[rule.id]})",
                                  int(rule.source.rsplit(":", 1)[1]))
            seen[rule.id] = rule.source
            rules.append(rule)
    return rules


def compile_file(path: Path) -> list[CompiledRule]:
    from pydantic import ValidationError

    from .. import yamlsrc
    from .schema import RuleFile

    located = yamlsrc.load(path)
    data = located.data
    if isinstance(data, list):
        data = {"rules": data}
        located = yamlsrc.Located(located.path, data, {("rules",) + k: v for k, v in located._lines.items()})
    elif not isinstance(data, dict):
        raise SourceError(path, "a rule file is a list of rules or a mapping with 'rules:'", 1)
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        raise yamlsrc.describe_validation_error(located, exc) from None
    return [_compile(rule, i, located) for i, rule in enumerate(parsed.rules)]


def _compile(rule, index: int, located) -> CompiledRule:
    from ..matchers import MATCHERS

    where = ("rules", index)
    try:
        matcher = MATCHERS[rule.kind](rule)
    except regex.error as exc:
        field, line = _bad_pattern(rule, index, located)
        raise SourceError(located.path, f"invalid regex in field '{field}' of rule {rule.id}: {exc}", line) from None
    except ValueError as exc:
        raise SourceError(located.path, f"rule {rule.id}: {exc}", located.line(where)) from None
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


def _bad_pattern(rule, index: int, located) -> tuple[str, int | None]:
    """Which pattern field failed to compile, and its line."""
    candidates: list[tuple[tuple, str]] = []
    for name in ("patterns",):
        candidates += [((name, i), p) for i, p in enumerate(getattr(rule, name, []) or [])]
    context = getattr(rule, "context", None)
    if context is not None:
        candidates += [(("context", "absent", i), p) for i, p in enumerate(context.absent)]
        candidates += [(("context", "present", i), p) for i, p in enumerate(context.present)]
    for name in ("subject", "requires", "discount"):
        candidates += [((name, i), p) for i, p in enumerate(getattr(rule, name, []) or [])]
    for topic, pats in (getattr(rule, "topics", None) or {}).items():
        candidates += [(("topics", topic, i), p) for i, p in enumerate(pats)]
    for loc, pattern in candidates:
        try:
            regex.compile(pattern)
        except regex.error:
            field = ".".join(str(x) for x in loc if not isinstance(x, int))
            return field, located.line(("rules", index) + loc)
    return "phrases", located.line(("rules", index))
