"""The app's start places the orders dock with the desk and fills it after the paint."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from app import orders
from app.ui import application, dialogs
from app.ui.main_window import MainWindow
from app.ui.orders_dock import place_dock


def start(qtbot: QtBot) -> tuple[MainWindow, dict[str, object]]:
    """The window as the app opens it, and what it showed when the desk was ready."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = application.open_window(app)
    qtbot.addWidget(window)
    seen: dict[str, object] = {}

    def at_ready() -> None:  # runs after the app's own slot, which places the dock
        dock = window.findChild(QDockWidget, "ordersDock")
        widget = dock.widget() if dock is not None else None
        seen["note"] = widget.text() if isinstance(widget, QLabel) else None
        seen["orders"] = hasattr(window, "orders")
        seen["values"] = dict(window.desk.form_values())
        seen["text"] = window.preview_pane.text.toPlainText()

    window.ready.connect(at_ready)
    window.orders_opened.connect(lambda: seen.update(opened=hasattr(window, "orders")))
    qtbot.waitUntil(lambda: window.is_ready)
    return window, seen


def test_the_dock_shows_loading_with_the_desk_then_the_orders(qtbot: QtBot) -> None:
    window, seen = start(qtbot)
    assert seen["note"] == "Loading orders…"
    assert seen["orders"] is False
    qtbot.waitUntil(lambda: seen.get("opened") is True)
    dock = window.findChild(QDockWidget, "ordersDock")
    assert dock is window.orders.dock
    assert dock.widget() is window.orders.panel
    assert dock.windowTitle() == "Orders"
    assert len(window.findChildren(QDockWidget, "ordersDock")) == 1
    # A start begins an empty order: the form and message are what the desk showed.
    assert window.desk.form_values() == seen["values"] == {}
    assert window.preview_pane.text.toPlainText() == seen["text"]


def test_a_placed_dock_takes_the_panel_in_place_of_its_note(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    dock = place_dock(window, window.settings)
    note = dock.widget()
    assert isinstance(note, QLabel) and note.text() == "Loading orders…"
    attached = window.open_orders(dock)
    assert attached is not None and attached.dock is dock
    assert dock.widget() is attached.panel
    assert attached.dock.toggleViewAction() in window.menus["view"].actions()


def test_orders_that_cannot_open_are_explained_and_their_dock_goes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(
        orders, "open_store", lambda **options: (None, "The orders need a newer Teinei.")
    )
    window, seen = start(qtbot)
    assert seen["note"] == "Loading orders…"
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "ordersDock") is None)
    assert told == ["The orders need a newer Teinei."]
    assert not hasattr(window, "orders")
