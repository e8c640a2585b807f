import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QTextCursor

from app.base import atomic, paths
from app.templates import drafts
from app.templates.library import load_library
from app.templates.userset import customize, new_template
from app.ui import dialogs
from app.ui.dialogs import Choice
from app.ui.editor import editor_widget
from app.ui.editor.editor_widget import TemplateEditor
from app.ui.editor.window import EditorWindow

# The offscreen platform cannot raise or grab for the completer's popup, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class Asked:
    """Stands in for the dialogs: records each question and gives the set answers."""

    def __init__(self) -> None:
        self.yes = False  # to a yes/no question
        self.choice = Choice.CANCEL  # to "save your changes?"
        self.questions: list[str] = []

    def ask(self, parent, title: str, text: str, **_kwargs) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return self.yes

    def ask_save(self, parent, title: str, text: str) -> Choice:  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return self.choice


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    answer = Asked()
    monkeypatch.setattr(dialogs, "ask", answer.ask)
    monkeypatch.setattr(dialogs, "ask_save", answer.ask_save)
    return answer


def make_editor(qtbot, **kwargs) -> TemplateEditor:  # type: ignore[no-untyped-def]
    editor = TemplateEditor(**kwargs)
    qtbot.addWidget(editor)
    editor.resize(1000, 600)
    return editor


def type_at_end(qtbot, editor: TemplateEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    if text.isascii():
        qtbot.keyClicks(editor.code, text)
    else:
        editor.code.insertPlainText(text)  # as an input method commits Japanese


def user_file(template_id: str, lang: str = "ja") -> Path:
    return paths.user_templates_dir() / lang / f"{template_id}.jinja"


def test_customize_edit_see_the_error_at_its_line_fix_save_and_find_the_edit(
    qtbot, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    (path,) = customize("apology", ["ja"])
    editor = make_editor(qtbot)
    assert editor.open_file(path)
    lines = editor.code.toPlainText().count("\n") + 1

    type_at_end(qtbot, editor, "{% if %}")
    qtbot.waitUntil(lambda: editor.code.problem_lines() == [lines])
    assert editor.strip.kind == "error"
    assert editor.strip.text().startswith(f"Line {lines}: Expected an expression")
    editor.code.go_to_line(1)
    qtbot.mouseClick(editor.strip, Qt.MouseButton.LeftButton)
    assert editor.code.textCursor().blockNumber() + 1 == lines

    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(len("{% if %}")):
        qtbot.keyClick(editor.code, Qt.Key.Key_Backspace)
    type_at_end(qtbot, editor, "またのご利用をお待ちしております。")
    qtbot.waitUntil(lambda: editor.code.problem_lines() == [])
    assert editor.strip.text() == "No problems found."

    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert not editor.is_dirty()
    found = load_library().get("apology", "ja")  # a fresh library, as after a restart
    assert found is not None and found.source == "user"
    assert found.body.rstrip().endswith("またのご利用をお待ちしております。")
    assert asked.questions == []


def test_a_broken_front_matter_line_is_marked_and_the_preview_waits(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    (path,) = customize("apology", ["ja"])
    editor = make_editor(qtbot)
    editor.open_file(path)
    good_preview = editor.preview.text.toPlainText()
    assert "佐藤 美咲様" in good_preview or "様" in good_preview
    text = editor.code.toPlainText().replace('category = "apology"', 'category = "gossip"')
    editor.code.setPlainText(text)
    qtbot.waitUntil(lambda: editor.code.problem_lines() == [3])
    assert "unknown category 'gossip'" in editor.strip.text()
    assert not editor.preview.text.isEnabled()
    assert editor.preview.text.toPlainText() == good_preview


def test_switching_templates_with_unsaved_edits_asks_first(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("first", "First", "thanks", ["en"])
    new_template("second", "Second", "thanks", ["en"])
    editor = make_editor(qtbot)
    editor.open_file(user_file("first", "en"))
    type_at_end(qtbot, editor, "More words.")

    asked.choice = Choice.CANCEL
    assert not editor.open_file(user_file("second", "en"))
    assert editor.path == user_file("first", "en") and editor.is_dirty()

    asked.choice = Choice.SAVE
    assert editor.open_file(user_file("second", "en"))
    assert user_file("first", "en").read_text(encoding="utf-8").endswith("More words.")
    assert len(asked.questions) == 2 and "first.jinja has changes" in asked.questions[0]

    type_at_end(qtbot, editor, "Thrown away.")
    asked.choice = Choice.DISCARD
    assert editor.open_file(user_file("first", "en"))
    assert "Thrown away." not in user_file("second", "en").read_text(encoding="utf-8")


def test_quitting_with_unsaved_edits_asks_and_cancel_keeps_the_window(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    window = EditorWindow()
    qtbot.addWidget(window)
    window.open_file(user_file("mine", "en"))
    window.show()
    type_at_end(qtbot, window.editor, "unsaved")
    assert window.windowTitle().startswith("*mine.jinja")
    asked.choice = Choice.CANCEL
    assert not window.close()
    assert window.isVisible() and len(asked.questions) == 1
    asked.choice = Choice.DISCARD
    assert window.close()


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


def test_field_names_complete_as_you_type(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    editor = make_editor(qtbot)
    editor.show()
    editor.open_file(user_file("mine", "en"))
    editor.code.setFocus()
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor.code, Qt.Key.Key_Return)
    type_at_end(qtbot, editor, "{{ track")
    popup = editor.code.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["tracking_number"]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.code.toPlainText().endswith("{{ tracking_number")
    type_at_end(qtbot, editor, " | mo")
    qtbot.waitUntil(lambda: "money" in editor.code.completer.model().stringList())


def test_the_form_rewrites_the_front_matter(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks", ["en"])
    editor = make_editor(qtbot)
    editor.open_file(user_file("mine", "en"))
    editor.form.title.setText("Thanks for your order")
    editor.form.title.editingFinished.emit()
    qtbot.mouseClick(editor.form.all_platforms, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.form.platform_boxes["ebay"], Qt.MouseButton.LeftButton)
    editor.form.field_label.setText("Customer")
    editor.form.field_label.editingFinished.emit()
    text = editor.code.toPlainText()
    assert 'title = "Thanks for your order"' in text
    assert 'platforms = ["mercari_jp", "mercari_us", "rakuma",' in text
    assert '[fields.buyer_name]\nlabel = "Customer"' in text
    assert editor.problems == [] and editor.template is not None
    assert "ebay" not in editor.template.platforms and len(editor.template.platforms) == 7
    editor.code.undo()
    assert "[fields.buyer_name]" not in editor.code.toPlainText()


def test_a_builtin_opens_read_only(qtbot, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor(qtbot)
    path = load_library().get("apology", "en").path  # type: ignore[union-attr]
    editor.open_file(path, "builtin", writable=False)
    assert editor.code.isReadOnly() and not editor.save()
    assert "Customize it" in editor.strip.text()
    view = editor.message_view  # the message view too: no typing, no inserting
    assert view.text.isReadOnly() and not view.insert.isEnabled()


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


def test_the_standalone_editor_explains_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    from app.ui.editor.__main__ import main

    assert main([]) == 2
    assert "usage: python -m app.ui.editor" in capsys.readouterr().err


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
