"""The second reminder knows the day the first one was copied."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from app.base.platforms import load_platforms
from app.desk.model import Desk
from app.orders import OrderStore
from app.orders.session import OrderSession
from app.templates.library import builtin_source, load_library


def test_the_second_reminder_takes_the_first_ones_day_unless_typed(tmp_path: Path) -> None:
    now = [datetime(2026, 12, 15, 9, 0)]
    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: now[0])
    platforms = load_platforms(overrides={})
    desk = Desk(load_library([builtin_source()]), platforms, platform_id="mercari_jp")
    desk.show("rating_reminder_first")
    desk.attach_orders(OrderSession(store, platforms))
    desk.set_values({"buyer_name": "山田 花子", "item_name": "ボトムス2点セット"})
    assert desk.record_copy("山田 花子様 …")
    now[0] = datetime(2026, 12, 19, 10, 0)
    desk.open_template("rating_reminder_second")
    assert desk.form_values()["first_reminder_date"] == date(2026, 12, 15)
    assert desk.preview is not None and "12月15日(火)にもご連絡しましたが" in desk.preview.text
    desk.set_value("first_reminder_date", date(2026, 12, 14))  # the seller knows better
    assert desk.form_values()["first_reminder_date"] == date(2026, 12, 14)
    assert "12月14日(月)にも" in desk.preview.text


def test_without_a_first_reminder_the_day_is_asked_for(tmp_path: Path) -> None:
    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: datetime(2026, 12, 15))
    platforms = load_platforms(overrides={})
    desk = Desk(load_library([builtin_source()]), platforms, platform_id="mercari_jp")
    desk.show("rating_reminder_second")
    desk.attach_orders(OrderSession(store, platforms))
    assert "first_reminder_date" not in desk.form_values()
    assert "first_reminder_date" in desk.missing


def test_the_ship_date_and_the_shipping_notice_are_one_date(tmp_path: Path) -> None:
    from app.deadlines.schedule import OrderDates

    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: datetime(2026, 12, 9, 9))
    platforms = load_platforms(overrides={})
    desk = Desk(load_library([builtin_source()]), platforms, platform_id="mercari_jp")
    desk.show("shipping_notice")
    desk.attach_orders(OrderSession(store, platforms))
    desk.set_values({"buyer_name": "山田 花子", "item_name": "ボトムス2点セット"})
    desk.set_value("ship_date", date(2026, 12, 8))
    assert desk.dates.shipping_notice is None  # dated when the notice is copied
    assert desk.record_copy("山田 花子様 …")  # copied on 12/9 at 9:00, shipped on 12/8
    assert desk.dates.shipping_notice == datetime(2026, 12, 8, 9, 0)
    assert "auto_complete" in desk.deadlines
    desk.set_dates(OrderDates(shipping_notice=datetime(2026, 12, 10, 18, 30)))
    assert desk.form_values()["ship_date"] == date(2026, 12, 10)
    assert desk.preview is not None and "12月10日(木)に" in desk.preview.text
    desk.set_value("ship_date", date(2026, 12, 11))
    assert desk.dates.shipping_notice == datetime(2026, 12, 11, 18, 30)  # its time kept
