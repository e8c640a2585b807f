"""The editor pane: a dock of the main window holding a tab per open template.

It sits right of the desk by default; the seller can move it, float it out as a window
or close it, and the window's state keeps where it was and whether it was shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.ui.userset.editors import Editors

DEFAULT_WIDTH = 500


class EditorDock(QDockWidget):
    def __init__(self, window: QMainWindow, pane: Editors) -> None:
        super().__init__(window)
        self.setObjectName("editorDock")  # the key of its place in the saved window state
        self.pane = pane
        self.setWidget(pane.tabs)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.resizeDocks([self], [DEFAULT_WIDTH], Qt.Orientation.Horizontal)
        self.hide()  # until a template opens, or the saved state shows it
        pane.shown.connect(self.reveal)
        pane.tabs.emptied.connect(self.hide)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Template editor"))
        self.toggleViewAction().setText(self.tr("Template editor"))
        self.pane.tabs.retranslate()

    def reveal(self) -> None:
        self.show()
        self.raise_()  # its tab comes forward when it shares a place with another dock
        if self.isFloating():
            self.activateWindow()

    def settle(self) -> None:
        """On start: reopen last time's files; a pane left with nothing to show hides."""
        self.pane.reopen()
        if not self.pane.editors:
            self.hide()
