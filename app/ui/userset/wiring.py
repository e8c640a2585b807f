"""Puts the Template menu's user-set actions and the editor pane into the main window.

The window needs ``menus["template"]`` and ``menus["view"]``, ``template`` (the open
Template or None), ``library``, ``reload_library()``, a ``preview_updated`` signal and a
status bar; it is a QMainWindow, so the editor pane docks into it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

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


def install(window) -> TemplateActions:  # type: ignore[no-untyped-def]
    actions = TemplateActions(window, lambda: window.template, lambda: window.library)
    menu = window.menus["template"]
    menu.addSeparator()
    actions.populate(menu)
    window.editor_dock = dock = EditorDock(window, actions.pane)
    window.menus["view"].addAction(dock.toggleViewAction())
    actions.library_changed.connect(window.reload_library)
    actions.library_changed.connect(actions.update_enabled)
    # The open template changes with the browser, the language and reloads; each re-renders.
    window.preview_updated.connect(actions.update_enabled)
    actions.message.connect(lambda kind, text: dialogs.status(window, text, kind))
    pane = getattr(window, "preview_pane", None)  # the desk's preview, when there is one
    if pane is not None:
        pane.start_unwritten.connect(actions.start_unwritten)
    window.installEventFilter(_WindowEvents(actions, dock))
    # Tied to the dock, so it never runs after a window closed at once (tests) is gone.
    QTimer.singleShot(0, dock, lambda: (actions.offer_drafts(), dock.settle()))
    return actions
