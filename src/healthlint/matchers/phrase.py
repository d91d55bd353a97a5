"""kind: phrase (literal phrases, plus optional regexes)."""
from __future__ import annotations

from .base import SpanMatcher
from .wording import compile_union, phrase_pattern


def build(rule) -> SpanMatcher:
    patterns = [phrase_pattern(p, rule.inflect) for p in rule.phrases] + list(rule.patterns)
    return SpanMatcher(compile_union(patterns, rule.case_sensitive), frozenset(rule.blocks))
