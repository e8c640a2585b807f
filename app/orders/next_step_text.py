"""How next-step suggestions are worded, in Japanese and English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from app.base.messages import Bilingual
from app.base.platforms import Platform
from app.orders.next_step_rules import label
from app.rendering.filters import format_date, format_datetime

# Suggestion states: "now" (send it), "later" (not yet), "info" (nothing to send).
NOW, LATER, INFO = "now", "later", "info"


@dataclass(frozen=True)
class Suggestion(Bilingual):
    state: str
    message_ja: str
    message_en: str
    template_id: str | None = None  # the template to open
    due: datetime | None = None


@dataclass(frozen=True)
class Caution(Bilingual):
    """Said before a copy: a repeat, or a message the platform does not allow."""

    template_id: str
    message_ja: str
    message_en: str


def ship_by_step(ship_by: datetime, now: datetime) -> Suggestion:
    when_ja, when_en = when_text(ship_by, "ja"), when_text(ship_by, "en")
    if ship_by.date() < now.date():
        return Suggestion(
            NOW,
            f"発送期限の{when_ja}を過ぎています。発送したらお知らせを",
            f"The ship-by date ({when_en}) has passed; send the shipping notice when you ship",
            "shipping_notice",
            ship_by,
        )
    return Suggestion(
        LATER,
        f"発送したら発送のお知らせを(発送期限 {when_ja})",
        f"When you ship, send the shipping notice (ship by {when_en})",
        "shipping_notice",
        ship_by,
    )


def timed_step(template_id: str, due: datetime, platform: Platform, now: datetime) -> Suggestion:
    ja, en = label(template_id, platform, "ja"), label(template_id, platform, "en")
    en = en[0].upper() + en[1:]
    if due.date() > now.date():
        return Suggestion(
            LATER,
            f"{ja}は{when_text(due, 'ja')}からが目安です",
            f"{en} from {when_text(due, 'en')}",
            template_id,
            due,
        )
    if due.date() == now.date():
        if due > now:
            return Suggestion(
                LATER,
                f"{ja}は今日{due:%H:%M}から",
                f"{en} from {clock_text(due)} today",
                template_id,
                due,
            )
        return Suggestion(NOW, f"{ja}は今日が目安です", f"{en} due today", template_id, due)
    return Suggestion(
        NOW,
        f"{ja}を送る時期です({when_text(due, 'ja')}から)",
        f"{en} is due (since {when_text(due, 'en')})",
        template_id,
        due,
    )


def operator_step(at: datetime, platform: Platform, now: datetime) -> Suggestion:
    ja, en = platform.text("operator", "ja"), platform.text("operator", "en")
    if at > now:
        return Suggestion(
            LATER,
            f"{ja}へは{when_text(at, 'ja')}から依頼できます",
            f"You can ask {en} from {when_text(at, 'en')}",
            "support_request_complete",
            at,
        )
    return Suggestion(
        NOW,
        f"{ja}へ取引の完了を依頼できます({when_text(at, 'ja')}から)",
        f"You can ask {en} to complete the deal (since {when_text(at, 'en')})",
        "support_request_complete",
        at,
    )


def day_after(moment: datetime, days: int) -> datetime:
    """The start of the day ``days`` after ``moment``'s day."""
    return datetime.combine(moment.date() + timedelta(days=days), time())


def when_text(moment: datetime, lang: str) -> str:
    if moment.time() == time():
        return format_date(moment, lang)
    return format_datetime(moment, lang)


def clock_text(moment: datetime) -> str:
    return format_datetime(moment, "en").rsplit(", ", 1)[-1]
