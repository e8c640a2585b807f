"""Turning file system errors into sentences a seller can act on."""

from __future__ import annotations

import errno
from pathlib import Path


class StorageError(Exception):
    """A file operation that was refused or failed; ``message`` is a plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_REASONS = {
    errno.EACCES: "the folder is read-only or you may not write there",
    errno.EPERM: "the folder is read-only or you may not write there",
    errno.EROFS: "the folder is on a read-only disk",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENAMETOOLONG: "the file system refuses a name this long",
    errno.EINVAL: "the file system refuses this name",
    errno.EILSEQ: "the file system refuses a character in this name",
    errno.ENOENT: "the folder does not exist",
}


def reason(error: OSError) -> str:
    return _REASONS.get(error.errno or 0) or (error.strerror or str(error))


def failed(doing: str, path: Path, error: OSError) -> StorageError:
    """``Could not save x: the disk is full. Nothing was changed.``"""
    return StorageError(f"Could not {doing} {path}: {reason(error)}. Nothing was changed.")
