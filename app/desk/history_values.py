"""Values the order's own history already knows: the day the first reminder was copied
is the second reminder's "first asked on", unless the seller typed another day."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.orders.model import SentMessage
    from app.templates.template_file import Template

# field -> the template whose latest copy dates it
FROM_HISTORY: Mapping[str, str] = {"first_reminder_date": "rating_reminder_first"}


def asks_history(template: Template) -> bool:
    return any(field.name in FROM_HISTORY for field in template.fields)


def history_values(template: Template, sent: Sequence[SentMessage]) -> dict[str, date]:
    """For ``template``'s fields that history can fill, the day it says."""
    found: dict[str, date] = {}
    for field in template.fields:
        source = FROM_HISTORY.get(field.name)
        days = [m.sent_at.date() for m in sent if m.template_id == source]
        if days:
            found[field.name] = max(days)
    return found
