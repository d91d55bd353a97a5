"""hatch_build.py: the wheel gets one seed per profile, or none (with a warning) when writing them fails."""
from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


class _App:
    def __init__(self) -> None:
        self.warnings: list[str] = []

    def display_warning(self, message: str) -> None:
        self.warnings.append(message)


@pytest.fixture
def hook_module(monkeypatch):
    """hatch_build.py imported with a stand-in for hatchling's interface (hatchling is a build-time package)."""
    interface = types.ModuleType("hatchling.builders.hooks.plugin.interface")
    interface.BuildHookInterface = type("BuildHookInterface", (), {})
    for name in ("hatchling", "hatchling.builders", "hatchling.builders.hooks", "hatchling.builders.hooks.plugin"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, interface.__name__, interface)
    spec = importlib.util.spec_from_file_location("hatch_build_under_test", ROOT / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _hook(module, target: str = "wheel"):
    hook = module.SeedBuildHook()
    hook.root, hook.target_name, hook.app = str(ROOT), target, _App()
    return hook


def test_the_wheel_gets_a_seed_per_profile_and_the_temporary_folder_goes(hook_module):
    hook_module.SCRIPT = hook_module.SCRIPT.replace("write_seeds(sys.argv[1])", "write_seeds(sys.argv[1], ['us'])")
    hook = _hook(hook_module)
    build_data: dict = {"force_include": {}}
    hook.initialize("standard", build_data)
    assert not hook.app.warnings
    (source, target), = build_data["force_include"].items()
    assert target == "healthlint/_seed/rules-us.pickle" and Path(source).is_file()
    hook.finalize("standard", build_data, "healthlint.whl")
    assert not Path(source).exists()


def test_a_failing_seed_build_warns_and_adds_nothing(hook_module):
    hook_module.SCRIPT = "raise SystemExit('no pydantic here')"
    hook = _hook(hook_module)
    build_data: dict = {"force_include": {}}
    hook.initialize("standard", build_data)
    assert build_data["force_include"] == {}
    assert hook.app.warnings and "no pydantic here" in hook.app.warnings[0]


def test_sdists_and_editable_wheels_get_no_seed(hook_module):
    for target, version in (("sdist", "standard"), ("wheel", "editable")):
        build_data: dict = {"force_include": {}}
        _hook(hook_module, target).initialize(version, build_data)
        assert build_data["force_include"] == {}
