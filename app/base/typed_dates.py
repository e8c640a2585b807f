"""Dates as sellers type them: 2026-12-04, 2026/12/4, 12/4, 12月4日, 2026年12月4日.

A date without a year is the nearest such day to ``today`` (on 11/30, "1/5" is next
January and "11/25" is last week), so every caller that accepts one passes its clock.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

# A weekday written after the day, as the window shows it: (金), （Fri）, "Fri," ...
_WEEKDAY = r"(?:\s*[(（]?\s*(?:[月火水木金土日](?:曜日?)?|[A-Za-z]{3,9})\s*[)）]?)?"
# Patterns, compiled (and kept by re) on first use: a start reads no typed date.
_FULL = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?" + _WEEKDAY
_SHORT = r"(\d{1,2})\s*[/月]\s*(\d{1,2})\s*日?" + _WEEKDAY
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# "Fri, Dec 4, 2026", "Dec 4 2026", "Dec 4": the English the window shows.
_ENGLISH = r"(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?"


class TypedDateError(ValueError):
    """The text is not a date this module can read."""


def read_date(text: str, today: date | None = None) -> date:
    """The date ``text`` names; a date without a year needs ``today``.

    Raises ``TypedDateError`` for text that names no date, or a day that does not exist."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        raise TypedDateError(text)
    year: int | None
    if (match := re.fullmatch(_FULL, plain)) is not None:
        year, month, day = (int(part) for part in match.groups())
    elif (match := re.fullmatch(_SHORT, plain)) is not None:
        year, (month, day) = None, (int(part) for part in match.groups())
    elif (match := re.fullmatch(_ENGLISH, plain)) is not None and _month(match[1]):
        month, day = _month(match[1]), int(match[2])
        year = int(match[3]) if match[3] else None
    else:
        raise TypedDateError(text)
    if year is not None:
        return _day(year, month, day, text)
    if today is None:
        raise TypedDateError(text)
    return min(
        (
            _day(candidate, month, day, text)
            for candidate in (today.year - 1, today.year, today.year + 1)
            if _exists(candidate, month, day)
        ),
        key=lambda found: abs((found - today).days),
        default=None,
    ) or _day(today.year, month, day, text)


def read_any(value: object, today: date | None = None) -> date:
    """A date from a ``date``, a ``datetime``, ISO text with a time, or typed text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", text).strip()[:10])
    except ValueError:
        return read_date(text, today)


def _month(name: str) -> int:
    """1-12 for a month's name or its first three or more letters ("Dec", "Sept"); else 0."""
    name = name.lower()
    found = [
        n for n, full in enumerate(_MONTH_NAMES, 1) if len(name) >= 3 and full.startswith(name)
    ]
    return found[0] if found else 0


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError(text) from None
