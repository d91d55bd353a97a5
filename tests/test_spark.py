"""healthlint.spark on a local Spark session: the same findings as `healthlint check`."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install '.[spark]')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install '.[spark]')")
pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17 or later) and none was found", allow_module_level=True)

from healthlint.cli import main  # noqa: E402
from healthlint.spark import lint_dataframe, recipe, summarize_dataframe  # noqa: E402

SRC = str(Path(__file__).resolve().parents[1] / "src")
TEXTS = [
    (1, "Ketamine cures fibromyalgia. It is 100% safe and has no side effects.", "text"),
    (2, "# NeuroReset\n\nOur **miracle** infusion resets the nervous system. Spots are limited!", "markdown"),
    (3, "<p>Studies show <b>SlimRx</b> works better than opioids.</p>\n<p>Take 500 mg daily.</p>", "html"),
    (4, "Ketamine is not a cure.\n\nSide effects can include nausea. Talk to your doctor.", None),
    (5, None, "text"),
]
SUFFIX = {"markdown": ".md", "html": ".html", "text": ".txt", None: ".md"}


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Python workers must import this checkout's healthlint, as they would an installed wheel.
    patch = pytest.MonkeyPatch()
    patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")])))
    session = (SparkSession.builder.master("local[1]").appName("healthlint-test")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "1")
               # a short-lived JVM starts about twice as fast without the optimising compiler
               .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    patch.undo()


@pytest.fixture(scope="module")
def pages(spark):
    return spark.createDataFrame(TEXTS, "page_id long, body string, fmt string").coalesce(1)


def _check_json(tmp_path: Path, capsys) -> list[dict]:
    paths = []
    for page_id, text, fmt in TEXTS:
        if text is not None:
            path = tmp_path / f"{page_id}{SUFFIX[fmt]}"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
    main(["check", "--format", "json", *paths])
    return json.loads(capsys.readouterr().out)


KEY = ("rule", "name", "category", "severity", "message", "line", "column", "end_line", "end_column", "text")


def test_findings_equal_healthlint_check(spark, pages, tmp_path, capsys):
    want = sorted((int(Path(f["path"]).stem), *(f[k] for k in KEY)) for f in _check_json(tmp_path, capsys))
    findings = lint_dataframe(pages, "page_id", "body", "fmt")
    assert findings.schema["id"].dataType.typeName() == "long"
    got = sorted((r["id"], *(r[k] for k in KEY)) for r in findings.collect())
    assert got == want and len({g[0] for g in got}) == 3


def test_summary_reports_every_document_including_null_text(spark, pages):
    rows = {r["id"]: r for r in summarize_dataframe(pages, "page_id", "body", "fmt").collect()}
    assert sorted(rows) == [1, 2, 3, 4, 5]
    assert rows[5]["status"] == "error" and rows[5]["error"] == "text is null"
    assert rows[1]["missing_risk_disclosure"] is True and rows[4]["missing_risk_disclosure"] is False
    assert rows[1]["efficacy"] >= 1 and rows[4]["findings"] == 0


def test_selection_config_and_bad_arguments(spark, pages, tmp_path):
    efficacy_only = lint_dataframe(pages, "page_id", "body", "fmt", rules=recipe(select=["efficacy"]))
    assert {r["category"] for r in efficacy_only.collect()} == {"efficacy"}
    config = tmp_path / ".healthlint.yaml"
    config.write_text("select: [promotional]\n", encoding="utf-8")
    promotional = lint_dataframe(pages, "page_id", "body", "fmt", rules=recipe(config=config))
    assert {r["category"] for r in promotional.collect()} == {"promotional"}
    with pytest.raises(ValueError, match=r"no text column 'text' \(columns: page_id, body, fmt\)"):
        lint_dataframe(pages, "page_id", "text")
    with pytest.raises(ValueError, match="unknown rule or category 'nosuch'"):
        recipe(ignore=["nosuch"])
