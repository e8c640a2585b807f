"""How a deal's conversation runs on each platform: which messages, and how far apart.

The figures are defaults; a seller can correct them in config.toml under
``[platforms.<id>.deadlines]`` with the same key names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.base.platforms import Platform
from app.orders.model import Order, SentMessage


@dataclass(frozen=True)
class Flow:
    thanks: bool = True  # a thank-you message after the order
    shipping_notice: bool = True  # the seller tells the buyer it shipped
    reminders: int = 2  # rating reminders: 0, 1 (first only) or 2
    rating_requests_banned: bool = False  # the platform's rules forbid asking at all
    reminder_needs_delivery: bool = False  # no reminder before the item arrives
    first_reminder_days: int = 4  # after the shipping notice
    first_reminder_days_after_delivery: int = 1  # used instead once delivery is known
    second_reminder_days: int = 3  # after the first reminder was sent
    support: bool = True  # support_notice to the buyer, then the request to the office
    support_notice_days_before: int = 1  # before the office can be asked
    # Mercari JP deals complete by themselves; the office is only for when one did not,
    # so the buyer is not told that asking the office is the next step.
    support_notice: bool = True
    operator_request_days: int | None = None  # when the profile has no operator deadline
    reply_hours: int = 24  # answer a buyer's message within


FLOWS: dict[str, Flow] = {
    # Completes by itself from 13:00 on the 9th day (the request button is for when it
    # did not): reminders on days 4 and 7, no notice to the buyer.
    "mercari_jp": Flow(support_notice=False),
    # Operator from the 14th day: reminders on days 4 and 8, the notice on day 12.
    "rakuma": Flow(second_reminder_days=4, support_notice_days_before=2),
    # Buyers are auto-rated 3 days after delivery; asking before delivery is prohibited.
    "mercari_us": Flow(reminders=1, reminder_needs_delivery=True, support=False),
    # Amazon sends its own order and shipping mails and forbids rating requests.
    "amazon_jp": Flow(
        thanks=False,
        shipping_notice=False,
        reminders=0,
        rating_requests_banned=True,
        support=False,
    ),
    # No operator completes a Yahoo! deal on request (none was found): Auctions releases
    # the payment about 15 days after payment, the flea market completes by itself.
    "yahoo_auctions": Flow(second_reminder_days=4, support=False),
    "yahoo_fleamarket": Flow(second_reminder_days=4, support=False),
    # eBay feedback is the buyer's choice; no reminder templates, no office step.
    "ebay": Flow(reminders=0, support=False),
    "other": Flow(second_reminder_days=4, operator_request_days=14),
}

# An FBA order is shipped by Amazon, which also takes its returns and refunds them
# (domain.md, Amazon JP): the seller has nothing to ship and no shipping to apologise for.
FBA_SHIPS = (
    "FBAの注文はAmazonが出荷し、返品もAmazonが受け付けます。発送の連絡は不要です",
    "Amazon ships this FBA order and takes its returns; there is nothing for you to ship",
)
# Messages only a seller who ships the order sends.
SELF_SHIPPED = frozenset({"late_shipment", "out_of_stock", "shipping_notice"})


def is_fba(order: Order) -> bool:
    return order.platform == "amazon_jp" and order.fulfilment == "fba"


_OVERRIDABLE = (
    "first_reminder_days",
    "first_reminder_days_after_delivery",
    "second_reminder_days",
    "support_notice_days_before",
    "reply_hours",
)


def flow_for(platform: Platform) -> Flow:
    """The platform's flow, with the seller's corrections from the profile applied."""
    flow = FLOWS.get(platform.id, FLOWS["other"])
    changes: dict[str, Any] = {
        key: value
        for key in _OVERRIDABLE
        if isinstance(value := platform.deadlines.get(key), int) and value >= 0
    }
    return dataclasses.replace(flow, **changes) if changes else flow


# The deal's messages that go out once; copying one again earns a warning.
ONCE = (
    "thanks",
    "shipping_notice",
    "rating_reminder_first",
    "rating_reminder_second",
    "support_notice",
    "support_request_complete",
)
REMINDERS = ("rating_reminder_first", "rating_reminder_second")


def label(template_id: str, platform: Platform, lang: str) -> str:
    """How the seller's UI names one of the deal's messages."""
    rating = platform.text("rating_word", lang)
    operator = platform.text("operator", lang)
    ja = {
        "thanks": "お礼のメッセージ",
        "shipping_notice": "発送のお知らせ",
        "rating_reminder_first": f"{rating}のお願い(1回目)",
        "rating_reminder_second": f"{rating}のお願い(2回目)",
        "support_notice": f"{operator}へ依頼する旨のお知らせ",
        "support_request_complete": f"{operator}への取引完了の依頼",
        "checking": "確認中のご連絡",
    }
    en = {
        "thanks": "thank-you message",
        "shipping_notice": "shipping notice",
        "rating_reminder_first": f"first {rating} reminder",
        "rating_reminder_second": f"second {rating} reminder",
        "support_notice": f"notice that you will ask {operator}",
        "support_request_complete": f"request to {operator} to complete the deal",
        "checking": "holding reply",
    }
    table = ja if lang == "ja" else en
    return table.get(template_id, template_id)


def last_by_template(sent: Sequence[SentMessage]) -> dict[str, SentMessage]:
    """The latest message copied from each template."""
    last: dict[str, SentMessage] = {}
    for message in sorted(sent, key=lambda m: m.sent_at):
        last[message.template_id] = message
    return last
