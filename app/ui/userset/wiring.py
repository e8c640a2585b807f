"""Puts the Template menu's user-set actions into the main window.

The window needs ``menus["template"]``, ``template`` (the open Template or None),
``library``, ``reload_library()``, a ``preview_updated`` signal and a status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

from app.ui import dialogs
from app.ui.userset.actions import TemplateActions


class _WindowEvents(QObject):
    """Before the window closes, each open editor asks about its unsaved edits; when the
    UI language changes, the menu follows."""

    def __init__(self, actions: TemplateActions) -> None:
        super().__init__(actions)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._actions.retranslate()
        if event.type() == QEvent.Type.Close and not self._actions.editor_windows.release_all():
            event.ignore()
            return True
        return False


def install(window) -> TemplateActions:  # type: ignore[no-untyped-def]
    actions = TemplateActions(window, lambda: window.template, lambda: window.library)
    menu = window.menus["template"]
    menu.addSeparator()
    actions.populate(menu)
    actions.library_changed.connect(window.reload_library)
    actions.library_changed.connect(actions.update_enabled)
    # The open template changes with the browser, the language and reloads; each re-renders.
    window.preview_updated.connect(actions.update_enabled)
    actions.message.connect(lambda kind, text: dialogs.status(window, text, kind))
    window.installEventFilter(_WindowEvents(actions))
    QTimer.singleShot(0, actions.offer_drafts)
    return actions
