"""Locale-aware filters: money, dates and the buyer's name, in ja and en."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from app.base.messages import Message, say, text_in
from app.base.typed_dates import TypedDateError, read_any

_WEEKDAYS_JA = "月火水木金土日"
_HONORIFIC = "様"
# Honorifics a seller may type with the name; the message adds its own (or none).
_JA_HONORIFICS = ("様", "さま", "さん", "殿", "御中")
_EN_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr)\.?\s+", re.IGNORECASE)
_MARKS = {"JPY": ("円", "¥", "JPY"), "USD": ("$", "USD")}
_CURRENCY_NAMES = {"JPY": Message("yen", "円"), "USD": Message("US dollars", "米ドル")}


class FilterError(ValueError):
    """A filter was given a value it cannot format; ``message`` says so in ja and en."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def message_in(self, lang: str) -> str:
        return text_in(self.message, lang)


def parse_amount(value: Any) -> Decimal:
    """An amount from a number or from text such as "3,000", "３０００円" or "$12.50"."""
    if isinstance(value, bool):
        raise FilterError(say("not_amount", value=value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    for noise in (",", "円", "¥", "$", "USD", "JPY", " "):
        text = text.replace(noise, "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise FilterError(say("not_amount", value=value)) from None
    if not amount.is_finite():
        raise FilterError(say("not_amount", value=value))
    return amount


def parse_money(value: Any, currency: str) -> Decimal:
    """A typed amount for a marketplace paying in ``currency``: its mark, if any, must be
    that currency's (no ¥ on eBay, no $ on Mercari JP), and yen are whole."""
    amount = parse_amount(value)
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).upper()
        for other, marks in _MARKS.items():
            if other != currency and any(mark in text for mark in marks):
                raise FilterError(
                    say(
                        "amount_wrong_currency",
                        value=value,
                        mark=_CURRENCY_NAMES[other],
                        currency=_CURRENCY_NAMES.get(currency, Message(currency, currency)),
                    )
                )
    if currency == "JPY" and amount != amount.to_integral_value():
        raise FilterError(say("amount_not_whole_yen", value=value))
    return amount


def format_money(value: Any, currency: str, lang: str) -> str:
    amount = parse_amount(value)
    if currency == "JPY":
        whole = f"{amount.quantize(Decimal(1), ROUND_HALF_UP):,}"
        return f"{whole}円" if lang == "ja" else f"¥{whole}"
    if currency == "USD":
        sign = "-" if amount < 0 else ""
        return f"{sign}${abs(amount).quantize(Decimal('0.01'), ROUND_HALF_UP):,}"
    return f"{amount:,} {currency}"


def parse_date(value: Any, today: date | None = None) -> date:
    """A date from a value or from typed text (2026/12/4, 12月4日); see ``app.base.typed_dates``."""
    try:
        return read_any(value, today)
    except TypedDateError:
        raise FilterError(say("not_date", value=value)) from None


def format_date(value: Any, lang: str, style: str = "short") -> str:
    day = parse_date(value)
    if lang == "ja":
        text = f"{day.month}月{day.day}日({_WEEKDAYS_JA[day.weekday()]})"
        return f"{day.year}年{text}" if style == "long" else text
    text = f"{day:%a}, {day:%b} {day.day}"
    return f"{text}, {day.year}" if style == "long" else text


def format_datetime(value: Any, lang: str) -> str:
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(unicodedata.normalize("NFKC", str(value)).strip())
        except ValueError:
            raise FilterError(say("not_datetime", value=value)) from None
    if lang == "ja":
        return f"{format_date(value, lang)} {value:%H:%M}"
    hour = value.hour % 12 or 12
    return f"{format_date(value, lang)}, {hour}:{value:%M} {'AM' if value.hour < 12 else 'PM'}"


def with_sama(name: Any, lang: str) -> str:
    """The buyer's name as a message addresses them, whatever honorific was typed with it.

    Japanese: the name with 様 exactly once (「山田さん」「山田 様」「Mr. Smith」 -> 山田様,
    Smith様). English: no Japanese honorific, and an English title kept as typed, never
    doubled ("Mr. Smith" stays "Mr. Smith"; 「Emily様」 -> "Emily").
    """
    text = str(name).strip()
    stripped = True
    while stripped:
        stripped = False
        for honorific in _JA_HONORIFICS:
            if text.endswith(honorific) and len(text) > len(honorific):
                text = text[: -len(honorific)].rstrip()
                stripped = True
            elif text == honorific:
                text = ""
    if lang == "ja":
        text = _EN_TITLE.sub("", text).strip()
    if not text or _EN_TITLE.fullmatch(text + " "):
        raise FilterError(say("empty_name"))
    return f"{text}{_HONORIFIC}" if lang == "ja" else text
