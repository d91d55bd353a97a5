"""Configuration: .healthlint.yaml or [tool.healthlint] in pyproject.toml.

Discovered by walking up from the working folder; validated strictly (an
unknown key is an error naming the file and the key); merged with command-line
options in one place (:func:`merge`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from . import yamlsrc
from .yamlsrc import SourceError

SeverityName = Literal["info", "warning", "error"]
MergeMode = Literal["sentence", "overlap", "none"]
CONFIG_NAMES = (".healthlint.yaml", ".healthlint.yml")


@dataclass(frozen=True)
class Config:
    """The settings of a run. A plain value: pydantic validates a config *file*
    against these same fields (strictly: an unknown key is an error) but is never
    imported when there is none, which keeps a one-file pre-commit run quick."""

    __pydantic_config__ = {"extra": "forbid"}  # read by pydantic only, when a file is validated

    profile: str = "us"
    extra_rules: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, SeverityName] = field(default_factory=dict)
    fail_on: SeverityName = "warning"
    exclude: list[str] = field(default_factory=list)
    merge_findings: MergeMode = "sentence"  # one finding per claim (see engine.one_per_claim)
    # where the config file was found: relative paths resolve against it
    root: str = "."
    source: str | None = None

    def extra_rule_paths(self) -> list[Path]:
        return [Path(self.root, p) for p in self.extra_rules]

    def excluder(self):
        """A predicate: is this path excluded (gitignore-style globs, relative to the config folder)?"""
        if not self.exclude:
            return lambda path: False
        import pathspec

        spec = pathspec.GitIgnoreSpec.from_lines(self.exclude)
        root = os.path.abspath(self.root)

        def excluded(path: str) -> bool:
            rel = os.path.relpath(os.path.abspath(path), root)
            if rel.startswith(".."):
                return False
            return spec.match_file(rel + ("/" if path.endswith("/") else ""))

        return excluded


def discover(start: str | os.PathLike = ".") -> Path | None:
    """The nearest .healthlint.yaml, or pyproject.toml with [tool.healthlint], at or above ``start``."""
    folder = Path(start).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _pyproject_section(pyproject) is not None:
            return pyproject
    return None


def load(path: str | os.PathLike | None) -> Config:
    """Validated config from ``path`` (None: defaults)."""
    if path is None:
        return Config()
    path = Path(path)
    if not path.is_file():
        raise SourceError(path, "config file not found")
    if path.name == "pyproject.toml":
        data = _pyproject_section(path) or {}
        located = yamlsrc.Located(str(path), data, {})
    else:
        located = yamlsrc.load(path)
        data = located.data if located.data is not None else {}
    if not isinstance(data, dict):
        raise SourceError(path, "config must be a mapping of keys to values", 1)
    if "root" in data or "source" in data:
        key = "root" if "root" in data else "source"
        raise SourceError(path, f"unknown key '{key}'", located.line((key,)))
    from pydantic import TypeAdapter, ValidationError

    try:
        config = TypeAdapter(Config).validate_python(data)
    except ValidationError as exc:
        error = yamlsrc.describe_validation_error(located, exc)
        error.message = error.message.replace("unknown field", "unknown key").replace("missing field", "missing key")
        raise error from None
    config = replace(config, root=str(path.parent), source=str(path))
    _check_references(config, located)
    return config


def _check_references(config: Config, located: yamlsrc.Located) -> None:
    """A profile or rules folder that does not exist is this file's error: name its line."""
    from .rules.loader import profiles

    known = profiles()
    if "profile" in (located.data or {}) and config.profile not in known:
        raise SourceError(located.path, f"unknown profile '{config.profile}' (known: {', '.join(sorted(known))})",
                          located.line(("profile",)))
    for i, (raw, full) in enumerate(zip(config.extra_rules, config.extra_rule_paths())):
        if not full.exists():
            raise SourceError(located.path, f"extra_rules: rule file or folder not found: {raw}",
                              located.line(("extra_rules", i)))


def key_line(path: str | None, key: str) -> int | None:
    """The line of a top-level key in a YAML config (for errors found after loading), or None."""
    if not path or Path(path).name == "pyproject.toml":
        return None
    try:
        return yamlsrc.load(path).line((key,))
    except SourceError:
        return None


def _pyproject_section(path: Path) -> dict | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(path, f"invalid TOML: {exc}") from None
    section = data.get("tool", {}).get("healthlint")
    return section if isinstance(section, dict) else None


def merge(config: Config, *, select=None, ignore=None, fail_on=None, merge_findings=None) -> Config:
    """Command-line options win over the file; lists given on the command line replace the file's."""
    changes = {}
    if select:
        changes["select"] = select
    if ignore:
        changes["ignore"] = list(config.ignore) + list(ignore)
    if fail_on:
        changes["fail_on"] = fail_on
    if merge_findings:
        changes["merge_findings"] = merge_findings
    return replace(config, **changes)
