"""What the deadline tests share: an order's deadlines in one call."""

from __future__ import annotations

from datetime import date, datetime

from app.base.platforms import Platform
from app.deadlines.schedule import OrderDates, compute_deadlines

CHOICES = {"ship_option": "2_3", "handling_days": "2"}  # the listing's choices


def deadlines(
    platform: Platform, choices: dict[str, str] | None = None, **dates: date | datetime
) -> dict[str, date | datetime]:
    return dict(compute_deadlines(platform, OrderDates(**dates), choices))
