"""A cache of compiled rule sets, so a one-file run does not re-read and re-validate every rule.

The key is a hash of everything the compiled rules depend on: healthlint's,
Python's and the regex module's versions and healthlint's own source, the
profile, and the path and bytes of every shipped rule file and every extra
rule file. A changed rule file is a
new key, so a stale entry is never used. Entries are written to a temporary
file and moved into place with ``os.replace`` (concurrent runs never see half
a file); an entry that cannot be read for any reason is ignored and rebuilt.
An entry also holds the frozen form of the code's own patterns (policies,
suppression directives: see lazyregex), so a cached run compiles no pattern at all.

A wheel also ships a seed per profile (``healthlint/_seed``, written at build
time by ``hatch_build.py`` through :func:`write_seeds`): the same entry for the
shipped packs alone, keyed by what it depends on wherever it is installed
(:func:`seed_key`), so a fresh install's first run needs no compiling either.
A seed whose key does not match (another Python or regex version, an edited
pack) is ignored like a stale entry.

``HEALTHLINT_CACHE_DIR`` moves the cache; ``HEALTHLINT_NO_CACHE=1`` turns it
off, seeds included (every rule is compiled from its file).
"""
from __future__ import annotations

import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Iterable

_PREFIX = "rules-"
_SUFFIX = ".pickle"
_AUTOMATON = ".automaton"  # the prefilter's automaton for an entry's (or a seed's) rule set
_KEEP = 8  # entries kept per cache folder (one per profile/rule-set variant in use)


def directory() -> Path | None:
    """Where entries live, or None when caching is off."""
    if os.environ.get("HEALTHLINT_NO_CACHE"):
        return None
    configured = os.environ.get("HEALTHLINT_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("healthlint", appauthor=False))


def hasher():
    """A BLAKE2b hash (32 bytes). From the built-in ``_blake2`` module when there is one:
    ``hashlib`` loads OpenSSL on import, about 12 M instructions of a one-file run's start-up."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - an interpreter without the built-in module
        from hashlib import blake2b
    return blake2b(digest_size=32)


def key(profile: str, shipped: Iterable[Path], extra: Iterable[Path]) -> str:
    """A digest of every input of rule compilation."""
    import regex

    from .. import __version__

    digest = hasher()
    for part in (__version__, sys.version, regex.__version__, profile):
        digest.update(part.encode() + b"\0")
    # the code that builds and reads the pickled objects: a development checkout changes without a new version
    package = Path(__file__).resolve().parent.parent
    for name in sorted(package.glob("**/*.py")):
        digest.update(name.read_bytes())
    for group in (shipped, extra):
        for path in group:
            digest.update(str(Path(path).resolve()).encode() + b"\0")
            digest.update(Path(path).read_bytes() + b"\0")
        digest.update(b"\1")
    return digest.hexdigest()


def load(digest: str):
    """The cached rule set for ``digest``, or None (missing, unreadable, corrupt or foreign)."""
    folder = directory()
    if folder is None:
        return None
    found = _read(folder / f"{_PREFIX}{digest[:40]}{_SUFFIX}", digest)
    return None if found is None else found[0]


def _keep_automaton(ruleset, digest: str) -> None:
    """Let the rule set's prefilter keep its automaton in the cache folder, next to the entry:
    every process that lints a long text would otherwise build it (about 0.24 s)."""
    folder = directory()
    if folder is None:
        return
    for rule in ruleset.rules:
        prefilter = getattr(rule.matcher, "prefilter", None)
        if prefilter is not None and hasattr(prefilter, "automaton_file"):
            prefilter.automaton_file = str(folder / f"{_PREFIX}{digest[:40]}{_AUTOMATON}")


def _read(path: Path, digest: str):
    """(rule set, extra) of an entry written by :func:`_write` for ``digest``, or None; thaws its patterns."""
    try:
        with open(path, "rb") as handle:
            stored_digest, ruleset, frozen, *extra = pickle.load(handle)
    except Exception:  # missing, truncated, from another version: rebuild
        return None
    from .ruleset import RuleSet

    if stored_digest != digest or not isinstance(ruleset, RuleSet):
        return None
    from .. import lazyregex

    lazyregex.preload(frozen)
    _keep_automaton(ruleset, digest)
    return ruleset, extra


def store(digest: str, ruleset) -> None:
    """Write an entry atomically; a cache that cannot be written is silently skipped."""
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder / f"{_PREFIX}{digest[:40]}{_SUFFIX}", digest, ruleset)
        _prune(folder)
    except Exception:
        return


def _write(path: Path, digest: str, ruleset, *extra) -> None:
    dump_atomic(path, (digest, ruleset, _frozen_code_patterns(ruleset), *extra), _SUFFIX)


def dump_atomic(path: Path, payload, suffix: str = "") -> None:
    """Pickle ``payload`` next to ``path`` and move it into place (readers never see half a file;
    the temporary file is removed on any error, which is raised)."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def seed_folder() -> Path:
    """Where a wheel's seeds are (absent in a source checkout)."""
    return Path(__file__).resolve().parent.parent / "_seed"


def seed_key(profile: str) -> str:
    """A digest of every input of a shipped profile's rule set that does not depend on where it is installed.

    Like :func:`key` with paths relative to the package and the packs, so the
    seed written in the build tree matches the installed package it came with.
    """
    import regex

    from .. import __version__
    from .loader import packs_root

    digest = hasher()
    for part in (__version__, sys.version, regex.__version__, profile):
        digest.update(part.encode() + b"\0")
    package = Path(__file__).resolve().parent.parent
    root = packs_root()
    for base, paths in ((package, package.glob("**/*.py")),
                        (root, (p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))):
        for path in sorted(paths):
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        digest.update(b"\1")
    return digest.hexdigest()


def load_seed(profile: str):
    """The shipped packs of ``profile`` from the wheel's seed, or None (none, stale, corrupt, or caching off)."""
    if directory() is None:
        return None
    path = seed_folder() / f"{_PREFIX}{profile}{_SUFFIX}"
    if not path.is_file():
        return None
    try:
        found = _read(path, seed_key(profile))
    except OSError:
        return None
    if found is None or len(found[1]) != 1 or not isinstance(found[1][0], str):
        return None
    return _relocated(found[0], found[1][0])


def _relocated(ruleset, built_root: str):
    """The rule set with each rule's ``source`` (file:line) under this installation's packs, not the build tree's."""
    from dataclasses import replace

    from .loader import packs_root

    here = str(packs_root())
    rules = tuple(replace(rule, source=here + rule.source[len(built_root):])
                  if rule.source.startswith(built_root) else rule for rule in ruleset.rules)
    return replace(ruleset, rules=rules, active=rules)


def write_seeds(folder: str | Path, profiles: Iterable[str] | None = None) -> list[Path]:
    """Compile each profile's shipped packs (default: every profile) into ``folder`` as seeds.

    The wheel build hook (hatch_build.py) calls this; seeds are readable by all,
    like the rest of an installed package.
    """
    from . import loader

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for profile in sorted(loader.profiles()) if profiles is None else profiles:
        files = loader.profile_files(profile)
        ruleset = loader.compile_ruleset(files, shipped=files)
        loader.freeze(ruleset, files)
        path = folder / f"{_PREFIX}{profile}{_SUFFIX}"
        _write(path, seed_key(profile), ruleset, str(loader.packs_root()))
        path.chmod(0o644)
        written.append(path)
    return written


def _frozen_code_patterns(ruleset) -> dict:
    """The policies', directives' and page genres' patterns, and the standard library ``re`` patterns that
    importing the parsers compiles, frozen: a cached run thaws them instead of compiling."""
    from .. import genres, lazyregex, policies, suppression  # noqa: F401 - importing registers their patterns

    from ..parsers import html, markdown, text  # noqa: F401 - importing compiles their libraries' re patterns

    for genre in ruleset.genres:  # a genre's signals are searched on every page that has findings to lower
        for signal in genre.signals:
            genres.signal_pattern(signal)  # registers it
    frozen = lazyregex.frozen_registry()
    frozen[lazyregex.STDLIB_KEY] = lazyregex.frozen_stdlib()
    return frozen


def _prune(folder: Path) -> None:
    """Keep the newest few entries: each edit of a rule file leaves an old one behind."""
    for suffix in (_SUFFIX, _AUTOMATON):
        prune(folder, _PREFIX, suffix)


def prune(folder: Path, prefix: str, suffix: str) -> None:
    """Remove all but the newest few files named ``prefix*suffix`` in ``folder``."""
    entries = []
    for path in folder.glob(f"{prefix}*{suffix}"):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[_KEEP:]:
        try:
            path.unlink()
        except OSError:
            pass
