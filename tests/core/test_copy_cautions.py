from datetime import datetime

import pytest

from app.base.platforms import Platform, load_platforms
from app.orders import Order, SentMessage
from app.orders.copy_cautions import cautions


@pytest.fixture(scope="module")
def platforms() -> dict[str, Platform]:
    return load_platforms(overrides={})


def sent(*items: tuple[str, datetime]) -> list[SentMessage]:
    return [SentMessage(1, at, template_id, "ja", "…") for template_id, at in items]


def test_a_second_shipping_notice_is_warned_about(platforms: dict) -> None:
    order = Order(platform="rakuma", shipping_notice=datetime(2026, 12, 9, 10))
    history = sent(("shipping_notice", datetime(2026, 12, 9, 10, 5)))
    (caution,) = cautions("shipping_notice", order, history, platforms["rakuma"])
    assert (
        caution.message("ja")
        == "発送のお知らせは12月9日(水) 10:05にコピー済みです。もう一度送りますか？"
    )
    assert caution.message("en").startswith("You already copied the shipping notice on Wed, Dec 9")
    assert cautions("checking", order, history + history, platforms["rakuma"]) == []


def test_a_first_copy_has_no_warning(platforms: dict) -> None:
    order = Order(platform="mercari_jp", shipping_notice=datetime(2026, 12, 9, 10))
    assert cautions("shipping_notice", order, [], platforms["mercari_jp"]) == []
    assert cautions("rating_reminder_first", order, [], platforms["mercari_jp"]) == []


def test_only_amazon_forbids_asking_for_a_rating(platforms: dict) -> None:
    (caution,) = cautions(
        "rating_reminder_first", Order(platform="amazon_jp"), [], platforms["amazon_jp"]
    )
    assert caution.message("en") == "Amazon (Japan) does not allow messages that ask for a rating."
    assert cautions("rating_reminder_first", Order(platform="ebay"), [], platforms["ebay"]) == []
