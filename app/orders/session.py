"""The order the seller is working on: form values in, copies recorded, next steps out."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.base.platforms import Platform
from app.orders.copy_cautions import cautions
from app.orders.model import Order, SentMessage, order_to_values, values_to_order
from app.orders.next_step import suggest
from app.orders.next_step_text import Caution, Suggestion
from app.orders.store import OrderStore


class OrderSession:
    """Keeps one current order in step with the store.

    A new order lives only in memory until it has something worth keeping (a value or
    a copied message), so pressing "New order" twice leaves no empty rows behind.
    """

    def __init__(self, store: OrderStore, platforms: Mapping[str, Platform]) -> None:
        self.store = store
        self.platforms = platforms
        self.current = Order(platform=next(iter(platforms)))

    @property
    def platform(self) -> Platform:
        return self.platforms[self.current.platform]

    def new(self, platform_id: str) -> Order:
        self.current = Order(platform=platform_id)
        return self.current

    def open(self, order_id: int) -> Order:
        order = self.store.get(order_id)
        if order is None:
            raise KeyError(order_id)
        self.current = order
        return order

    def values(self) -> dict[str, Any]:
        return order_to_values(self.current)

    def apply_values(self, values: Mapping[str, Any]) -> bool:
        """Take the form's values; True when the stored order changed."""
        updated = values_to_order(self.current, values)
        return self._keep(updated)

    def update(self, **changes: Any) -> bool:
        """Change the order's own facts (status, dates, notes, platform)."""
        return self._keep(self.current.replace(**changes))

    def record_copy(self, template_id: str, lang: str, text: str) -> SentMessage:
        """Put a copied message on the current order's timeline.

        Copying the shipping notice is the moment the seller shipped: it dates the
        notice (on the form's ship date, if one was typed) and marks the order shipped,
        unless the seller already gave the notice a date.
        """
        if self.current.id is None:
            self.current = self.store.save(self.current)
        with self.store.transaction():
            message = self.store.record(self.current.id or 0, template_id, lang, text)
            if template_id == "shipping_notice" and self.current.shipping_notice is None:
                status = "shipped" if self.current.status == "open" else self.current.status
                day = self.current.ship_date
                notice = message.sent_at
                if day is not None:
                    notice = datetime.combine(day, notice.time())
                self.current = self.store.save(
                    self.current.replace(shipping_notice=notice, status=status),
                    base=self.current,
                )
            else:
                stored = self.store.get(self.current.id or 0)
                self.current = stored or self.current
        return message

    def timeline(self) -> list[SentMessage]:
        return [] if self.current.id is None else self.store.timeline(self.current.id)

    def next_steps(self) -> list[Suggestion]:
        return suggest(self.current, self.timeline(), self.platform, self.store.clock())

    def cautions(self, template_id: str) -> list[Caution]:
        return cautions(template_id, self.current, self.timeline(), self.platform)

    def _keep(self, updated: Order) -> bool:
        if updated == self.current:
            return False
        if updated.id is None and _is_empty(updated):
            self.current = updated
            return False
        # Only what this window changed is written: another window's edits stay.
        self.current = self.store.save(updated, base=self.current if updated.id else None)
        return True


def _is_empty(order: Order) -> bool:
    return order == Order(platform=order.platform)
