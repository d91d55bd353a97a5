#!/usr/bin/env python3
"""Where the regex confirmations of prefilter candidates go: calls, failures and time per alternative.

    PYTHONPATH=src python bench/confirmations.py DIR [--top 25]

Lints every file of DIR in one process (parsed first, not timed) and times
each ``Pattern.match`` the prefilter runs at a candidate (the same loop as
``prefilter._matches``, with a clock around each call). Prints the totals and
the alternatives that cost most. Why this and not a plain count: on the 1 MB
benchmark corpus about 95% of confirmations fail, but most fail in about a
microsecond; the time goes to a few large alternatives (a rule whose pattern
opens with a long alternation costs ~10 us per attempt even where it fails at
once, because the regex module tries the branches one by one). A filter that
spares cheap failures costs about what it saves.
"""
from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_left
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()

    from healthlint import api
    from healthlint.engine import lint_document
    from healthlint.matchers import prefilter

    ruleset = api.load_rules()
    docs = [api.parse(p.read_text(encoding="utf-8"), "html" if p.suffix in (".html", ".htm") else "markdown", str(p))
            for p in sorted(args.dir.iterdir()) if p.is_file()]
    calls: Counter = Counter()
    failed: Counter = Counter()
    spent: Counter = Counter()
    bits = prefilter.ALTERNATIVE_BITS
    mask = (1 << bits) - 1

    def timed(probe, ready, text, codes, first, stop, end, deadline, timed_out):
        """prefilter._matches without time limits, timing each attempt (keyed by union and alternative)."""
        i = first
        while i < stop:
            code = codes[i]
            p, a = code >> bits, code & mask
            pattern = ready[a] or probe(a)
            t0 = time.perf_counter()
            m = pattern.match(text, p, end)
            key = (id(probe.__self__), a)
            spent[key] += time.perf_counter() - t0
            calls[key] += 1
            i += 1
            if m is None:
                failed[key] += 1
                continue
            if m.end() > p:
                yield m
                i = bisect_left(codes, m.end() << bits, i, stop)
            else:
                i = bisect_left(codes, (p + 1) << bits, i, stop)

    prefilter._matches = timed
    prefilter._ALARM_MIN = sys.maxsize  # no interval timer: every loop goes through ``timed``
    start = time.perf_counter()
    for doc in docs:
        lint_document(doc, ruleset)
    total = time.perf_counter() - start

    names: dict[int, tuple[str, list[str]]] = {}
    for rule in ruleset.active:
        for union in rule.matcher.unions():
            parts = prefilter.top_level_alternatives(union.source) if union.alternatives > 1 else [union.source]
            names.setdefault(id(union), (rule.id, parts))
    print(f"{len(docs)} documents, lint {total:.2f} s (timing included); confirmations {sum(calls.values())}, "
          f"failed {sum(failed.values())}; time in them {sum(spent.values()):.2f} s")
    print(f"{'seconds':>8} {'calls':>7} {'failed':>7} {'us/call':>8}  rule#alternative  pattern")
    for key, seconds in spent.most_common(args.top):
        rule_id, parts = names.get(key[0], ("?", []))
        source = parts[key[1]] if key[1] < len(parts) else "?"
        print(f"{seconds:8.3f} {calls[key]:7d} {failed[key]:7d} {seconds / calls[key] * 1e6:8.1f}  "
              f"{rule_id}#{key[1]}  {source[:70]}")


if __name__ == "__main__":
    main()
