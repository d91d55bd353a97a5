#!/usr/bin/env python3
"""Benchmark healthlint as a whole process against the parse-only floor and proselint.

    python bench/run.py [--gen ../shared/bench/gen_corpus.py] [--rounds 3] [--quick]

Generates the corpora with the shared generator (it is not copied here: it
carries no licence), then runs every tool on every case, alternating tools
within each round so that machine noise hits them alike, and prints the median
wall time of each, the ratios the targets are stated in, and peak RSS:

- 1 MB corpus: 200 pages (gen_corpus.py defaults), healthlint with its default -j;
- one sentence: a one-line Markdown file (start-up cost), with a warm rule cache
  and with none (HEALTHLINT_NO_CACHE=1, the first run after a rule change);
- 10x corpus: 2000 pages, reported as its time over the 1 MB corpus time;
- 20 MB file: one Markdown page of about 20 MB, with the peak RSS of the process.

The floor is markdown-it-py parsing every file of the corpus in one process
(what any Markdown-aware linter must at least do); `python -c pass` is the
floor for start-up. proselint runs only if it is installed, on a fresh cache.
Timing targets live here and in the README, never in the test suite.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GEN = ROOT.parent / "shared" / "bench" / "gen_corpus.py"

FLOOR = (
    "import sys, pathlib\n"
    "from markdown_it import MarkdownIt\n"
    "md = MarkdownIt()\n"
    "root = pathlib.Path(sys.argv[1])\n"
    "for p in sorted(root.rglob('*')) if root.is_dir() else [root]:\n"
    "    if p.is_file():\n"
    "        md.parse(p.read_text(encoding='utf-8'))\n"
)


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one process; output is discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(cmd)} exited with {proc.returncode}")
    rss_kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024
    return wall, rss_kb // 1024


def generate(gen: Path, out: Path, *args: str) -> Path:
    subprocess.run([sys.executable, str(gen), str(out), *args], check=True, stdout=subprocess.DEVNULL)
    return out


def big_page(gen: Path, work: Path, size: int = 20 * 1024 * 1024) -> Path:
    """One ~20 MB Markdown page: generated 32 KB pages joined (the generator's own
    --kb gets slow for very large pages)."""
    pages = generate(gen, work / "big-pages", "--files", "800", "--kb", "32", "--html-share", "0")
    out = work / "big.md"
    written = 0
    with open(out, "w", encoding="utf-8") as handle:
        for page in sorted(pages.iterdir()):
            text = page.read_text(encoding="utf-8")
            handle.write(text + "\n")
            written += len(text.encode()) + 1
            if written >= size:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gen", type=Path, default=DEFAULT_GEN, help=f"corpus generator (default: {DEFAULT_GEN})")
    ap.add_argument("--rounds", type=int, default=3, help="runs of each tool per case (median reported)")
    ap.add_argument("--quick", action="store_true", help="skip the 10x corpus and the 20 MB file")
    ap.add_argument("--keep", type=Path, help="generate the corpora here and keep them (default: a temp folder)")
    args = ap.parse_args()
    if not args.gen.is_file():
        raise SystemExit(f"bench: corpus generator not found at {args.gen} (pass --gen PATH)")

    work = args.keep or Path(tempfile.mkdtemp(prefix="healthlint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cache = work / "rule-cache"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), HEALTHLINT_CACHE_DIR=str(cache),
               PYTHONPYCACHEPREFIX=str(work / "pycache"))  # byte code kept, as an installed wheel has it
    env.pop("HEALTHLINT_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cold = dict(env, HEALTHLINT_NO_CACHE="1")
    py = sys.executable
    hl = [py, "-m", "healthlint", "check", "--format", "json"]

    print(f"generating corpora in {work} ...", file=sys.stderr)
    corpus = generate(args.gen, work / "corpus-1mb")
    one = work / "one" / "sentence.md"
    one.parent.mkdir(exist_ok=True)
    one.write_text("Ketamine cures fibromyalgia in one session.\n", encoding="utf-8")
    cases: dict[str, Path] = {"1 MB corpus": corpus, "one sentence": one}
    if not args.quick:
        cases["10x corpus"] = generate(args.gen, work / "corpus-10x", "--files", "2000")
        cases["20 MB file"] = big_page(args.gen, work)

    proselint = shutil.which("proselint")
    tools: dict[str, tuple[list[str], dict]] = {
        "healthlint": (hl, env),
        "healthlint (no rule cache)": (hl, cold),
        "parse-only floor": ([py, "-c", FLOOR], env),
        "python -c pass": ([py, "-c", "pass"], env),
    }
    if proselint:
        tools["proselint"] = ([proselint, "check"], env)

    def applies(tool: str, case: str) -> bool:
        if tool == "python -c pass":
            return case == "one sentence"
        if tool == "healthlint (no rule cache)":
            return case == "one sentence"
        if tool == "parse-only floor":
            return case != "one sentence"
        if tool == "proselint":
            return case in ("1 MB corpus", "one sentence")
        return True

    run(hl + [str(one)], env)  # fill the rule cache once, as any earlier run would have
    times: dict[tuple[str, str], list[float]] = {}
    rss: dict[tuple[str, str], int] = {}
    for r in range(args.rounds):
        for case, path in cases.items():
            for tool, (cmd, tool_env) in tools.items():
                if not applies(tool, case):
                    continue
                if tool == "proselint":
                    tool_env = dict(tool_env, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="proselint-cache-"))
                target = [str(path)] if tool != "python -c pass" else []
                if tool == "proselint" and path.is_dir():
                    target = sorted(str(p) for p in path.iterdir())
                wall, peak = run(cmd + target, tool_env)
                times.setdefault((tool, case), []).append(wall)
                rss[(tool, case)] = max(rss.get((tool, case), 0), peak)
                print(f"round {r + 1}: {case:<14} {tool:<28} {wall:7.2f} s {peak:5d} MB", file=sys.stderr)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\nhealthlint benchmark: median of {args.rounds} runs, {os.cpu_count()} cores, "
          f"Python {sys.version.split()[0]}\n")
    print("| case | tool | wall (s) | peak RSS (MB) |")
    print("|---|---|---:|---:|")
    for (tool, case), value in med.items():
        print(f"| {case} | {tool} | {value:.2f} | {rss[(tool, case)]} |")
    print("\n| target | measured |")
    print("|---|---|")

    def ratio(a: tuple[str, str], b: tuple[str, str]) -> str:
        return f"{med[a] / med[b]:.2f}x" if a in med and b in med else "n/a"

    h, f = ("healthlint", "1 MB corpus"), ("parse-only floor", "1 MB corpus")
    print(f"| 1 MB corpus <= 2x the parse-only floor | {ratio(h, f)} |")
    if proselint:
        print(f"| proselint / healthlint on 1 MB (>= 6x) | {ratio(('proselint', '1 MB corpus'), h)} |")
    print(f"| one sentence / `python -c pass` (0.15 s / 0.02 s = 7.5x) | "
          f"{ratio(('healthlint', 'one sentence'), ('python -c pass', 'one sentence'))} |")
    print(f"| one sentence, no rule cache / `python -c pass` | "
          f"{ratio(('healthlint (no rule cache)', 'one sentence'), ('python -c pass', 'one sentence'))} |")
    if not args.quick:
        print(f"| 10x corpus / 1 MB corpus (<= 10.5x) | {ratio(('healthlint', '10x corpus'), h)} |")
        big_key = ("healthlint", "20 MB file")
        size_mb = cases["20 MB file"].stat().st_size / 1e6
        print(f"| 20 MB file (<= 20 s, RSS <= 3x size) | {med[big_key]:.1f} s, "
              f"{rss[big_key]} MB = {rss[big_key] / size_mb:.1f}x {size_mb:.0f} MB |")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
