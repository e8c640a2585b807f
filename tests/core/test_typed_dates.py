from datetime import date, datetime

import pytest

from app.base.typed_dates import TypedDateError, read_any, read_date

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-04",
        "2026/12/4",
        "2026.12.04",
        "１２/４",
        "12/4",
        "12月4日",
        "12月4日(金)",
        "2026年12月4日",
        "2026年12月4日(金)",
        "2026年 12月 4日（金曜日）",
        "Fri, Dec 4, 2026",
        "Dec 4",
        "December 4, 2026",
    ],
)
def test_every_way_a_seller_writes_the_day(text: str) -> None:
    assert read_date(text, TODAY) == date(2026, 12, 4)


def test_a_day_without_a_year_is_the_nearest_one() -> None:
    assert read_date("1/5", TODAY) == date(2027, 1, 5)
    assert read_date("11/25", TODAY) == date(2026, 11, 25)
    assert read_date("6/1", date(2026, 1, 10)) == date(2026, 6, 1)
    assert read_date("2/29", date(2027, 11, 30)) == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["", "next Tuesday", "13/40", "2026/2/30", "12", "Decx 4"])
def test_text_that_names_no_day_is_refused(text: str) -> None:
    with pytest.raises(TypedDateError):
        read_date(text, TODAY)


def test_a_day_without_a_year_needs_a_clock() -> None:
    with pytest.raises(TypedDateError):
        read_date("12/4")
    assert read_date("2026/12/4") == date(2026, 12, 4)


def test_read_any_takes_values_and_iso_text_with_a_time() -> None:
    assert read_any(datetime(2026, 12, 4, 9, 30)) == date(2026, 12, 4)
    assert read_any(date(2026, 12, 4)) == date(2026, 12, 4)
    assert read_any("2026-12-04T09:30:00") == date(2026, 12, 4)
    assert read_any("12月4日", TODAY) == date(2026, 12, 4)
