"""Atomic file writes: a crash or a full disk never leaves a half-written file.

The new file keeps the permissions of the one it replaces (a shared 0664 file stays
shared); a new file gets what the umask gives any new file. A temp file left by a crash
is named ``.<name>.<random>.tmp`` beside its file and removed by ``clean_stale_temps``.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

TEMP_SUFFIX = ".tmp"
# What mkstemp makes of our prefix and suffix: ".<name>.<8 random characters>.tmp", and
# what the editor's QSaveFile leaves when killed mid-save: "<id>.jinja.<6 characters>".
_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$|^[a-z0-9_]+\.jinja\.[A-Za-z0-9]{6}$")
# A temp file younger than this may belong to a save still running in another window.
STALE_SECONDS = 15 * 60
_umask_lock = threading.Lock()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write to a temp file beside ``path``, fsync it, then rename over ``path``.

    On any error (or an interrupt) the temp file is removed and the old file stays as it
    was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_name = stage(path, data)
    try:
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def stage(path: Path, data: bytes) -> str:
    """A synced temp file beside ``path`` holding ``data``, with the mode ``path`` will
    need; the caller renames it into place (or removes it)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if hasattr(os, "fchmod"):  # mkstemp makes 0600: give the mode the file needs
                os.fchmod(handle.fileno(), _mode_for(path))
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def _mode_for(path: Path) -> int:
    """The existing file's permission bits, or what a plain new file would get."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # The umask can only be read by setting it; hold a lock so no thread sees the zero.
    with _umask_lock:
        current = os.umask(0o077)
        os.umask(current)
    return current


def clean_stale_temps(folders: Iterable[Path], now: Callable[[], float] = time.time) -> list[Path]:
    """Remove our temp files older than STALE_SECONDS (left by a crash or a kill)."""
    removed = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not _TEMP_NAME.match(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and now() - info.st_mtime > STALE_SECONDS:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:
                continue
    return removed


def _fsync_dir(directory: Path) -> None:
    # The rename is durable only once the folder entry is on disk; not every OS allows it.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
