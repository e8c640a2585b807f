"""A trash folder for template files, so deleting or replacing one can be undone."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.base import paths
from app.base.atomic import write_bytes_atomic, write_text_atomic
from app.base.file_errors import StorageError, failed
from app.base.messages import say

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class TrashEntry:
    """One file in the trash: ``file`` holds the bytes, ``original`` is where it lived."""

    file: Path
    original: Path
    template_id: str
    lang: str
    deleted_at: datetime

    @property
    def manifest(self) -> Path:
        return self.file.with_suffix(".json")


def trash_dir() -> Path:
    return paths.data_dir() / "trash"


def put_in_trash(path: Path, clock: Clock = utc_now) -> TrashEntry:
    """Copy ``path`` into the trash with its manifest; the caller removes or replaces it."""
    lang, template_id = path.parent.name, path.stem
    when = clock()
    stamp = when.strftime("%Y%m%dT%H%M%S%f")
    target = trash_dir() / f"{stamp}-{lang}-{template_id}.jinja"
    counter = 1
    while target.exists():
        counter += 1
        target = trash_dir() / f"{stamp}_{counter}-{lang}-{template_id}.jinja"
    entry = TrashEntry(target, path, template_id, lang, when)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise failed("read", path, error) from None
    manifest = {
        "version": 1,
        "original": str(path),
        "id": template_id,
        "lang": lang,
        "deleted_at": when.isoformat(),
    }
    try:
        write_bytes_atomic(target, data)
        write_text_atomic(entry.manifest, json.dumps(manifest, ensure_ascii=False, indent=2))
    except OSError as error:
        with contextlib.suppress(OSError):
            target.unlink()
        raise failed("move to the trash", path, error) from None
    return entry


def delete_file(path: Path, clock: Clock = utc_now) -> TrashEntry:
    """Move ``path`` into the trash; if that fails the file stays where it was."""
    entry = put_in_trash(path, clock)
    try:
        path.unlink()
    except OSError as error:
        forget(entry)
        raise failed("delete", path, error) from None
    return entry


def restore(entry: TrashEntry) -> Path:
    """Put a trashed file back; refuses to overwrite a file that now exists there."""
    if entry.original.exists():
        raise StorageError(say("cannot_restore", path=entry.original))
    try:
        data = entry.file.read_bytes()
    except OSError as error:
        raise failed("read the trashed copy", entry.file, error) from None
    try:
        write_bytes_atomic(entry.original, data)
    except OSError as error:
        raise failed("restore", entry.original, error) from None
    forget(entry)
    return entry.original


def forget(entry: TrashEntry) -> None:
    for path in (entry.file, entry.manifest):
        with contextlib.suppress(OSError):
            path.unlink()


def entries() -> list[TrashEntry]:
    """What the trash holds, newest first; unreadable manifests are left alone."""
    found = []
    for manifest in trash_dir().glob("*.json"):
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            found.append(
                TrashEntry(
                    manifest.with_suffix(".jinja"),
                    Path(data["original"]),
                    str(data["id"]),
                    str(data["lang"]),
                    datetime.fromisoformat(data["deleted_at"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda e: e.deleted_at, reverse=True)
