"""The desk's order in the orders store: typing waits here for a pause, then is saved."""

from __future__ import annotations

from collections.abc import Mapping

from app.orders.model import Order
from app.orders.session import OrderSession


class OrderBook:
    """The stored side of the desk's one order (app.orders.session does the storing).

    Values typed into the form gather in ``unsaved`` until ``save``; a save that fails
    keeps them, so nothing typed is lost while the disk is full.
    """

    def __init__(self, session: OrderSession) -> None:
        self.session = session
        self.unsaved: dict[str, object] = {}

    @property
    def current(self) -> Order:
        return self.session.current

    def take(self, values: Mapping[str, object]) -> None:
        self.unsaved.update(values)

    def save(self) -> bool:
        """Store the waiting values; True if the stored order changed. Raises
        OrderStoreError (the values keep waiting) when they could not be stored."""
        pending, self.unsaved = self.unsaved, {}
        if not pending:
            return False
        try:
            return self.session.apply_values(pending)
        except Exception:
            self.unsaved = {**pending, **self.unsaved}
            raise
