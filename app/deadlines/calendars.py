"""Business days: weekdays that are not public holidays in the platform's country.

The holiday tables come from the `holidays` package (kept up to date by its
maintainers), never from a list of our own.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

# The holiday tables take ~70 ms to import: they load with the first business-day count,
# not with the desk (whose first paint needs no dates).
if TYPE_CHECKING:
    import holidays

NAMES = {"JP": ("日本", "Japan"), "US": ("米国", "US")}


class CalendarError(ValueError):
    """A country code the holiday package does not know."""


@lru_cache(maxsize=16)
def _calendar(country: str) -> holidays.HolidayBase:
    import holidays

    try:
        return holidays.country_holidays(country)
    except NotImplementedError:
        raise CalendarError(f"no public-holiday calendar for {country!r}") from None


def is_business_day(day: date, country: str) -> bool:
    return day.weekday() < 5 and day not in _calendar(country)


def add_business_days(start: date, days: int, country: str) -> date:
    """`days` business days after `start`: weekends and `country`'s holidays skipped."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_business_day(current, country):
            remaining -= 1
    return current


def describe(country: str | None, lang: str) -> str:
    """How a deadline's days were counted, for its tooltip."""
    if country is None:
        return "暦日で計算" if lang == "ja" else "counted in calendar days"
    ja, en = NAMES.get(country, (country, country))
    if lang == "ja":
        return f"営業日で計算(土日と{ja}の祝日を除く)"
    return f"counted in business days (weekends and {en} public holidays skipped)"
