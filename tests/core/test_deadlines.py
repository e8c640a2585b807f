"""Deadlines from the platform settings and an order's dates, platform by platform."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.base.platforms import Platform, load_platforms
from app.deadlines.schedule import (
    OrderDates,
    add_business_days,
    compute_deadlines,
)
from tests.core.deadline_helpers import CHOICES, deadlines

# --- Mercari JP: 13:00 on the 9th day after the shipping notice ---------------------------


@pytest.mark.parametrize(
    ("notice", "completes"),
    [
        (datetime(2026, 12, 2, 18, 0), datetime(2026, 12, 11, 13, 0)),
        (datetime(2026, 12, 2, 0, 5), datetime(2026, 12, 11, 13, 0)),
        (datetime(2026, 12, 2, 23, 59), datetime(2026, 12, 11, 13, 0)),
        (date(2026, 12, 2), datetime(2026, 12, 11, 13, 0)),
        # month and year ends
        (datetime(2026, 1, 25, 10, 0), datetime(2026, 2, 3, 13, 0)),
        (datetime(2026, 12, 28, 10, 0), datetime(2027, 1, 6, 13, 0)),
        # leap years: 2028-02-29 exists, 2027-02-29 does not
        (datetime(2028, 2, 20, 10, 0), datetime(2028, 2, 29, 13, 0)),
        (datetime(2028, 2, 21, 10, 0), datetime(2028, 3, 1, 13, 0)),
        (datetime(2027, 2, 20, 10, 0), datetime(2027, 3, 1, 13, 0)),
    ],
)
def test_mercari_jp_completes_at_13_00_on_the_9th_day_after_the_notice(
    platforms: dict[str, Platform], notice: date | datetime, completes: datetime
) -> None:
    found = deadlines(platforms["mercari_jp"], shipping_notice=notice)
    assert found["auto_complete"] == completes
    assert found["operator_request"] == completes


def test_mercari_jp_13_00_is_the_cut_over(platforms: dict[str, Platform]) -> None:
    found = compute_deadlines(
        platforms["mercari_jp"], OrderDates(shipping_notice=datetime(2026, 12, 2, 18, 0))
    )
    completes = found.deadline("auto_complete")
    assert not completes.is_reached(datetime(2026, 12, 11, 12, 59, 59))
    assert completes.is_reached(datetime(2026, 12, 11, 13, 0))
    assert not completes.is_reached(datetime(2026, 12, 10, 13, 0))


def test_a_buyer_message_does_not_move_mercari_jp_completion_by_a_made_up_figure(
    platforms: dict[str, Platform],
) -> None:
    # Mercari's page says a message "may" extend it, with no figure: the date stays.
    found = deadlines(
        platforms["mercari_jp"],
        shipping_notice=datetime(2026, 12, 2, 18, 0),
        last_buyer_message=datetime(2026, 12, 10, 9, 0),
    )
    assert found["auto_complete"] == datetime(2026, 12, 11, 13, 0)
    assert "deadlines.after_buyer_message_days" not in dict(platforms["mercari_jp"].facts)


def test_a_seller_who_sets_the_buyer_message_days_gets_them_applied() -> None:
    platform = load_platforms({"mercari_jp": {"deadlines": {"after_buyer_message_days": 3}}})[
        "mercari_jp"
    ]
    notice = datetime(2026, 12, 2, 18, 0)
    late = deadlines(platform, shipping_notice=notice, last_buyer_message=datetime(2026, 12, 10, 9))
    assert late["auto_complete"] == datetime(2026, 12, 13, 13, 0)
    early = deadlines(platform, shipping_notice=notice, last_buyer_message=datetime(2026, 12, 3))
    assert early["auto_complete"] == datetime(2026, 12, 11, 13, 0)
    assert platform.source_of("deadlines.after_buyer_message_days") is not None


@pytest.mark.parametrize(
    ("option", "ship_by"),
    [
        ("1_2", datetime(2027, 1, 3, 12, 30)),
        ("2_3", datetime(2027, 1, 4, 12, 30)),
        ("4_7", datetime(2027, 1, 8, 12, 30)),
    ],
)
def test_mercari_jp_ships_by_the_options_longest_day_from_the_payment_time(
    platforms: dict[str, Platform], option: str, ship_by: datetime
) -> None:
    # Mercari's own example: paid 1/1 12:30 with 2~3日 -> 1/4 12:30.
    found = compute_deadlines(
        platforms["mercari_jp"],
        OrderDates(paid=datetime(2027, 1, 1, 12, 30)),
        {"ship_option": option},
    )
    assert found["ship_by"] == ship_by
    assert found.deadline("ship_by").calendar is None


def test_mercari_jp_ship_by_is_unknown_without_the_listings_option(
    platforms: dict[str, Platform],
) -> None:
    for choices in (None, {"ship_option": ""}, {"ship_option": "3"}):
        found = compute_deadlines(
            platforms["mercari_jp"], OrderDates(paid=datetime(2027, 1, 1, 12, 30)), choices
        )
        assert "ship_by" not in found
        assert "出品時の発送日数" in found.unknown["ship_by"].ja
        assert "days to ship" in found.unknown["ship_by"]
    # Without a payment date the order time stands in: the earlier, safe guess.
    only_ordered = deadlines(platforms["mercari_jp"], CHOICES, ordered=datetime(2026, 12, 1, 23))
    assert only_ordered["ship_by"] == datetime(2026, 12, 4, 23, 0)


@pytest.mark.parametrize(
    ("option", "ship_by"),
    [("1_2", date(2027, 1, 3)), ("2_3", date(2027, 1, 4)), ("4_7", date(2027, 1, 8))],
)
def test_rakuma_ships_by_the_listings_option_counted_from_the_payment_day(
    platforms: dict[str, Platform], option: str, ship_by: date
) -> None:
    # A guide says the deadline follows the listing's 発送日の目安; it names no hour, so
    # the ship-by is a day, not Mercari's payment time.
    found = compute_deadlines(
        platforms["rakuma"], OrderDates(paid=datetime(2027, 1, 1, 12, 30)), {"ship_option": option}
    )
    assert found["ship_by"] == ship_by
    assert found.deadline("ship_by").setting == "ship_days_by_option"
    source = platforms["rakuma"].source_of("deadlines.ship_days_by_option")
    assert source is not None and source.basis == "third-party"
    assert "colotanblog" in source.source and "day of payment" in source.source


def test_rakuma_ship_by_is_unknown_without_the_listings_option(
    platforms: dict[str, Platform],
) -> None:
    found = compute_deadlines(platforms["rakuma"], OrderDates(paid=datetime(2027, 1, 1, 12, 30)))
    assert "ship_by" not in found
    assert "出品時の発送日数" in found.unknown["ship_by"].ja
    assert "days to ship" in found.unknown["ship_by"]


# --- Mercari US: ship within 3 days of purchase, auto-rated 3 days after delivery ----------


@pytest.mark.parametrize(
    ("paid", "ship_by"),
    [
        (date(2026, 11, 20), date(2026, 11, 23)),  # Friday -> Monday: days, not business days
        (date(2026, 11, 25), date(2026, 11, 28)),  # over Thanksgiving
        (date(2028, 2, 27), date(2028, 3, 1)),  # over the leap day
        (date(2026, 12, 30), date(2027, 1, 2)),
    ],
)
def test_mercari_us_ships_within_3_days_of_purchase(
    platforms: dict[str, Platform], paid: date, ship_by: date
) -> None:
    found = compute_deadlines(platforms["mercari_us"], OrderDates(paid=paid))
    assert found["ship_by"] == ship_by
    assert found.deadline("ship_by").setting == "ship_days"
    source = platforms["mercari_us"].source_of("deadlines.ship_days")
    assert source is not None and source.basis == "official"
    assert "within 3 days of purchase" in source.source


def test_mercari_us_auto_rates_3_days_after_delivery(platforms: dict[str, Platform]) -> None:
    at = deadlines(platforms["mercari_us"], delivered=datetime(2026, 11, 27, 15, 0))
    assert at["auto_rate"] == datetime(2026, 11, 30, 15, 0)
    day = deadlines(platforms["mercari_us"], delivered=date(2028, 2, 27))
    assert day["auto_rate"] == date(2028, 3, 1)


# --- Rakuma: ask the office 14 days after the notice; it acts 3 or more days later ---------


def test_rakuma_follows_the_seed_timeline(platforms: dict[str, Platform]) -> None:
    # Seed 001: notice 12/9, request possible 12/23, office acts no sooner than 12/26.
    found = deadlines(platforms["rakuma"], shipping_notice=date(2016, 12, 9))
    assert found["operator_request"] == date(2016, 12, 23)
    assert found["operator_acts"] == date(2016, 12, 26)
    assert "auto_complete" not in found


def test_rakuma_across_a_month_end_and_a_leap_day(platforms: dict[str, Platform]) -> None:
    found = deadlines(platforms["rakuma"], shipping_notice=datetime(2028, 2, 15, 20, 0))
    assert found["operator_request"] == date(2028, 2, 29)
    assert found["operator_acts"] == date(2028, 3, 3)


# --- Amazon: reply within 24 hours; returns 30 days from arrival ---------------------------


def test_amazon_reply_by_and_return_window(platforms: dict[str, Platform]) -> None:
    found = deadlines(
        platforms["amazon_jp"],
        last_buyer_message=datetime(2026, 12, 31, 22, 30),
        delivered=date(2028, 1, 30),
    )
    assert found["reply_by"] == datetime(2027, 1, 1, 22, 30)
    assert found["return_window_end"] == date(2028, 2, 29)
    dated = deadlines(platforms["amazon_jp"], last_buyer_message=date(2026, 2, 28))
    assert dated["reply_by"] == date(2026, 3, 1)


# --- eBay: the listing's handling time in US business days; messages for 90 days --------


def test_ebay_message_window_and_ship_by(platforms: dict[str, Platform]) -> None:
    found = compute_deadlines(
        platforms["ebay"], OrderDates(ordered=date(2028, 1, 1), paid=date(2028, 1, 1)), CHOICES
    )
    assert found["message_window_end"] == date(2028, 3, 31)
    assert found["ship_by"] == date(2028, 1, 4)  # Saturday; Monday 1/3 is New Year's observed
    assert found.deadline("ship_by").calendar == "US"


def test_ebay_handling_time_skips_us_holidays(platforms: dict[str, Platform]) -> None:
    # Paid Wednesday 11/25; Thursday 11/26 is Thanksgiving: Friday and Monday count.
    found = deadlines(platforms["ebay"], {"handling_days": "2"}, paid=date(2026, 11, 25))
    assert found["ship_by"] == date(2026, 11, 30)
    same_day = deadlines(platforms["ebay"], {"handling_days": "0"}, paid=date(2026, 11, 25))
    assert same_day["ship_by"] == date(2026, 11, 25)


def test_ebay_ship_by_is_unknown_without_a_handling_time(platforms: dict[str, Platform]) -> None:
    for choices in (None, {"handling_days": ""}, {"handling_days": "-1"}, {"handling_days": "x"}):
        found = compute_deadlines(platforms["ebay"], OrderDates(paid=date(2026, 11, 25)), choices)
        assert "ship_by" not in found
        assert "handling time" in found.unknown["ship_by"]


def test_business_days_skip_japanese_public_holidays() -> None:
    # 2026-11-23 (Monday) is 勤労感謝の日.
    assert add_business_days(date(2026, 11, 20), 1, "JP") == date(2026, 11, 24)
    assert add_business_days(date(2026, 11, 20), 1, "US") == date(2026, 11, 23)
    platform = load_platforms({"amazon_jp": {"deadlines": {"ship_business_days": 1}}})["amazon_jp"]
    found = compute_deadlines(platform, OrderDates(paid=date(2026, 11, 20)))
    assert found["ship_by"] == date(2026, 11, 24)
    assert found.deadline("ship_by").calendar == "JP"


def test_an_unknown_holiday_calendar_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no public-holiday calendar for 'XX'"):
        add_business_days(date(2026, 11, 20), 1, "XX")


def test_yahoo_auctions_releases_payment_15_days_after_payment(
    platforms: dict[str, Platform],
) -> None:
    found = compute_deadlines(platforms["yahoo_auctions"], OrderDates(paid=date(2026, 12, 20)))
    assert found["payment_release"] == date(2027, 1, 4)
    source = platforms["yahoo_auctions"].source_of("deadlines.payment_release_days")
    assert source is not None and source.basis == "third-party"


def test_amazon_messages_the_seller_starts_end_30_days_after_delivery(
    platforms: dict[str, Platform],
) -> None:
    found = deadlines(platforms["amazon_jp"], delivered=date(2026, 12, 3))
    assert found["proactive_until"] == date(2027, 1, 2)


def test_platforms_without_delivery_rules_give_only_ship_by(
    platforms: dict[str, Platform],
) -> None:
    for platform_id, ship_by in (
        ("yahoo_fleamarket", date(2026, 3, 6)),
        ("other", date(2026, 3, 2)),
    ):
        found = deadlines(
            platforms[platform_id],
            paid=date(2026, 2, 27),
            shipping_notice=date(2026, 3, 1),
            delivered=date(2026, 3, 2),
        )
        assert found == {"ship_by": ship_by}, platform_id


@pytest.mark.parametrize("platform_id", ["yahoo_auctions", "yahoo_fleamarket"])
def test_yahoo_ships_within_7_days_of_payment_by_guides_quoting_its_rules(
    platforms: dict[str, Platform], platform_id: str
) -> None:
    # The platform's own limit (the buyer may cancel from the 8th day); a listing's
    # 発送までの日数 is the seller's promise within it, printed from what the seller types.
    found = compute_deadlines(platforms[platform_id], OrderDates(paid=datetime(2026, 12, 1, 21)))
    assert found["ship_by"] == date(2026, 12, 8)
    source = platforms[platform_id].source_of("deadlines.ship_days")
    assert source is not None and source.basis == "third-party"
    assert "8" in source.source and "発送までの日数" in source.source


def test_no_dates_no_deadlines(platforms: dict[str, Platform]) -> None:
    for platform in platforms.values():
        assert len(compute_deadlines(platform, OrderDates())) == 0
