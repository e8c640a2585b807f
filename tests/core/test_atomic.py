import errno
import os
from pathlib import Path

import pytest

from app.base.atomic import write_text_atomic


def test_a_full_disk_leaves_the_old_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    path = folder / "note.txt"
    path.write_text("前の内容", encoding="utf-8")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        write_text_atomic(path, "新しい内容")
    assert path.read_text(encoding="utf-8") == "前の内容"
    assert sorted(p.name for p in folder.iterdir()) == ["note.txt"]


def test_write_creates_folders_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b.txt"
    write_text_atomic(path, "一")
    write_text_atomic(path, "二")
    assert path.read_text(encoding="utf-8") == "二"
