"""File ▸ Export the order's deadlines: the current order's .ics, written where asked."""

from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from app.orders import OrderStore
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.ui.orders_fixtures import Clock


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    translations().switch("en")
    window = MainWindow()
    qtbot.addWidget(window)
    clock = Clock(datetime(2026, 12, 8, 18, 30))
    window.attach_orders(OrderStore(tmp_path / "orders.sqlite3", clock=clock))
    window.set_platform("mercari_jp")
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_current_orders_deadlines_go_to_the_chosen_file(window, tmp_path: Path) -> None:
    panel = window.orders.panel
    window.desk.update_order(
        buyer_name="山田 花子",
        paid=datetime(2026, 12, 7, 20, 0),
        shipping_notice=datetime(2026, 12, 8, 18, 0),
    )
    export = window.orders.calendar
    asked: list[str] = []
    target = tmp_path / "out" / "deals.ics"
    export.ask_path = lambda suggested: asked.append(suggested) or target
    assert export.action.text().startswith("Export the order's")
    export.action.trigger()
    assert asked == [f"deadlines-order-{panel.current.id}.ics"]
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = {str(e["summary"]) for e in events}
    assert "Mercari (Japan): Completes automatically on (山田 花子)" in summaries
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Saved {len(events)} deadlines to deals.ics")


def test_an_order_without_dates_is_told_what_to_enter(window, tmp_path: Path) -> None:
    export = window.orders.calendar
    export.ask_path = lambda suggested: pytest.fail("nothing to save, nothing to ask")
    assert export.export() is None
    assert "enter its dates" in window.statusBar().currentMessage()


def test_a_file_that_cannot_be_written_is_said_and_nothing_is_lost(window, tmp_path: Path) -> None:
    window.desk.update_order(buyer_name="山田 花子", shipping_notice=datetime(2026, 12, 8, 18))
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    window.orders.calendar.ask_path = lambda suggested: blocker / "deals.ics"
    assert window.orders.calendar.export() is None
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Could not write") and "deals.ics" in shown
    assert blocker.read_text(encoding="utf-8") == "x"
