"""Patterns of the ``regex`` module compiled on first use, or rebuilt from a frozen form.

``regex.compile`` is mostly Python code (a few milliseconds per pattern); a
start-up that compiled every pattern of every module and rule would spend most
of its time there. Two ways out, both exact:

- :class:`Lazy`: a module-level pattern compiled the first time it is used.
- freezing: :func:`capture` records the arguments ``regex.compile`` hands to the
  module's C constructor; :func:`thaw` rebuilds the pattern from them in
  microseconds. The rule cache stores them (its key holds the regex module's
  version and healthlint's source), and anything unexpected falls back to compiling.
"""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import Any

import regex

_CAPTURE_LOCK = threading.Lock()
_REGISTRY: dict[tuple[str, int], "Lazy"] = {}  # every Lazy pattern, by (source, flags)
_FROZEN: dict[tuple[str, int], tuple] = {}  # frozen forms read from the rule cache


class Lazy:
    """A module-level pattern that compiles on first use; any Pattern attribute is forwarded."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags
        self._compiled = None
        _REGISTRY.setdefault((source, flags), self)

    @property
    def compiled(self) -> "regex.Pattern[str]":
        if self._compiled is None:
            frozen = _FROZEN.get((self.source, self.flags))
            self._compiled = thaw(frozen, self.source) or regex.compile(self.source, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, finditer...
        return getattr(self.compiled, name)


def frozen_registry() -> dict[tuple[str, int], tuple]:
    """Frozen forms of every Lazy pattern of the modules imported so far (for the rule cache)."""
    out = {}
    for key in list(_REGISTRY):
        args = capture(*key)
        if args is not None:
            out[key] = args
    return out


def preload(frozen: dict) -> None:
    """Frozen forms read from the rule cache: the Lazy patterns thaw instead of compiling."""
    if isinstance(frozen, dict):
        stdlib = frozen.get(STDLIB_KEY)
        if isinstance(stdlib, dict):
            _STDLIB.update(stdlib)
        _FROZEN.update((key, value) for key, value in frozen.items() if key != STDLIB_KEY)


def capture(source: str, flags: int, compiled_from: str | None = None) -> tuple | None:
    """The arguments regex.compile passes to its C constructor for this pattern (None if unavailable).

    ``compiled_from``: an equivalent text to compile instead (see alternation.factored); the
    arguments then name ``source``, so that the pattern built from them reads as ``source``.
    """
    if compiled_from is not None and compiled_from != source:
        args = capture(compiled_from, flags)
        return None if args is None else (source,) + args[1:]
    try:
        internals = regex._main._regex  # type: ignore[attr-defined]
    except AttributeError:
        return None
    captured: list[tuple] = []
    with _CAPTURE_LOCK:
        real = internals.compile

        def spy(*args):
            if args and args[0] == source:
                captured.append(args)
            return real(*args)

        internals.compile = spy
        try:
            regex.compile(source, flags, cache_pattern=False)
        except Exception:
            return None
        finally:
            internals.compile = real
    return _packed(captured[-1]) if captured else None


def _packed(args: tuple) -> tuple:
    """``args`` with the compiled code (a list of 32-bit words) as an array: as a list of
    Python ints the shipped packs' code took about 6 MB in every process, as an array
    about 2.3 MB, and the rule cache unpickles it in one step."""
    from array import array

    code = args[2] if len(args) > 2 else None
    if isinstance(code, list) and code and all(type(word) is int for word in code) and min(code) >= 0:
        top = max(code)
        for kind in ("B", "H", "I"):  # the narrowest type that holds every word
            if top < 1 << 8 * array(kind).itemsize:
                return args[:2] + (array(kind, code),) + args[3:]
    return args


def thaw(frozen: tuple | None, source: str):
    """The pattern rebuilt from :func:`capture`'s arguments, or None (then compile it)."""
    if not isinstance(frozen, tuple) or not frozen or frozen[0] != source:
        return None
    if len(frozen) > 2 and not isinstance(frozen[2], list) and hasattr(frozen[2], "tolist"):
        frozen = frozen[:2] + (frozen[2].tolist(),) + frozen[3:]
    try:
        pattern = regex._main._regex.compile(*frozen)  # type: ignore[attr-defined]
    except Exception:
        return None
    return pattern if getattr(pattern, "pattern", None) == source else None


# -- the standard library's re -----------------------------------------------------------
# Importing the parsers' libraries (markdown-it, html.parser ...) compiles about a hundred
# patterns of the standard library's ``re`` at module level, in Python: about 50 M
# instructions of a one-file run. Their compiled form is frozen the same way (the
# arguments ``re`` hands to ``_sre.compile``) and used while those modules are imported.

STDLIB_KEY = "stdlib re"  # where the rule cache's frozen dict holds them (the other keys are tuples)
_STDLIB: dict[tuple, tuple] = {}


def _sre_compiler():
    """The module whose ``compile`` ``re`` calls for a pattern it has not cached, or None."""
    import re

    compiler = getattr(re, "_compiler", None) or sys.modules.get("sre_compile")  # 3.11+ / 3.10
    return compiler if callable(getattr(compiler, "compile", None)) else None


def frozen_stdlib() -> dict[tuple, tuple]:
    """Frozen forms of the ``re`` patterns this process compiled so far (those in ``re``'s own cache)."""
    import re

    import _sre

    compiler = _sre_compiler()
    if compiler is None:
        return {}
    keys = [key for cache in (getattr(re, "_cache", None), getattr(re, "_cache2", None))
            if isinstance(cache, dict) for key in list(cache)]
    out: dict[tuple, tuple] = {}
    with _CAPTURE_LOCK:
        real = _sre.compile
        for key in keys:
            if not (isinstance(key, tuple) and len(key) == 3 and type(key[1]) is str and type(key[2]) is int):
                continue
            captured: list[tuple] = []

            def spy(*args):
                captured.append(args)
                return real(*args)

            _sre.compile = spy
            try:
                compiler.compile(key[1], key[2])
            except Exception:
                continue
            finally:
                _sre.compile = real
            if captured and captured[-1] and captured[-1][0] == key[1]:
                out[(str, key[1], key[2])] = _packed_sre(captured[-1])
    return out


def _packed_sre(args: tuple) -> tuple:
    """``args`` with the code list as a 32-bit array (its words are ints, some of them named constants)."""
    from array import array

    code = args[2] if len(args) > 2 else None
    if isinstance(code, list):
        try:
            return args[:2] + (array("I", map(int, code)),) + args[3:]
        except (OverflowError, TypeError, ValueError):
            pass
    return args


@contextmanager
def thawing_stdlib():
    """While this lasts (an import), ``re`` builds the patterns frozen in the rule cache from
    their frozen form instead of compiling them; any other pattern compiles as usual."""
    compiler = _sre_compiler() if _STDLIB else None
    if compiler is None or not _STDLIB_LOCK.acquire(blocking=False):
        yield
        return
    import _sre

    real = compiler.compile

    def compile(p, flags=0):
        frozen = _STDLIB.get((type(p), p, flags))
        if frozen is not None:
            try:
                code = frozen[2].tolist() if hasattr(frozen[2], "tolist") else frozen[2]
                got = _sre.compile(frozen[0], frozen[1], code, *frozen[3:])
                if got.pattern == p:
                    return got
            except Exception:
                pass
        return real(p, flags)

    compiler.compile = compile
    try:
        yield
    finally:
        compiler.compile = real
        _STDLIB_LOCK.release()


_STDLIB_LOCK = threading.Lock()
