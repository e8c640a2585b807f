"""Deadlines a seller needs, from a platform's day counts and an order's dates.

Every day count and time comes from `Platform.deadlines` (resources/platforms.toml,
corrected by the user's config.toml); nothing here is a constant of a marketplace.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from app.messages import say

if TYPE_CHECKING:
    from app.platforms import Platform

Moment = date | datetime

# key: (ja label, en label, "by" = act before it ends, "from" = possible from then on)
LABELS: dict[str, tuple[str, str, str]] = {
    "ship_by": ("発送期限", "Ship by", "by"),
    "reply_by": ("返信期限", "Reply by", "by"),
    "auto_rate": ("自動で評価される日時", "Auto-rated on", "from"),
    "auto_complete": ("自動で取引完了する日時", "Completes automatically on", "from"),
    "operator_request": ("事務局に依頼できる日時", "Can ask the operator from", "from"),
    "operator_acts": ("事務局が対応する目安", "Operator acts from", "from"),
    "return_window_end": ("返品受付の期限", "Return window ends", "by"),
    "message_window_end": ("メッセージを送れる期限", "Messages allowed until", "by"),
}


class DeadlineSettingError(ValueError):
    """A platform's deadline setting has a value that cannot be used."""


@dataclass(frozen=True)
class OrderDates:
    """What happened to one order, and when; unknown dates stay None."""

    ordered: Moment | None = None
    paid: Moment | None = None
    shipping_notice: Moment | None = None
    delivered: Moment | None = None
    last_buyer_message: Moment | None = None


@dataclass(frozen=True)
class Deadline:
    key: str
    when: Moment

    def label(self, lang: str) -> str:
        ja, en, _ = LABELS[self.key]
        return ja if lang == "ja" else en

    @property
    def is_limit(self) -> bool:
        """True when the seller must act before it; False when it opens a possibility."""
        return LABELS[self.key][2] == "by"

    def is_reached(self, now: datetime) -> bool:
        """Whether the moment has come: a limit day counts until its end, a time exactly."""
        if isinstance(self.when, datetime):
            when = self.when
            return (now.replace(tzinfo=None) if when.tzinfo is None else now) >= when
        today = now.date()
        return today > self.when if self.is_limit else today >= self.when


class Deadlines(Mapping[str, Moment]):
    """The deadlines of one order, by key, in the order a seller meets them.

    Templates read it as a mapping: `{{ deadlines.operator_request | datetime }}`.
    """

    def __init__(self, entries: Iterable[Deadline] = ()) -> None:
        self._entries = {entry.key: entry for entry in entries}

    def __getitem__(self, key: str) -> Moment:
        return self._entries[key].when

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"Deadlines({dict(self)!r})"

    def deadline(self, key: str) -> Deadline:
        return self._entries[key]

    def all(self) -> list[Deadline]:
        return list(self._entries.values())


# Which order dates feed which settings: a form need only ask for the dates that count.
DATE_SETTINGS: dict[str, tuple[str, ...]] = {
    "ordered": ("ship_days", "ship_business_days", "message_window_days"),
    "paid": ("ship_days", "ship_business_days"),
    "shipping_notice": ("auto_complete_days", "operator_request_days"),
    "delivered": ("auto_rate_days_after_delivery", "return_days_after_delivery"),
    "last_buyer_message": ("reply_hours", "after_buyer_message_days"),
}
DATE_LABELS: dict[str, tuple[str, str]] = {
    "ordered": ("注文日時", "Ordered"),
    "paid": ("支払い日時", "Paid"),
    "shipping_notice": ("発送通知の日時", "Shipping notice"),
    "delivered": ("到着日時", "Delivered"),
    "last_buyer_message": ("購入者の最後のメッセージ", "Buyer's last message"),
}


def dates_used(platform: Platform) -> list[str]:
    """The OrderDates fields this platform's settings read, in the order of a deal."""
    return [
        name
        for name, keys in DATE_SETTINGS.items()
        if any(platform.deadlines.get(key) is not None for key in keys)
    ]


def compute_deadlines(platform: Platform, dates: OrderDates) -> Deadlines:
    """Every deadline the platform's settings and the known dates allow."""
    settings = _Settings(platform.id, platform.deadlines)
    found: dict[str, Moment] = {}

    start = dates.paid or dates.ordered  # the order date is the earlier, safe guess
    if start is not None:
        if (days := settings.days("ship_business_days")) is not None:
            found["ship_by"] = add_business_days(_day(start), days)
        elif (days := settings.days("ship_days")) is not None:
            found["ship_by"] = _day(start) + timedelta(days=days)

    hours = settings.days("reply_hours")
    if dates.last_buyer_message is not None and hours is not None:
        found["reply_by"] = _after_hours(dates.last_buyer_message, hours)

    if dates.delivered is not None:
        if (days := settings.days("auto_rate_days_after_delivery")) is not None:
            found["auto_rate"] = _shift(dates.delivered, days)
        if (days := settings.days("return_days_after_delivery")) is not None:
            found["return_window_end"] = _day(dates.delivered) + timedelta(days=days)

    if dates.shipping_notice is not None:
        for key in ("auto_complete", "operator_request"):
            moment = _after_notice(settings, key, dates)
            if moment is not None:
                found[key] = moment
        wait = settings.days("operator_wait_days")
        if "operator_request" in found and wait is not None:
            found["operator_acts"] = _shift(found["operator_request"], wait)

    if (days := settings.days("message_window_days")) is not None:
        first = dates.ordered or dates.paid
        if first is not None:
            found["message_window_end"] = _day(first) + timedelta(days=days)

    return Deadlines(Deadline(key, found[key]) for key in LABELS if key in found)


def _after_notice(settings: _Settings, key: str, dates: OrderDates) -> Moment | None:
    """`key`_days after the shipping notice, at `key`_time; a later buyer message,
    plus after_buyer_message_days, pushes it back (Mercari's rule)."""
    days = settings.days(f"{key}_days")
    if days is None or dates.shipping_notice is None:
        return None
    at = settings.time(f"{key}_time")
    moment = _on_day(dates.shipping_notice, days, at)
    after_message = settings.days("after_buyer_message_days")
    if dates.last_buyer_message is not None and after_message is not None:
        pushed = _on_day(dates.last_buyer_message, after_message, at)
        moment = max(moment, pushed, key=_sort_key)
    return moment


def add_business_days(start: date, days: int) -> date:
    """`days` weekdays after `start`; Saturdays and Sundays do not count."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _on_day(moment: Moment, days: int, at: time | None) -> Moment:
    """The day `days` after `moment`'s day, at `at` if given (in `moment`'s time zone)."""
    day = _day(moment) + timedelta(days=days)
    if at is None:
        return day
    zone = moment.tzinfo if isinstance(moment, datetime) else None
    return datetime.combine(day, at, tzinfo=zone)


def _shift(moment: Moment, days: int) -> Moment:
    return moment + timedelta(days=days)


def _after_hours(moment: Moment, hours: int) -> Moment:
    if isinstance(moment, datetime):
        return moment + timedelta(hours=hours)
    # Without a time of day, count whole days, rounding up.
    return moment + timedelta(days=-(-hours // 24))


def _sort_key(moment: Moment) -> datetime:
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=None)
    return datetime.combine(moment, time.max)


class _Settings:
    """Typed access to one platform's `[platforms.X.deadlines]` table."""

    def __init__(self, platform_id: str, table: Mapping[str, int | str]) -> None:
        self._id = platform_id
        self._table = table

    def days(self, key: str) -> int | None:
        value = self._table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise DeadlineSettingError(
                say("deadline_not_days", key=key, platform=self._id, value=value)
            )
        return value

    def time(self, key: str) -> time | None:
        value = self._table.get(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            hour, minute = value.split(":")
            return time(int(hour), int(minute))
        except ValueError:
            raise DeadlineSettingError(
                say("deadline_not_time", key=key, platform=self._id, value=value)
            ) from None
