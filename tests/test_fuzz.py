"""A short run of the atheris fuzz target (tests/fuzz/fuzz_parsers.py); skipped without atheris."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

ROOT = Path(__file__).resolve().parents[1]


def test_fuzz_parsers_short_run(tmp_path):
    corpus = tmp_path / "corpus"  # libFuzzer writes new inputs to the first folder: never the fixtures
    corpus.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fuzz" / "fuzz_parsers.py"), str(corpus),
         str(ROOT / "tests" / "regressions" / "inputs"), "-runs=300", "-max_len=2048", "-seed=1",
         f"-artifact_prefix={tmp_path}/crash-"],
        capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    done = re.search(r"Done (\d+) runs", proc.stderr)
    assert done and int(done.group(1)) >= 300, proc.stderr[-3000:]
    assert not list(tmp_path.glob("crash-*"))
