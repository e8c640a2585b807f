import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMainWindow

from app.templates import drafts
from app.templates.library import Library, load_library
from app.templates.template_file import Template
from app.templates.userset import new_template
from app.ui import dialogs
from app.ui.userset.actions import TemplateActions
from app.ui.userset.wiring import install

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class Desk(QMainWindow):
    """The few things the wiring needs from the main window."""

    preview_updated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.menus = {
            "template": self.menuBar().addMenu("&Template"),
            "view": self.menuBar().addMenu("&View"),
        }
        self.library: Library = load_library()
        self.template_key = ("mine", "en")
        self.reloads = 0

    @property
    def template(self) -> Template | None:
        return self.library.get(*self.template_key)

    def reload_library(self) -> None:
        self.library = load_library()
        self.reloads += 1


def install_into(desk: Desk) -> TemplateActions:
    actions, _dock = install(
        desk,
        desk.menus,
        lambda: desk.template,
        lambda: desk.library,
        desk.reload_library,
        desk.preview_updated,
    )
    return actions


def test_the_template_menu_acts_on_the_open_template_and_reloads(qtbot) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks")
    desk = Desk()
    qtbot.addWidget(desk)
    actions = install_into(desk)
    assert actions.delete in desk.menus["template"].actions()
    actions.update_enabled()
    actions.delete.trigger()
    assert desk.reloads == 1 and desk.template is None
    assert "moved to the trash" in desk.statusBar().currentMessage()
    actions.undo_delete.trigger()
    assert desk.reloads == 2 and desk.template is not None


def test_closing_the_window_asks_about_an_editor_with_unsaved_edits(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    new_template("mine", "Mine", "thanks")
    desk = Desk()
    qtbot.addWidget(desk)
    actions = install_into(desk)
    desk.show()
    editor = actions.open_editor(desk.template.path)  # type: ignore[union-attr]
    assert editor is not None
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    editor.code.insertPlainText("unsaved")
    asked: list[str] = []

    def answer(parent, title, text) -> dialogs.Choice:  # type: ignore[no-untyped-def]
        asked.append(text)
        return dialogs.Choice.CANCEL

    monkeypatch.setattr(dialogs, "ask_save", answer)
    assert not desk.close()
    assert desk.isVisible() and asked == ["mine.jinja has changes that are not saved. Save them?"]
    monkeypatch.setattr(dialogs, "ask_save", lambda *a: dialogs.Choice.DISCARD)
    assert desk.close()


def test_a_window_gone_before_its_first_turn_leaves_no_step_behind(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The reopening of last time's files belongs to the window: closed and deleted before
    the event loop turns, nothing of it runs later (in another window's life)."""
    desk = Desk()
    install_into(desk)
    desk.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as raised:
        for _ in range(3):
            QCoreApplication.processEvents()
    assert raised == []


def test_unsaved_text_is_offered_on_the_first_turn_only_by_a_window_still_open(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = new_template("mine", "Mine", "thanks")[0]
    drafts.save_draft(path, path.read_text(encoding="utf-8") + "続きの文。\n")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, **_k: asked.append(text) or False)
    monkeypatch.setattr(drafts, "discard_draft", lambda _path: None)  # asked again if asked
    closed = Desk()
    qtbot.addWidget(closed)
    install_into(closed)  # closed before its first turn: nobody to ask
    shown = Desk()
    qtbot.addWidget(shown)
    shown.show()
    install_into(shown)
    qtbot.waitUntil(lambda: len(asked) == 1)
    QCoreApplication.processEvents()
    assert len(asked) == 1 and "Open it in the editor?" in asked[0]
