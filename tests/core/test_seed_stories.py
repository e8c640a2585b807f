"""Each seller's story (the seeds) replayed from the built-in library, step by step, in
both languages: every message the seller needed exists for their platform, renders
with their order's facts and is clean under the platform's rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from app.base.platforms import Platform
from app.deadlines.schedule import OrderDates, compute_deadlines
from app.policy.checks import check
from app.rendering.render import render
from app.templates.library import Library
from tests.core.test_builtin_library import problems_in

# A value given as {"ja": ..., "en": ...} is typed in each message's language.
Step = tuple[str, dict[str, Any], tuple[str, str]]  # template, values, (ja, en) must-say

STORIES: dict[str, tuple[str, OrderDates, list[Step]]] = {
    # 000: Mercari US binoculars; the buyer reports a scratch; support says send them there.
    "000": (
        "mercari_us",
        OrderDates(ordered=datetime(2026, 12, 5, 9), delivered=datetime(2026, 12, 12, 15)),
        [
            (
                "thanks",
                {"item_name": {"ja": "ドイツ製 8x42 双眼鏡", "en": "8x42 binoculars"}},
                ("ご購入", "Thank you for buying"),
            ),
            ("shipping_notice", {"carrier": "usps"}, ("USPS", "USPS")),
            ("checking", {"reply_deadline": "2026-12-13"}, ("確認", "looking into")),
            ("support_redirect", {"include_checked_note": True}, ("3日以内", "within 3 days")),
            ("partial_refund_alternative", {"reason": "scratch"}, ("一部返金", "partial refunds")),
            ("rating_thanks", {}, ("評価", "rating")),
        ],
    ),
    # 001: Rakuma; the buyer never rates; support completes the deal after 14 + 3 days.
    "001": (
        "rakuma",
        OrderDates(ordered=datetime(2026, 12, 8, 9), shipping_notice=datetime(2026, 12, 9, 10)),
        [
            (
                "thanks",
                {"has_ship_date": True, "ship_date": "2026-12-09"},
                ("発送する予定", "plan to ship"),
            ),
            (
                "shipping_notice",
                {"carrier": "rakuma_post"},
                ("問題がなければ受取評価を", "if all is well, complete the rating"),
            ),
            (
                "rating_reminder_first",
                {"has_delivery_date": False},
                ("届いておりますか", "arrived safely"),
            ),
            ("rating_reminder_second", {"include_operator_note": True}, ("12月23日", "Dec 23")),
            ("support_notice", {"reminder_count": 3}, ("ラクマ事務局", "Rakuma support")),
            (
                "support_request_complete",
                {"carrier": "rakuma_post"},
                ("取引の完了", "complete this order"),
            ),
            ("rating_comment", {"praise": "careful"}, ("ありがとうございました", "Thank you")),
        ],
    ),
    # 002: Amazon FBA Blu-ray box with a crushed corner; 3,000 yen back; a phone call; an
    # unfair rating about the product; a defect after the return window.
    "002": (
        "amazon_jp",
        OrderDates(
            delivered=datetime(2026, 12, 10, 12), last_buyer_message=datetime(2026, 12, 11, 20)
        ),
        [
            ("checking", {"include_apology": True}, ("確認を進めて", "looking into")),
            ("partial_refund_offer", {"refund_amount": 3000}, ("3,000円", "¥3,000")),
            ("refund_done", {"refund_amount": 3000}, ("3,000円", "¥3,000")),
            ("message_redirect", {}, ("出品者に連絡する", "Contact seller")),
            (
                "support_request_remove_rating",
                {"removal_reason": "product_review"},
                ("商品そのもの", "product itself"),
            ),
            (
                "return_warranty",
                {"fulfilment": "fba", "is_within_return_window": True},
                ("Amazonが行います", "Amazon receives"),
            ),
            ("return_warranty", {"is_within_return_window": False}, ("メーカー", "warranty")),
        ],
    ),
    # 003: Amazon self-fulfilled; an address without a house number; mail bounces; a
    # letter in the parcel; stock missing; shipping late while waiting for an answer.
    "003": (
        "amazon_jp",
        OrderDates(ordered=datetime(2026, 12, 7, 9)),
        [
            ("address_check", {}, ("番地", "house")),
            (
                "support_request_unreachable",
                {"contact_problem": "bounced"},
                ("エラーで届かず", "delivery error"),
            ),
            ("enclosed_letter", {"include_contact_failed_note": True}, ("お手紙", "note")),
            ("out_of_stock", {}, ("請求されません", "will not be charged")),
            ("late_shipment", {"include_cancel_offer": True}, ("必ず発送", "at the latest")),
        ],
    ),
    # 003, on Yahoo! Auctions: a parcel sent back as undeliverable (あて先不明).
    "003-yahoo": (
        "yahoo_auctions",
        OrderDates(ordered=datetime(2026, 12, 7, 9)),
        [
            ("winner_contact", {}, ("取引ナビ", "Torihiki Navi")),
            (
                "returned_parcel",
                {"return_reason": "unknown_address"},
                ("宛先不明", "could not be found"),
            ),
        ],
    ),
    # 004: Rakuma; a hole found before shipping, one item offered at half price, then a
    # fray and a cancellation; a bundle; a photo-only listing; a hold; haggling.
    "004": (
        "rakuma",
        OrderDates(),
        [
            ("partial_sale", {"new_price": 1500}, ("1,500円", "¥1,500")),
            (
                "inspection_cancel",
                {"is_paid": False},
                ("お支払いはなさらない", "don't make a payment"),
            ),
            ("bundle", {"has_purchase_request": True}, ("購入申請あり", "purchase requests")),
            ("photo_listing", {}, ("確認用", "only there for the photos")),
            (
                "hold_refusal",
                {"offer_price_talk": True},
                ("お値段のご相談", "talk about the price"),
            ),
            ("discount_refusal", {}, ("お値下げはお受けしておりません", "not able to lower")),
            ("listing_for_buyer", {}, ("専用", "just for you")),
        ],
    ),
}


def in_lang(values: dict[str, Any], lang: str) -> dict[str, Any]:
    return {k: v[lang] if isinstance(v, dict) and lang in v else v for k, v in values.items()}


@pytest.mark.parametrize("seed", sorted(STORIES))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_sellers_story_replays_from_the_library(
    seed: str, lang: str, library: Library, platforms: dict[str, Platform]
) -> None:
    platform_id, dates, steps = STORIES[seed]
    platform = platforms[platform_id]
    deadlines = {d.key: d.when for d in compute_deadlines(platform, dates).all()}
    for template_id, values, must_say in steps:
        template = library.get(template_id, lang)
        assert template is not None, template_id
        assert platform_id in template.platforms, (template_id, platform_id)
        filled = template.example_for(platform.currency) | in_lang(values, lang)
        text = render(template, filled, platform, deadlines=deadlines)
        assert problems_in(text, platform) == [], (template_id, text)
        findings = check(text, platform_id, addressee=template.addressee)
        assert [f.rule for f in findings] == [], (template_id, text)
        expected = must_say[0] if lang == "ja" else must_say[1]
        assert expected in text, (template_id, text)
