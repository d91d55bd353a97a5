"""Output formats. Each reporter module has ``render(results, ruleset, options) -> str``:
pure, no printing. Add a format by adding a module and one line here."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

REPORTERS = {
    "text": "healthlint.reporters.text",
    "json": "healthlint.reporters.json",
}


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False


def get(name: str) -> Callable:
    return importlib.import_module(REPORTERS[name]).render
