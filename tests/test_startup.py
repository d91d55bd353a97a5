"""Start-up shortcuts must not change what is loaded or reported."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from healthlint import yamlsrc
from healthlint.rules.loader import packs_root

HERE = Path(__file__).parent
YAML_FILES = sorted(packs_root().rglob("*.yaml")) + sorted((HERE / "regressions").rglob("*.yaml"))


def _outcome(load):
    try:
        located = load()
        return located.data, located._lines
    except yamlsrc.SourceError as exc:
        return str(exc)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_libyaml_gives_what_the_pure_python_loader_gives(path):
    """Same data and key lines, or the same one-line error (bad YAML, alias bombs, duplicate keys)."""
    text = path.read_text(encoding="utf-8-sig")
    pure = _outcome(lambda: yamlsrc._load(str(path), text, yaml.SafeLoader))
    assert _outcome(lambda: yamlsrc.load(path)) == pure
