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

``HEALTHLINT_CACHE_DIR`` moves the cache; ``HEALTHLINT_NO_CACHE=1`` turns it off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Iterable

_PREFIX = "rules-"
_SUFFIX = ".pickle"
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


def key(profile: str, shipped: Iterable[Path], extra: Iterable[Path]) -> str:
    """A digest of every input of rule compilation."""
    import regex

    from .. import __version__

    digest = hashlib.sha256()
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
    try:
        with open(folder / f"{_PREFIX}{digest[:40]}{_SUFFIX}", "rb") as handle:
            stored_digest, ruleset, frozen = pickle.load(handle)
    except Exception:  # missing, truncated, from another version: rebuild
        return None
    from .ruleset import RuleSet

    if stored_digest != digest or not isinstance(ruleset, RuleSet):
        return None
    from .. import lazyregex

    lazyregex.preload(frozen)
    return ruleset


def store(digest: str, ruleset) -> None:
    """Write an entry atomically; a cache that cannot be written is silently skipped."""
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=_SUFFIX, dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((digest, ruleset, _frozen_code_patterns()), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"{_PREFIX}{digest[:40]}{_SUFFIX}")
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _prune(folder)
    except Exception:
        return


def _frozen_code_patterns() -> dict:
    """The policies' and directives' patterns, frozen: a cached run thaws them instead of compiling."""
    from .. import lazyregex, policies, suppression  # noqa: F401 - importing registers their patterns

    return lazyregex.frozen_registry()


def _prune(folder: Path) -> None:
    """Keep the newest few entries: each edit of a rule file leaves an old one behind."""
    entries = []
    for path in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[_KEEP:]:
        try:
            path.unlink()
        except OSError:
            pass
