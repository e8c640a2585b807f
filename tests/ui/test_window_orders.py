"""A whole deal in the window: the form edits the order, copies build its timeline."""

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

from app.orders import OrderStore
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.order_table_model import ORDER_ROLE
from tests.ui.keyboard import type_text
from tests.ui.orders_fixtures import Clock


@pytest.fixture(autouse=True)
def english_ui():
    translations().switch("en")
    yield
    translations().switch("en")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 7, 20, 0))


@pytest.fixture
def window(qtbot, tmp_path: Path, clock: Clock) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_orders(OrderStore(tmp_path / "orders.sqlite3", clock=clock))
    window.set_platform("mercari_jp")
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(window: MainWindow, name: str, text: str) -> None:
    editor = window.form.editor(name)
    assert editor is not None, f"no box for {name}"
    type_text(editor.input, text)


def pick_date(window: MainWindow, name: str, day: date) -> None:
    editor = window.form.editor(name)
    assert editor is not None, f"no box for {name}"
    editor.choose(day)


def fill_shipping(window: MainWindow) -> None:
    pick_date(window, "ship_date", date(2026, 12, 8))
    pick_date(window, "arrival_date", date(2026, 12, 10))
    window.form.editor("carrier").input.setCurrentIndex(1)


def copy(qtbot, window: MainWindow, template_id: str) -> str:
    window.open_template(template_id)
    assert window.preview is not None and not window.preview.missing, window.preview.missing
    with qtbot.waitSignal(window.message_copied):
        assert window.copy_message()
    return QGuiApplication.clipboard().text()


def timeline(window: MainWindow) -> list[str]:
    return [m.template_id for m in window.orders.panel.timeline.messages()]


def banner(window: MainWindow) -> str:
    return window.orders.panel.banner.text.text()


def test_a_whole_deal_from_thanks_to_the_second_reminder(
    qtbot, window: MainWindow, clock: Clock
) -> None:
    orders = window.orders
    window.commands.new_order.trigger()
    assert window.desk.form_values() == {}
    window.open_template("thanks")
    type_into(window, "buyer_name", "山田 花子")
    type_into(window, "item_name", "ボトムス2点セット")
    # Mercari JP ships by the listing's days-to-ship option, not a typed number of days.
    box = window.form.editor("ship_option").box
    box.setCurrentIndex(box.findData("2_3"))
    store = orders.panel.session.store
    qtbot.waitUntil(lambda: len(store.orders()) == 1)  # saved once the typing pauses
    # The listing's option is kept with the order, so its ship-by outlives the form.
    assert store.orders()[0].ship_option == "2_3"
    assert "thank-you" in banner(window)

    thanks = copy(qtbot, window, "thanks")
    assert thanks.startswith("山田 花子様")
    assert timeline(window) == ["thanks"]

    clock.set(datetime(2026, 12, 8, 18, 30))
    window.open_template("shipping_notice")
    assert window.form.editor("buyer_name").input.text() == "山田 花子"  # shared by templates
    fill_shipping(window)
    copy(qtbot, window, "shipping_notice")
    assert timeline(window) == ["thanks", "shipping_notice"]
    (order,) = store.orders()
    assert order.status == "shipped" and order.shipping_notice == datetime(2026, 12, 8, 18, 30)
    assert order.buyer_name == "山田 花子" and order.item_name == "ボトムス2点セット"
    assert "First rating reminder from Sat, Dec 12" in banner(window)
    # The order's dates fill the form's deadline panel; its deadlines reach the templates.
    dates = window.dates
    assert dates.order_dates().shipping_notice == datetime(2026, 12, 8, 18, 30)
    assert dict(window.desk.deadlines)["operator_request"] == datetime(2026, 12, 17, 13, 0)
    assert "Can ask the operator from: <b>Thu, Dec 17, 1:00 PM</b>" in dates.summary.text()

    clock.set(datetime(2026, 12, 12, 10, 0))
    orders.panel.refresh()
    assert "First rating reminder due today" in banner(window)
    copy(qtbot, window, "rating_reminder_first")
    assert timeline(window) == ["thanks", "shipping_notice", "rating_reminder_first"]
    assert "Second rating reminder from Tue, Dec 15" in banner(window)
    shown = [orders.panel.timeline.list.item(r).text() for r in range(3)]
    assert shown[0].startswith("Mon, Dec 7, 8:00 PM  ·  ご購入のお礼と発送予定  [ja]")
    assert shown[2].startswith("Sat, Dec 12, 10:00 AM  ·  受取評価のお願い(1回目)  [ja]")


def test_a_second_shipping_notice_asks_first(
    qtbot, window: MainWindow, clock: Clock, monkeypatch
) -> None:
    from app.ui import dialogs

    window.open_template("shipping_notice")
    type_into(window, "buyer_name", "佐藤 美咲")
    type_into(window, "item_name", "ニットカーディガン")
    fill_shipping(window)
    copy(qtbot, window, "shipping_notice")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text: asked.append(text) or False)
    assert not window.copy_message()
    assert "already copied the shipping notice" in asked[0]
    assert timeline(window) == ["shipping_notice"]


def test_switching_orders_switches_the_form(qtbot, window: MainWindow) -> None:
    window.open_template("thanks")
    type_into(window, "buyer_name", "山田 花子")
    window.orders.panel.flush()
    first = window.orders.panel.current.id
    window.commands.new_order.trigger()
    assert window.desk.form_values() == {}
    type_into(window, "buyer_name", "Emily Carter")
    window.orders.panel.flush()
    window.orders.panel.list.table.selectRow(window.orders.panel.list.row_in_view(first))
    assert window.desk.form_values()["buyer_name"] == "山田 花子"
    assert window.form.editor("buyer_name").input.text() == "山田 花子"


def test_orders_export_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.open_template("thanks")
    type_into(window, "buyer_name", "山田 花子")
    target = tmp_path / "export" / "orders.json"
    window.orders.ask_export_path = lambda: target
    assert window.orders.export_action in window.menus["file"].actions()
    window.orders.export_action.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [o["buyer_name"] for o in data["orders"]] == ["山田 花子"]  # typing saved first
    assert "orders.json" in window.statusBar().currentMessage()


def test_the_app_attaches_orders_and_explains_a_damaged_file(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.orders import default_path
    from app.ui import damage_dialogs

    default_path().parent.mkdir(parents=True, exist_ok=True)
    default_path().write_bytes(b"not sqlite" * 50)
    asked: list[str] = []
    monkeypatch.setattr(
        damage_dialogs, "ask_start_new", lambda parent, error: asked.append(str(error)) or True
    )
    window = MainWindow()
    qtbot.addWidget(window)
    attached = window.open_orders()
    assert attached is not None and window.orders is attached
    assert asked and "orders.sqlite3" in asked[0]
    assert "orders.sqlite3.bak" in window.statusBar().currentMessage()
    assert attached.dock.toggleViewAction() in window.menus["view"].actions()


def test_a_closed_orders_dock_stays_closed_next_time(qtbot, tmp_path: Path, clock: Clock) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.attach_orders(OrderStore(tmp_path / "a.sqlite3", clock=clock))
    first.show()
    qtbot.waitExposed(first)
    first.orders_dock = first.findChild(QDockWidget, "ordersDock")
    first.orders_dock.close()
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    orders = again.attach_orders(OrderStore(tmp_path / "a.sqlite3", clock=clock))
    again.show()
    qtbot.waitExposed(again)
    assert not orders.dock.isVisible()
    assert not orders.dock.toggleViewAction().isChecked()


def test_dates_edited_in_the_form_are_the_orders_dates(qtbot, window: MainWindow) -> None:
    window.open_template("thanks")
    type_into(window, "buyer_name", "山田 花子")
    window.orders.panel.flush()
    known, edit = window.dates.rows["shipping_notice"]
    known.setChecked(True)
    edit.setDateTime(QDateTime(datetime(2026, 12, 9, 11, 0)))
    order = window.orders.panel.session.store.get(window.orders.panel.current.id or 0)
    assert order is not None and order.shipping_notice == datetime(2026, 12, 9, 11, 0)
    assert "First rating reminder from Sun, Dec 13" in banner(window)
    window.commands.new_order.trigger()
    assert window.dates.order_dates().shipping_notice is None
    window.orders.panel.list.table.selectRow(window.orders.panel.list.row_in_view(order.id))
    assert window.dates.order_dates().shipping_notice == datetime(2026, 12, 9, 11, 0)


def test_a_failed_export_says_why_keeps_saying_it_and_is_logged(
    qtbot, window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    window.orders.ask_export_path = lambda: blocker / "orders.csv"
    with caplog.at_level(logging.WARNING, logger="teinei"):
        assert window.orders.export_orders() == []
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Could not write") and "orders.csv" in shown
    assert shown in caplog.text


def test_the_dates_in_the_form_read_the_orders_clock(
    qtbot, window: MainWindow, clock: Clock
) -> None:
    from PySide6.QtCore import Qt

    clock.set(datetime(2026, 12, 9, 14, 30))
    window.open_template("shipping_notice")
    known, _edit = window.dates.rows["shipping_notice"]
    known.setChecked(True)
    assert window.dates.order_dates().shipping_notice == datetime(2026, 12, 9, 14, 30)
    ship_date = window.form.editor("ship_date")
    ship_date.set_value(None)
    qtbot.keyClick(ship_date.input, Qt.Key.Key_Up)
    assert ship_date.value() == date(2026, 12, 9)


def selected_id(window: MainWindow) -> int | None:
    rows = window.orders.panel.list.table.selectionModel().selectedRows()
    return rows[0].data(ORDER_ROLE).id if rows else None


def test_the_orders_panel_shows_the_desks_order(qtbot, window: MainWindow) -> None:
    panel = window.orders.panel
    window.open_template("thanks")
    type_into(window, "buyer_name", "山田 花子")
    panel.flush()
    first = panel.current.id
    assert first is not None and selected_id(window) == first
    window.top.platform_picker.setCurrentIndex(window.top.platform_picker.findData("rakuma"))
    assert window.desk.platform_id == panel.current.platform == "rakuma"
    assert panel.card.platform.currentData() == "rakuma"
    window.commands.new_order.trigger()
    assert selected_id(window) is None  # the selection follows the new order
    type_into(window, "buyer_name", "佐藤 美咲")
    panel.flush()
    assert panel.current.id not in (None, first)
    assert selected_id(window) == panel.current.id
    assert panel.current.platform == "rakuma"
