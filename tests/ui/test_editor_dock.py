"""The editor pane: templates open as tabs in a dock of the main window."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from app.base import paths
from app.templates.userset import customize
from app.ui import dialogs
from app.ui.editor.window import EditorWindow
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.userset.editor_dock import EditorDock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

FOLLOW_UP = "追伸: 明日の午前中に発送いたします。"


def open_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    # No real dialog may block a test: text left unsaved at the end is let go.
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.Choice.DISCARD)
    translations().switch("en")
    customize("apology")
    customize("thanks")
    window = open_window(qtbot)
    window.reload_library()
    window.open_template("apology")
    return window


def dock(window: MainWindow) -> EditorDock:
    found = window.editor_dock
    assert isinstance(found, EditorDock)
    return found


def mine(template_id: str, lang: str = "ja") -> Path:
    return paths.user_templates_dir() / lang / f"{template_id}.jinja"


def type_at_end(window: MainWindow, path: Path, text: str) -> None:
    code = window.user_set.editors[path].code
    code.moveCursor(QTextCursor.MoveOperation.End)
    code.insertPlainText(text)


def tab_texts(window: MainWindow) -> list[str]:
    tabs = dock(window).pane.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_edit_opens_a_tab_in_the_pane_not_a_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not dock(window).isVisible()
    window.user_set.edit.trigger()
    assert dock(window).isVisible() and not dock(window).isFloating()
    editor = window.user_set.editors[mine("apology")]
    assert editor.window() is window and editor.isVisible()
    assert tab_texts(window) == ["apology (ja)"]
    others = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window and not w.inherits("QMenu")
    ]
    assert others == []
    assert not any(isinstance(w, EditorWindow) for w in QApplication.topLevelWidgets())


def test_a_second_template_opens_a_second_tab_and_edit_again_focuses_the_first(
    window: MainWindow,
) -> None:
    window.user_set.edit.trigger()
    window.open_template("thanks")
    window.user_set.edit.trigger()
    assert tab_texts(window) == ["apology (ja)", "thanks (ja)"]
    tabs = dock(window).pane.tabs
    assert tabs.currentWidget() is window.user_set.editors[mine("thanks")]
    window.open_template("apology")
    window.user_set.edit.trigger()
    assert tabs.count() == 2
    assert tabs.currentWidget() is window.user_set.editors[mine("apology")]


def test_editing_marks_the_tab_unsaved(window: MainWindow) -> None:
    window.user_set.edit.trigger()
    type_at_end(window, mine("apology"), FOLLOW_UP)
    assert tab_texts(window) == ["• apology (ja)"]
    assert dock(window).pane.tabs.save_button.isEnabled()


def test_closing_an_unsaved_tab_asks_and_cancel_keeps_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.user_set.edit.trigger()
    type_at_end(window, mine("apology"), FOLLOW_UP)
    asked: list[str] = []

    def answer(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return dialogs.Choice.CANCEL

    monkeypatch.setattr(dialogs, "ask_save", answer)
    tabs = dock(window).pane.tabs
    tabs.tabCloseRequested.emit(0)  # the tab's close button
    assert asked == ["apology.jinja has changes that are not saved. Save them?"]
    assert tab_texts(window) == ["• apology (ja)"]
    assert window.user_set.editors[mine("apology")].code.toPlainText().endswith(FOLLOW_UP)
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.Choice.DISCARD)
    tabs.tabCloseRequested.emit(0)
    assert tabs.count() == 0 and not dock(window).isVisible()
    assert FOLLOW_UP not in mine("apology").read_text(encoding="utf-8")


def test_saving_clears_the_mark_and_the_desk_shows_the_saved_text(
    window: MainWindow,
) -> None:
    window.user_set.edit.trigger()
    assert FOLLOW_UP not in window.preview_pane.text.toPlainText()
    type_at_end(window, mine("apology"), "\n" + FOLLOW_UP + "\n")
    dock(window).pane.tabs.save_button.click()
    assert tab_texts(window) == ["apology (ja)"]
    assert not dock(window).pane.tabs.save_button.isEnabled()
    assert FOLLOW_UP in mine("apology").read_text(encoding="utf-8")
    assert FOLLOW_UP in window.preview_pane.text.toPlainText()


def test_quitting_asks_for_every_unsaved_tab(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.user_set.edit.trigger()
    window.open_template("thanks")
    window.user_set.edit.trigger()
    type_at_end(window, mine("apology"), FOLLOW_UP)
    type_at_end(window, mine("thanks"), FOLLOW_UP)
    asked: list[str] = []

    def answer(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return dialogs.Choice.SAVE

    monkeypatch.setattr(dialogs, "ask_save", answer)
    assert window.close()
    assert [text.split(" ")[0] for text in asked] == ["apology.jinja", "thanks.jinja"]
    assert mine("thanks").read_text(encoding="utf-8").endswith(FOLLOW_UP)


def test_the_pane_and_its_tabs_come_back_in_a_new_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.user_set.edit.trigger()
    assert window.close()
    again = open_window(qtbot)
    qtbot.waitUntil(lambda: again.user_set.editors != {})
    assert dock(again).isVisible() and tab_texts(again) == ["apology (ja)"]
    dock(again).close()  # the dock's own close button hides it; its tabs stay
    assert again.close()
    third = open_window(qtbot)
    qtbot.waitUntil(lambda: third.user_set.editors != {})
    assert not dock(third).isVisible()
    dock(third).toggleViewAction().trigger()  # View ▸ Template editor
    assert dock(third).isVisible() and tab_texts(third) == ["apology (ja)"]


def test_a_start_as_the_app_does_it_brings_the_pane_back_after_the_desk_paints(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.user_set.edit.trigger()
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.addDockWidget(left, dock(window))  # the seller moved the pane to the left
    assert window.close()
    started = MainWindow(defer=True)
    qtbot.addWidget(started)
    seen: dict[str, bool] = {}
    started.ready.connect(lambda: seen.setdefault("menu at ready", hasattr(started, "user_set")))
    started.show()
    qtbot.waitUntil(lambda: hasattr(started, "user_set") and started.user_set.editors != {})
    assert seen == {"menu at ready": False}  # the desk was painted without it
    assert dock(started).isVisible() and tab_texts(started) == ["apology (ja)"]
    assert started.dockWidgetArea(dock(started)) == left
    assert window.user_set.edit.text() == started.user_set.edit.text()


def test_a_window_closed_before_the_pane_joins_keeps_its_place(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.addDockWidget(left, dock(window))
    assert window.close()
    hasty = MainWindow(defer=True)
    qtbot.addWidget(hasty)
    seen: list[bool] = []
    # Closed as soon as its desk is built, before the pane joins after the paint.
    hasty.ready.connect(lambda: seen.append(hasattr(hasty, "user_set")) or hasty.close())
    hasty.show()
    qtbot.waitUntil(lambda: hasty.isHidden())
    assert seen == [False]
    again = open_window(qtbot)
    assert again.dockWidgetArea(dock(again)) == left


def test_a_pane_left_open_without_tabs_stays_hidden_next_time(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.user_set.edit.trigger()
    assert window.close()
    mine("apology").unlink()
    again = MainWindow()
    qtbot.addWidget(again)
    assert not dock(again).isHidden()  # the saved state shows it...
    again.show()
    qtbot.waitUntil(lambda: dock(again).isHidden())  # ...but it has nothing to show
    assert again.user_set.editors == {}


def test_customize_and_duplicate_open_the_copy_in_a_tab(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_template("bundle")
    window.user_set.customize.trigger()
    assert tab_texts(window) == ["bundle (ja)"]
    assert window.user_set.editors[mine("bundle")].writable
    window.user_set.duplicate.trigger()  # the copy's id comes from its title, unasked
    assert tab_texts(window) == ["bundle (ja)", "my_bundle (ja)"]
    copy = window.user_set.editors[mine("my_bundle")]
    assert dock(window).pane.tabs.currentWidget() is copy
    assert copy.views.currentWidget() is copy.message_view  # text with chips, not code
