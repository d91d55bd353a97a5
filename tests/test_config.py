"""Configuration discovery, validation and its effect on a run."""
from __future__ import annotations

import json

import pytest

from healthlint import config
from healthlint.cli import main
from healthlint.yamlsrc import SourceError


def test_discovers_yaml_in_a_parent(tmp_path):
    (tmp_path / ".healthlint.yaml").write_text("fail_on: error\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    assert config.discover(nested) == tmp_path / ".healthlint.yaml"
    assert config.load(config.discover(nested)).fail_on == "error"


def test_pyproject_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.healthlint]\nignore = ["promotional"]\n')
    found = config.discover(tmp_path)
    assert found == tmp_path / "pyproject.toml"
    assert config.load(found).ignore == ["promotional"]


def test_pyproject_without_section_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert config.discover(tmp_path) is None or config.discover(tmp_path) != tmp_path / "pyproject.toml"


def test_unknown_key_names_file_and_key(tmp_path):
    path = tmp_path / ".healthlint.yaml"
    path.write_text("select: [efficacy]\nfail_onn: error\n")
    with pytest.raises(SourceError) as info:
        config.load(path)
    assert info.value.line == 2 and "unknown key 'fail_onn'" in info.value.message


def test_bad_value(tmp_path):
    path = tmp_path / ".healthlint.yaml"
    path.write_text("fail_on: sometimes\n")
    with pytest.raises(SourceError) as info:
        config.load(path)
    assert "fail_on" in info.value.message and info.value.line == 1


def test_bad_pyproject_key(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.healthlint]\nselectt = ["x"]\n')
    with pytest.raises(SourceError) as info:
        config.load(path)
    assert "selectt" in str(info.value) and "pyproject.toml" in str(info.value)


def test_exclude_globs(tmp_path):
    cfg = config.load(_write(tmp_path, ".healthlint.yaml", 'exclude: ["drafts/archive/**", "*.txt"]\n'))
    excluded = cfg.excluder()
    assert excluded(str(tmp_path / "drafts" / "archive" / "old.md"))
    assert excluded(str(tmp_path / "notes.txt"))
    assert not excluded(str(tmp_path / "drafts" / "new.md"))


def _write(folder, name, text):
    path = folder / name
    path.write_text(text)
    return path


def run_json(args, capsys):
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


PAGE = "Ketamine cures fibromyalgia. It is a miracle breakthrough.\n"


def test_config_select_ignore_severity_fail_on(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = _write(tmp_path, "page.md", PAGE)
    code, all_findings = run_json([str(page)], capsys)
    assert code == 1 and {f["category"] for f in all_findings} >= {"efficacy", "promotional"}

    _write(tmp_path, ".healthlint.yaml", "select: [promotional]\n")
    code, found = run_json([str(page)], capsys)
    assert {f["category"] for f in found} == {"promotional"}

    _write(tmp_path, ".healthlint.yaml", "ignore: [promotional, efficacy]\n")
    code, found = run_json([str(page)], capsys)
    assert not {f["category"] for f in found} & {"promotional", "efficacy"}

    promo_rule = next(f["rule"] for f in all_findings if f["category"] == "promotional")
    _write(tmp_path, ".healthlint.yaml", f"select: [promotional]\nseverity: {{{promo_rule}: info}}\nfail_on: warning\n")
    code, found = run_json([str(page)], capsys)
    assert all(f["severity"] == "info" for f in found if f["rule"] == promo_rule)


def test_unknown_name_in_select_is_an_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = _write(tmp_path, "page.md", PAGE)
    _write(tmp_path, ".healthlint.yaml", "select: [efficasy]\n")
    assert main(["check", str(page)]) == 2
    assert "efficasy" in capsys.readouterr().err


def test_extra_rules_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rules = tmp_path / "compliance" / "rules"
    rules.mkdir(parents=True)
    (rules / "house.yaml").write_text(
        "rules:\n  - id: ACME-PROMO-001\n    name: house-style\n    kind: phrase\n    category: promotional\n"
        "    phrases: [wonder drug]\n    message: 'Avoid \"{match}\".'\n"
        "    examples: {bad: [A wonder drug.], good: [A drug.]}\n")
    _write(tmp_path, ".healthlint.yaml", "extra_rules: [compliance/rules]\nselect: [ACME-PROMO-001]\n")
    page = _write(tmp_path, "page.md", "This wonder drug works.\n")
    code, found = run_json([str(page)], capsys)
    assert [(f["rule"], f["text"]) for f in found] == [("ACME-PROMO-001", "wonder drug")]
