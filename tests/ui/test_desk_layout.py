"""The desk on a laptop: one platform picker, the orders panel beside the desk, and the
order with its next step in view when the panel is closed."""

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.orders import OrderStore
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.ui.orders_fixtures import Clock


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    translations().switch("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_orders(
        OrderStore(tmp_path / "orders.sqlite3", clock=Clock(datetime(2026, 12, 8, 9, 0)))
    )
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_one_platform_picker_is_on_screen(window) -> None:
    # The orders list's own filter narrows the list of orders; it sets no order's platform.
    pickers = [
        box
        for box in window.findChildren(QComboBox)
        if box.isVisible()
        and box.findData("mercari_jp") >= 0
        and box.findData("ebay") >= 0
        and box.objectName() != "orderPlatformFilter"
    ]
    assert pickers == [window.top.platform_picker]


def test_the_orders_panel_stands_beside_the_desk_stacked(window) -> None:
    dock = window.orders.dock
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.orders.panel.split.orientation() == Qt.Orientation.Vertical
    assert dock.width() < window.width() / 3
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    assert window.orders.panel.split.orientation() == Qt.Orientation.Horizontal


def test_the_order_and_its_next_step_stay_in_view_with_the_panel_closed(window, qtbot) -> None:
    line = window.orders.line.button
    window.open_template("thanks")
    window.desk.set_values({"buyer_name": "山田 花子", "item_name": "ボトムス"})
    window.orders.panel.flush()
    window.orders.dock.close()
    assert line.isVisible()
    assert line.text().startswith("Order: 山田 花子 / ボトムス — next: ")
    steps = window.orders.panel.banner.suggestions
    assert steps and steps[0].message("en") in line.text()
    line.click()
    assert window.orders.dock.isVisible()


def test_the_window_fits_the_screen_it_opens_on(qtbot) -> None:
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    room = fresh.screen().availableGeometry()
    assert room.width() < 1280  # the offscreen screen is smaller than the default size
    assert fresh.width() <= room.width() and fresh.height() <= room.height()
