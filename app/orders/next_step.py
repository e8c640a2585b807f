"""The next message of a deal: what to send, and when."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

from app.base.platforms import Platform
from app.deadlines.schedule import Deadlines, compute_deadlines
from app.orders.model import Order, SentMessage, as_datetime
from app.orders.next_step_rules import FBA_SHIPS, Flow, flow_for, is_fba, last_by_template
from app.orders.next_step_text import (
    INFO,
    LATER,
    NOW,
    Suggestion,
    day_after,
    operator_step,
    ship_by_step,
    timed_step,
    when_text,
)

# Templates that tell the buyer the deal is cancelled.
CANCELLATIONS = frozenset({"inspection_cancel", "out_of_stock"})


class _Deal(NamedTuple):
    """What the steps after the shipping notice read about one order at one moment."""

    order: Order
    flow: Flow
    platform: Platform
    last: Mapping[str, SentMessage]  # the latest message copied from each template
    times: Mapping[str, datetime]  # the deadlines, each as a moment
    now: datetime


def order_deadlines(order: Order, platform: Platform) -> Deadlines:
    """The order's deadlines from its dates, its listing's settings and the platform's."""
    return compute_deadlines(platform, order.dates(), order.choices())


def suggest(
    order: Order, sent: Sequence[SentMessage], platform: Platform, now: datetime
) -> list[Suggestion]:
    """``next_steps`` with the deadlines the platform's settings give for this order."""
    return next_steps(order, sent, platform, order_deadlines(order, platform), now)


def next_steps(
    order: Order,
    sent: Sequence[SentMessage],
    platform: Platform,
    deadlines: Mapping[str, date | datetime],
    now: datetime,
) -> list[Suggestion]:
    """What to do next for the order, the most pressing first."""
    if order.status in ("completed", "cancelled"):
        done = order.status == "completed"
        return [
            Suggestion(
                INFO,
                "この取引は完了しています" if done else "この取引はキャンセル済みです",
                "This deal is complete" if done else "This deal was cancelled",
            )
        ]
    flow = flow_for(platform)
    last = last_by_template(sent)
    if CANCELLATIONS & last.keys():  # no thanks or reminders after telling the buyer so
        return [
            Suggestion(
                INFO,
                "キャンセルのご連絡を送りました。取引の状態を「キャンセル」にしてください",
                "You sent the cancellation; set the deal's status to cancelled",
            )
        ]
    times = {key: as_datetime(value) for key, value in deadlines.items()}
    steps = _reply(order, sent, flow, times, now)
    if order.shipping_notice is None and order.status == "shipped":
        steps.append(
            Suggestion(
                INFO,
                "発送通知の日時を入れると、次の連絡の目安が出ます",
                "Enter when the shipping notice went out to see what comes next",
            )
        )
    elif order.shipping_notice is None and is_fba(order):
        steps.append(Suggestion(INFO, *FBA_SHIPS))
    elif order.shipping_notice is None:
        steps += _before_shipping(flow, last, times, now)
    else:
        steps += _after_shipping(_Deal(order, flow, platform, last, times, now))
    return steps or [Suggestion(INFO, "今は送るメッセージはありません", "Nothing to send for now")]


def _reply(
    order: Order,
    sent: Sequence[SentMessage],
    flow: Flow,
    times: Mapping[str, datetime],
    now: datetime,
) -> list[Suggestion]:
    asked = order.last_buyer_message
    if asked is None or any(m.sent_at >= asked for m in sent):
        return []
    by = times.get("reply_by", asked + timedelta(hours=flow.reply_hours))
    ja, en = when_text(by, "ja"), when_text(by, "en")
    if by < now:
        texts = (f"購入者への返信:期限の{ja}を過ぎています", f"Reply to the buyer: it was due {en}")
    else:
        texts = (f"購入者への返信:{ja}までに", f"Reply to the buyer by {en}")
    return [Suggestion(NOW, *texts, "checking", by)]


def _before_shipping(
    flow: Flow, last: Mapping[str, SentMessage], times: Mapping[str, datetime], now: datetime
) -> list[Suggestion]:
    steps: list[Suggestion] = []
    if flow.thanks and "thanks" not in last:
        steps.append(
            Suggestion(
                NOW, "お礼のメッセージを送りましょう", "Send a thank-you message", "thanks", now
            )
        )
    ship_by = times.get("ship_by")
    if flow.shipping_notice:
        if ship_by is None:
            steps.append(
                Suggestion(
                    LATER,
                    "発送したら発送のお知らせを送りましょう",
                    "When you ship, send the shipping notice",
                    "shipping_notice",
                )
            )
        else:
            steps.append(ship_by_step(ship_by, now))
    elif ship_by is not None:
        steps.append(
            Suggestion(
                INFO,
                f"発送期限は{when_text(ship_by, 'ja')}です",
                f"Ship by {when_text(ship_by, 'en')}",
            )
        )
    return steps


def _after_shipping(deal: _Deal) -> list[Suggestion]:
    # The marketplace's shipping notice has gone out: no message is asked for in its place.
    steps: list[Suggestion] = []
    steps += _rating(deal)
    steps += _facts(deal.order, deal.times, deal.now)
    return steps


def _rating(deal: _Deal) -> list[Suggestion]:
    order, flow, platform, last, times, now = deal
    if flow.reminders == 0 or order.shipping_notice is None:
        return []
    if flow.reminder_needs_delivery and order.delivered is None:
        return [
            Suggestion(
                INFO,
                "届いたら配達日を入力してください(届く前に評価はお願いできません)",
                "Enter the delivery date once it arrives (no rating reminder before delivery)",
            )
        ]
    auto_rate = times.get("auto_rate")
    if auto_rate is not None and auto_rate <= now:
        return []  # the platform has rated the deal; _facts says when
    operator_at = times.get("operator_request")
    if operator_at is None and flow.support and flow.operator_request_days is not None:
        operator_at = day_after(order.shipping_notice, flow.operator_request_days)
    request = last.get("support_request_complete")
    if request is not None:
        operator = (platform.text("operator", "ja"), platform.text("operator", "en"))
        asked_ja, asked_en = when_text(request.sent_at, "ja"), when_text(request.sent_at, "en")
        return [
            Suggestion(
                INFO,
                f"{asked_ja}に{operator[0]}へ依頼しました。対応を待ちましょう",
                f"You asked {operator[1]} on {asked_en}; wait for their answer",
            )
        ]
    first, second = last.get("rating_reminder_first"), last.get("rating_reminder_second")
    if first is None:
        if order.delivered is not None:
            due = day_after(order.delivered, flow.first_reminder_days_after_delivery)
        else:
            due = day_after(order.shipping_notice, flow.first_reminder_days)
        return [timed_step("rating_reminder_first", due, platform, now)]
    if flow.reminders >= 2 and second is None:
        return [
            timed_step(
                "rating_reminder_second",
                day_after(first.sent_at, flow.second_reminder_days),
                platform,
                now,
            )
        ]
    if not flow.support or operator_at is None:
        return [Suggestion(INFO, "購入者の評価を待ちましょう", "Wait for the buyer's rating")]
    if flow.support_notice and "support_notice" not in last:
        due = operator_at - timedelta(days=flow.support_notice_days_before)
        return [timed_step("support_notice", due, platform, now)]
    return [operator_step(operator_at, platform, now)]


# What happens without the buyer, while it is still ahead: (deadline, ja, en).
_COMES_BY_ITSELF = (
    (
        "auto_complete",
        "評価がなければ{}に取引が自動で完了します",
        "Without a rating, the deal completes on its own on {}",
    ),
    (
        "payment_release",
        "受け取り連絡がなくても、{}ごろに入金されます",
        "Without the receipt confirmation, the payment is released around {}",
    ),
)


def _facts(order: Order, times: Mapping[str, datetime], now: datetime) -> list[Suggestion]:
    """Dates worth knowing once the item is on its way."""
    facts: list[Suggestion] = []
    auto_rate = times.get("auto_rate")
    if auto_rate is not None and order.delivered is not None:
        if auto_rate <= now:
            facts.append(
                Suggestion(
                    INFO,
                    f"{when_text(auto_rate, 'ja')}に自動で評価されました",
                    f"The deal was rated automatically on {when_text(auto_rate, 'en')}",
                )
            )
        else:
            facts.append(
                Suggestion(
                    INFO,
                    f"評価がなければ{when_text(auto_rate, 'ja')}に自動で評価されます",
                    "Without a rating, the deal is rated automatically on "
                    f"{when_text(auto_rate, 'en')}",
                )
            )
    for key, ja, en in _COMES_BY_ITSELF:
        when = times.get(key)
        if when is not None and when > now:
            facts.append(
                Suggestion(INFO, ja.format(when_text(when, "ja")), en.format(when_text(when, "en")))
            )
    returns = times.get("return_window_end")
    if returns is not None and order.delivered is not None:
        facts.append(
            Suggestion(
                INFO,
                f"返品の受付は{when_text(returns, 'ja')}まで",
                f"Returns are open until {when_text(returns, 'en')}",
            )
        )
    return facts
