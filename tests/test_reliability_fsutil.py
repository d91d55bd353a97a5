"""fsutil.atomic_write: all or nothing, mode kept, line ends kept, no temporary left behind."""
from __future__ import annotations

import os
import stat

import pytest

from healthlint import fsutil


def test_replaces_content_and_keeps_mode(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("old\n")
    path.chmod(0o640)
    fsutil.atomic_write(path, "new\r\ntext\r\n")
    assert path.read_bytes() == b"new\r\ntext\r\n"  # line ends written as given
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["page.md"]


def test_creates_a_missing_file_with_default_mode(tmp_path):
    path = tmp_path / "new.md"
    fsutil.atomic_write(path, "caf\u00e9\n")
    assert path.read_text(encoding="utf-8") == "caf\u00e9\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_failure_leaves_the_original_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "page.md"
    path.write_text("original\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", broken_replace)
    with pytest.raises(OSError):
        fsutil.atomic_write(path, "half")
    assert path.read_text() == "original\n"
    assert os.listdir(tmp_path) == ["page.md"]


def test_unencodable_text_fails_before_touching_the_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("original\n")
    with pytest.raises(UnicodeEncodeError):
        fsutil.atomic_write(path, "\u2603", encoding="ascii")
    assert path.read_text() == "original\n" and os.listdir(tmp_path) == ["page.txt"]


def test_symlink_is_kept_and_its_target_replaced(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old\n")
    link = tmp_path / "link.md"
    link.symlink_to(real.name)
    fsutil.atomic_write(link, "new\n")
    assert link.is_symlink() and real.read_text() == "new\n"
