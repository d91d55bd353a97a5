"""Command line: the only module that reads argv, prints, and chooses exit codes.

Exit status: 0 nothing at or above the fail level, 1 findings at or above it,
2 usage, configuration, rule-file or input error (one line on stderr, never a
traceback).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from typing import Sequence

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json", "sarif", "github", "html")


class UsageError(Exception):
    """A bad command line: exit 2 with the message."""


def _split(values: Sequence[str] | None) -> list[str]:
    return [v.strip() for value in values or () for v in value.split(",") if v.strip()]


class _Progress:
    """A one-line progress bar on standard error, only for a terminal and many files."""

    MIN_FILES = 50

    def __init__(self, total: int) -> None:
        self.on = total >= self.MIN_FILES and sys.stderr.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.on:
            return
        percent = done * 100 // total
        if percent != self.shown or done == total:
            self.shown = percent
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\rhealthlint [{bar:<25}] {done}/{total} files")
            if done == total:
                sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="healthlint",
        description="Lint health and medical marketing copy for FDA/FTC/ASA compliance problems.",
    )
    parser.add_argument("--version", action="version", version=f"healthlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check files, folders or standard input ('-')")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .); '-' reads stdin")
    check.add_argument("--format", default="text", choices=FORMATS, help="output format (default: text)")
    check.add_argument("--config", metavar="FILE", help="config file (default: discovered .healthlint.yaml or pyproject.toml)")
    check.add_argument("--select", action="append", metavar="IDS", help="only these rule ids or categories (comma-separated)")
    check.add_argument("--ignore", action="append", metavar="IDS", help="skip these rule ids or categories (comma-separated)")
    check.add_argument("--fail-on", choices=("info", "warning", "error"), help="lowest severity that fails (default: warning)")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when there are findings (report only); errors still exit 2")
    check.add_argument("--merge-findings", choices=("sentence", "overlap", "none"),
                       help="one finding per claim: merge same-category findings in a sentence (default), "
                            "only overlapping or touching ones, or none")
    check.add_argument("--stdin-filename", metavar="NAME", help="name (and format, by suffix) for standard input")
    check.add_argument("--profile", help="rule packs to load: us, uk, eu (default: from config, else us)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in text output")
    check.add_argument("-j", "--jobs", type=_positive, metavar="N",
                       help="worker processes for many files (default: the number of cores; 1: none)")

    _add_batch_parser(sub)

    rules = sub.add_parser("rules", help="list, explain and test rules")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION")
    listing = rules_sub.add_parser("list", help="id, category, severity and name of every rule")
    explain = rules_sub.add_parser("explain", help="what a rule flags, why, and examples")
    explain.add_argument("rule_id", metavar="RULE_ID")
    test = rules_sub.add_parser("test", help="run every rule's examples and annotated fixture files")
    test.add_argument("dirs", nargs="*", metavar="DIR", help="folders with rule files (*.yaml) and/or annotated fixtures")
    rules_sub.add_parser("schema", help="JSON Schema of rule files, for editor completion and validation")
    docs = rules_sub.add_parser("docs", help="Markdown reference of the configured rules")
    docs.add_argument("--shipped", action="store_true",
                      help="every shipped pack, whatever the configuration (this is docs/rules.md)")
    for p in (listing, explain, test, docs):
        p.add_argument("--config", metavar="FILE")
        p.add_argument("--profile")
    sub.add_parser("lsp", help="run the language server over stdio (for editors)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .yamlsrc import SourceError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args, parser)
        if args.command == "lsp":
            return _lsp()
        if args.command == "batch":
            return _batch(args)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except (SourceError, UsageError) as exc:
        print(f"healthlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("healthlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the promise is one line, never a traceback
        if os.environ.get("HEALTHLINT_DEBUG"):
            raise
        print(f"healthlint: internal error: {type(exc).__name__}: {exc} "
              "(set HEALTHLINT_DEBUG=1 for a traceback, and please report it)", file=sys.stderr)
        return EXIT_ERROR


def _config(args):
    from . import config as config_mod

    path = args.config or config_mod.discover(os.getcwd())
    cfg = config_mod.load(path)
    if getattr(args, "profile", None):
        cfg = dataclasses.replace(cfg, profile=args.profile)
    return cfg


def _ruleset(cfg, extra=()):
    from .api import configured_rules

    return configured_rules(cfg, extra)


def _check(args) -> int:
    from . import config as config_mod
    from .api import default_jobs, lint_files, lint_source
    from .findings import Severity
    from .reporters import RenderOptions, get, get_finding_renderer, get_stream, needs_source
    from .sources import Source, decode, format_for, walk

    cfg = config_mod.merge(_config(args), select=_split(args.select), ignore=_split(args.ignore),
                           fail_on=args.fail_on, merge_findings=args.merge_findings)
    ruleset = _ruleset(cfg)
    try:
        render = get(args.format)
    except KeyError:
        raise UsageError(f"output format '{args.format}' is not available in this version") from None
    keep_source = needs_source(args.format)

    paths = args.paths or ["."]
    if paths.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")
    notices = []
    results = []
    files: list[tuple[str, str | None]] = []
    for path, notice in walk(paths, cfg.excluder()):
        if notice is not None:
            notices.append(notice)
        elif path == "-":
            name = args.stdin_filename or "<stdin>"
            text, problem = decode(sys.stdin.buffer.read(), name)
            if problem is not None:
                notices.append(problem)
            else:
                results.append(lint_source(Source(name, format_for(name) or "text", text), ruleset,
                                           keep_source=keep_source))
        else:
            files.append((path, None))
    results.extend(lint_files(files, ruleset, jobs=args.jobs or default_jobs(), progress=_Progress(len(files)),
                              keep_source=keep_source, render=get_finding_renderer(args.format)))
    results.sort(key=lambda r: r.path)

    run_notices = tuple(sorted(notices))  # the ones no result holds
    for result in results:
        notices.extend(result.notices)
    for notice in sorted(notices):
        print(f"healthlint: {notice}", file=sys.stderr)

    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    )
    options = RenderOptions(color=color, notices=run_notices)
    stream = get_stream(args.format)
    for piece in stream(results, ruleset, options) if stream else (render(results, ruleset, options),):
        sys.stdout.write(piece)
    sys.stdout.flush()

    if any(n.level == "error" for n in notices):
        return EXIT_ERROR
    fail_on = Severity.parse(cfg.fail_on)
    if not args.exit_zero and any(f.severity >= fail_on for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _lsp() -> int:
    """Imported here only: pygls must stay off the start-up path of `healthlint check`."""
    try:
        from . import lsp
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("pygls", "lsprotocol", "cattrs"):
            raise UsageError(f"the language server needs {exc.name.split('.')[0]}: pip install 'pygls>=2,<3'") from None
        raise
    return lsp.main()


def _rules(args, parser) -> int:
    from . import ruledocs

    if not args.rules_command:
        raise UsageError("rules: name an action: list, explain RULE_ID, test [DIR ...], schema or docs")
    if args.rules_command == "schema":
        import json

        print(json.dumps(ruledocs.json_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.rules_command == "docs" and args.shipped:
        from .rules.loader import compile_files

        compile_files(ruledocs.shipped_files())  # a broken pack is a one-line error, not a traceback
        print(ruledocs.markdown(ruledocs.shipped_files()), end="")
        return EXIT_OK
    cfg = _config(args)
    if args.rules_command == "docs":
        from .rules.loader import profile_files, rule_files

        _ruleset(cfg)  # validates every file first
        files = profile_files(cfg.profile) + rule_files(cfg.extra_rule_paths())
        print(ruledocs.markdown(files, title="Rule reference", command="healthlint rules docs"), end="")
        return EXIT_OK
    if args.rules_command == "list":
        print(ruledocs.listing(_ruleset(cfg).rules), end="")
        return EXIT_OK
    if args.rules_command == "explain":
        rule = _ruleset(cfg).get(args.rule_id)
        if rule is None:
            raise UsageError(f"unknown rule '{args.rule_id}' (see 'healthlint rules list')")
        print(ruledocs.explain(rule), end="")
        return EXIT_OK
    if args.rules_command == "test":
        from . import ruletest

        extra = [d for d in args.dirs if os.path.isdir(d) or d.endswith((".yaml", ".yml"))]
        missing = [d for d in args.dirs if not os.path.exists(d)]
        if missing:
            raise UsageError(f"{missing[0]}: no such file or directory")
        ruleset = _ruleset(cfg, extra=[d for d in extra if ruletest.has_rule_files(d)])
        report = ruletest.run(ruleset, args.dirs)
        print(report.render(), end="")
        return EXIT_OK if report.ok else EXIT_FINDINGS
    parser.parse_args(["rules", "--help"])
    return EXIT_ERROR


def _add_batch_parser(sub) -> None:
    batch = sub.add_parser("batch", help="lint every row of a JSONL or Parquet table (all cores)")
    batch.add_argument("input", metavar="INPUT", help="a .jsonl/.ndjson or .parquet file, or a folder of .parquet files")
    batch.add_argument("-o", "--output", required=True, metavar="OUT",
                       help="findings, one row each: OUT.jsonl or OUT.parquet (summary: OUT.summary.<ext>)")
    batch.add_argument("--summary", metavar="FILE", help="per-document summary file (default: OUT.summary.<ext>)")
    batch.add_argument("--id-column", required=True, metavar="COL", help="column holding the document id")
    batch.add_argument("--text-column", required=True, metavar="COL", help="column holding the document text")
    batch.add_argument("--format-column", metavar="COL", help="column holding each row's format (markdown|html|text)")
    batch.add_argument("--format-default", default="markdown", choices=("markdown", "html", "text"),
                       help="format of rows without one (default: markdown)")
    batch.add_argument("--max-chars", type=_positive, default=1_000_000, metavar="N",
                       help="longer texts become error rows (default: 1000000)")
    batch.add_argument("-j", "--jobs", type=_positive, metavar="N", help="worker processes (default: all cores)")
    batch.add_argument("--chunk-rows", type=_positive, default=100, metavar="N", help="rows per work unit (default: 100)")
    batch.add_argument("--resume", action="store_true", help="continue an interrupted run from its checkpoint")
    batch.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                       help="progress line on stderr (default: when stderr is a terminal)")
    batch.add_argument("--config", metavar="FILE")
    batch.add_argument("--profile")
    batch.add_argument("--select", action="append", metavar="IDS")
    batch.add_argument("--ignore", action="append", metavar="IDS")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _batch(args) -> int:
    from . import batch, config as config_mod, workers
    from .api import default_jobs

    cfg = config_mod.merge(_config(args), select=_split(args.select), ignore=_split(args.ignore))
    ruleset = _ruleset(cfg)  # validates rule files and names before any work starts
    recipe = workers.RuleRecipe.from_config(cfg)
    workers.prime(recipe, ruleset)
    spec = batch.Spec(args.input, args.output, args.id_column, args.text_column, args.format_column,
                      summary=args.summary, format_default=args.format_default, max_chars=args.max_chars,
                      jobs=args.jobs or default_jobs(), chunk_rows=args.chunk_rows, resume=args.resume)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    progress = batch.Progress() if show else None
    try:
        stats = batch.run(spec, recipe, progress)
    except batch.BatchError as exc:
        raise UsageError(str(exc)) from None
    except KeyboardInterrupt:
        print("\nhealthlint: interrupted; run the same command with --resume to continue", file=sys.stderr)
        return 130
    finally:
        if progress:
            progress.close()
    print(f"healthlint: {stats.rows} rows, {stats.findings} findings, {stats.errors} error rows "
          f"in {stats.seconds:.1f}s -> {', '.join(stats.outputs)}", file=sys.stderr)
    return EXIT_OK
