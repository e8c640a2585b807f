"""The built-in library read per platform: every variant is clean under the platform's
rules, with and without the order's dates, and says what each platform really does."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time

from app.base.platforms import Platform
from app.deadlines.schedule import OrderDates, compute_deadlines
from app.policy.checks import check
from app.rendering.filters import parse_date
from app.rendering.render import render
from app.templates.library import Library
from app.templates.template_file import Template
from tests.core.test_builtin_library import example_values, problems_in, variants

JAPANESE = re.compile(r"[ぁ-んァ-ン一-龥]")
# Telling a Mercari JP buyer that the office will complete the deal (it completes itself).
MERCARI_OFFICE_NEXT = re.compile(
    r"事務局(に|へ)(取引の完了|相談)|ask Mercari|contact Mercari about"
)


def order_deadlines(template: Template, platform: Platform) -> dict[str, date | datetime]:
    """The deadlines of the example order, from its dates (shipping notice at 10:00)."""
    example = template.example

    def when(name: str) -> datetime | None:
        value = example.get(name)
        return None if value is None else datetime.combine(parse_date(value), time(10))

    dates = OrderDates(
        ordered=when("order_date"),
        paid=when("payment_date") or when("order_date"),
        shipping_notice=when("ship_date"),
        delivered=when("delivery_date"),
    )
    # The listing's ship settings the example gives (Mercari JP and Rakuma, eBay).
    choices = {key: example[key] for key in ("ship_option", "handling_days") if key in example}
    return {d.key: d.when for d in compute_deadlines(platform, dates, choices).all()}


def renders(
    library: Library, platforms: dict[str, Platform]
) -> Iterator[tuple[str, Template, Platform, str]]:
    for template in library.templates:
        for platform_id in template.platforms:
            platform = platforms[platform_id]
            for dated in (False, True):
                deadlines = order_deadlines(template, platform) if dated else {}
                for variant, overrides in variants(template):
                    values = example_values(template, platform) | overrides
                    text = render(template, values, platform, deadlines=deadlines)
                    where = (
                        f"{template.lang}/{template.id} on {platform_id} ({variant}, dated={dated})"
                    )
                    yield where, template, platform, text


def test_every_variant_on_every_platform_is_clean_under_lint(
    library: Library, platforms: dict[str, Platform]
) -> None:
    failures: list[str] = []
    count = 0
    for where, template, platform, text in renders(library, platforms):
        count += 1
        failures.extend(f"{where}: {p}" for p in problems_in(text, platform))
        for finding in check(text, platform.id, addressee=template.addressee):
            failures.append(f"{where}: {finding.rule} {text[finding.start : finding.end]!r}")
        if template.lang == "en":
            if JAPANESE.search(text):
                failures.append(f"{where}: Japanese in the English message")
            if "office" in text:
                failures.append(f"{where}: says 'office' (Mercari / Rakuma support)")
        to_mercari_buyer = platform.id == "mercari_jp" and template.addressee == "buyer"
        if to_mercari_buyer and (found := MERCARI_OFFICE_NEXT.search(text)):
            failures.append(f"{where}: the office as the next step: {found.group(0)!r}")
        if platform.id == "rakuma" and re.search(
            r"事務局(を通して|へ)返金|refund through Rakuma", text
        ):
            failures.append(f"{where}: a refund through Rakuma support")
    assert failures == []
    assert count > 1000


def test_mercari_us_messages_that_send_buyers_to_support_give_the_three_days(
    library: Library, platforms: dict[str, Platform]
) -> None:
    platform = platforms["mercari_us"]
    sent_to_support = 0
    for where, template, _platform, text in renders(library, platforms):
        if _platform is not platform or platform.text("buyer_help_path", template.lang) not in text:
            continue
        sent_to_support += 1
        # The platform's sourced note, word for word: report within 3 days, do not rate yet.
        assert platform.text("support_note", template.lang) in text, where
        if template.lang == "ja":
            assert "到着から\n3日以内" in text and "評価はまだなさらないでください" in text, where
        else:
            assert "within 3 days of delivery" in text and "don't rate" in text, where
    assert sent_to_support >= 6  # support_redirect, partial_refund_alternative, return_accept


def test_each_amazon_template_says_whether_it_is_a_reply_or_a_message_the_seller_starts(
    library: Library,
) -> None:
    for template in library.templates:
        if "amazon_jp" in template.platforms:
            assert "amazon_message" in template.path.read_text(encoding="utf-8"), template.path
    starts = {t.id for t in library.for_lang("ja") if t.amazon_message == "proactive"}
    assert {"out_of_stock", "address_check", "late_shipment", "rating_reply"} <= starts


def test_amazon_cancellations_need_no_buyer_approval_and_charge_nothing(
    library: Library, platforms: dict[str, Platform]
) -> None:
    amazon = platforms["amazon_jp"]
    for lang, charged in (("ja", "今回は請求されません"), ("en", "will not be charged")):
        for template_id, values in (
            ("out_of_stock", {"include_cancel_approval": True}),
            ("cancel_request_reply", {"answer": "accept"}),
        ):
            template = library.get(template_id, lang)
            assert template is not None
            text = render(template, example_values(template, amazon) | values, amazon)
            # Amazon's sourced facts, word for word: the seller cancels, no charge yet.
            assert amazon.text("seller_cancel", lang) in text, template_id
            assert amazon.text("charge_timing", lang) in text and charged in text
            assert "承認" not in text and "同意" not in text and "agree" not in text
        late = library.get("late_shipment", lang)
        assert late is not None
        waiting = render(
            late, example_values(late, amazon) | {"include_cancel_offer": True}, amazon
        )
        assert "キャンセル" not in waiting and "cancel" not in waiting


def test_returns_go_the_platforms_own_way(library: Library, platforms: dict[str, Platform]) -> None:
    ebay, amazon = platforms["ebay"], platforms["amazon_jp"]
    for lang in ("ja", "en"):
        warranty = library.get("return_warranty", lang)
        assert warranty is not None
        on_ebay = render(warranty, example_values(warranty, ebay), ebay)
        assert "My eBay > " in on_ebay and "Return this item" in on_ebay
        fba = render(warranty, example_values(warranty, amazon) | {"fulfilment": "fba"}, amazon)
        own = render(warranty, example_values(warranty, amazon) | {"fulfilment": "self"}, amazon)
        amazon_refunds = amazon.text("fba_returns", lang)
        assert "Amazon" in amazon_refunds
        assert amazon_refunds in fba and amazon_refunds not in own


def test_the_shipping_notice_asks_for_the_rating_after_arrival_except_on_mercari_us(
    library: Library, platforms: dict[str, Platform]
) -> None:
    template = library.get("shipping_notice", "ja")
    assert template is not None
    on_mercari = render(
        template, example_values(template, platforms["mercari_jp"]), platforms["mercari_jp"]
    )
    assert (
        "届きましたら中身をご確認のうえ、\n問題がなければ受取評価を\nお願いいたします。"
        in on_mercari
    )
    us = platforms["mercari_us"]
    assert "評価をお願い" not in render(template, example_values(template, us), us)


def test_an_empty_optional_value_prints_no_bare_label(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for lang, label in (("ja", "追跡番号:"), ("en", "Tracking number:")):
        template = library.get("shipping_notice", lang)
        assert template is not None
        platform = platforms["rakuma"]
        values = example_values(template, platform) | {"has_tracking": True, "tracking_number": ""}
        assert label not in render(template, values, platform)


def test_a_purchase_request_is_mentioned_only_on_rakuma(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for template_id in ("bundle", "listing_for_buyer"):
        template = library.get(template_id, "ja")
        assert template is not None
        for platform_id in template.platforms:
            platform = platforms[platform_id]
            text = render(template, example_values(template, platform), platform)
            assert ("購入申請" in text) == (platform_id == "rakuma"), (template_id, platform_id)


def test_counts_read_as_words_in_english(library: Library, platforms: dict[str, Platform]) -> None:
    template = library.get("support_notice", "en")
    assert template is not None
    platform = platforms["rakuma"]
    once = render(template, example_values(template, platform) | {"reminder_count": 1}, platform)
    assert "written to you once since" in once


def test_a_yahoo_auctions_refund_before_shipping_is_a_cancelled_deal_in_torihiki_navi(
    library: Library, platforms: dict[str, Platform]
) -> None:
    yahoo = platforms["yahoo_auctions"]
    assert yahoo.text("refund_route", "ja")
    said = {"ja": "取引ナビから取引を中止し、", "en": "cancel the deal in Torihiki Navi"}
    for lang in ("ja", "en"):
        for template_id, values in (
            ("cancel_request_reply", {"answer": "accept"}),
            ("out_of_stock", {}),
            ("inspection_cancel", {"is_paid": True}),
        ):
            template = library.get(template_id, lang)
            assert template is not None
            text = render(template, example_values(template, yahoo) | values, yahoo)
            assert said[lang] in text, (lang, template_id)


def test_yahoo_reminders_promise_no_step_with_support(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for pid in ("yahoo_auctions", "yahoo_fleamarket"):
        platform = platforms[pid]
        for lang in ("ja", "en"):
            template = library.get("rating_reminder_second", lang)
            assert template is not None
            values = example_values(template, platform) | {"include_operator_note": True}
            text = render(template, values, platform)
            assert platform.text("support_name", lang) not in text, (pid, lang)
            assert "事務局" not in text and "support" not in text, (pid, lang)


def test_japanese_lines_stay_short_for_phones(
    library: Library, platforms: dict[str, Platform]
) -> None:
    """Buyers read on phones: a line of the template's own words stays within 22
    characters. Lines carrying a typed value, a menu path or a data row may be longer."""
    long_lines: set[str] = set()
    for where, template, platform, text in renders(library, platforms):
        if template.lang != "ja":
            continue
        values = [
            part for v in example_values(template, platform).values() for part in str(v).split("\n")
        ]
        values += [labels.get("ja", "") for _key, labels in platform.carriers]
        values += [labels.get("ja", "") for f in template.fields for _key, labels in f.choices]
        values += [platform.text(key, "ja") for key in ("support_name", "operator")]
        for line in text.split("\n"):
            if len(line) <= 22 or ">" in line or ":" in line:
                continue
            if any(value and value in line for value in values if len(value) > 1):
                continue
            long_lines.add(f"{where}: {line}")
    assert sorted(long_lines) == []


def test_yahoo_messages_promise_the_listings_days_not_yahoos_outer_limit(
    library: Library, platforms: dict[str, Platform]
) -> None:
    # Yahoo!'s 7 days is the limit after which the buyer may cancel; a buyer is told the
    # days the listing promised. Rakuma's ship-by is the listing's own 発送日の目安.
    paid = OrderDates(paid=datetime(2026, 12, 1, 12, 30))
    for lang, promised, late in (
        ("ja", "2日以内に発送いたします", "お約束の日までに"),
        ("en", "within 2 days", "by the date I promised"),
    ):
        thanks = library.get("thanks", lang)
        shipment = library.get("late_shipment", lang)
        assert thanks is not None and shipment is not None
        flea = platforms["yahoo_fleamarket"]
        values = example_values(thanks, flea) | {"has_ship_date": False}
        text = render(thanks, values, flea, deadlines=compute_deadlines(flea, paid))
        assert promised in text
        assert "12月8日" not in text and "Dec 8" not in text  # not Yahoo's limit
        for pid in ("yahoo_auctions", "yahoo_fleamarket"):
            platform = platforms[pid]
            found = compute_deadlines(platform, paid)
            text = render(shipment, example_values(shipment, platform), platform, deadlines=found)
            assert late in text, (lang, pid)
            if lang == "ja":  # an auction is won, not ordered
                assert ("ご落札" in text) == (pid == "yahoo_auctions"), pid
        rakuma = platforms["rakuma"]
        found = compute_deadlines(rakuma, paid, {"ship_option": "2_3"})
        text = render(shipment, example_values(shipment, rakuma), rakuma, deadlines=found)
        assert ("12月4日" if lang == "ja" else "Dec 4") in text and late not in text
