"""healthlint on Apache Spark: the same rules and findings as `check`, over a DataFrame.

Uses Arrow-based execution (``DataFrame.mapInArrow``): each Python worker
receives record batches of (id, text, format), builds the rule set once from
the shipped :class:`~healthlint.workers.RuleRecipe` (cached per process, and
Spark reuses its Python workers), and returns finding rows as Arrow batches.

    from healthlint.spark import lint_dataframe
    findings = lint_dataframe(spark.read.parquet("s3://bucket/pages/"), "url", "body")
    findings.write.parquet("s3://bucket/findings/")

Needs ``pip install 'healthlint[spark]'`` on the driver and on the executors.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from . import workers
from .workers import FINDING_FIELDS, SUMMARY_FIELDS, RuleRecipe

_INTS = {"row", "line", "column", "end_line", "end_column", "findings", "errors", "warnings", "infos",
         *workers.CATEGORIES}


def recipe(profile: str = "us", extra_rules: Iterable[str | os.PathLike] = (), select: Iterable[str] = (),
           ignore: Iterable[str] = (), severity: dict[str, str] | None = None, *,
           config: str | os.PathLike | None = None) -> RuleRecipe:
    """A rule recipe; extra rule files are read here on the driver, executors need no copy of them.
    ``config`` names a .healthlint.yaml (or pyproject.toml) to take everything from instead."""
    if config is not None:
        from .config import load

        rules = RuleRecipe.from_config(load(config))
        profile = rules.profile
    else:
        rules = RuleRecipe.create(profile, extra_rules, select, ignore, severity)
    names = [*rules.select, *rules.ignore, *(k for k, _ in rules.severity)]
    if rules.extra or names:  # compile on the driver: a typo fails here, naming file and line, not in a task
        unknown = workers.ruleset_for(rules).unknown(names)
        if unknown:
            raise ValueError(f"unknown rule or category '{unknown[0]}'")
    else:
        from .rules.loader import profile_files

        profile_files(profile)  # an unknown profile fails here
    return rules


def lint_dataframe(df, id_col: str, text_col: str, format_col: str | None = None, *,
                   rules: RuleRecipe | None = None, format_default: str = "markdown",
                   max_chars: int = workers.DEFAULT_MAX_CHARS):
    """One row per finding: id (the input id column's type), row, rule, name, category, severity,
    message, line, column, end_line, end_column, text, suggestion. ``row`` numbers rows within
    their partition (useful only with ``id``)."""
    return _map(df, id_col, text_col, format_col, rules, format_default, max_chars, "findings")


def summarize_dataframe(df, id_col: str, text_col: str, format_col: str | None = None, *,
                        rules: RuleRecipe | None = None, format_default: str = "markdown",
                        max_chars: int = workers.DEFAULT_MAX_CHARS):
    """One row per document: status ('ok'|'error'), error, counts by severity and category,
    missing_risk_disclosure, notices. Rows that could not be linted (null, binary or huge
    text, unknown format) appear here with status 'error'."""
    return _map(df, id_col, text_col, format_col, rules, format_default, max_chars, "summary")


def _map(df, id_col, text_col, format_col, rules, format_default, max_chars, kind):
    from pyspark.sql import types as T

    names = df.columns
    for label, name in (("id", id_col), ("text", text_col), ("format", format_col)):
        if name is not None and name not in names:
            raise ValueError(f"no {label} column '{name}' (columns: {', '.join(names)})")
    if format_default not in workers.FORMATS:
        raise ValueError(f"unknown format_default '{format_default}' (expected one of: {', '.join(workers.FORMATS)})")
    rules = rules or recipe()
    options = workers.Options(format_default, max_chars)
    id_type = df.schema[id_col].dataType
    fields = FINDING_FIELDS if kind == "findings" else SUMMARY_FIELDS
    schema = T.StructType([T.StructField(name, _spark_type(name, id_type), True) for name in fields])
    columns = [id_col, text_col] + ([format_col] if format_col else [])
    selected = df.select(*columns)
    arrow_schema = _arrow_schema(fields)

    def lint_batches(batches: Iterator) -> Iterator:
        import pyarrow as pa

        row = 0
        for batch in batches:
            ids = batch.column(0).to_pylist()
            texts = batch.column(1).to_pylist()
            fmts = batch.column(2).to_pylist() if batch.num_columns > 2 else [None] * len(ids)
            rows = [(row + i, *values) for i, values in enumerate(zip(ids, texts, fmts))]
            row += len(rows)
            findings, summaries = workers.lint_rows(rules, rows, options)
            out = findings if kind == "findings" else summaries
            yield pa.RecordBatch.from_pylist(out, schema=arrow_schema(batch.schema.field(0).type))

    return selected.mapInArrow(lint_batches, schema)


def _spark_type(name: str, id_type):
    from pyspark.sql import types as T

    if name == "id":
        return id_type
    if name in _INTS:
        return T.LongType()
    if name == "missing_risk_disclosure":
        return T.BooleanType()
    if name == "notices":
        return T.ArrayType(T.StringType())
    return T.StringType()


def _arrow_schema(fields):
    """A function of the batch's id type -> the Arrow schema of the output batches."""

    def build(id_type):
        import pyarrow as pa

        def typed(name):
            if name == "id":
                return id_type
            if name in _INTS:
                return pa.int64()
            if name == "missing_risk_disclosure":
                return pa.bool_()
            if name == "notices":
                return pa.list_(pa.string())
            return pa.string()

        return pa.schema([(name, typed(name)) for name in fields])

    return build
