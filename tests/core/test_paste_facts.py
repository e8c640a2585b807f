"""Paste to fill reads the platform, the order's dates and the carrier too."""

from datetime import date

import pytest

from app.base.platforms import load_platforms
from app.orders.paste_facts import read_order_page
from tests.core.test_paste_fill import AMAZON_JP, EBAY, MERCARI_JP, MERCARI_US, YAHOO_AUCTIONS

TODAY = date(2026, 12, 8)
CARRIERS = {pid: p.carriers for pid, p in load_platforms(overrides={}).items()}


def facts(text: str, platform: str = "other") -> dict[str, str]:
    found = read_order_page(text, platform, TODAY, CARRIERS)
    for item in found:
        assert item.end > item.start  # every find points at its words in the paste
    return {f.field: f.value for f in found}


def test_a_mercari_page_names_its_platform_date_and_carrier() -> None:
    read = facts(MERCARI_JP, "amazon_jp")
    assert read["platform"] == "mercari_jp"
    assert read["ordered"] == "2026-12-07T20:05"
    assert read["carrier"] == "rakuraku"
    assert read["order_id"] == "m81234567890"  # read as Mercari's, not the platform chosen


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("商品ID m12345678901\n購入者 はなこ", "mercari_jp"),
        ("ゆうゆうメルカリ便で発送しました", "mercari_jp"),
        (AMAZON_JP, "amazon_jp"),
        (EBAY, "ebay"),
        (MERCARI_US, "mercari_us"),
        (YAHOO_AUCTIONS, "yahoo_auctions"),
        ("配送方法：かんたんラクマパック(日本郵便)", "rakuma"),
    ],
)
def test_the_platform_is_picked_when_the_text_shows_it(text: str, platform: str) -> None:
    assert facts(text)["platform"] == platform


def test_a_page_that_names_no_platform_leaves_it_alone() -> None:
    assert "platform" not in facts("購入者：ゆう\n商品名：収納ケース")


def test_order_and_payment_moments_in_each_way_pages_write_them() -> None:
    read = facts(AMAZON_JP)
    assert read["ordered"] == "2026-12-05T21:40"
    assert facts(EBAY)["ordered"] == "2026-12-03T00:00"
    assert facts(YAHOO_AUCTIONS)["ordered"] == "2026-12-06T22:14"  # year from the clock
    paid = facts("Paid on: Dec 4, 2026 9:15 PM\nOrder date: 12/3")
    assert paid["paid"] == "2026-12-04T21:15"
    assert paid["ordered"] == "2026-12-03T00:00"
    assert facts("支払い日時：2026/12/07 20:31")["paid"] == "2026-12-07T20:31"


def test_the_carrier_is_the_platforms_key_for_the_name_shown() -> None:
    assert facts("配送方法：ゆうパック", "mercari_jp")["carrier"] == "yupack"
    assert facts("Shipping service: USPS Ground Advantage", "ebay")["carrier"] == "usps"
    assert "carrier" not in facts("配送方法：未定", "mercari_jp")
