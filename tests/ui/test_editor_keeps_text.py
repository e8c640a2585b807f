"""The template editor keeps the seller's text: drafts, autosaves, failed saves, and a
file changed, removed or unreadable on disk."""

import errno

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QTextCursor

from app.base import atomic
from app.templates import drafts
from app.templates.userset import new_template
from app.ui.editor import editor_widget
from tests.ui.editor_helpers import Asked, make_editor, type_at_end, user_file

# The offscreen platform cannot raise or grab for the completer's popup, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_draft_survives_a_crash_and_is_offered_back(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    saved = path.read_text(encoding="utf-8")
    editor = make_editor(qtbot, autosave_ms=20)
    editor.open_file(path)
    type_at_end(qtbot, editor, "Words typed before the crash.")
    qtbot.waitUntil(lambda: drafts.load_draft(path) is not None)
    qtbot.waitUntil(lambda: drafts.load_draft(path).text.endswith("the crash."))  # type: ignore[union-attr]
    del editor  # the app dies: nothing is saved, nothing asked

    restarted = make_editor(qtbot)
    asked.yes = True
    restarted.open_file(path)
    assert len(asked.questions) == 1 and "Restore it?" in asked.questions[0]
    assert restarted.code.toPlainText().endswith("Words typed before the crash.")
    assert restarted.is_dirty()
    assert path.read_text(encoding="utf-8") == saved


def test_a_refused_draft_is_discarded(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    drafts.save_draft(path, "old unsaved text")
    asked.yes = False
    editor = make_editor(qtbot)
    editor.open_file(path)
    assert "old unsaved text" not in editor.code.toPlainText()
    assert drafts.pending_drafts() == []


def test_focus_loss_autosaves_a_draft(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    editor = make_editor(qtbot, autosave_ms=60_000)
    editor.open_file(user_file("mine", "en"))
    type_at_end(qtbot, editor, "x")
    editor.code.focus_lost.emit()
    assert drafts.load_draft(user_file("mine", "en")) is not None


class BrokenSaveFile:
    """QSaveFile on a full disk or a read-only folder."""

    cancelled = False

    def __init__(self, path: str, *, fail_open: bool, reason: str) -> None:
        self.fail_open, self.reason = fail_open, reason

    def open(self, mode) -> bool:  # type: ignore[no-untyped-def]
        return not self.fail_open

    def write(self, data: QByteArray) -> int:
        return -1

    def errorString(self) -> str:
        return self.reason

    def cancelWriting(self) -> None:
        BrokenSaveFile.cancelled = True

    def commit(self) -> bool:
        raise AssertionError("a failed write must never be committed")


@pytest.mark.parametrize(
    ("fail_open", "reason"),
    [(False, "No space left on device"), (True, "Permission denied")],
    ids=["full disk", "read-only folder"],
)
def test_a_failed_save_shows_why_and_keeps_file_and_text(
    qtbot, asked: Asked, monkeypatch: pytest.MonkeyPatch, fail_open: bool, reason: str
) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    before = path.read_bytes()
    editor = make_editor(qtbot)
    editor.open_file(path)
    type_at_end(qtbot, editor, "Precious words.")
    BrokenSaveFile.cancelled = False
    monkeypatch.setattr(
        editor_widget,
        "QSaveFile",
        lambda name: BrokenSaveFile(name, fail_open=fail_open, reason=reason),
    )
    assert not editor.save()
    assert editor.strip.text() == (
        f"Could not save {path}: {reason}. Your text is still here and autosaved."
    )
    assert BrokenSaveFile.cancelled is not fail_open
    assert path.read_bytes() == before
    assert editor.code.toPlainText().endswith("Precious words.") and editor.is_dirty()
    assert drafts.load_draft(path).text.endswith("Precious words.")  # type: ignore[union-attr]


def test_a_change_on_disk_is_told_and_reload_takes_it(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    editor = make_editor(qtbot)
    editor.show()
    editor.open_file(path)
    path.write_text(path.read_text(encoding="utf-8") + "From the other program.\n", "utf-8")
    qtbot.waitUntil(editor.banner.isVisible)
    assert editor.code.toPlainText().count("From the other program.") == 0
    qtbot.mouseClick(editor.banner.reload_button, Qt.MouseButton.LeftButton)
    assert editor.code.toPlainText().endswith("From the other program.\n")
    assert not editor.is_dirty() and not editor.banner.isVisible()


def test_keeping_mine_over_a_changed_file_asks_before_saving_over_it(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    editor = make_editor(qtbot)
    editor.show()
    editor.open_file(path)
    type_at_end(qtbot, editor, "Mine.")
    other = path.read_text(encoding="utf-8") + "Theirs.\n"
    path.write_text(other, encoding="utf-8")
    qtbot.waitUntil(editor.banner.isVisible)
    qtbot.mouseClick(editor.banner.keep_button, Qt.MouseButton.LeftButton)
    asked.yes = False
    assert not editor.save()
    assert path.read_text(encoding="utf-8") == other
    assert "changed by another program" in asked.questions[-1]
    asked.yes = True
    assert editor.save()
    assert path.read_text(encoding="utf-8").endswith("Mine.")


def test_a_file_removed_by_another_program_is_told_and_saving_writes_it_again(
    qtbot, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    editor = make_editor(qtbot)
    editor.show()
    editor.open_file(path)
    text = editor.code.toPlainText()
    path.unlink()
    qtbot.waitUntil(editor.banner.isVisible)
    assert "moved or deleted" in editor.banner.label.text()
    assert not editor.banner.reload_button.isVisible()
    qtbot.mouseClick(editor.banner.keep_button, Qt.MouseButton.LeftButton)
    assert editor.is_dirty() and editor.save()
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"+++\ntitle = 'x'\n+++\n\x93\x96\x95\xb6\n", "odd.jinja:4: is not UTF-8 text"),
        (b"+++\n" + b"x" * (10 * 1024 * 1024), "bytes; a template may be 262,144"),
    ],
    ids=["undecodable", "10 MB"],
)
def test_a_file_the_editor_cannot_read_is_explained_and_left_alone(
    qtbot, asked: Asked, data: bytes, message: str
) -> None:  # type: ignore[no-untyped-def]
    path = user_file("odd", "ja")
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    editor = make_editor(qtbot)
    assert not editor.open_file(path)
    assert editor.strip.kind == "error" and message in editor.strip.text()
    assert editor.path is None and path.read_bytes() == data


def test_when_the_disk_is_full_for_the_draft_too_the_seller_is_told_to_copy_the_text(
    qtbot, asked: Asked, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    editor = make_editor(qtbot)
    editor.open_file(path)
    type_at_end(qtbot, editor, "Precious words.")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    monkeypatch.setattr(
        editor_widget,
        "QSaveFile",
        lambda name: BrokenSaveFile(name, fail_open=False, reason="No space left on device"),
    )
    assert not editor.save()
    assert editor.strip.text() == (
        f"Could not save {path}: the disk is full. Your text is still here only; "
        "copy it somewhere safe before closing."
    )
    assert drafts.load_draft(path) is None
    assert editor.code.toPlainText().endswith("Precious words.")


def test_steady_typing_still_keeps_a_draft(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    # The seller never pauses long enough for the idle save.
    editor = make_editor(qtbot, autosave_ms=60_000, autosave_max_ms=200)
    editor.open_file(path)
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    typist = QTimer(editor, interval=10)
    typist.timeout.connect(lambda: editor.code.insertPlainText("a"))
    typist.start()
    try:
        qtbot.waitUntil(lambda: drafts.load_draft(path) is not None, timeout=5_000)
        assert typist.isActive()  # saved while the typing went on
    finally:
        typist.stop()


def test_a_failed_save_gives_the_real_reason(qtbot, asked: Asked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    from app.ui.editor import editor_widget

    class FullDisk(editor_widget.QSaveFile):  # type: ignore[misc]
        def commit(self) -> bool:  # Qt's own words for a disk that filled: "Unknown error"
            self.cancelWriting()
            return False

        def errorString(self) -> str:
            return "Unknown error"

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    new_template("mine", "Mine", "thanks", ["en"])
    path = user_file("mine", "en")
    saved = path.read_text(encoding="utf-8")
    editor = make_editor(qtbot)
    editor.open_file(path)
    type_at_end(qtbot, editor, "More words.")
    monkeypatch.setattr(editor_widget, "QSaveFile", FullDisk)
    monkeypatch.setattr(os, "fsync", no_space)
    assert not editor.save()
    assert editor.strip.kind == "error"
    assert "the disk is full" in editor.strip.text()
    assert "Unknown error" not in editor.strip.text()
    assert path.read_text(encoding="utf-8") == saved
