#!/usr/bin/env python3
"""Score this checkout's healthlint on annotated corpora with the shared scorer.

    python scripts/quality.py                       # the dev corpus and both held-out sets
    python scripts/quality.py CORPUS [CORPUS ...]   # any folders with docs/ and labels.jsonl
    python scripts/quality.py --scorer PATH --profile uk --json

Each corpus is scored by ``score.py`` (default: ../shared/eval/score.py next to
the checkout, or $HEALTHLINT_SCORER) running ``python -m healthlint check
--format json`` with this checkout's src/ first on PYTHONPATH, so the numbers
are for the code in front of you, not an installed copy.
"""
from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_folder() -> Path:
    """/work/shared in the team layout: a sibling of the worktrees folder or of the checkout."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval" / "score.py").is_file():
            return base / "shared"
    return ROOT.parent / "shared"


def default_corpora() -> list[Path]:
    corpora = [shared_folder() / "corpus" / "dev", ROOT / "tests" / "quality", ROOT / "tests" / "quality" / "b", ROOT / "tests" / "quality" / "c",
               ROOT / "tests" / "quality" / "d", ROOT / "tests" / "quality" / "e",
               *(ROOT / "tests" / "quality" / f"bal{i}" for i in (1, 2, 3, 4, 5)),
               # blind sets, written by people who never saw the rules (see README, Quality)
               *(ROOT / "tests" / "quality" / name for name in ("f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu", "bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "do", "dp", "dq", "dr", "ds", "dt", "du", "dv", "dw", "dx", "dy", "dz", "ea", "eb", "ec", "ed", "ee", "ef", "eg", "eh", "ei", "ej", "ek", "el", "em", "en", "eo", "ep", "eq", "er", "es", "et", "eu", "ev", "ew", "ex", "ey", "ez", "fa", "fb", "fc", "fd", "fe", "ff", "fg", "fh", "fi", "fj", "fk", "fl", "fm", "fn", "fo", "fp", "fq", "fr", "fs", "ft", "fu", "fv", "fw", "fx", "fy", "fz", "ga", "gb", "gc", "gd", "ge", "gf", "gg", "gh", "gi", "gj", "gk", "gl", "gm", "gn", "go", "gp", "gq", "gr", "gs", "gt", "gu",
                                                              "gv", "gw", "gx", "gy", "gz", "ha", "hb", "hc", "hd", "he", "hf", "hg", "hh", "hi", "hj", "hk", "hl", "hm",
                                                              "hn", "ho", "hp", "hq", "hr", "hs", "ht", "hu", "hv", "hw", "hx", "hy",
                                                              "hz", "ia", "ib", "ic", "id", "ie", "ig", "ih", "ii", "ij", "ik", "il",
                                                              "im", "in", "io", "ip", "iq", "ir", "is", "it", "iu", "iv", "iw", "ix",
                                                              "iy", "iz", "ja", "jb", "jc", "jd", "je", "jf", "jg", "jh", "ji", "jj",
                                                              "jk", "jl", "jm", "jn", "jo", "jp",
                                                              "lf1", "lf2", "lf3", "lf4"))]
    return [c for c in corpora if (c / "labels.jsonl").is_file()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: dev corpus and held-out sets)")
    ap.add_argument("--scorer", type=Path,
                    default=Path(os.environ.get("HEALTHLINT_SCORER", shared_folder() / "eval" / "score.py")))
    ap.add_argument("--profile", help="rule profile to lint with (default: the configured one, us)")
    ap.add_argument("--min-severity", default="warning", choices=["info", "warning", "error"])
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON instead of its table")
    args = ap.parse_args(argv)

    if not args.scorer.is_file():
        print(f"quality: scorer not found: {args.scorer} (use --scorer or HEALTHLINT_SCORER)", file=sys.stderr)
        return 2
    corpora = args.corpora or default_corpora()
    if not corpora:
        print("quality: no corpus given and none found", file=sys.stderr)
        return 2
    cmd = [sys.executable, "-m", "healthlint", "check", "--format", "json"]
    if args.profile:
        cmd += ["--profile", args.profile]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    status = 0
    for corpus in corpora:
        if not (corpus / "labels.jsonl").is_file():
            print(f"quality: {corpus}: no labels.jsonl", file=sys.stderr)
            status = 2
            continue
        print(f"== {corpus}", flush=True)
        run = [sys.executable, str(args.scorer), str(corpus), "--cmd", shlex.join(cmd),
               "--min-severity", args.min_severity] + (["--json"] if args.json else [])
        status = max(status, subprocess.run(run, env=env, cwd=ROOT).returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
