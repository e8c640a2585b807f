"""Reading a file we did not write: only a regular file, never more than a limit.

A shared folder can hold a FIFO (opening it for reading waits for a writer forever), a
device (/dev/zero reads without end) or a link to either. The file is opened without
blocking and checked by what the open descriptor is, so a swap after a check changes
nothing, and no more than ``limit`` bytes are ever read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.base.messages import Message, say


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a folder or a socket: it is not read."""

    def __init__(self, path: Path, mode: int) -> None:
        self.kind = kind_of(mode)
        super().__init__(errno.EINVAL, say("not_regular", kind=self.kind), str(path))


class FileTooBigError(OSError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{size:,} bytes, over the limit of {limit:,}")
        self.filename = str(path)
        self.size = size
        self.limit = limit


def kind_of(mode: int) -> Message:
    """What a non-regular file is, in a word a seller can look up."""
    if stat.S_ISDIR(mode):
        return say("kind_folder")
    if stat.S_ISFIFO(mode):
        return say("kind_fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("kind_device")
    if stat.S_ISSOCK(mode):
        return say("kind_socket")
    return say("kind_other")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` (links followed) if it is a regular file of at most ``limit``.

    Raises NotRegularFileError, FileTooBigError, or the OSError of the open or read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path, info.st_mode)
        if info.st_size > limit:
            raise FileTooBigError(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise FileTooBigError(path, total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def is_regular(path: Path) -> bool:
    """Whether ``path`` (links followed) is a regular file; False if it cannot be looked at."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False
