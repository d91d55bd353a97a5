"""Findings and notices: the immutable values the engine produces."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import IntEnum
from operator import attrgetter

CATEGORIES = (
    "efficacy",
    "establishment",
    "safety",
    "dosing",
    "regulatory_status",
    "comparative",
    "promotional",
    "testimonial",
    "risk_disclosure",
)


class Severity(IntEnum):
    """Ordered so that ``severity >= fail_on`` reads naturally."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One problem at one place. Ordered by path, position, rule."""

    path: str
    line: int
    column: int
    rule: str
    end_line: int
    end_column: int
    name: str = field(compare=False)
    category: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    text: str = field(compare=False)
    suggestion: str | None = field(default=None, compare=False)
    references: tuple[str, ...] = field(default=(), compare=False)
    start: int = field(default=0, compare=False)  # source offsets (newline-normalised text)
    end: int = field(default=0, compare=False)
    # rules whose findings of the same category in the same sentence were merged into this one
    also: tuple[str, ...] = field(default=(), compare=False)

    def __reduce__(self):
        # positional rebuild: the dataclass default (setstate over fields()) costs 3x more,
        # and a huge page's findings cross processes and a spool file
        return (Finding, _finding_values(self))

    def to_dict(self) -> dict:
        """The JSON contract (see docs/contract.md)."""
        data = {
            "path": self.path,
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        if self.references:
            data["references"] = list(self.references)
        if self.also:
            data["also_rules"] = list(self.also)
        return data


_finding_values = attrgetter(*(f.name for f in fields(Finding)))  # every field, in __init__ order


@dataclass(frozen=True, slots=True, order=True)
class Notice:
    """Something healthlint could not check or that the user should fix in their
    setup (an unknown suppression name, an undecodable file, a rule that timed out).
    Not a finding: it never changes the exit code by itself."""

    path: str
    line: int
    column: int
    message: str
    level: str = "warning"  # "warning" or "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"
