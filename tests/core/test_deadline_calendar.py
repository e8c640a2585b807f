from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from app.base.platforms import load_platforms
from app.orders.deadline_calendar import calendar_file_name, order_calendar, save_order_calendar
from app.orders.model import Order
from app.orders.next_step import order_deadlines

NOW = datetime(2026, 12, 8, 18, 30)


def deal() -> Order:
    return Order(
        platform="mercari_jp",
        id=7,
        buyer_name="山田 花子",
        item_name="ボトムス2点セット",
        order_number="m12345678901",
        paid=datetime(2026, 12, 7, 20, 0),
        shipping_notice=datetime(2026, 12, 8, 18, 0),
    )


def events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def test_each_deadline_is_an_event_naming_the_platform_and_the_step() -> None:
    platform = load_platforms()["mercari_jp"]
    order = deal()
    deadlines = order_deadlines(order, platform)
    assert len(deadlines) >= 2
    found = events(order_calendar(order, platform, deadlines, "ja", NOW))
    assert len(found) == len(deadlines)
    for deadline in deadlines.all():
        summary = f"メルカリ: {deadline.label('ja')} (山田 花子 / ボトムス2点セット)"
        event = found[summary]
        start = event.decoded("dtstart")
        assert start == deadline.when
        assert "注文番号: m12345678901" in str(event["description"])
        assert str(event["uid"]).startswith("teinei-7-mercari_jp-")
        assert event.decoded("dtstamp").replace(tzinfo=None) == NOW
        alarms = event.walk("VALARM")
        assert bool(alarms) == deadline.is_limit


def test_the_auto_complete_moment_is_kept_to_the_minute() -> None:
    platform = load_platforms()["mercari_jp"]
    order = deal()
    deadlines = order_deadlines(order, platform)
    found = events(order_calendar(order, platform, deadlines, "en", NOW))
    event = next(
        e for s, e in found.items() if s.startswith("Mercari (Japan): Completes automatically")
    )
    assert event.decoded("dtstart") == datetime(2026, 12, 17, 13, 0)
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=30)
    assert "Order number: m12345678901" in str(event["description"])


def test_a_limit_day_is_an_all_day_event_with_a_morning_reminder() -> None:
    platform = load_platforms()["ebay"]
    order = Order(platform="ebay", id=3, ordered=datetime(2026, 12, 1, 9, 0))
    deadlines = order_deadlines(order, platform)
    found = events(order_calendar(order, platform, deadlines, "en", NOW))
    days = [e for e in found.values() if not isinstance(e.decoded("dtstart"), datetime)]
    assert days
    for event in days:
        assert isinstance(event.decoded("dtstart"), date)
        assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(days=1)


def test_the_file_is_written_whole_under_a_recognisable_name(tmp_path: Path) -> None:
    platform = load_platforms()["mercari_jp"]
    order = deal()
    data = order_calendar(order, platform, order_deadlines(order, platform), "ja", NOW)
    path = tmp_path / calendar_file_name(order, "ja")
    save_order_calendar(path, data)
    assert path.name == "期限-m12345678901.ics"
    assert path.read_bytes() == data
    assert data.startswith(b"BEGIN:VCALENDAR") and b"VERSION:2.0" in data
    assert calendar_file_name(Order(platform="ebay", id=4), "en") == "deadlines-order-4.ics"
