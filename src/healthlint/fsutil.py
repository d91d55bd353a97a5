"""Writing a user's file safely, for a future fix mode (checking never writes).

A rewrite must never leave a half-written or empty file behind, whatever
happens mid-way (a crash, a full disk, Ctrl-C): the new text goes to a
temporary file in the same folder (same file system, so the rename is atomic),
is flushed to disk, takes the original's permission bits, and replaces the
original in one ``os.replace``. Readers see the old file or the new one, never
a mix.
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def atomic_write(path: str | os.PathLike, text: str, *, encoding: str = "utf-8", newline: str = "") -> None:
    """Replace ``path`` with ``text`` atomically, keeping the file's mode.

    ``newline=""`` writes the text's own line ends unchanged (a fix must not turn
    CRLF into LF). A symlink is followed: the file it points to is replaced, the
    link stays. On any error the original is untouched and the temporary file is
    removed.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:  # a new file gets what open() would give it (reading the umask sets it)
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".healthlint-tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
