"""The desk's order as the orders store keeps it: saved after a pause in typing, switched,
changed, and given each copied message (app/orders does the storing)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from app.deadlines.schedule import OrderDates

# The orders (and sqlite3) load when a store is attached, after a start's desk is painted.
if TYPE_CHECKING:
    from app.base.platforms import Platform
    from app.desk.observer import Event
    from app.desk.order_book import OrderBook
    from app.desk.order_values import OrderValues
    from app.orders.model import Order, SentMessage
    from app.orders.next_step_text import Caution, Suggestion
    from app.orders.schema import OrderStoreError
    from app.orders.session import OrderSession
    from app.templates.template_file import Template

_T = TypeVar("_T")


class StoredOrder:
    """The order half of app.desk.model.Desk; without a store the order lives only here."""

    book: OrderBook | None
    values: OrderValues
    _dates: OrderDates
    platform_id: str
    platforms: Mapping[str, Platform]
    clock: Callable[[], datetime]
    order_started: Event[[]]
    order_changed: Event[[]]
    order_failed: Event[[OrderStoreError | None]]
    record_failed: Event[[OrderStoreError]]
    unsaved: Event[[]]
    copied: Event[[str, str, str]]
    dates_changed: Event[[]]

    if TYPE_CHECKING:  # the message half (Desk) provides these

        @property
        def template(self) -> Template | None: ...
        def set_platform(self, platform_id: str) -> bool: ...
        def set_values(self, values: Mapping[str, object]) -> None: ...
        def lang_for(self, platform_id: str) -> str: ...
        def _switch_platform(self, platform_id: str) -> None: ...
        def _dates_moved(self) -> None: ...
        def _compute_deadlines(self) -> bool: ...
        def _template_changed(self) -> None: ...

    @property
    def dates(self) -> OrderDates:
        return self.book.current.dates() if self.book is not None else self._dates

    @property
    def order(self) -> Order | None:
        """The stored order the desk shows (None without an orders store)."""
        return self.book.current if self.book is not None else None

    def timeline(self) -> list[SentMessage]:
        book = self.book
        return self._read(book.session.timeline, []) if book is not None else []

    def next_steps(self) -> list[Suggestion]:
        book = self.book
        return self._read(book.session.next_steps, []) if book is not None else []

    def cautions(self, template_id: str) -> list[Caution]:
        """A repeat, or a message the platform does not allow, for this order."""
        book = self.book
        if book is None:
            return []
        return self._read(lambda: book.session.cautions(template_id), [])

    def _read(self, reading: Callable[[], _T], instead: _T) -> _T:
        """A read of the store; one that fails is said through ``order_failed`` (the one
        place the window hears of trouble with the database) and shows ``instead``."""
        from app.orders.schema import OrderStoreError

        try:
            return reading()
        except OrderStoreError as error:
            self.order_failed.emit(error)
            return instead

    def new_order(self, platform_id: str = "") -> bool:
        """Start a new, empty order (on ``platform_id`` if given); False if typing still
        waiting could not be saved (it would be lost)."""
        platform_id = platform_id if platform_id in self.platforms else self.platform_id
        if self.book is not None:
            if not self.save_order():
                return False
            self.book.session.new(platform_id)
        self._dates = OrderDates()
        self.values.clear()
        if platform_id != self.platform_id:
            self._switch_platform(platform_id)
        self.order_started.emit()
        self._order_shown()
        return True

    def open_order(self, order_id: int) -> bool:
        """Show a stored order: exactly its values, dates and platform."""
        book = self.book
        if book is None or order_id == book.current.id or not self.save_order():
            return False
        from app.orders.model import order_to_values

        def opened() -> bool:
            book.session.open(order_id)
            return True

        if not self._read(opened, False):
            return False
        # The order's words were stored in its message language.
        self.values.replace(order_to_values(book.current), self.lang_for(book.current.platform))
        if book.current.platform != self.platform_id:
            self._switch_platform(book.current.platform)
        self._order_shown()
        return True

    def update_order(self, **changes: object) -> bool:
        """Change the order's own facts (status, dates, notes, platform)."""
        from app.orders.model import DATE_NAMES
        from app.orders.schema import OrderStoreError

        book = self.book
        if book is None or not self.save_order():
            return False
        try:
            book.session.update(**changes)
        except OrderStoreError as error:
            self.order_failed.emit(error)
            self.dates_changed.emit()  # the views show the order as it is stored
            self.order_changed.emit()
            return False
        platform = book.current.platform
        if platform != self.platform_id:
            self.set_platform(platform)
        if any(name in changes for name in DATE_NAMES):
            self._dates_moved()
        if "fulfilment" in changes:  # set on the order card: the form and message follow
            self.values.set("fulfilment", changes["fulfilment"])
            self._template_changed()
        self.order_changed.emit()
        return True

    def fill(self, values: Mapping[str, object]) -> bool:
        """Values from an order page the seller pasted: into the order, saved at once."""
        self.set_values(values)
        return self.save_order()

    def save_order(self) -> bool:
        """Save the typing that waits (before a switch, a copy, closing); False if it
        could not be saved (it keeps waiting, and ``order_failed`` says why)."""
        if self.book is None:
            return True
        from app.orders.schema import OrderStoreError

        try:
            changed = self.book.save()
        except OrderStoreError as error:
            self.order_failed.emit(error)
            return False
        self.order_failed.emit(None)
        if changed:
            self.order_changed.emit()
        return True

    def attach_orders(self, orders: OrderSession) -> None:
        """Keep the order in ``orders`` from now on, starting a new one."""
        from app.desk.order_book import OrderBook

        self.book = OrderBook(orders)
        self.clock = orders.store.clock  # one clock for the deal
        orders.new(self.platform_id)
        if self.values or self._dates != OrderDates():
            self.values.clear()
            self._dates = OrderDates()
            self._order_shown()
        else:  # an empty order over an empty form (a start): nothing to draw again
            self.order_changed.emit()

    def _order_shown(self) -> None:
        self._compute_deadlines()
        self.dates_changed.emit()
        self.order_changed.emit()
        self._template_changed()

    def record(self, template_id: str, lang: str, text: str) -> bool:
        """A message copied for this order goes on its timeline (the shipping notice
        also dates the shipping); False if the store could not take it."""
        self.copied.emit(template_id, lang, text)
        if self.book is None:
            return True
        from app.orders.schema import OrderStoreError

        self.save_order()
        try:
            self.book.session.record_copy(template_id, lang, text)
        except OrderStoreError as error:
            self.record_failed.emit(error)
            return False
        self._dates_moved()
        self.order_changed.emit()
        return True

    def _keep(self, values: Mapping[str, object]) -> None:
        if self.book is not None:
            self.book.take(values)
            self.unsaved.emit()
