"""Leftmost-first alternations regrouped by their first character, matching exactly the same.

The ``regex`` module tries the branches of an alternation one by one: at a
position where none of 300 words (``\\b(?:relief|remedy|...)``) starts, it
still tries all 300. :func:`factored` rewrites a pattern's text so that
branches sharing a leading item are tried together (``\\b(?:cure|care)`` ->
``\\b(?:c(?:ure|are))``), which the module rejects with one comparison.

Why the matches are exactly the same (an alternation's matches are its
branches' matches in branch order, each branch's in its own order):

- ``XA|XB`` -> ``X(?:A|B)`` when ``X`` is one item that matches in at most one
  way (an unquantified character, class, escape, anchor or lookaround): the
  same possibilities in the same order.
- A branch may move ahead of others only if no text character can start both
  (their sets of possible first characters, case-folded, are known and
  disjoint): at any position at most one of them can match at all, so the
  order of the possible matches is unchanged.

Only groups' bodies and the pattern's top level are rewritten; a branch with a
capturing group never moves (group numbers stay), and anything the parser
here does not fully read (back-references, verbose mode, fuzzy ``{...}``,
``\\N{...}``, ...) leaves the whole pattern as it is.
"""
from __future__ import annotations

_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZzmM")
_CLASS_ESCAPES = frozenset("dDsSwWX")
_CHAR_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_HEX = frozenset("0123456789abcdefABCDEF")
_FLAG_LETTERS = frozenset("imsuw-")  # scoped flags read here; any other (verbose, full case, version...) is not


class _Unreadable(Exception):
    pass


class _Item:
    """One atom and its quantifier.

    ``text``: its source; ``first``: the case-folded characters it can begin with (None: unknown);
    ``nullable``: it can match nothing; ``single``: unquantified and matching in at most one way
    (it may lead a shared prefix); ``captures``: holds a capturing group.
    """

    __slots__ = ("text", "first", "nullable", "single", "captures", "group")

    def __init__(self, text, first, nullable, single, captures=False, group=None):
        self.text, self.first, self.nullable, self.single = text, first, nullable, single
        self.captures, self.group = captures, group


class _Group:
    __slots__ = ("opener", "branches")

    def __init__(self, opener: str, branches: list) -> None:
        self.opener, self.branches = opener, branches


def factored(pattern: str) -> str:
    """``pattern`` with its alternations regrouped as described above (or unchanged)."""
    if "|" not in pattern:
        return pattern
    try:
        branches, end = _Parser(pattern).alternation(0)
        if end != len(pattern):
            return pattern
        out = "|".join(_alternation(branches))
    except (_Unreadable, RecursionError):
        return pattern
    return out


def _literal_key(ch: str) -> str | None:
    """The character's case-folded key, or None when case folding could equate it with another."""
    if ch.isascii():
        return ch.lower()
    if ch.lower() == ch == ch.upper() and ch.casefold() == ch and not ch.isalpha():
        return ch
    return None


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text

    def alternation(self, i: int) -> tuple[list, int]:
        """Branches (lists of items) from ``i`` to the closing ')' or the end."""
        s = self.s
        branches = []
        items: list = []
        while True:
            if i >= len(s) or s[i] == ")":
                branches.append(items)
                return branches, i
            if s[i] == "|":
                branches.append(items)
                items = []
                i += 1
                continue
            item, i = self.item(i)
            items.append(item)

    def item(self, i: int) -> tuple[_Item, int]:
        s = self.s
        ch = s[i]
        if ch == "(":
            atom, i = self.group(i)
        elif ch == "[":
            atom, i = self.char_class(i)
        elif ch == "\\":
            atom, i = self.escape(i)
        elif ch in "^$":
            atom, i = _Item(ch, frozenset(), True, True), i + 1
        elif ch == ".":
            atom, i = _Item(ch, None, False, True), i + 1
        elif ch in _SPECIAL:  # a quantifier with nothing to repeat, a stray brace...
            raise _Unreadable
        else:
            key = _literal_key(ch)
            atom, i = _Item(ch, None if key is None else frozenset(key), False, True), i + 1
        return self.quantified(atom, i)

    def quantified(self, atom: _Item, i: int) -> tuple[_Item, int]:
        s = self.s
        if i >= len(s) or s[i] not in "?*+{":
            return atom, i
        start = i
        if s[i] == "{":
            close = s.find("}", i)
            body = s[i + 1:close] if close > 0 else ""
            low, comma, high = body.partition(",")
            if close < 0 or not (low.isdigit() or low == "") or not (high.isdigit() or high == "") \
                    or (not comma and not low):
                raise _Unreadable  # fuzzy matching or a literal brace: not read here
            least = int(low) if low else 0
            i = close + 1
        else:
            least = 1 if s[i] == "+" else 0
            i += 1
        if i < len(s) and s[i] in "?+":
            i += 1
        if i < len(s) and s[i] in "?*+{":
            raise _Unreadable
        nullable = atom.nullable or least == 0
        return _Item(atom.text + s[start:i], atom.first, nullable, False, atom.captures, atom.group), i

    def group(self, i: int) -> tuple[_Item, int]:
        s = self.s
        if s.startswith("(?#", i):
            close = s.find(")", i)
            if close < 0:
                raise _Unreadable
            return _Item(s[i:close + 1], frozenset(), True, True), close + 1
        look = False
        captures = False
        if s.startswith(("(?=", "(?!"), i):
            opener, look = s[i:i + 3], True
        elif s.startswith(("(?<=", "(?<!"), i):
            opener, look = s[i:i + 4], True
        elif s.startswith(("(?:", "(?>"), i):
            opener = s[i:i + 3]
        elif s.startswith(("(?P<", "(?<"), i):
            close = s.find(">", i)
            if close < 0:
                raise _Unreadable
            opener, captures = s[i:close + 1], True
        elif s.startswith("(?", i):
            j = i + 2
            while j < len(s) and s[j] in _FLAG_LETTERS:
                j += 1
            flags = s[i + 2:j]
            if j >= len(s) or not flags or "x" in flags or s[j] not in ":)":
                raise _Unreadable  # verbose mode, recursion, branch reset, conditionals...
            if s[j] == ")":  # a global flag: matches nothing
                return _Item(s[i:j + 1], frozenset(), True, True), j + 1
            opener = s[i:j + 1]
        else:
            opener, captures = "(", True
        branches, j = self.alternation(i + len(opener))
        if j >= len(s):
            raise _Unreadable
        group = _Group(opener, branches)
        captures = captures or any(item.captures for branch in branches for item in branch)
        text = s[i:j + 1]
        if look:
            return _Item(text, frozenset(), True, True, captures, group), j + 1
        firsts = [_first(branch) for branch in branches]
        first = None if any(f is None for f in firsts) else frozenset().union(*(f for f, _ in firsts))
        nullable = any(n for _, n in firsts) if first is not None else any(_nullable(b) for b in branches)
        return _Item(text, first, nullable, False, captures, group), j + 1

    def char_class(self, i: int) -> tuple[_Item, int]:
        s = self.s
        j = i + 1
        negated = j < len(s) and s[j] == "^"
        if negated:
            j += 1
        chars = set()
        plain = not negated
        first = True
        while True:
            if j >= len(s):
                raise _Unreadable
            ch = s[j]
            if ch == "]" and not first:
                break
            if ch == "[":
                if s.startswith("[:", j):
                    raise _Unreadable
                plain = False  # a nested set (version 1) or a literal '['
            if ch == "\\":
                if j + 1 >= len(s):
                    raise _Unreadable
                nxt = s[j + 1]
                if nxt in "xuU":
                    width = {"x": 2, "u": 4, "U": 8}[nxt]
                    digits = s[j + 2:j + 2 + width]
                    if len(digits) != width or not set(digits) <= _HEX or int(digits, 16) >= 0x110000:
                        raise _Unreadable
                    chars.add(chr(int(digits, 16)))
                    j += 2 + width
                    continue
                if nxt in "NpP" and s.startswith("{", j + 2):
                    close = s.find("}", j)
                    if close < 0:
                        raise _Unreadable
                    plain = False
                    j = close + 1
                    continue
                if nxt.isalnum():
                    plain = False
                else:
                    chars.add(nxt)
                j += 2
            else:
                if ch == "-" and not first and s[j + 1:j + 2] != "]":
                    plain = False  # a range
                chars.add(ch)
                j += 1
            first = False
        keys = {_literal_key(c) for c in chars}
        known = plain and chars and None not in keys
        return _Item(s[i:j + 1], frozenset(keys) if known else None, False, True), j + 1

    def escape(self, i: int) -> tuple[_Item, int]:
        s = self.s
        if i + 1 >= len(s):
            raise _Unreadable
        ch = s[i + 1]
        if not ch.isalnum():
            key = _literal_key(ch)
            return _Item(s[i:i + 2], None if key is None else frozenset(key), False, True), i + 2
        if ch in _ZERO_WIDTH_ESCAPES:
            return _Item(s[i:i + 2], frozenset(), True, True), i + 2
        if ch in _CLASS_ESCAPES:
            return _Item(s[i:i + 2], None, False, ch != "X"), i + 2
        if ch in _CHAR_ESCAPES:
            key = _literal_key(_CHAR_ESCAPES[ch])
            return _Item(s[i:i + 2], None if key is None else frozenset(key), False, True), i + 2
        if ch in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[ch]
            digits = s[i + 2:i + 2 + width]
            if len(digits) != width or not set(digits) <= _HEX:
                raise _Unreadable
            key = _literal_key(chr(int(digits, 16))) if int(digits, 16) < 0x110000 else None
            return _Item(s[i:i + 2 + width], None if key is None else frozenset(key), False, True), i + 2 + width
        if ch in "pP":
            if s.startswith("{", i + 2):
                close = s.find("}", i)
                if close < 0:
                    raise _Unreadable
                return _Item(s[i:close + 1], None, False, True), close + 1
            return _Item(s[i:i + 3], None, False, True), i + 3
        raise _Unreadable  # back-references, \G, \K, \N{...}, \g<...>...


def _first(branch: list) -> tuple[frozenset, bool] | None:
    """(characters a match of ``branch`` can begin with, whether it can match nothing), or None."""
    found: frozenset = frozenset()
    for item in branch:
        if item.first is None:
            return None
        found = found | item.first
        if not item.nullable:
            return found, False
    return found, True


def _nullable(branch: list) -> bool:
    return all(item.nullable for item in branch)


def _text(branch: list) -> str:
    return "".join(_rewritten(item) for item in branch)


def _rewritten(item: _Item) -> str:
    group = item.group
    if group is None or group.opener in ("(?<=", "(?<!"):
        return item.text  # a look-behind is matched backwards: a shared prefix would not help it
    body = "|".join(_alternation(group.branches))
    quantifier = item.text[item.text.rfind(")") + 1:]
    return group.opener + body + ")" + quantifier


def _starts(branch: list) -> frozenset | None:
    """What a branch can begin with when it consumes something first (None: unknown, or it may match empty)."""
    got = _first(branch)
    if got is None or got[1] or any(item.captures for item in branch):
        return None
    return got[0]


MIN_BRANCHES = 2  # alternations with fewer branches are left as they are
MIN_SHARED = 2  # branches that must share a leading item before they are tried together


def _alternation(branches: list) -> list[str]:
    """The branches' texts, those with a common leading item tried together (see the module's doc)."""
    if len(branches) < MIN_BRANCHES:
        return [_text(b) for b in branches]
    slots: list[tuple[str | None, list[list], list]] = []  # (shared leading item, branches, their starts)
    for branch in branches:
        starts = _starts(branch)
        lead = branch[0].text if branch and branch[0].single and not branch[0].captures else None
        placed = False
        if lead is not None:
            for slot in reversed(slots):
                if slot[0] == lead:
                    slot[1].append(branch)
                    slot[2].append(starts)
                    placed = True
                    break
                if starts is None or any(other is None or other & starts for other in slot[2]):
                    break  # cannot move ahead of this slot
        if not placed:
            slots.append((lead, [branch], [starts]))
    out = []
    for lead, members, _ in slots:
        if len(members) < MIN_SHARED:
            out.extend(_text(m) for m in members)
            continue
        rest = _alternation([m[1:] for m in members])
        out.append(lead + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
    return out

