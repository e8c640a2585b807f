import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.base import paths
from app.ui import dialogs
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.template_list_model import SOURCE_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    translations().switch("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_template("apology")
    return window


def row_text(window: MainWindow, template_id: str) -> tuple[str, str]:
    model = window.browser.model
    row = model.row_of(template_id)
    index = model.index(row)
    return index.data(Qt.ItemDataRole.DisplayRole), index.data(SOURCE_ROLE)


def test_the_template_menu_holds_the_user_set_actions(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["template"].actions()]
    for wanted in ("Edit…", "Customize (both languages)", "Revert to built-in", "Import…"):
        assert wanted in texts
    assert "Template folders…" in texts


def test_customize_shows_the_copy_in_the_browser_and_revert_undoes_it(
    window: MainWindow,
) -> None:
    title, source = row_text(window, "apology")
    assert source == "builtin" and "[" not in title
    window.user_set.customize.trigger()
    assert (paths.user_templates_dir() / "ja" / "apology.jinja").exists()
    title, source = row_text(window, "apology")
    assert source == "user" and title.endswith("  [My templates]")
    assert window.template is not None and window.template.source == "user"
    assert "is now in your set" in window.statusBar().currentMessage()
    window.user_set.revert.trigger()
    assert row_text(window, "apology")[1] == "builtin"
    window.user_set.undo_delete.trigger()
    assert row_text(window, "apology")[1] == "user"


def test_an_edit_saved_in_the_editor_reaches_the_desk(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: True)
    window.user_set.edit.trigger()  # a built-in: copied into the user set first
    path = paths.user_templates_dir() / "ja" / "apology.jinja"
    editor = window.user_set.editors[path]
    editor.form.title.setText("お詫び(自分用)")
    editor.form.title.editingFinished.emit()
    assert editor.save()
    assert window.template is not None and window.template.title == "お詫び(自分用)"
    assert row_text(window, "apology")[0].startswith("お詫び(自分用)")


def test_quitting_with_an_unsaved_editor_asks_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.user_set.customize.trigger()
    editor = window.user_set.open_editor(paths.user_templates_dir() / "ja" / "apology.jinja")
    assert editor is not None
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    editor.code.insertPlainText("書きかけ")
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.Choice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.Choice.DISCARD)
    assert window.close()


def test_the_template_menu_follows_a_change_of_ui_language(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    translations().switch("ja")
    try:
        qtbot.waitUntil(lambda: window.user_set.revert.text() == "標準に戻す")
        assert window.user_set.undo_delete.text() == "削除を取り消す"
    finally:
        translations().switch("en")
    qtbot.waitUntil(lambda: window.user_set.revert.text() == "Revert to built-in")
