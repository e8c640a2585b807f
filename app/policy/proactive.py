"""Timing of a message the seller starts on Amazon: no later than the platform's day
count after delivery (``proactive_days_after_delivery``)."""

from __future__ import annotations

from datetime import datetime

from app.base.facts import describe
from app.base.platforms import Platform
from app.deadlines.schedule import Deadlines
from app.policy.findings import Finding
from app.rendering.filters import format_date

RULE_ID = "amazon.proactive_late"


def late_findings(
    text: str, platform: Platform, deadlines: Deadlines, now: datetime
) -> list[Finding]:
    """One finding over the whole text when the window for starting a message has
    closed; none while it is open or when the delivery date is unknown."""
    if "proactive_until" not in deadlines:
        return []
    entry = deadlines.deadline("proactive_until")
    if not entry.is_reached(now) or not text.strip():
        return []
    source = platform.source_of(f"deadlines.{entry.setting}")
    days = platform.deadlines.get(entry.setting)
    return [
        Finding(
            RULE_ID,
            f"到着から{days}日を過ぎています({format_date(entry.when, 'ja', 'long')}まで)。"
            "出品者から始める連絡はもう送れません。",
            f"It is more than {days} days after delivery (the window closed after "
            f"{format_date(entry.when, 'en', 'long')}): Amazon no longer allows a message "
            "you start.",
            len(text) - len(text.lstrip()),
            len(text.rstrip()),
            describe(source, "ja"),
            describe(source, "en"),
        )
    ]
