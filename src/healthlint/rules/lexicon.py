"""Named vocabularies shared by rules: written once, referenced as ``{{name}}``, expanded at load time.

A claim rule is "claim verb + condition"; without lexicons every rule repeats
its own list of conditions and the lists drift apart. A rule file may define
lexicons under ``lexicon:`` (name -> list of regex alternatives); any rule of
the loaded rule set (shipped packs and the user's extra files alike) may
reference any of them in a regex or phrase field. References are replaced by
``(?:alt1|alt2|...)`` before anything is compiled, so matching, the literal
prefilter and the rule cache see ordinary regexes.

``{{`` never starts anything in the ``regex`` module's syntax (a quantifier is
``{m,n}`` after an atom, fuzzy constraints are single braces), so the syntax
cannot clash; a literal ``{{`` in a pattern is written ``\\{\\{``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import regex

from ..yamlsrc import SourceError

# a reference: {{name}} not preceded by a backslash (\{{ is a literal brace)
REFERENCE = regex.compile(r"(?<!\\)\{\{([^{}]*)\}\}")
NAME = r"^[a-z][a-z0-9_]*$"
_NAME = regex.compile(NAME)
# an inline flag group such as (?i) or (?x) switches flags for the whole rule, not just the entry
_GLOBAL_FLAGS = regex.compile(r"(?<!\\)\(\?[aiLmsuxVw0-9]+\)")


@dataclass(frozen=True)
class Definition:
    """One lexicon as written: where it is, its entries and each entry's line."""

    name: str
    entries: tuple[str, ...]
    path: str
    line: int | None
    entry_lines: tuple[int | None, ...]
    compile_now: bool = True  # False for the shipped packs: their patterns compile on first use

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class UnknownReference(LookupError):
    """A ``{{name}}`` that no loaded file defines."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class Lexicon:
    """Every lexicon of a rule set, resolved (nested references expanded) and checked."""

    def __init__(self) -> None:
        self.definitions: dict[str, Definition] = {}
        self._expanded: dict[str, str] = {}

    def define(self, definition: Definition) -> None:
        """Add a lexicon; a name defined twice is an error at the second definition."""
        first = self.definitions.get(definition.name)
        if first is not None:
            raise SourceError(definition.path, f"duplicate lexicon '{definition.name}' "
                                               f"(first defined at {first.where})", definition.line)
        self.definitions[definition.name] = definition

    def resolve(self) -> "Lexicon":
        """Expand every lexicon (they may reference each other) and check each entry compiles alone
        (not the shipped packs' entries: like their rules, they compile on first use, and
        tests/test_startup.py compiles every shipped pattern)."""
        for name in self.definitions:
            self._resolve(name, ())
        return self

    def _resolve(self, name: str, chain: tuple[str, ...]) -> str:
        if name in self._expanded:
            return self._expanded[name]
        if name not in self.definitions:
            raise UnknownReference(name)
        d = self.definitions[name]
        if name in chain:
            cycle = " -> ".join(chain[chain.index(name):] + (name,))
            raise SourceError(d.path, f"lexicon '{name}' refers to itself ({cycle})", d.line)
        parts = []
        for entry, line in zip(d.entries, d.entry_lines):
            field = f"lexicon.{name}"
            if _GLOBAL_FLAGS.search(entry):
                raise SourceError(d.path, f"field '{field}': inline flags such as (?i) would apply to every "
                                          "rule using the lexicon; use a scoped group (?i:...)", line)
            try:
                expanded = self._substitute(entry, lambda ref: self._resolve(ref, chain + (name,)))
            except UnknownReference as exc:
                raise SourceError(d.path, f"field '{field}': {unknown_message(exc.name, self.names())}",
                                  line) from None
            if d.compile_now:
                try:
                    regex.compile(f"(?:{expanded})", regex.VERSION0)
                except regex.error as exc:
                    raise SourceError(d.path, f"invalid regex in field '{field}': {exc}", line) from None
            parts.append(expanded)
        self._expanded[name] = "(?:" + "|".join(parts) + ")"
        return self._expanded[name]

    def names(self) -> list[str]:
        return sorted(self.definitions)

    def pattern(self, name: str) -> str:
        """The ``(?:...)`` group a reference to ``name`` becomes (UnknownReference if undefined)."""
        if name not in self._expanded:
            if name not in self.definitions:
                raise UnknownReference(name)
            self._resolve(name, ())
        return self._expanded[name]

    def expand(self, text: str) -> str:
        """``text`` with every ``{{name}}`` replaced by its group (UnknownReference if undefined)."""
        return self._substitute(text, self.pattern)

    @staticmethod
    def _substitute(text: str, lookup) -> str:
        if "{{" not in text:
            return text
        return REFERENCE.sub(lambda m: lookup(m.group(1).strip()), text)


def references(text: str) -> list[str]:
    """The names ``text`` refers to, in order."""
    return [m.group(1).strip() for m in REFERENCE.finditer(text)] if "{{" in text else []


def unknown_message(name: str, known: Iterable[str]) -> str:
    known = list(known)
    if not _NAME.match(name):
        return (f"'{{{{{name}}}}}' is not a lexicon reference: names are lower-case letters, digits and _ "
                "(write \\{\\{ for literal braces)")
    return f"unknown lexicon '{name}'" + (f" (known: {', '.join(known)})" if known else " (none is defined)")


def collect(parsed: Iterable[tuple[object, object]], lazy: Iterable[object] = ()) -> Lexicon:
    """The resolved lexicon of (located YAML, RuleFile) pairs, in load order; entries of the
    files in ``lazy`` are not compiled alone."""
    lexicon = Lexicon()
    lazy = {str(path) for path in lazy}
    for located, rule_file in parsed:
        for name, entries in (rule_file.lexicon or {}).items():
            where = ("lexicon", name)
            lexicon.define(Definition(
                name=name, entries=tuple(entries), path=str(located.path), line=located.line(where),
                entry_lines=tuple(located.line(where + (i,)) for i in range(len(entries))),
                compile_now=str(located.path) not in lazy))
    return lexicon.resolve()
