"""The form's ship date and the order's shipping notice are one date of the order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from app.deadlines.schedule import OrderDates


def notice_moved_to(dates: OrderDates, day: date) -> OrderDates | None:
    """The order's dates with a shipping notice already given moved to ``day`` (keeping
    its time of day); None when nothing moves. A notice not given yet is dated when the
    shipping notice is copied, on that day."""
    notice = dates.shipping_notice
    if notice is None:
        return None
    if isinstance(notice, datetime):
        if notice.date() == day:
            return None
        return replace(dates, shipping_notice=datetime.combine(day, notice.time()))
    if notice == day:
        return None
    return replace(dates, shipping_notice=datetime.combine(day, time()))
