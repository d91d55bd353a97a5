"""The one place that says how a phrase becomes a pattern.

Word boundaries, case folding, hyphen/space variants, apostrophes and light
inflection are policies shared by every phrase in every rule, so a rule author
writes "side effect" and gets "side-effects", "Side Effects" and "side effect".
"""
from __future__ import annotations

import regex

# between the words of a phrase: any white space, hyphens or dashes
GAP = r"[\s\-\u2010\u2011\u2012\u2013\u2014]+"
# a letter or digit next to a phrase extends the word; an underscore does not: it is
# emphasis markup left in text ("_cures_" in plain text or an HTML block in Markdown)
START = r"(?<![^\W_])"
END = r"(?![^\W_])"
_UNINFLECTED = frozenset(
    "a an and are as at be by for from in is it its no not of on or our the to us we with you your "
    "all any may can".split()
)


def inflected(word: str) -> str:
    """A pattern for ``word`` and its regular inflections (-s, -es, -ed, -ing)."""
    w = word.lower()
    escaped = regex.escape(word).replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
    if len(w) < 3 or not w.isalpha() or w in _UNINFLECTED:
        return escaped
    if w.endswith("e"):
        return escaped[:-1] + "(?:e|es|ed|ing)"
    if w.endswith("y") and w[-2] not in "aeiou":
        return escaped[:-1] + "(?:y|ies|ied|ying)"
    if w.endswith("s"):
        return escaped + "(?:es|ed|ing)?"
    last = regex.escape(w[-1])
    return escaped + f"(?:s|es|ed|ing|{last}ed|{last}ing)?"


def phrase_pattern(phrase: str, inflect: bool = True) -> str:
    """A word-bounded pattern for a literal phrase."""
    words = [w for w in regex.split(GAP, phrase.strip()) if w]
    if not words:
        raise ValueError("empty phrase")
    parts = [inflected(w) if inflect else regex.escape(w).replace("'", "['\u2019]") for w in words]
    return START + GAP.join(parts) + END


def compile_union(patterns: list[str], case_sensitive: bool = False) -> "regex.Pattern[str]":
    """One compiled alternation for a rule's patterns (raises regex.error)."""
    flags = regex.VERSION0 | (0 if case_sensitive else regex.IGNORECASE)
    if len(patterns) == 1:
        return regex.compile(patterns[0], flags)
    return regex.compile("|".join(f"(?:{p})" for p in patterns), flags)
