"""`healthlint rules schema`: the rule-file JSON Schema, generated from the pydantic models,
accepts every shipped pack and refuses what the loader refuses at the field level."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from healthlint import ruledocs
from healthlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
PACKS = sorted(p for p in (ROOT / "rules").rglob("*.yaml") if p.name != "profiles.yaml")
CHECKED_IN = ROOT / "docs" / "rule-schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = ruledocs.json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_cli_prints_the_schema(capsys):
    assert main(["rules", "schema"]) == 0
    assert json.loads(capsys.readouterr().out) == ruledocs.json_schema()


@pytest.mark.parametrize("path", PACKS, ids=[p.relative_to(ROOT).as_posix() for p in PACKS])
def test_every_shipped_pack_validates(validator, path):
    errors = list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_packs_were_found():
    assert len(PACKS) >= 9


RULE = {"id": "ACME-EFF-001", "name": "instant-relief", "kind": "phrase", "category": "efficacy",
        "phrases": ["instant relief"], "message": 'Outcome promise "{match}".',
        "examples": {"bad": ["Instant relief."], "good": ["Relief takes time."]}}


def test_bare_list_and_mapping_forms(validator):
    validator.validate([RULE])
    validator.validate({"pack": "acme", "rules": [RULE]})


@pytest.mark.parametrize("change", [
    {"phrses": ["typo"]},                  # unknown field
    {"kind": "regex"},                     # unknown kind
    {"category": "efficacy-claims"},       # unknown category
    {"severity": "fatal"},
    {"unless": ["sarcastic"]},             # unknown policy
    {"downgrade": {"hedged": "critical"}},
    {"id": "acme-1"},                      # id pattern
    {"examples": {"bad": ["x"]}},          # good examples are required
])
def test_schema_refuses_mistakes(validator, change):
    with pytest.raises(jsonschema.ValidationError):
        validator.validate([{**RULE, **change}])


def test_checked_in_copy_is_current():
    """docs/rule-schema.json is what the README's yaml-language-server modeline points at."""
    expected = json.dumps(ruledocs.json_schema(), indent=2, ensure_ascii=False) + "\n"
    assert CHECKED_IN.read_text(encoding="utf-8") == expected, (
        "docs/rule-schema.json is out of date: regenerate it with "
        "`PYTHONPATH=src python -m healthlint rules schema > docs/rule-schema.json`")
