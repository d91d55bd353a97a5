"""Wheel build hook: ship the rule packs precompiled, so a fresh install's first run needs no compiling.

It runs healthlint from this source tree in a subprocess (the build
environment has its dependencies: see [build-system] in pyproject.toml) to
write one seed per profile (healthlint.rules.cache.write_seeds), and adds
them to the wheel as healthlint/_seed/. A seed is used only when its key
matches the installed package, Python and regex versions; if writing them
fails, the wheel is built without seeds and the first run compiles the rules.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SCRIPT = "import sys; from healthlint.rules.cache import write_seeds; write_seeds(sys.argv[1])"


class SeedBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._folder = tempfile.mkdtemp(prefix="healthlint-seed-")
        # the source tree first, then whatever the build front end put on the path (its isolated environment)
        path = os.pathsep.join(p for p in (str(Path(self.root) / "src"), os.environ.get("PYTHONPATH")) if p)
        env = dict(os.environ, PYTHONPATH=path, HEALTHLINT_NO_CACHE="1")
        env.pop("PYTHONSTARTUP", None)
        proc = subprocess.run([sys.executable, "-c", SCRIPT, self._folder], env=env, cwd=self.root,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
            self.app.display_warning(f"healthlint: rule packs not precompiled into the wheel ({last})")
            return
        for seed in sorted(Path(self._folder).glob("rules-*.pickle")):
            build_data["force_include"][str(seed)] = f"healthlint/_seed/{seed.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
