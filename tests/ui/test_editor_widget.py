import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.templates.library import load_library
from app.templates.userset import customize, new_template
from app.ui.dialogs import Choice
from app.ui.editor.window import EditorWindow
from tests.ui.editor_helpers import Asked, make_editor, type_at_end, user_file

# The offscreen platform cannot raise or grab for the completer's popup, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


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


def test_the_standalone_editor_explains_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    from app.ui.editor.__main__ import main

    assert main([]) == 2
    assert "usage: python -m app.ui.editor" in capsys.readouterr().err
