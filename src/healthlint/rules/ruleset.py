"""Compiled rules and the selection a run uses.

A CompiledRule is a plain frozen value holding what the engine needs: no
pydantic at match time. A RuleSet knows every loaded rule (so suppressions can
name any of them) and the active subset after select/ignore/severity config.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Iterable

from ..findings import CATEGORIES, Severity


@dataclass(frozen=True)
class CompiledRule:
    id: str
    name: str
    kind: str
    category: str
    severity: Severity
    message: str
    description: str
    suggestion: str | None
    references: tuple[str, ...]
    bad: tuple[str, ...]
    good: tuple[str, ...]
    unless: tuple[str, ...]
    downgrade: tuple[tuple[str, Severity], ...]
    matcher: Any = field(compare=False, repr=False)
    source: str = ""  # file:line where the rule is defined

    @property
    def is_document_rule(self) -> bool:
        return self.kind == "document"


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]  # every loaded rule, file order
    active: tuple[CompiledRule, ...]
    # one finding per claim: merge same-category findings per "sentence", only "overlap"ping ones, or "none"
    merge: str = "sentence"
    genres: tuple[Any, ...] = ()  # healthlint.genres.CompiledGenre: pages whose findings are lowered

    @classmethod
    def of(cls, rules: Iterable[CompiledRule], genres: Iterable[Any] = ()) -> "RuleSet":
        rules = tuple(rules)
        return cls(rules, rules, genres=tuple(genres))

    @cached_property
    def secondary(self) -> frozenset[str]:
        """Rules whose findings only back up others' (a sentence model's): in a merged claim
        they are named in ``also`` but never chosen over, or widen, another rule's finding."""
        return frozenset(r.id for r in self.active if r.kind == "classifier")

    @cached_property
    def known_names(self) -> frozenset[str]:
        return frozenset(r.id for r in self.rules) | frozenset(CATEGORIES)

    def get(self, rule_id: str) -> CompiledRule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def unknown(self, names: Iterable[str]) -> list[str]:
        known = self.known_names
        return [n for n in names if n not in known]

    def configured(
        self,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        severity: dict[str, str] | None = None,
        merge: str | None = None,
    ) -> "RuleSet":
        """The active subset: selected by id or category, minus ignored, with severity overrides."""
        select, ignore = set(select), set(ignore)
        active = []
        for rule in self.rules:
            if select and rule.id not in select and rule.category not in select:
                continue
            if rule.id in ignore or rule.category in ignore:
                continue
            override = (severity or {}).get(rule.id) or (severity or {}).get(rule.category)
            if override:
                rule = replace(rule, severity=Severity.parse(override))
            active.append(rule)
        return replace(self, active=tuple(active), merge=merge or self.merge)

    def with_merge(self, merge: str) -> "RuleSet":
        return replace(self, merge=merge)

    def only(self, rule_id: str) -> "RuleSet":
        return replace(self, active=tuple(r for r in self.rules if r.id == rule_id))
