#!/usr/bin/env python3
"""Would Hyperscan thin the prefilter's candidates enough to pay? (perf12's probe; not used by healthlint)

    pip install hyperscan
    PYTHONPATH=src python bench/hyperscan_probe.py DIR [--skip CODE,...] [--db FILE]

Every top-level alternative the literal prefilter scans for is translated into
a Hyperscan pattern whose matches are a superset of the consumed text of every
``regex`` match of the alternative, whatever the window (``pos``/``endpos``)
it is tried in:

- zero-width items (``\\b``, ``^``, look-arounds) are dropped, a back-reference
  becomes "any bytes", atomic groups, lazy and possessive repeats become plain
  ones, a bounded repeat above {RELAX} becomes unbounded;
- the text is handed over one byte per character (no offset mapping): ASCII
  lower-cased, the three non-ASCII characters that lower-case to ASCII letters
  (U+0130, U+017F, U+212A) as those letters, each caseless non-ASCII character
  a pattern names exactly (curly quotes, dashes, currency signs...) as a byte of
  its own from 0x80, every other character as 0xff;
- each single-character item becomes the byte class of what the ``regex``
  module itself matches (asked character by character, with the item's own case
  flags), so no Hyperscan case folding or Unicode class is trusted; an item that
  may match any non-ASCII character takes all of 0x80-0xff.

Hyperscan's prefilter mode cannot report starts of match (HS_FLAG_PREFILTER
with HS_FLAG_SOM_LEFTMOST is refused), and a candidate needs a start: so each
pattern is compiled reversed and scanned over the reversed bytes; its match
ends are exactly the possible starts. A candidate (position, alternative) is
kept only where Hyperscan reports one. Alternatives that can match empty are
not filtered (an empty match at a position stops the union there).

``--depth N`` cuts each pattern once N characters are surely consumed (what
follows is dropped: still a superset of the match starts), for a smaller
database; ``--forward`` compiles the patterns forward with HS_FLAG_SOM_LEFTMOST
instead (no prefilter mode: the translation already drops what Hyperscan cannot run).

Lints DIR in one process (parsed first, not timed; one untimed warm-up pass),
then alternates ``--rounds`` timed passes without and with the filter, checks
that the findings are identical, and prints compile time, database size,
candidates before/after, Hyperscan reports and scan time. perf12's numbers
on the 1 MB benchmark corpus (it does not pay) are in docs/performance-history.md.
"""
from __future__ import annotations

import argparse
import pickle
import re._constants as sc
import re._parser as sp
import sys
import time
from pathlib import Path

import regex

FORWARD = False  # patterns forward, with HS_FLAG_SOM_LEFTMOST (and without HS_FLAG_PREFILTER: refused together)
DEPTH = float("inf")  # characters surely consumed after which a pattern is cut (see Translator.emit)
RELAX = 4  # bounded repeats above this become unbounded (a smaller automaton, still a superset)
SPECIAL = {"\u0130": "i", "\u017f": "s", "\u212a": "k"}  # non-ASCII characters lower-casing to ASCII letters
CATEGORIES = {sc.CATEGORY_DIGIT: r"\d", sc.CATEGORY_NOT_DIGIT: r"\D", sc.CATEGORY_SPACE: r"\s",
              sc.CATEGORY_NOT_SPACE: r"\S", sc.CATEGORY_WORD: r"\w", sc.CATEGORY_NOT_WORD: r"\W"}
REPEATS = (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sc.AT, sc.ASSERT, sc.ASSERT_NOT)


class GiveUp(Exception):
    pass


def _preimages() -> dict[int, set[str]]:
    """ASCII byte -> the characters the text transform turns into it."""
    pre: dict[int, set[str]] = {y: set() for y in range(128)}
    for y in range(128):
        c = chr(y)
        if c.lower() == c:
            pre[y].add(c)
        if c.upper() != c and c.upper().lower() == c:
            pre[y].add(c.upper())
    for x, y in SPECIAL.items():
        pre[ord(y)].add(x)
    return pre


def _caseless():
    """A predicate: a non-ASCII character no other character lower-, upper- or case-folds to, and caseless itself."""
    images = set()
    for cp in range(0x110000):
        x = chr(cp)
        for f in (x.lower(), x.upper(), x.casefold()):
            if f != x:
                images.add(f)
    return lambda c: c.lower() == c == c.upper() and c.casefold() == c and c not in images


def _u(c: int) -> str:
    return "\\U%08x" % c


def _byte(c: int) -> str:
    return chr(c) if chr(c).isalnum() and c < 128 else "\\x%02x" % c


class Translator:
    def __init__(self) -> None:
        self.pre = _preimages()
        self.caseless = _caseless()
        self.exact: dict[str, int] = {}  # non-ASCII character -> its byte (0x80..0xfe)
        self.memo: dict = {}
        self.least: dict[str, int] = {}  # pattern -> least characters it consumes

    def text(self, prose: str) -> bytes | None:
        """``prose`` as the patterns read it (one byte per character), or None."""
        if prose.isascii():
            return prose.lower().encode("ascii")
        for odd, plain in SPECIAL.items():
            prose = prose.replace(odd, plain)
        low = prose.lower()
        if len(low) != len(prose):
            return None
        exact = self.exact
        return bytes(ord(c) if c < "\x80" else exact.get(c, 0xFF) for c in low)

    def _item(self, op, av) -> tuple[str, bool]:
        """The item as a regex-module pattern, and whether it may match any non-ASCII character."""
        if op is sc.LITERAL:
            return _u(av), False
        if op is sc.NOT_LITERAL:
            return "[^" + _u(av) + "]", True
        if op is sc.ANY:
            return ".", True
        if op is sc.IN:
            out, wide = [], False
            for o, a in av:
                if o is sc.NEGATE:
                    out.insert(0, "^")
                    wide = True
                elif o is sc.LITERAL:
                    out.append(_u(a))
                elif o is sc.RANGE:
                    out.append(_u(a[0]) + "-" + _u(a[1]))
                elif o is sc.CATEGORY and a in CATEGORIES:
                    out.append(CATEGORIES[a])
                    wide = True
                else:
                    raise GiveUp(o)
            return "[" + "".join(out) + "]", wide
        raise GiveUp(op)

    def _non_ascii(self, op, av) -> list[int] | None:
        if op is sc.LITERAL:
            return [av] if av >= 128 else []
        out = []
        for o, a in av:
            if o is sc.LITERAL and a >= 128:
                out.append(a)
            elif o is sc.RANGE and a[1] >= 128:
                if a[1] - max(a[0], 128) > 32:
                    return None
                out.extend(range(max(a[0], 128), a[1] + 1))
        return out

    def char_class(self, op, av, ci: bool, dotall: bool) -> str:
        key = (op, tuple(av) if op is sc.IN else av, ci, dotall)
        got = self.memo.get(key)
        if got is not None:
            return got
        source, wide = self._item(op, av)
        pattern = regex.compile(source, regex.VERSION0 | (regex.IGNORECASE if ci else 0) | (regex.DOTALL if dotall else 0))
        members = [y for y in range(128) if any(pattern.fullmatch(x) for x in self.pre[y])]
        others = None if wide else self._non_ascii(op, av)
        if others is not None and all(self.caseless(chr(c)) for c in others) and len(self.exact) + len(others) < 0x7F:
            members += [self.exact.setdefault(chr(c), 0x80 + len(self.exact)) for c in others]
        else:
            members += range(0x80, 0x100)
        members = sorted(set(members))
        if not members:
            raise GiveUp("matches nothing")
        parts, i = [], 0
        while i < len(members):
            j = i
            while j + 1 < len(members) and members[j + 1] == members[j] + 1:
                j += 1
            parts.append(_byte(members[i]) if i == j else _byte(members[i]) + ("-" if j > i + 1 else "") + _byte(members[j]))
            i = j + 1
        got = self.memo[key] = parts[0] if len(members) == 1 else "[" + "".join(parts) + "]"
        return got

    def emit(self, items, ci: bool, dotall: bool, budget: float) -> tuple[str, int, bool]:
        """The items as a Hyperscan pattern, reversed; cut once ``budget`` characters are surely consumed.

        Returns (pattern, least characters it consumes, cut): what follows a cut
        piece is dropped, so every match of the items starts with a match of the pattern.
        """
        out: list[str] = []
        least = 0
        for op, av in items:
            if least >= budget:
                return "".join(out if FORWARD else reversed(out)), least, True
            left = budget - least
            cut = False
            if op in (sc.LITERAL, sc.NOT_LITERAL, sc.ANY, sc.IN):
                text, width = self.char_class(op, av, ci, dotall), 1
            elif op in ZERO_WIDTH:
                continue
            elif op is sc.BRANCH:
                each = [self.emit(b, ci, dotall, left) for b in av[1]]
                text = "(?:" + "|".join(e[0] for e in each) + ")"
                width, cut = min(e[1] for e in each), any(e[2] for e in each)
            elif op is sc.SUBPATTERN:
                _, add, delete, body = av
                inner_ci = (ci or bool(add & sc.SRE_FLAG_IGNORECASE)) and not delete & sc.SRE_FLAG_IGNORECASE
                inner_dotall = (dotall or bool(add & sc.SRE_FLAG_DOTALL)) and not delete & sc.SRE_FLAG_DOTALL
                text, width, cut = self.emit(body, inner_ci, inner_dotall, left)
                text = "(?:" + text + ")"
            elif op is getattr(sc, "ATOMIC_GROUP", None):
                text, width, cut = self.emit(av, ci, dotall, left)
                text = "(?:" + text + ")"
            elif op in REPEATS:
                lo, hi, body = av
                text, width, cut = self.emit(body, ci, dotall, left)
                if cut:  # only the first repetition's start is kept
                    text, width = ("(?:" + text + ")" + ("" if lo else "?")), (width if lo else 0)
                else:
                    if hi != sc.MAXREPEAT and hi > RELAX:
                        hi = sc.MAXREPEAT
                    if hi == sc.MAXREPEAT:
                        q = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
                    else:
                        q = "{%d}" % lo if lo == hi else "?" if (lo, hi) == (0, 1) else "{%d,%d}" % (lo, hi)
                    text, width = "(?:" + text + ")" + q, width * lo
            elif op is sc.GROUPREF:
                text, width = "[\\x00-\\xff]*", 0
            elif op is sc.GROUPREF_EXISTS:
                _, yes, no = av
                a = self.emit(yes, ci, dotall, left)
                b = self.emit(no, ci, dotall, left) if no else ("", 0, False)
                text, width, cut = "(?:" + a[0] + "|" + b[0] + ")", min(a[1], b[1]), a[2] or b[2]
            else:
                raise GiveUp(op)
            out.append(text)
            least += width
            if cut:
                return "".join(out if FORWARD else reversed(out)), least, True
        return "".join(out if FORWARD else reversed(out)), least, False

    def translate(self, source: str, flags: int) -> tuple[str, int]:
        tree = sp.parse(source, 0)
        ci = bool(flags & regex.IGNORECASE) or bool(tree.state.flags & sc.SRE_FLAG_IGNORECASE)
        dotall = bool(flags & regex.DOTALL) or bool(tree.state.flags & sc.SRE_FLAG_DOTALL)
        text, least, _ = self.emit(list(tree.data), ci, dotall, DEPTH)
        self.least[text] = least
        return text, min(least, tree.getwidth()[0])  # a cut pattern that may match empty is no filter


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--skip", default="", help="alternative codes (pid << 8 | alternative) left out of the database")
    ap.add_argument("--db", type=Path, help="keep the compiled database here and reuse it")
    ap.add_argument("--rounds", type=int, default=3, help="alternating timed rounds (after one warm-up)")
    ap.add_argument("--forward", action="store_true", help="forward patterns with start of match (not reversed)")
    ap.add_argument("--depth", type=float, default=DEPTH, help="cut each pattern after so many characters")
    args = ap.parse_args()
    globals()["DEPTH"] = args.depth
    globals()["FORWARD"] = args.forward

    import hyperscan as hs

    from healthlint import api
    from healthlint.engine import lint_document
    from healthlint.matchers import prefilter as pf

    ruleset = api.load_rules()
    shared = next(m.prefilter for m in (r.matcher for r in ruleset.active) if getattr(m, "prefilter", None))
    parts = {}
    for (source, flags), pid in shared.keys.items():
        if pid in shared.scanned:
            n = shared.alternatives[pid]
            for a, part in enumerate(pf.top_level_alternatives(source) if n > 1 else [source]):
                parts[pid << pf.ALTERNATIVE_BITS | a] = (part, flags)
    started = time.perf_counter()
    tr = Translator()
    skip = {int(c) for c in args.skip.split(",") if c}
    patterns, gave_up, empty, too_long = {}, 0, 0, 0
    for code, (part, flags) in parts.items():
        try:
            text, least = tr.translate(part, flags)
        except GiveUp:
            gave_up += 1
            continue
        if least == 0:
            empty += 1
        elif len(text) >= 16000:  # Hyperscan: "Pattern length exceeds limit."
            too_long += 1
        elif code not in skip:
            patterns[code] = text
    print(f"{len(parts)} alternatives: {len(patterns)} in the database, {gave_up} not translated, {empty} may match "
          f"empty, {too_long} too long, {len(skip)} skipped; translation {time.perf_counter() - started:.2f} s")
    codes = sorted(patterns)
    least = {c: tr.least[patterns[c]] for c in codes}
    if args.db and args.db.exists():
        db = hs.loadb(args.db.read_bytes(), hs.HS_MODE_BLOCK)
    else:
        started = time.perf_counter()
        flag = hs.HS_FLAG_SOM_LEFTMOST if FORWARD else hs.HS_FLAG_PREFILTER
        refused = []
        for c in codes:  # what Hyperscan refuses alone ("Pattern is too large."...) is left out
            try:
                hs.Database(mode=hs.HS_MODE_BLOCK).compile(expressions=[patterns[c].encode("latin-1")], ids=[c],
                                                           elements=1, flags=[flag])
            except hs.error:
                refused.append(c)
        codes = [c for c in codes if c not in refused]
        print(f"refused alone: {len(refused)}; tried one by one in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        db.compile(expressions=[patterns[c].encode("latin-1") for c in codes], ids=codes, elements=len(codes),
                   flags=[hs.HS_FLAG_SOM_LEFTMOST if FORWARD else hs.HS_FLAG_PREFILTER] * len(codes))
        print(f"compile {time.perf_counter() - started:.1f} s")
        if args.db:
            args.db.write_bytes(hs.dumpb(db))
    print(f"database {len(hs.dumpb(db)) / 1e6:.1f} MB")
    scratch = hs.Scratch(db)
    wanted = set(codes)
    stats = {"before": 0, "after": 0, "reports": 0, "scan": 0.0}
    plain_scan = pf.Prefilter.scan
    by_code: dict[int, int] = {}

    def scan(self, prose):
        found = plain_scan(self, prose)
        data = tr.text(prose)
        if data is None:
            return found
        starts: dict[int, set[int]] = {}
        size = len(data)

        def report(code, _from, to, _flags, _context):
            starts.setdefault(code, set()).add(size - to)

        def spans(code, start, end, _flags, _context):
            starts.setdefault(code, []).append((start, end))

        t0 = time.perf_counter()
        if FORWARD:
            db.scan(data, match_event_handler=spans, scratch=scratch)
            for code, pairs in starts.items():  # -> every start from which some match of the cut pattern reaches its least
                need = least[code]
                ok = set()
                for start, end in pairs:
                    ok.update(range(start, end - need + 1))
                starts[code] = ok
        else:
            db.scan(data[::-1], match_event_handler=report, scratch=scratch)
        stats["scan"] += time.perf_counter() - t0
        stats["reports"] += sum(map(len, starts.values()))
        for code, where in starts.items():
            by_code[code] = by_code.get(code, 0) + len(where)
        for pid, each in found._found.items():
            stats["before"] += len(each)
            kept = [c for c in each if (pid << pf.ALTERNATIVE_BITS | c & 255) not in wanted
                    or c >> pf.ALTERNATIVE_BITS in starts.get(pid << pf.ALTERNATIVE_BITS | c & 255, ())]
            stats["after"] += len(kept)
            found._found[pid] = kept
        return found

    docs = [api.parse(p.read_text(encoding="utf-8"), "html" if p.suffix in (".html", ".htm") else "markdown", str(p))
            for p in sorted(args.dir.iterdir()) if p.is_file()]
    results = {}
    for d in docs:  # warm-up, not timed: the lazily compiled patterns are compiled here
        lint_document(d, ruleset)
    times: dict[str, list[float]] = {"plain": [], "hyperscan": []}
    for _ in range(args.rounds):
        for label, method in (("plain", plain_scan), ("hyperscan", scan)):
            pf.Prefilter.scan = method
            for key in stats:
                stats[key] = 0.0 if key == "scan" else 0
            by_code.clear()
            started = time.perf_counter()
            results[label] = [lint_document(d, ruleset).findings for d in docs]
            times[label].append(time.perf_counter() - started)
    for label, spent in times.items():
        print(f"{label}: lint {sorted(spent)[len(spent) // 2]:.2f} s (median of {len(spent)}: "
              + ", ".join(f"{t:.2f}" for t in spent) + ")")
    print(f"candidates {stats['before']} -> {stats['after']}, Hyperscan reports {stats['reports']}, "
          f"scan and callbacks {stats['scan']:.2f} s")
    for code, n in sorted(by_code.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  {code}: {n} reports; {patterns[code][-120:]}")
    data = [tr.text(d.prose)[::1 if FORWARD else -1] for d in docs]
    started = time.perf_counter()
    for d in data:
        db.scan(d, match_event_handler=None, scratch=scratch)
    print(f"scan alone (no callbacks): {time.perf_counter() - started:.2f} s")
    same = pickle.dumps(results["plain"]) == pickle.dumps(results["hyperscan"])
    print("findings identical" if same else "FINDINGS DIFFER")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
