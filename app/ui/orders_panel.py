"""Orders beside the drafting desk: the list, the current order's facts, next step, timeline."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from app.next_step_rules import label
from app.orders import Order, OrderStore, OrderStoreError
from app.orders.session import OrderSession
from app.platforms import Platform
from app.ui import dialogs
from app.ui.next_step_banner import NextStepBanner
from app.ui.order_card import OrderCard
from app.ui.orders_view import OrdersView
from app.ui.timeline_view import TimelineView

SAVE_DELAY_MS = 400  # typing pauses this long before the order is saved


class OrdersPanel(QWidget):
    """Owns the order session; the window hands it form values and copies."""

    values_loaded = Signal(dict)  # the current order's form values, after a switch or a paste
    open_template = Signal(str)
    order_changed = Signal(object)  # the current Order

    def __init__(
        self,
        store: OrderStore,
        platforms: Mapping[str, Platform],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPanel")
        self.session = OrderSession(store, platforms)
        self.lang = "ja"
        # Replaced in tests: a yes/no question, and running the paste dialog.
        self.ask: Callable[[str, str], bool] = lambda title, text: dialogs.ask(self, title, text)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self._pending: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.problem = dialogs.Banner(self)
        self.problem.setObjectName("ordersProblem")
        self.list = OrdersView(dict(platforms), self)
        self.banner = NextStepBanner(self)
        self.card = OrderCard(dict(platforms), store.clock, self)
        self.timeline = TimelineView(self)
        self.timeline.title_of = lambda template_id, _lang: label(
            template_id, self.session.platform, self.lang
        )
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
        self.card.changed.connect(lambda changes: self.update_current(**changes))
        self.banner.open_template.connect(self.open_template)
        self.timeline.copy_again.connect(self.copy_again)
        self.list.set_orders(store.orders())
        self.refresh()

    @property
    def current(self) -> Order:
        return self.session.current

    # -- the form's values -------------------------------------------------------------
    def take_values(self, values: Mapping[str, Any]) -> None:
        """The form changed: save after a pause in typing (changes add up meanwhile)."""
        self._pending = {**(self._pending or {}), **values}
        self._timer.start()

    def flush(self) -> bool:
        """Save values still waiting for the pause (before a switch, a copy, closing).

        False when they could not be saved: they stay waiting and the seller is told.
        """
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return True
        try:
            changed = self.session.apply_values(pending)
        except OrderStoreError as error:
            self._pending = pending
            self.show_problem(error.message_in(self.lang))
            return False
        self.show_problem("")
        if changed:
            self._saved()
        return True

    # -- switching -----------------------------------------------------------------------
    def new_order(self, platform_id: str | None = None) -> None:
        if not self.flush():
            return  # unsaved typing would be lost with the switch
        self.session.new(platform_id or self.session.current.platform)
        self.list.select(None)
        self._loaded()

    def open_order(self, order_id: int) -> None:
        if order_id == self.session.current.id:
            return
        if not self.flush():
            self.list.select(self.session.current.id)
            return
        self.session.open(order_id)
        self.list.select(order_id)
        self._loaded()

    # -- messages --------------------------------------------------------------------------
    def cautions(self, template_id: str) -> list[str]:
        """Sentences to ask about before copying ``template_id`` for this order."""
        return [c.message(self.lang) for c in self.session.cautions(template_id)]

    def record_copy(self, template_id: str, lang: str, text: str) -> None:
        self.flush()
        try:
            self.session.record_copy(template_id, lang, text)
        except OrderStoreError as error:
            self.show_problem(
                self.tr("The copy was not added to the order's timeline: %1").replace(
                    "%1", error.message_in(self.lang)
                )
            )
            return
        self._saved()

    def copy_again(self, template_id: str, lang: str, text: str) -> None:
        warnings = self.cautions(template_id)
        if warnings and not self.ask(self.tr("Copy again?"), "\n".join(warnings)):
            return
        QGuiApplication.clipboard().setText(text)
        self.record_copy(template_id, lang, text)

    def paste_fill(self, text: str | None = None) -> dict[str, str]:
        """Ask for an order page's text; fill what the seller confirms."""
        # The dialog and its parser load on first use, not with the window.
        from app.ui.paste_fill_dialog import ORDER_FACTS, PasteFillDialog

        session = self.session
        today = session.store.clock().date()
        dialog = PasteFillDialog(
            session.current.platform, self.lang, self, session.platforms, today
        )
        # The seller has usually just copied the order page: start from the clipboard.
        dialog.set_text(QGuiApplication.clipboard().text() if text is None else text)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return {}
        values = dialog.values()
        facts = {name: values.pop(name) for name in ORDER_FACTS if name in values}
        self.take_values(values)
        if not self.flush():
            return {}
        if facts:  # the page's platform and its moments belong to the order itself
            self.update_current(**_order_facts(facts))
        # A value the order does not keep (the carrier) still reaches the form.
        self.values_loaded.emit({**values, **session.values()})
        return {**values, **facts}

    # -- showing ---------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        """The seller's UI language: suggestions and times are shown in it."""
        self.lang = lang
        self.timeline.ui_lang = lang
        if self.list.lang != lang:
            self.list.set_lang(lang)
            self.card.set_lang(lang)
        self.refresh()

    def set_tall(self, tall: bool) -> None:
        """Stack the list, card and timeline in a panel beside the desk; side by side under it."""
        from PySide6.QtCore import Qt

        self.split.setOrientation(Qt.Orientation.Vertical if tall else Qt.Orientation.Horizontal)

    def refresh(self) -> None:
        self.card.show_order(self.session.current)
        self.timeline.set_messages(self.session.timeline())
        self.banner.show_steps(self.session.next_steps(), self.lang)

    def update_current(self, **changes: Any) -> None:
        """Change the current order's own facts (status, dates, notes, platform)."""
        if not self.flush():
            return
        try:
            changed = self.session.update(**changes)
        except OrderStoreError as error:
            self.show_problem(error.message_in(self.lang))
            self.card.show_order(self.session.current)
            return
        if changed:
            self._saved()
        else:
            self.banner.show_steps(self.session.next_steps(), self.lang)

    def show_problem(self, text: str) -> None:
        """A sentence about a failed save over the panel ("" hides it)."""
        if text:
            self.problem.show_message(text, dialogs.ERROR)
        else:
            self.problem.clear_message()

    def _saved(self) -> None:
        current = self.session.current
        if current.id is not None:
            self.list.show_order(current)
            self.list.select(current.id)
        self.refresh()
        self.order_changed.emit(current)

    def _loaded(self) -> None:
        self.refresh()
        self.values_loaded.emit(self.session.values())
        self.order_changed.emit(self.session.current)


def _order_facts(facts: Mapping[str, str]) -> dict[str, Any]:
    """The pasted platform and moments (ISO text) as the order keeps them."""
    from datetime import datetime

    return {
        name: value if name == "platform" else datetime.fromisoformat(value)
        for name, value in facts.items()
    }
