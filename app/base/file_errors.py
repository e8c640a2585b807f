"""Turning file system errors into sentences a seller can act on."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.base.message_table_files import DID_JA, DID_JA_ANYTHING_ELSE
from app.base.messages import say, text_in
from app.base.safe_read import kind_of


class StorageError(Exception):
    """A file operation that was refused or failed; ``message`` is a plain sentence
    (a Message: English as a str, with its Japanese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def message_in(self, lang: str) -> str:
        return text_in(self.message, lang)


_REASONS = {
    errno.EACCES: "reason_read_only",
    errno.EPERM: "reason_read_only",
    errno.EROFS: "reason_read_only_disk",
    errno.ENOSPC: "reason_disk_full",
    errno.EDQUOT: "reason_quota",
    errno.ENAMETOOLONG: "reason_name_too_long",
    errno.EINVAL: "reason_bad_name",
    errno.EILSEQ: "reason_bad_char",
    errno.ENOENT: "reason_no_folder",
}


def reason(error: OSError) -> str:
    """Why the system refused, as a Message when we know the cause, else its own words."""
    key = _REASONS.get(error.errno or 0)
    return say(key) if key else (error.strerror or str(error))


def failed(doing: str, path: Path, error: OSError) -> StorageError:
    """``Could not save x: the disk is full. Nothing was changed.``"""
    did = DID_JA.get(doing, DID_JA_ANYTHING_ELSE).format(path=path)
    return StorageError(say("could_not", doing=doing, path=path, did=did, reason=reason(error)))


def refuse_special_target(path: Path) -> None:
    """An export writes only a regular file: a link, device or folder there is refused.

    Replacing a symbolic link would write somewhere the seller did not name, and a
    device such as /dev/full takes the bytes and reports success.
    """
    try:
        info = os.lstat(path)
    except OSError:
        return  # nothing there yet (or the write itself will say why)
    if stat.S_ISLNK(info.st_mode):
        raise StorageError(say("refuse_symlink", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise StorageError(say("refuse_not_regular", path=path, kind=kind_of(info.st_mode)))
