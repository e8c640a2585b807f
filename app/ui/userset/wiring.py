"""Puts the Template menu's user-set actions and the editor pane into the main window.

The window gives its ``template`` and ``view`` menus, the open template and the library
(as functions: both change), a way to reload the library, and a signal for "the open
template may have changed"; it is a QMainWindow, so the editor pane docks into it and
its status bar says what the actions did.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QMainWindow, QMenu

from app.templates.library import Library
from app.templates.template_file import Template
from app.ui import dialogs
from app.ui.userset.actions import TemplateActions
from app.ui.userset.editor_dock import EditorDock


class _WindowEvents(QObject):
    """Before the window closes, each open tab asks about its unsaved text and the open
    files are noted for next time; when the UI language changes, menu and pane follow."""

    def __init__(self, actions: TemplateActions, dock: EditorDock) -> None:
        super().__init__(actions)
        self._actions, self._dock = actions, dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._actions.retranslate()
            self._dock.retranslate()
        if event.type() == QEvent.Type.Close:
            if not self._actions.pane.release_all():
                event.ignore()
                return True
            self._actions.pane.remember_open()
        return False


def install(
    window: QMainWindow,
    menus: Mapping[str, QMenu],
    current: Callable[[], Template | None],
    library: Callable[[], Library],
    reload: Callable[[], object],
    template_shown: SignalInstance,
) -> tuple[TemplateActions, EditorDock]:
    """The actions (in the Template menu) and the editor pane (docked, in the View menu)."""
    actions = TemplateActions(window, current, library)
    menu = menus["template"]
    menu.addSeparator()
    actions.populate(menu)
    dock = EditorDock(window, actions.pane)
    menus["view"].addAction(dock.toggleViewAction())
    actions.library_changed.connect(reload)
    actions.library_changed.connect(actions.update_enabled)
    # The open template changes with the browser, the language and reloads; each re-renders.
    template_shown.connect(actions.update_enabled)
    actions.message.connect(lambda kind, text: dialogs.status(window, text, kind))
    pane = getattr(window, "preview_pane", None)  # the desk's preview, when there is one
    if pane is not None:
        pane.start_unwritten.connect(actions.start_unwritten)
    window.installEventFilter(_WindowEvents(actions, dock))

    # Owned by the dock: a window gone before the next turn takes this step with it.
    def on_first_turn() -> None:
        if window.isVisible():  # a window closed before its first turn asks nothing
            actions.offer_drafts()
        dock.settle()

    QTimer.singleShot(0, dock, on_first_turn)
    return actions, dock
