"""An order and its timeline as plain data, and how an order maps to the form's values."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, get_type_hints

from app.deadlines.schedule import OrderDates
from app.rendering.filters import FilterError, parse_amount, parse_date

STATUSES = ("open", "shipped", "completed", "cancelled")
# The order's dates, in the order a deal goes through them.
DATE_NAMES = tuple(f.name for f in dataclasses.fields(OrderDates))

# Shared field name (resources/fields.toml) -> Order attribute.
TEXT_FIELDS = {"buyer_name": "buyer_name", "item_name": "item_name", "order_id": "order_number"}
DATE_FIELDS = {
    "order_date": "ordered",
    "payment_date": "paid",
    "delivery_date": "delivered",
}
# The form's ship_date is the day the seller ships or plans to (a thank-you message
# promises it); the shipping notice is when the buyer was told, which starts the clocks.
SHIP_DATE_FIELD = "ship_date"
MONEY_FIELDS = {"price": "price"}
# The listing's settings a ship-by date is counted from (app.deadlines.schedule reads them):
# Mercari JP's 発送までの日数 (a choice key) and eBay's handling time in business days.
SHIP_OPTION_FIELD = "ship_option"
HANDLING_DAYS_FIELD = "handling_days"
# Amazon's fulfilment choice: "fba" (Amazon ships and takes returns) or "self".
FULFILMENT_FIELD = "fulfilment"


class OrderError(ValueError):
    """An order value that cannot be stored (an unknown status, a bad date)."""


@dataclass(frozen=True)
class Order:
    """One deal. ``id`` is None until the order is stored; times are local, naive."""

    platform: str
    id: int | None = None
    buyer_name: str = ""
    item_name: str = ""
    order_number: str = ""
    price: Decimal | None = None
    ordered: datetime | None = None
    paid: datetime | None = None
    shipping_notice: datetime | None = None
    ship_date: date | None = None
    delivered: datetime | None = None
    last_buyer_message: datetime | None = None
    notes: str = ""
    status: str = "open"
    created: datetime | None = None
    updated: datetime | None = None
    # Added later: last, so exported spreadsheets keep their earlier columns in place.
    ship_option: str = ""
    handling_days: int | None = None
    fulfilment: str = ""  # Amazon: "fba" or "self"; "" when not known or not Amazon

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise OrderError(f"status {self.status!r} is not one of {', '.join(STATUSES)}")

    def replace(self, **changes: Any) -> Order:
        return dataclasses.replace(self, **changes)

    def title(self) -> str:
        """A short line that names the order in lists: buyer and item, or the number."""
        parts = [p for p in (self.buyer_name.strip(), self.item_name.strip()) if p]
        return " / ".join(parts) or self.order_number.strip()

    def dates(self) -> OrderDates:
        """What happened to the order and when, as the deadlines read it."""
        return OrderDates(**{name: getattr(self, name) for name in DATE_NAMES})

    def choices(self) -> dict[str, Any]:
        """The listing's settings the ship-by is counted from, as the deadlines read them."""
        found: dict[str, Any] = {}
        if self.ship_option:
            found[SHIP_OPTION_FIELD] = self.ship_option
        if self.handling_days is not None:
            found[HANDLING_DAYS_FIELD] = self.handling_days
        return found


# Every attribute of an order, in the dataclass's order (the database's columns).
ORDER_FIELDS = tuple(f.name for f in dataclasses.fields(Order))
_HINTS = get_type_hints(Order)
# Each field type kept as text, and how the text is read back.
_FROM_TEXT: dict[object, Any] = {
    datetime | None: datetime.fromisoformat,
    date | None: date.fromisoformat,
    Decimal | None: Decimal,
}


def plain_record(order: Order) -> dict[str, Any]:
    """Every field as plain values: ISO dates and times, the price as a decimal string.

    This is what the database stores and what exports write.
    """
    record: dict[str, Any] = {}
    for name in ORDER_FIELDS:
        value = getattr(order, name)
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, datetime):
            value = to_iso(value)
        elif isinstance(value, date):
            value = value.isoformat()
        record[name] = value
    return record


def order_from_plain(record: Mapping[str, Any]) -> Order:
    """The order ``plain_record`` gave (any fields left out take their defaults)."""
    fields: dict[str, Any] = {}
    for name, value in record.items():
        read = _FROM_TEXT.get(_HINTS[name])
        fields[name] = read(value) if read is not None and value is not None else value
    return Order(**fields)


@dataclass(frozen=True)
class SentMessage:
    """A message copied for an order: when, from which template, in which language."""

    order_id: int
    sent_at: datetime
    template_id: str
    lang: str
    text: str
    id: int | None = None


def order_to_values(order: Order) -> dict[str, Any]:
    """The order as the drafting form's shared field values (only what is known)."""
    values: dict[str, Any] = {}
    for name, attr in TEXT_FIELDS.items():
        text = getattr(order, attr)
        if text:
            values[name] = text
    for name, attr in DATE_FIELDS.items():
        moment = getattr(order, attr)
        if moment is not None:
            values[name] = moment.date()
    # The shipping notice and the ship date are one date; the notice (with its time) leads.
    shipped = order.shipping_notice.date() if order.shipping_notice else order.ship_date
    if shipped is not None:
        values[SHIP_DATE_FIELD] = shipped
    if order.price is not None:
        values["price"] = order.price
    values.update(order.choices())
    if order.fulfilment:
        values[FULFILMENT_FIELD] = order.fulfilment
    return values


def values_to_order(order: Order, values: Mapping[str, Any]) -> Order:
    """The order with the form's values applied.

    A value the user is still typing (``2026-11``) or has cleared leaves the stored
    value as it was only while it cannot be read; an empty value clears it.
    """
    changes: dict[str, Any] = {}
    for name, attr in TEXT_FIELDS.items():
        if name in values:
            value = values[name]
            changes[attr] = "" if value is None else str(value).strip()
    for name, attr in DATE_FIELDS.items():
        if name in values:
            readable, moment = _read_date(values[name], getattr(order, attr))
            if readable:
                changes[attr] = moment
    if SHIP_DATE_FIELD in values:
        readable, moment = _read_date(values[SHIP_DATE_FIELD], None)
        if readable:
            changes["ship_date"] = None if moment is None else moment.date()
    if "price" in values:
        readable, amount = _read_amount(values["price"])
        if readable:
            changes["price"] = amount
    if SHIP_OPTION_FIELD in values:
        option = values[SHIP_OPTION_FIELD]
        changes["ship_option"] = "" if _blank(option) else str(option).strip()
    if FULFILMENT_FIELD in values:
        chosen = values[FULFILMENT_FIELD]
        changes["fulfilment"] = "" if _blank(chosen) else str(chosen).strip()
    if HANDLING_DAYS_FIELD in values:
        readable, days = _read_days(values[HANDLING_DAYS_FIELD])
        if readable:
            changes["handling_days"] = days
    return order.replace(**changes)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_date(value: Any, previous: datetime | None) -> tuple[bool, datetime | None]:
    if _blank(value):
        return True, None
    if isinstance(value, datetime):
        return True, value
    try:
        day = parse_date(value)
    except FilterError:
        return False, None
    # The form knows only the day; keep the time already recorded for that day.
    if previous is not None and previous.date() == day:
        return True, previous
    return True, datetime.combine(day, time())


def _read_amount(value: Any) -> tuple[bool, Decimal | None]:
    if _blank(value):
        return True, None
    try:
        return True, parse_amount(value)
    except FilterError:
        return False, None


def _read_days(value: Any) -> tuple[bool, int | None]:
    """A whole number of days, 0 or more; anything else is not (yet) readable."""
    if _blank(value):
        return True, None
    try:
        amount = parse_amount(value)
    except FilterError:
        return False, None
    if amount < 0 or amount != amount.to_integral_value():
        return False, None
    return True, int(amount)


def to_iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def from_iso(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def as_datetime(value: date | datetime) -> datetime:
    """A day as its first moment; a moment as itself."""
    return value if isinstance(value, datetime) else datetime.combine(value, time())
