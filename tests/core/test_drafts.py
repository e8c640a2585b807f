import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.base import atomic
from app.base.file_errors import StorageError
from app.templates import drafts

T0 = datetime(2026, 11, 21, 22, 0, tzinfo=UTC)


def at(moment: datetime):  # type: ignore[no-untyped-def]
    return lambda: moment


def template_file(tmp_path: Path, text: str, modified: datetime) -> Path:
    path = tmp_path / "ja" / "mine.jinja"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (modified.timestamp(), modified.timestamp()))
    return path


def test_a_draft_survives_a_restart_and_is_offered_back(tmp_path: Path) -> None:
    path = template_file(tmp_path, "saved text", T0)
    drafts.save_draft(path, "unsaved edit", clock=at(T0 + timedelta(minutes=5)))
    # A crash: nothing in memory survives; a fresh look at the disk finds the draft.
    offered = drafts.pending_drafts()
    assert [(d.path, d.text) for d in offered] == [(path, "unsaved edit")]
    assert drafts.load_draft(path) == offered[0]


def test_a_draft_older_than_the_file_is_not_offered(tmp_path: Path) -> None:
    path = template_file(tmp_path, "saved later", T0 + timedelta(hours=1))
    drafts.save_draft(path, "old edit", clock=at(T0))
    assert drafts.pending_drafts() == []


def test_a_draft_equal_to_the_saved_file_is_dropped(tmp_path: Path) -> None:
    path = template_file(tmp_path, "same", T0)
    drafts.save_draft(path, "same", clock=at(T0 + timedelta(minutes=1)))
    assert drafts.pending_drafts() == []
    assert drafts.load_draft(path) is None


def test_a_draft_for_a_never_saved_template_is_offered(tmp_path: Path) -> None:
    drafts.save_draft("new:ja", "+++\ntitle = 'x'", clock=at(T0))
    drafts.save_draft(tmp_path / "en" / "gone.jinja", "text", clock=at(T0 + timedelta(1)))
    offered = drafts.pending_drafts()
    assert [d.key for d in offered] == [str(tmp_path / "en" / "gone.jinja"), "new:ja"]
    assert offered[1].path is None


def test_discarding_a_draft_removes_it(tmp_path: Path) -> None:
    drafts.save_draft("new:en", "text", clock=at(T0))
    drafts.discard_draft("new:en")
    assert drafts.pending_drafts() == []


def test_a_damaged_draft_is_set_aside_not_deleted() -> None:
    drafts.save_draft("new:en", "words", clock=at(T0))
    (file,) = drafts.drafts_dir().glob("*.json")
    file.write_text("{ not json", encoding="utf-8")
    assert drafts.pending_drafts() == []
    assert file.with_suffix(".bak").read_text(encoding="utf-8") == "{ not json"


def test_a_full_disk_during_autosave_keeps_the_previous_draft(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drafts.save_draft("new:en", "first", clock=at(T0))

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(StorageError, match="the disk is full"):
        drafts.save_draft("new:en", "second", clock=at(T0 + timedelta(1)))
    assert drafts.load_draft("new:en").text == "first"  # type: ignore[union-attr]
