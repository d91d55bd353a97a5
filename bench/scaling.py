#!/usr/bin/env python3
"""Scaling table: pages per second for `check`, `batch` on 1..N cores and Spark local mode.

    python bench/scaling.py [--files 10000] [--jobs 1,2] [--growth 1000,3000] [--kb 5,50,500] [--no-spark]

Generates a corpus with ../shared/bench/gen_corpus.py (or --gen PATH), loads it
into a Parquet table (columns id, text, format), then times, each in a fresh
process of this checkout:

- `healthlint check --format json CORPUS/` (one process, one core),
- `healthlint batch TABLE.parquet -j N` for each N in --jobs,
- healthlint.spark.lint_dataframe on a local[N] session (largest N), job time
  after the session is up (session start-up is reported apart),
- growth: `batch` at the largest N on the first --growth rows, and lint_text on
  single pages of --kb sizes linted in-process (how the cost grows with page size).

Prints a Markdown table (paste it into the README's Scaling section) naming the
commit it measured. Needs pyarrow; Spark rows need pyspark, pandas and Java.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
SUFFIX_FORMAT = {".md": "markdown", ".html": "html", ".htm": "html", ".txt": "text"}


def run(cmd: list[str], ok=(0, 1)) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in ok:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return elapsed


def generate(gen: str, out: Path, files: int, kb: int, seed: int = 42) -> Path:
    if not out.exists():
        subprocess.run([sys.executable, gen, str(out), "--files", str(files), "--kb", str(kb), "--seed", str(seed)],
                       check=True, stdout=subprocess.DEVNULL)
    return out


def to_table(corpus: Path, parquet: Path, limit: int | None = None) -> tuple[int, int]:
    """Files -> Parquet (id, text, format); returns (rows, bytes of text)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIX_FORMAT)[:limit]
    rows = [{"id": str(p.relative_to(corpus)), "text": p.read_text(encoding="utf-8"),
             "format": SUFFIX_FORMAT[p.suffix]} for p in files]
    pq.write_table(pa.Table.from_pylist(rows), parquet, row_group_size=1000)
    return len(rows), sum(len(r["text"].encode()) for r in rows)


SPARK_JOB = r"""
import sys, time
from pyspark.sql import SparkSession
from healthlint.spark import lint_dataframe
table, out, cores = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
spark = (SparkSession.builder.master(f"local[{cores}]").config("spark.ui.enabled", "false")
         .config("spark.ui.showConsoleProgress", "false").config("spark.driver.host", "127.0.0.1")
         .config("spark.sql.files.maxPartitionBytes", str(4 << 20)).getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
spark.range(1).count()
t1 = time.perf_counter()
lint_dataframe(spark.read.parquet(table), "id", "text", "format").write.mode("overwrite").parquet(out)
t2 = time.perf_counter()
print(f"{t1 - t0} {t2 - t1}")
spark.stop()
"""


def spark_time(table: Path, out: Path, cores: int) -> tuple[float, float] | None:
    try:
        import pandas  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError:
        return None
    proc = subprocess.run([sys.executable, "-c", SPARK_JOB, str(table), str(out), str(cores)], env=ENV,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"spark run failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    startup, job = map(float, proc.stdout.split()[-2:])
    return startup, job


def commit() -> str:
    sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return sha + ("+uncommitted changes" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--jobs", default="1,2", help="core counts for batch (and Spark: the largest)")
    parser.add_argument("--growth", default="1000,3000", help="row counts for the growth rows (batch, largest -j)")
    parser.add_argument("--kb", default="5,50,500", help="single-page sizes for the page-size growth rows")
    parser.add_argument("--gen", default=str(ROOT.parent.parent / "shared" / "bench" / "gen_corpus.py"))
    parser.add_argument("--workdir", help="keep corpus and tables here (default: a temp folder)")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--json", help="also write the raw numbers here")
    args = parser.parse_args()
    if not Path(args.gen).is_file():
        for candidate in (Path("/work/shared/bench/gen_corpus.py"),):
            if candidate.is_file():
                args.gen = str(candidate)
    jobs = [int(j) for j in args.jobs.split(",")]
    work = Path(args.workdir or tempfile.mkdtemp(prefix="healthlint-scaling-"))
    work.mkdir(parents=True, exist_ok=True)

    corpus = generate(args.gen, work / f"corpus-{args.files}", args.files, 5)
    table = work / f"pages-{args.files}.parquet"
    rows, size = to_table(corpus, table)
    mb = size / 1e6
    results: list[dict] = []

    def record(what: str, cores: int, pages: int, megabytes: float, seconds: float, note: str = "") -> None:
        # the machine may be shared: the load average after a run says how much CPU it really had
        load = f"load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
        results.append({"what": what, "cores": cores, "pages": pages, "MB": round(megabytes, 2),
                        "seconds": round(seconds, 1), "pages_per_s": round(pages / seconds, 1),
                        "s_per_MB": round(seconds / megabytes, 2), "note": "; ".join(filter(None, [note, load]))})
        print(f"  {what} x{cores}: {pages} pages in {seconds:.1f}s", file=sys.stderr)

    record("check", 1, rows, mb, run([sys.executable, "-m", "healthlint", "check", "--format", "json", str(corpus)]))
    for j in jobs:
        seconds = run([sys.executable, "-m", "healthlint", "batch", str(table), "-o", str(work / "out.parquet"),
                       "--id-column", "id", "--text-column", "text", "--format-column", "format", "-j", str(j)], ok=(0,))
        record("batch", j, rows, mb, seconds)
    if not args.no_spark:
        timed = spark_time(table, work / "spark-out", max(jobs))
        if timed:
            record("spark local", max(jobs), rows, mb, timed[1], f"+{timed[0]:.0f}s session start-up")
    for n in [int(g) for g in args.growth.split(",") if g]:
        sub = work / f"pages-{n}.parquet"
        n_rows, n_size = to_table(corpus, sub, n)
        seconds = run([sys.executable, "-m", "healthlint", "batch", str(sub), "-o", str(work / "out.parquet"),
                       "--id-column", "id", "--text-column", "text", "--format-column", "format",
                       "-j", str(max(jobs))], ok=(0,))
        record("batch (growth)", max(jobs), n_rows, n_size / 1e6, seconds)
    sizes = [int(k) for k in args.kb.split(",") if k]
    if sizes:
        sys.path.insert(0, str(ROOT / "src"))
        from healthlint.api import lint_text, load_rules

        rules = load_rules()
        lint_text("Warm-up: our miracle cure.", rules, format="markdown")  # lazy imports off the clock
        for kb in sizes:
            single = generate(args.gen, work / f"page-{kb}kb", 1, kb, seed=7)
            page = next(p for p in sorted(single.rglob("*")) if p.suffix in SUFFIX_FORMAT)
            text = page.read_text(encoding="utf-8")
            start = time.perf_counter()
            lint_text(text, rules, format=SUFFIX_FORMAT[page.suffix], path=page.name)
            record("lint_text, one page", 1, 1, len(text.encode()) / 1e6, time.perf_counter() - start,
                   f"{kb} KB {SUFFIX_FORMAT[page.suffix]} page, in-process")

    print(f"Measured at commit {commit()} on {os.cpu_count()} cores, {rows} generated pages ({mb:.1f} MB); "
          f"times include process start-up and rule loading (not Spark's session start-up).\n")
    print("| run | cores | pages | MB | seconds | pages/s | s/MB | note |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['what']} | {r['cores']} | {r['pages']} | {r['MB']} | {r['seconds']} | {r['pages_per_s']} "
              f"| {r['s_per_MB']} | {r['note']} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"commit": commit(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
