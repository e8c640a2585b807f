from datetime import date, datetime
from decimal import Decimal

import pytest

from app.rendering.filters import FilterError, format_date, format_datetime, format_money, with_sama


@pytest.mark.parametrize(
    ("value", "currency", "lang", "expected"),
    [
        (3000, "JPY", "ja", "3,000円"),
        (3000, "JPY", "en", "¥3,000"),
        ("３，０００円", "JPY", "ja", "3,000円"),
        (Decimal("1234567"), "JPY", "ja", "1,234,567円"),
        (12.5, "USD", "en", "$12.50"),
        ("12.5", "USD", "ja", "$12.50"),
        ("$1,200", "USD", "en", "$1,200.00"),
        (-5, "USD", "en", "-$5.00"),
    ],
)
def test_money_follows_currency_and_language(
    value: object, currency: str, lang: str, expected: str
) -> None:
    assert format_money(value, currency, lang) == expected


def test_money_refuses_text_that_is_not_an_amount() -> None:
    with pytest.raises(FilterError, match="not an amount"):
        format_money("three thousand", "JPY", "ja")


@pytest.mark.parametrize(
    ("value", "lang", "style", "expected"),
    [
        (date(2022, 12, 9), "ja", "short", "12月9日(金)"),
        ("2022-12-09", "en", "short", "Fri, Dec 9"),
        ("2026-12-09", "ja", "long", "2026年12月9日(水)"),
        ("2026/12/09", "en", "long", "Wed, Dec 9, 2026"),
        ("２０２８-０２-２９", "ja", "short", "2月29日(火)"),
    ],
)
def test_dates_read_naturally_in_each_language(
    value: object, lang: str, style: str, expected: str
) -> None:
    assert format_date(value, lang, style) == expected


def test_date_refuses_garbage() -> None:
    with pytest.raises(FilterError, match="2026/12/4"):
        format_date("next Tuesday", "en")


def test_datetime_shows_time_in_local_style() -> None:
    moment = datetime(2026, 12, 18, 13, 0)
    assert format_datetime(moment, "ja") == "12月18日(金) 13:00"
    assert format_datetime(moment, "en") == "Fri, Dec 18, 1:00 PM"
    assert format_datetime("2026-12-18T00:05", "en") == "Fri, Dec 18, 12:05 AM"


@pytest.mark.parametrize("name", ["山田 花子", "山田 花子様", "山田 花子 様", "  山田 花子様様 "])
def test_sama_is_added_exactly_once(name: str) -> None:
    assert with_sama(name, "ja") == "山田 花子様"


def test_sama_is_left_out_in_english() -> None:
    assert with_sama("Emily様", "en") == "Emily"


@pytest.mark.parametrize("name", ["", "   ", "様"])
def test_an_empty_name_is_an_error_not_a_lone_sama(name: str) -> None:
    with pytest.raises(FilterError, match="empty"):
        with_sama(name, "ja")


@pytest.mark.parametrize(
    ("typed", "ja", "en"),
    [
        ("山田さん", "山田様", "山田"),
        ("山田 さま", "山田様", "山田"),
        ("山田殿", "山田様", "山田"),
        ("ABC商事 御中", "ABC商事様", "ABC商事"),
        ("山田　花子様", "山田　花子様", "山田　花子"),
        ("Mr. Smith", "Smith様", "Mr. Smith"),
        ("Ms Jones", "Jones様", "Ms Jones"),
        ("Mrs. Brown", "Brown様", "Mrs. Brown"),
        ("Miss Emily", "Emily様", "Miss Emily"),
        ("Emily", "Emily様", "Emily"),
    ],
)
def test_a_name_typed_with_its_honorific_gets_exactly_one(typed: str, ja: str, en: str) -> None:
    assert with_sama(typed, "ja") == ja
    assert with_sama(typed, "en") == en


@pytest.mark.parametrize("name", ["さん", "御中", "Mr.", "Ms "])
def test_an_honorific_alone_is_not_a_name(name: str) -> None:
    with pytest.raises(FilterError, match="name is empty"):
        with_sama(name, "ja")
