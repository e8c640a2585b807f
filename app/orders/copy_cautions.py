"""Warnings before a copy: a message already sent, or one the platform does not allow."""

from __future__ import annotations

from collections.abc import Sequence

from app.base.platforms import Platform
from app.orders.model import Order, SentMessage
from app.orders.next_step_rules import (
    ONCE,
    REMINDERS,
    SELF_SHIPPED,
    flow_for,
    is_fba,
    label,
    last_by_template,
)
from app.orders.next_step_text import Caution
from app.rendering.filters import format_datetime


def cautions(
    template_id: str, order: Order, sent: Sequence[SentMessage], platform: Platform
) -> list[Caution]:
    """Warnings to show before copying ``template_id`` for this order."""
    found: list[Caution] = []
    flow = flow_for(platform)
    if template_id in REMINDERS and flow.rating_requests_banned:
        name_ja, name_en = platform.name("ja"), platform.name("en")
        found.append(
            Caution(
                template_id,
                f"{name_ja}では評価をお願いするメッセージは送らないでください。",
                f"{name_en} does not allow messages that ask for a rating.",
            )
        )
    elif template_id in REMINDERS and flow.reminder_needs_delivery and order.delivered is None:
        found.append(
            Caution(
                template_id,
                f"{platform.name('ja')}では、商品が届く前に評価をお願いできません。",
                f"{platform.name('en')} does not allow asking for a rating before delivery.",
            )
        )
    if template_id in SELF_SHIPPED and is_fba(order):
        found.append(
            Caution(
                template_id,
                "この注文はFBAです。出荷と返品はAmazonが行うため、"
                "ご自身で発送する注文向けのこのメッセージは送らないでください。",
                "This is an FBA order: Amazon ships it and takes its returns, so this "
                "message, meant for orders you ship yourself, should not go out.",
            )
        )
    previous = last_by_template(sent).get(template_id)
    if template_id in ONCE and previous is not None:
        found.append(
            Caution(
                template_id,
                f"{label(template_id, platform, 'ja')}は"
                f"{format_datetime(previous.sent_at, 'ja')}にコピー済みです。"
                "もう一度送りますか？",
                f"You already copied the {label(template_id, platform, 'en')} on "
                f"{format_datetime(previous.sent_at, 'en')}. Send it again?",
            )
        )
    return found
