"""An order's deadlines as an iCalendar (.ics) file for the seller's own calendar.

Each event names the platform and the step ("メルカリ: 発送期限"), so a phone's calendar
shows what is due where without opening Teinei.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from app.base.atomic import write_bytes_atomic
from app.base.platforms import Platform
from app.deadlines.schedule import Deadline, Deadlines
from app.orders.model import Order

_PRODID = "-//Teinei//Order deadlines//EN"
# A limit with a time of day rings this long before it; a limit day, at 9:00 that day.
_WARN_BEFORE = timedelta(hours=3)
_WARN_ON_DAY = timedelta(hours=9)
_DETAILS = {
    "ja": (
        "注文番号",
        "購入者",
        "商品",
        "この日時までに対応してください。",
        "この日時から行えます。",
    ),
    "en": ("Order number", "Buyer", "Item", "Act before this time.", "Possible from this time."),
}


def order_calendar(
    order: Order, platform: Platform, deadlines: Deadlines, lang: str, now: datetime
) -> bytes:
    """The .ics text (UTF-8) with one event per deadline of ``order``."""
    calendar = Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Teinei: {order.title() or platform.name(lang)}")
    for deadline in deadlines.all():
        calendar.add_component(_event(order, platform, deadline, lang, now))
    return bytes(calendar.to_ical())


def save_order_calendar(path: Path, data: bytes) -> None:
    """Write the calendar file whole or not at all."""
    write_bytes_atomic(path, data)


def calendar_file_name(order: Order, lang: str) -> str:
    """A file name a seller recognises: the order number, else the order's row."""
    stem = order.order_number.strip() or (f"order-{order.id}" if order.id else "order")
    cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)
    return f"{'期限' if lang == 'ja' else 'deadlines'}-{cleaned}.ics"


def _event(order: Order, platform: Platform, deadline: Deadline, lang: str, now: datetime) -> Event:
    number, buyer, item, act_by, act_from = _DETAILS["ja" if lang == "ja" else "en"]
    event = Event()
    step = deadline.label(lang)
    title = order.title()
    summary = f"{platform.name(lang)}: {step}" + (f" ({title})" if title else "")
    event.add("summary", summary)
    event.add("uid", f"teinei-{order.id or 'new'}-{platform.id}-{deadline.key}@teinei")
    event.add("dtstamp", now)
    event.add("categories", [platform.name(lang), step])
    when = deadline.when
    if isinstance(when, datetime):
        event.add("dtstart", when)
        event.add("dtend", when + timedelta(minutes=30))
    else:
        event.add("dtstart", when)
        event.add("dtend", when + timedelta(days=1))
    lines = [act_by if deadline.is_limit else act_from]
    for name, value in (
        (number, order.order_number),
        (buyer, order.buyer_name),
        (item, order.item_name),
    ):
        if value.strip():
            lines.append(f"{name}: {value.strip()}")
    event.add("description", "\n".join(lines))
    if deadline.is_limit:
        event.add_component(_alarm(when, summary))
    return event


def _alarm(when: date | datetime, summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -_WARN_BEFORE if isinstance(when, datetime) else _WARN_ON_DAY)
    return alarm
