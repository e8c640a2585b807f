"""The orders dock as the app starts it: placed and titled with the desk, and filled with
the orders panel on the event-loop turn after the desk is first painted.

Opening the database and building the panel take tens of ms; the dock shows "Loading
orders…" until then. A start always begins a new, empty order, so the form and the
message the desk shows are the same before and after the panel joins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from app.ui import window_state
from app.ui.settings import Settings


def place_dock(window: QMainWindow, settings: Settings) -> QDockWidget:
    """The orders dock, saying "Loading orders…", where the seller left it (or closed it)."""
    dock = QDockWidget(window)
    dock.setObjectName("ordersDock")
    dock.setWindowTitle(QCoreApplication.translate("WindowOrders", "Orders"))
    note = QLabel(QCoreApplication.translate("WindowOrders", "Loading orders…"), dock)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    dock.setWidget(note)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [280], Qt.Orientation.Vertical)
    window_state.restore_docks(window, settings)
    return dock
