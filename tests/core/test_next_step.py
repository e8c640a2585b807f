from collections.abc import Mapping
from datetime import date, datetime, timedelta

import pytest

from app.base.platforms import Platform, load_platforms
from app.orders import Order, SentMessage
from app.orders.copy_cautions import cautions
from app.orders.next_step import LATER, NOW, next_steps, order_deadlines, suggest
from app.templates.library import Library

SHIPPED = datetime(2026, 12, 9, 18, 30)  # a Wednesday


@pytest.fixture(scope="module")
def platforms() -> dict[str, Platform]:
    return load_platforms(overrides={})


def sent(*items: tuple[str, datetime]) -> list[SentMessage]:
    return [SentMessage(1, at, template_id, "ja", "…") for template_id, at in items]


def first(
    platforms: Mapping[str, Platform],
    order: Order,
    messages: list[SentMessage],
    now: datetime,
    deadlines: Mapping[str, date | datetime] | None = None,
) -> tuple[str, str | None, str, str]:
    step = next_steps(order, messages, platforms[order.platform], deadlines or {}, now)[0]
    return step.state, step.template_id, step.message("ja"), step.message("en")


# Mercari JP: reminders after the shipping notice, the office from 13:00 on the 9th day.
MERCARI_DEADLINES = {
    "operator_request": datetime(2026, 12, 18, 13, 0),
    "ship_by": date(2026, 12, 10),
}


def test_mercari_jp_new_order_asks_for_thanks_then_shipping(platforms: dict) -> None:
    order = Order(platform="mercari_jp", paid=datetime(2026, 12, 7, 20, 0))
    now = datetime(2026, 12, 7, 20, 5)
    steps = next_steps(order, [], platforms["mercari_jp"], MERCARI_DEADLINES, now)
    assert [(s.state, s.template_id) for s in steps] == [
        (NOW, "thanks"),
        (LATER, "shipping_notice"),
    ]
    assert steps[1].message("ja") == "発送したら発送のお知らせを(発送期限 12月10日(木))"
    assert steps[1].message("en") == "When you ship, send the shipping notice (ship by Thu, Dec 10)"
    thanked = sent(("thanks", now))
    late = next_steps(
        order, thanked, platforms["mercari_jp"], MERCARI_DEADLINES, datetime(2026, 12, 11)
    )
    assert late[0].state == NOW and "過ぎています" in late[0].message("ja")


def test_mercari_jp_reminders_follow_the_shipping_notice(platforms: dict) -> None:
    order = Order(platform="mercari_jp", shipping_notice=SHIPPED)
    history = [("thanks", SHIPPED - timedelta(days=2)), ("shipping_notice", SHIPPED)]
    assert first(
        platforms, order, sent(*history), datetime(2026, 12, 10, 9), MERCARI_DEADLINES
    ) == (
        LATER,
        "rating_reminder_first",
        "受取評価のお願い(1回目)は12月13日(日)からが目安です",
        "First rating reminder from Sun, Dec 13",
    )
    history.append(("rating_reminder_first", datetime(2026, 12, 13, 10)))
    assert first(
        platforms, order, sent(*history), datetime(2026, 12, 16, 8), MERCARI_DEADLINES
    ) == (
        NOW,
        "rating_reminder_second",
        "受取評価のお願い(2回目)は今日が目安です",
        "Second rating reminder due today",
    )


def test_mercari_jp_office_from_1300_on_the_ninth_day(platforms: dict) -> None:
    order = Order(platform="mercari_jp", shipping_notice=SHIPPED)
    history = sent(
        ("shipping_notice", SHIPPED),
        ("rating_reminder_first", datetime(2026, 12, 13, 10)),
        ("rating_reminder_second", datetime(2026, 12, 16, 10)),
    )
    # The deal completes by itself: no notice tells the buyer the office comes next.
    waiting = first(platforms, order, history, datetime(2026, 12, 16, 11), MERCARI_DEADLINES)
    assert waiting[1] == "support_request_complete"
    morning = first(platforms, order, history, datetime(2026, 12, 18, 9), MERCARI_DEADLINES)
    assert morning == (
        LATER,
        "support_request_complete",
        "メルカリ事務局へは12月18日(金) 13:00から依頼できます",
        "You can ask Mercari from Fri, Dec 18, 1:00 PM",
    )
    afternoon = first(platforms, order, history, datetime(2026, 12, 18, 13, 0), MERCARI_DEADLINES)
    assert afternoon[0] == NOW and afternoon[1] == "support_request_complete"


def test_rakuma_asks_the_office_after_fourteen_days(platforms: dict) -> None:
    order = Order(platform="rakuma", shipping_notice=datetime(2026, 12, 9, 10))
    deadlines = {"operator_request": date(2026, 12, 23)}
    history = sent(
        ("shipping_notice", datetime(2026, 12, 9, 10)),
        ("rating_reminder_first", datetime(2026, 12, 13, 10)),
    )
    second = first(platforms, order, history, datetime(2026, 12, 15), deadlines)
    assert second[:2] == (LATER, "rating_reminder_second")
    assert second[3] == "Second rating reminder from Thu, Dec 17"
    history += sent(("rating_reminder_second", datetime(2026, 12, 17, 10)))
    notice = first(platforms, order, history, datetime(2026, 12, 21, 9), deadlines)
    assert notice[:2] == (NOW, "support_notice")
    assert notice[2] == "ラクマ事務局へ依頼する旨のお知らせは今日が目安です"
    history += sent(("support_notice", datetime(2026, 12, 21, 9)))
    ask = first(platforms, order, history, datetime(2026, 12, 21, 10), deadlines)
    assert ask[2] == "ラクマ事務局へは12月23日(水)から依頼できます"
    history += sent(("support_request_complete", datetime(2026, 12, 23, 9)))
    assert first(platforms, order, history, datetime(2026, 12, 24), deadlines)[0] == "info"


def test_mercari_us_never_reminds_before_delivery(platforms: dict) -> None:
    shipped = Order(platform="mercari_us", shipping_notice=datetime(2026, 12, 1, 15))
    history = sent(
        ("thanks", datetime(2026, 11, 30)), ("shipping_notice", datetime(2026, 12, 1, 15))
    )
    waiting = next_steps(shipped, history, platforms["mercari_us"], {}, datetime(2026, 12, 20))
    assert [s.template_id for s in waiting] == [None]
    assert waiting[0].message("en").startswith("Enter the delivery date")
    (caution,) = cautions("rating_reminder_first", shipped, history, platforms["mercari_us"])
    assert (
        caution.message("en") == "Mercari (US) does not allow asking for a rating before delivery."
    )


def test_mercari_us_auto_rates_three_days_after_delivery(platforms: dict) -> None:
    order = Order(
        platform="mercari_us",
        shipping_notice=datetime(2026, 12, 1, 15),
        delivered=datetime(2026, 12, 4, 11),
    )
    history = sent(("shipping_notice", datetime(2026, 12, 1, 15)))
    deadlines = {"auto_rate": datetime(2026, 12, 7, 11)}
    steps = next_steps(order, history, platforms["mercari_us"], deadlines, datetime(2026, 12, 5, 9))
    assert [(s.state, s.template_id) for s in steps] == [
        (NOW, "rating_reminder_first"),
        ("info", None),
    ]
    assert steps[1].message("en") == (
        "Without a rating, the deal is rated automatically on Mon, Dec 7, 11:00 AM"
    )
    after = next_steps(
        order, history, platforms["mercari_us"], deadlines, datetime(2026, 12, 7, 12)
    )
    assert [s.template_id for s in after] == [None]
    assert after[0].message("ja") == "12月7日(月) 11:00に自動で評価されました"


def test_amazon_has_no_rating_reminders_and_replies_within_24_hours(platforms: dict) -> None:
    order = Order(
        platform="amazon_jp",
        shipping_notice=datetime(2026, 12, 1, 15),
        delivered=datetime(2026, 12, 3, 12),
        last_buyer_message=datetime(2026, 12, 5, 21, 40),
    )
    deadlines = {"return_window_end": date(2027, 1, 2)}
    steps = next_steps(order, [], platforms["amazon_jp"], deadlines, datetime(2026, 12, 6, 8))
    assert [(s.state, s.template_id) for s in steps] == [(NOW, "checking"), ("info", None)]
    assert steps[0].message("ja") == "購入者への返信:12月6日(日) 21:40までに"
    assert steps[1].message("en") == "Returns are open until Sat, Jan 2"
    replied = sent(("checking", datetime(2026, 12, 6, 8, 30)))
    calm = next_steps(order, replied, platforms["amazon_jp"], deadlines, datetime(2026, 12, 8))
    assert all(s.template_id is None for s in calm)
    (caution,) = cautions("rating_reminder_first", order, [], platforms["amazon_jp"])
    assert "評価をお願いするメッセージ" in caution.message("ja")


def test_amazon_late_reply_is_flagged(platforms: dict) -> None:
    order = Order(platform="amazon_jp", last_buyer_message=datetime(2026, 12, 5, 21, 40))
    step = first(platforms, order, [], datetime(2026, 12, 7, 9))
    assert step[:2] == (NOW, "checking")
    assert step[3] == "Reply to the buyer: it was due Sun, Dec 6, 9:40 PM"


def test_yahoo_auctions_reminds_twice_then_waits_for_the_payment(platforms: dict) -> None:
    order = Order(
        platform="yahoo_auctions",
        paid=datetime(2026, 11, 30, 12),
        shipping_notice=datetime(2026, 12, 1, 9),
    )
    history = sent(
        ("shipping_notice", datetime(2026, 12, 1, 9)),
        ("rating_reminder_first", datetime(2026, 12, 5, 9)),
    )
    step = first(platforms, order, history, datetime(2026, 12, 9, 9))
    assert step[:3] == (
        NOW,
        "rating_reminder_second",
        "受け取り連絡のお願い(2回目)は今日が目安です",
    )
    history += sent(("rating_reminder_second", datetime(2026, 12, 9, 9)))
    # No operator completes a Yahoo! deal: the payment comes by itself.
    steps = suggest(order, history, platforms["yahoo_auctions"], datetime(2026, 12, 10))
    assert [(s.template_id, s.message("ja")) for s in steps] == [
        (None, "購入者の評価を待ちましょう"),
        (None, "受け取り連絡がなくても、12月15日(火)ごろに入金されます"),
    ]


def test_ebay_stops_after_the_shipping_notice(platforms: dict) -> None:
    order = Order(platform="ebay", shipping_notice=datetime(2026, 12, 1, 9))
    history = sent(
        ("thanks", datetime(2026, 11, 30)), ("shipping_notice", datetime(2026, 12, 1, 9))
    )
    steps = next_steps(order, history, platforms["ebay"], {}, datetime(2026, 12, 20))
    assert [(s.template_id, s.message("en")) for s in steps] == [(None, "Nothing to send for now")]
    # eBay's own shipping notice went out: no message is asked for in its place.
    notified = next_steps(order, [], platforms["ebay"], {}, datetime(2026, 12, 2))
    assert "shipping_notice" not in [s.template_id for s in notified]


def test_after_a_cancellation_no_thanks_or_shipping_is_suggested(platforms: dict) -> None:
    order = Order(platform="mercari_jp", paid=datetime(2026, 11, 30, 9))
    before = next_steps(order, [], platforms["mercari_jp"], {}, datetime(2026, 12, 1))
    assert "thanks" in [s.template_id for s in before]
    history = sent(("inspection_cancel", datetime(2026, 11, 30, 20)))
    (step,) = next_steps(order, history, platforms["mercari_jp"], {}, datetime(2026, 12, 1))
    assert step.template_id is None
    assert step.message("en") == "You sent the cancellation; set the deal's status to cancelled"


def test_a_finished_deal_suggests_nothing(platforms: dict) -> None:
    order = Order(platform="rakuma", status="completed", shipping_notice=SHIPPED)
    (step,) = next_steps(order, [], platforms["rakuma"], {}, datetime(2026, 12, 30))
    assert step.template_id is None and step.message("en") == "This deal is complete"


def test_a_seller_can_correct_the_reminder_days(platforms: dict) -> None:
    corrected = load_platforms(overrides={"rakuma": {"deadlines": {"first_reminder_days": 2}}})
    order = Order(platform="rakuma", shipping_notice=datetime(2026, 12, 9, 10))
    step = next_steps(order, [], corrected["rakuma"], {}, datetime(2026, 12, 11, 9))
    assert [s.template_id for s in step][-1] == "rating_reminder_first"
    assert step[-1].state == NOW


def test_suggestions_use_the_platforms_own_deadlines(platforms: dict) -> None:
    rakuma = Order(platform="rakuma", shipping_notice=datetime(2026, 12, 9, 10))
    history = sent(
        ("shipping_notice", datetime(2026, 12, 9, 10)),
        ("rating_reminder_first", datetime(2026, 12, 13, 10)),
        ("rating_reminder_second", datetime(2026, 12, 17, 10)),
        ("support_notice", datetime(2026, 12, 21, 10)),
    )
    (ask,) = suggest(rakuma, history, platforms["rakuma"], datetime(2026, 12, 21, 11))
    assert ask.message("ja") == "ラクマ事務局へは12月23日(水)から依頼できます"
    assert ask.message("en") == "You can ask Rakuma support from Wed, Dec 23"

    mercari = Order(platform="mercari_jp", shipping_notice=SHIPPED)
    steps = suggest(mercari, sent(("shipping_notice", SHIPPED)), platforms["mercari_jp"], SHIPPED)
    assert steps[-1].message("ja") == "評価がなければ12月18日(金) 13:00に取引が自動で完了します"
    # Mercari gives no figure for how far a buyer's message pushes its clock: none is made up.
    talked = mercari.replace(last_buyer_message=datetime(2026, 12, 17, 20))
    deadlines = order_deadlines(talked, platforms["mercari_jp"])
    assert deadlines["operator_request"] == datetime(2026, 12, 18, 13, 0)


def test_a_shipped_order_without_a_date_asks_for_the_date(platforms: dict) -> None:
    order = Order(platform="mercari_jp", status="shipped")
    (step,) = next_steps(order, [], platforms["mercari_jp"], {}, datetime(2026, 12, 10))
    assert step.template_id is None
    assert step.message("en") == "Enter when the shipping notice went out to see what comes next"


def test_a_stored_orders_listing_settings_give_its_ship_by(platforms: dict) -> None:
    paid = datetime(2026, 12, 1, 12, 30)
    mercari = Order(platform="mercari_jp", paid=paid)
    assert "ship_by" not in order_deadlines(mercari, platforms["mercari_jp"])
    mercari = mercari.replace(ship_option="2_3")
    assert order_deadlines(mercari, platforms["mercari_jp"])["ship_by"] == datetime(
        2026, 12, 4, 12, 30
    )
    step = suggest(mercari, [], platforms["mercari_jp"], datetime(2026, 12, 2, 9))[-1]
    assert step.template_id == "shipping_notice" and "12月4日" in step.message("ja")
    ebay = Order(platform="ebay", paid=datetime(2026, 12, 4, 10), handling_days=2)
    # Two business days from Friday: Tuesday.
    assert order_deadlines(ebay, platforms["ebay"])["ship_by"] == date(2026, 12, 8)


def test_every_suggested_message_exists_for_its_platform(platforms: dict, library: Library) -> None:
    """Follow each platform's deal day by day, sending what is due: every template a
    step names is one the library offers on that platform, in both languages."""
    offered = {(t.id, t.lang, pid) for t in library.templates for pid in t.platforms}
    for pid, platform in platforms.items():
        start = datetime(2026, 12, 1, 9)
        order = Order(
            platform=pid,
            ordered=start,
            paid=start,
            last_buyer_message=start + timedelta(hours=1),
            ship_option="2_3",
            handling_days=2,
        )
        history: list[SentMessage] = []
        named: set[str] = set()
        for day in range(40):
            now = start + timedelta(days=day, hours=10)
            if day == 2:
                order = order.replace(shipping_notice=now, status="shipped")
            if day == 4:
                order = order.replace(delivered=now)
            for step in suggest(order, history, platform, now):
                if step.template_id is None:
                    continue
                named.add(step.template_id)
                for lang in ("ja", "en"):
                    assert (step.template_id, lang, pid) in offered, (pid, day, step)
                if step.state == NOW:
                    history += [SentMessage(1, now, step.template_id, "ja", "…")]
        assert named, pid


def test_an_fba_order_has_nothing_to_ship_and_no_self_shipped_messages(platforms: dict) -> None:
    amazon = platforms["amazon_jp"]
    deadlines = {"ship_by": date(2026, 12, 3)}
    now = datetime(2026, 12, 2, 9)
    mine = Order(platform="amazon_jp", paid=datetime(2026, 12, 1, 10), fulfilment="self")
    fba = mine.replace(fulfilment="fba")
    assert first(platforms, mine, [], now, deadlines)[3] == "Ship by Thu, Dec 3"
    (step,) = next_steps(fba, [], amazon, deadlines, now)
    assert "Amazon ships this FBA order" in step.message("en")
    assert "Amazonが出荷" in step.message("ja")
    assert cautions("late_shipment", mine, [], amazon) == []
    (caution,) = cautions("late_shipment", fba, [], amazon)
    assert "FBA" in caution.message("ja")
    assert cautions("out_of_stock", fba, [], amazon)
