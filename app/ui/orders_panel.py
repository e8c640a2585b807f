"""Orders beside the drafting desk: the list, the current order's facts, next step, timeline.

A view of the desk model's order (app/desk): what the seller does here goes to the desk,
and the panel shows what the desk says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from app.desk.model import Desk
from app.orders import Order, OrderStoreError
from app.orders.next_step_rules import label
from app.orders.schema import DamagedDatabaseError
from app.orders.session import OrderSession
from app.ui import dialogs
from app.ui.banner import ERROR, Banner
from app.ui.desk_signals import DeskSignals
from app.ui.next_step_banner import NextStepBanner
from app.ui.order_card import OrderCard
from app.ui.orders_view import OrdersView
from app.ui.timeline_view import TimelineView

SAVE_DELAY_MS = 400  # typing pauses this long before the order is saved


class OrdersPanel(QWidget):
    """The desk's stored orders; ``open_template`` asks for a next step's template."""

    open_template = Signal(str)
    damaged = Signal(object)  # a DamagedDatabaseError met while saving: said in one place

    def __init__(self, desk: Desk, signals: DeskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPanel")
        if desk.book is None:
            raise ValueError("the desk has no orders store attached")
        self.desk, self.signals = desk, signals
        self.lang = "ja"
        platforms = dict(desk.platforms)
        store = desk.book.session.store
        # Replaced in tests: a yes/no question, and running the paste dialog.
        self.ask: Callable[[str, str], bool] = lambda title, text: dialogs.ask(self, title, text)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.problem = Banner(self)
        self.problem.setObjectName("ordersProblem")
        self.list = OrdersView(platforms, self)
        self.banner = NextStepBanner(self)
        self.card = OrderCard(platforms, store.clock, self)
        self.timeline = TimelineView(self, self._title_of)
        # Side by side under the desk; stacked when the panel stands beside it (set_tall).
        split = QSplitter(self)
        self.split = split
        split.setObjectName("ordersSplitter")
        for part, stretch in ((self.list, 4), (self.card, 3), (self.timeline, 4)):
            split.addWidget(part)
            split.setStretchFactor(split.indexOf(part), stretch)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self.list.order_chosen.connect(self.open_order)
        self.list.new_requested.connect(lambda: self.new_order())
        self.list.paste_requested.connect(lambda: self.paste_fill())
        self.card.changed.connect(lambda changes: desk.update_order(**changes))
        self.banner.open_template.connect(self.open_template)
        self.timeline.copy_again.connect(self.copy_again)
        signals.unsaved.connect(self._timer.start)
        signals.order_changed.connect(self.show_order)
        signals.order_failed.connect(self._failed)
        signals.record_failed.connect(self._not_recorded)
        self.list.set_orders(store.orders())
        self.refresh()

    @property
    def session(self) -> OrderSession:
        assert self.desk.book is not None
        return self.desk.book.session

    @property
    def current(self) -> Order:
        return self.session.current

    # -- the seller's actions --------------------------------------------------------------
    def flush(self) -> bool:
        """Save typing still waiting for the pause (before a switch, a copy, closing).

        False when it could not be saved: it stays waiting and the seller is told.
        """
        self._timer.stop()
        return self.desk.save_order()

    def new_order(self, platform_id: str = "") -> None:
        self._timer.stop()
        self.desk.new_order(platform_id)

    def open_order(self, order_id: int) -> None:
        self._timer.stop()
        if order_id != self.current.id and not self.desk.open_order(order_id):
            self.list.select(self.current.id)  # typing that could not be saved stays shown

    def copy_again(self, template_id: str, lang: str, text: str) -> None:
        warnings = [c.message(self.lang) for c in self.desk.cautions(template_id)]
        if warnings and not self.ask(self.tr("Copy again?"), "\n".join(warnings)):
            return
        QGuiApplication.clipboard().setText(text)
        self.desk.record(template_id, lang, text)

    def paste_fill(self, text: str | None = None) -> dict[str, str]:
        """Ask for an order page's text; fill what the seller confirms."""
        # The dialog and its parser load on first use, not with the window.
        from app.ui.paste_fill_dialog import ORDER_FACTS, PasteFillDialog

        session = self.session
        today = session.store.clock().date()
        dialog = PasteFillDialog(self.current.platform, self.lang, self, session.platforms, today)
        # The seller has usually just copied the order page: start from the clipboard.
        dialog.set_text(QGuiApplication.clipboard().text() if text is None else text)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return {}
        values = dialog.values()
        facts = {name: values.pop(name) for name in ORDER_FACTS if name in values}
        self._timer.stop()
        # The page's platform and moments belong to the order itself; then its details.
        if facts and not self.desk.update_order(**_order_facts(facts)):
            return {}
        return {**values, **facts} if self.desk.fill(values) else {}

    # -- showing ---------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        """The seller's UI language: suggestions and times are shown in it."""
        self.lang = lang
        self.timeline.set_ui_lang(lang)
        if self.list.lang != lang:
            self.list.set_lang(lang)
            self.card.set_lang(lang)
        self.refresh()

    def set_tall(self, tall: bool) -> None:
        """Stack the list, card and timeline in a panel beside the desk; side by side under it."""
        from PySide6.QtCore import Qt

        self.split.setOrientation(Qt.Orientation.Vertical if tall else Qt.Orientation.Horizontal)

    def show_order(self) -> None:
        """The desk's order: listed and selected once stored, its card, timeline, steps."""
        current = self.current
        if current.id is not None:
            self.list.show_order(current)
        self.list.select(current.id)
        self.refresh()

    def refresh(self) -> None:
        self.card.show_order(self.current)
        self.timeline.set_messages(self.desk.timeline())
        self.banner.show_steps(self.desk.next_steps(), self.lang)

    def _title_of(self, template_id: str, lang: str) -> str:
        """A copied message is named by its template's title, in the message's language."""
        template = self.desk.library.get(template_id, lang)
        if template is not None:
            return template.title
        return label(template_id, self.session.platform, self.lang)

    def show_problem(self, text: str) -> None:
        """A sentence about a failed save over the panel ("" hides it)."""
        if text:
            self.problem.show_message(text, ERROR)
        else:
            self.problem.clear_message()

    def _failed(self, error: Any) -> None:
        if isinstance(error, DamagedDatabaseError):
            self.damaged.emit(error)
        self.show_problem(error.message_in(self.lang) if isinstance(error, OrderStoreError) else "")

    def _not_recorded(self, error: OrderStoreError) -> None:
        if isinstance(error, DamagedDatabaseError):
            self.damaged.emit(error)
        self.show_problem(
            self.tr("The copy was not added to the order's timeline: %1").replace(
                "%1", error.message_in(self.lang)
            )
        )


def _order_facts(facts: Mapping[str, str]) -> dict[str, Any]:
    """The pasted platform and moments (ISO text) as the order keeps them."""
    from datetime import datetime

    return {
        name: value if name == "platform" else datetime.fromisoformat(value)
        for name, value in facts.items()
    }
