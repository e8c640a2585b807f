"""Autosaved editor text, so unsaved work survives a crash and is offered back on start."""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.base import paths
from app.base.atomic import write_text_atomic
from app.base.file_errors import failed
from app.base.safe_read import read_regular
from app.templates.template_file import MAX_FILE_BYTES
from app.templates.trash import Clock, utc_now


@dataclass(frozen=True)
class Draft:
    """Unsaved text for ``key``: a template file's path, or a name for a never-saved one."""

    key: str
    text: str
    saved_at: datetime
    file: Path

    @property
    def path(self) -> Path | None:
        """The template file the draft belongs to, when it has one."""
        candidate = Path(self.key)
        return candidate if candidate.is_absolute() else None


def drafts_dir() -> Path:
    return paths.data_dir() / "drafts"


def _draft_file(key: str) -> Path:
    import hashlib  # only when a draft is written or dropped, not on every start

    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return drafts_dir() / f"{digest}.json"


def key_for(path_or_key: Path | str) -> str:
    return str(path_or_key)


def save_draft(path_or_key: Path | str, text: str, clock: Clock = utc_now) -> Draft:
    """Write the draft atomically; raises StorageError (the editor keeps the text)."""
    key = key_for(path_or_key)
    draft = Draft(key, text, clock(), _draft_file(key))
    data = {"version": 1, "key": key, "saved_at": draft.saved_at.isoformat(), "text": text}
    try:
        write_text_atomic(draft.file, json.dumps(data, ensure_ascii=False))
    except OSError as error:
        raise failed("autosave a draft to", draft.file, error) from None
    return draft


# A draft holds one template's text (at most MAX_FILE_BYTES) as JSON escapes.
MAX_DRAFT_BYTES = 8 * MAX_FILE_BYTES


def discard_draft(path_or_key: Path | str) -> None:
    with contextlib.suppress(FileNotFoundError):
        _draft_file(key_for(path_or_key)).unlink()


def load_draft(path_or_key: Path | str) -> Draft | None:
    return _read(_draft_file(key_for(path_or_key)))


def _read(file: Path) -> Draft | None:
    try:
        data = json.loads(read_regular(file, MAX_DRAFT_BYTES).decode("utf-8"))
        return Draft(
            str(data["key"]), str(data["text"]), datetime.fromisoformat(data["saved_at"]), file
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A damaged draft is set aside, never deleted: it may still hold the user's words.
        with contextlib.suppress(OSError):
            shutil.move(file, file.with_suffix(".bak"))
        return None


def pending_drafts() -> list[Draft]:
    """Drafts worth offering back: newer than their file, or for a never-saved template."""
    found = []
    for file in sorted(drafts_dir().glob("*.json")):
        draft = _read(file)
        if draft is None:
            continue
        target = draft.path
        if target is None or not target.exists():
            found.append(draft)
            continue
        try:
            on_disk = read_regular(target, MAX_FILE_BYTES).decode("utf-8-sig")
            changed = datetime.fromtimestamp(target.stat().st_mtime, draft.saved_at.tzinfo)
        except (OSError, UnicodeDecodeError):
            found.append(draft)
            continue
        if on_disk == draft.text:
            discard_draft(draft.key)  # saved since; nothing to offer
        elif draft.saved_at > changed:
            found.append(draft)
    return sorted(found, key=lambda d: d.saved_at, reverse=True)
