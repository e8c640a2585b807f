"""Deadlines a seller needs, from a platform's day counts and an order's dates.

Every day count and time comes from `Platform.deadlines` (resources/platforms.toml,
corrected by the user's config.toml); nothing here is a constant of a marketplace.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.base.deadline_names import LABELS
from app.base.messages import Message, say
from app.deadlines import calendars

if TYPE_CHECKING:
    from app.base.platforms import Platform

Moment = date | datetime

# The order's own choices (form values) that a deadline may need besides its dates.
SHIP_OPTIONS = ("1_2", "2_3", "4_7")


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
    setting: str = ""  # the [deadlines] setting it counts by, to look up its source
    calendar: str | None = None  # the holiday calendar of business days; None: calendar days

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

    def __init__(
        self, entries: Iterable[Deadline] = (), unknown: Mapping[str, Message] | None = None
    ) -> None:
        self._entries = {entry.key: entry for entry in entries}
        # Deadlines that apply but cannot be computed yet, with what is missing.
        self.unknown: dict[str, Message] = dict(unknown or {})

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
_SHIP_SETTINGS = (
    "ship_days",
    "ship_business_days",
    "ship_days_by_option",
    "ship_business_days_from_listing",
)
DATE_SETTINGS: dict[str, tuple[str, ...]] = {
    "ordered": (*_SHIP_SETTINGS, "message_window_days"),
    "paid": (*_SHIP_SETTINGS, "payment_release_days"),
    "shipping_notice": ("auto_complete_days", "operator_request_days"),
    "delivered": (
        "auto_rate_days_after_delivery",
        "return_days_after_delivery",
        "proactive_days_after_delivery",
    ),
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


# The order's choices a deadline may need besides its dates (form field names).
CHOICE_FIELDS = ("ship_option", "handling_days")


def choices_of(values: Mapping[str, Any]) -> dict[str, Any]:
    """The order's values that ``compute_deadlines`` reads as its ``choices``."""
    return {name: values.get(name) for name in CHOICE_FIELDS if values.get(name)}


def compute_deadlines(
    platform: Platform, dates: OrderDates, choices: Mapping[str, Any] | None = None
) -> Deadlines:
    """Every deadline the platform's settings and the known dates allow.

    ``choices`` are the order's own settings: ``ship_option`` (the listing's days to
    ship on Mercari JP and Rakuma: "1_2", "2_3" or "4_7") and ``handling_days`` (eBay's
    handling time).
    """
    settings = _Settings(platform.id, platform.deadlines)
    country = platform.holidays
    found: dict[str, Deadline] = {}
    unknown: dict[str, Message] = {}

    def put(key: str, when: Moment, setting: str, calendar: str | None = None) -> None:
        found[key] = Deadline(key, when, setting, calendar)

    start = dates.paid or dates.ordered  # the order date is the earlier, safe guess
    if start is not None:
        _ship_by(settings, start, dict(choices or {}), country, put, unknown)

    hours = settings.days("reply_hours")
    if dates.last_buyer_message is not None and hours is not None:
        put("reply_by", _after_hours(dates.last_buyer_message, hours), "reply_hours")

    if dates.delivered is not None:
        for key, setting in (
            ("auto_rate", "auto_rate_days_after_delivery"),
            ("return_window_end", "return_days_after_delivery"),
            ("proactive_until", "proactive_days_after_delivery"),
        ):
            if (days := settings.days(setting)) is not None:
                when = _shift(dates.delivered, days) if key == "auto_rate" else None
                put(key, when or _day(dates.delivered) + timedelta(days=days), setting)

    if dates.shipping_notice is not None:
        for key in ("auto_complete", "operator_request"):
            moment = _after_notice(settings, key, dates)
            if moment is not None:
                put(key, moment, f"{key}_days")
        wait = settings.days("operator_wait_days")
        if "operator_request" in found and wait is not None:
            put("operator_acts", _shift(found["operator_request"].when, wait), "operator_wait_days")

    if (days := settings.days("message_window_days")) is not None:
        first = dates.ordered or dates.paid
        if first is not None:
            put("message_window_end", _day(first) + timedelta(days=days), "message_window_days")

    if dates.paid is not None and (days := settings.days("payment_release_days")) is not None:
        put("payment_release", _day(dates.paid) + timedelta(days=days), "payment_release_days")

    ordered = [found[key] for key in LABELS if key in found]
    return Deadlines(ordered, {k: v for k, v in unknown.items() if k not in found})


def _ship_by(
    settings: _Settings,
    start: Moment,
    choices: dict[str, Any],
    country: str,
    put: Any,
    unknown: dict[str, Message],
) -> None:
    """The shipping deadline, by whichever ship setting the platform has."""
    options = settings.options("ship_days_by_option")
    if options is not None:
        # The longest day of the listing's option: from the payment *time* where the
        # platform says so (Mercari), else from the payment's day (a date, no hour).
        option = str(choices.get("ship_option") or "").strip()
        if option in options:
            longest = options[option]
            timed = settings.flag("ship_from_payment_time")
            when = _shift(start, longest) if timed else _day(start) + timedelta(days=longest)
            put("ship_by", when, "ship_days_by_option")
        else:
            unknown["ship_by"] = say("deadline_needs_ship_option")
    elif settings.flag("ship_business_days_from_listing"):
        days = _whole(choices.get("handling_days"))
        if days is None:
            unknown["ship_by"] = say("deadline_needs_handling_days")
        else:
            when = calendars.add_business_days(_day(start), days, country)
            put("ship_by", when, "ship_business_days_from_listing", country)
    elif (days := settings.days("ship_business_days")) is not None:
        when = calendars.add_business_days(_day(start), days, country)
        put("ship_by", when, "ship_business_days", country)
    elif (days := settings.days("ship_days")) is not None:
        put("ship_by", _day(start) + timedelta(days=days), "ship_days")


def _whole(value: Any) -> int | None:
    """A count of days typed in a form: a whole number of 0 or more, else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 0 else None


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


def add_business_days(start: date, days: int, country: str = "JP") -> date:
    """`days` business days after `start` (weekends and `country`'s holidays skipped)."""
    return calendars.add_business_days(start, days, country)


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

    def __init__(self, platform_id: str, table: Mapping[str, Any]) -> None:
        self._id = platform_id
        self._table = table

    def days(self, key: str) -> int | None:
        value = self._table.get(key)
        if value is None:
            return None
        return self.days_of(key, value)

    def days_of(self, key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise DeadlineSettingError(
                say("deadline_not_days", key=key, platform=self._id, value=value)
            )
        return value

    def options(self, key: str) -> dict[str, int] | None:
        """A table of option -> days, e.g. Mercari's 発送までの日数."""
        value = self._table.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping) or not value:
            raise DeadlineSettingError(
                say("deadline_not_days", key=key, platform=self._id, value=value)
            )
        return {
            str(option): self.days_of(f"{key}.{option}", days) for option, days in value.items()
        }

    def flag(self, key: str) -> bool:
        value = self._table.get(key, False)
        if not isinstance(value, bool):
            raise DeadlineSettingError(
                say("deadline_not_flag", key=key, platform=self._id, value=value)
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
