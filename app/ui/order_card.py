"""The order's own facts that no template field holds: platform, status, key dates, notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.base.platforms import Platform
from app.orders import STATUSES, Order
from app.templates.fields import make_field
from app.ui.order_table_model import status_name
from app.ui.qt_time import from_qt, to_qt

AMAZON = "amazon_jp"


def fulfilment_choices(lang: str) -> list[tuple[str, str]]:
    """Amazon's FBA and self-shipped, named as the form's fulfilment field names them."""
    field = make_field("fulfilment", None, lang)
    return [(key, field.choice_label(key, lang)) for key, _ in field.choices]


class OptionalMoment(QWidget):
    """A date and time that may be unknown: a tick box switches the editor on."""

    changed = Signal(object)  # datetime | None

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.known = QCheckBox(self)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # An unknown moment rests on the minimum, which shows as a dash.
        self.edit.setMinimumDateTime(to_qt(datetime(2000, 1, 1)))
        self.edit.setSpecialValueText("—")
        self.edit.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)
        self.known.toggled.connect(self._toggled)
        self.edit.dateTimeChanged.connect(lambda _v: self._emit())

    def value(self) -> datetime | None:
        if not self.known.isChecked() or self.edit.dateTime() == self.edit.minimumDateTime():
            return None
        return from_qt(self.edit.dateTime()).replace(second=0, microsecond=0)

    def set_value(self, value: datetime | None) -> None:
        self.blockSignals(True)
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDateTime(to_qt(value) if value else self.edit.minimumDateTime())
        self.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.dateTime() == self.edit.minimumDateTime():
            # Ticking an unknown date starts from now, the likeliest answer.
            self.edit.blockSignals(True)
            self.edit.setDateTime(to_qt(self.now()))
            self.edit.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.value())


NOTES_EDIT_CHARS = 20_000
NOTES_SHOWN_CHARS = 2_000


class OrderCard(QWidget):
    """Edits the facts of the current order; emits each change as keyword arguments."""

    changed = Signal(dict)

    def __init__(
        self,
        platforms: dict[str, Platform],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderCard")
        self.platforms = platforms
        self.now = now
        self.lang = "ja"
        self.platform = QComboBox(self)
        self.platform.setObjectName("orderPlatform")
        self.status = QComboBox(self)
        self.status.setObjectName("orderStatus")
        self.shipping_notice = OptionalMoment(now, self)
        self.delivered = OptionalMoment(now, self)
        self.buyer_message = OptionalMoment(now, self)
        self.buyer_wrote = QPushButton(self)
        self.buyer_wrote.setObjectName("buyerWroteNow")
        self.fulfilment = QComboBox(self)  # Amazon only: FBA or shipped by the seller
        self.fulfilment.setObjectName("orderFulfilment")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("orderNotes")
        self.notes.setMaximumHeight(56)
        self.labels = {
            key: QLabel(self)
            for key in (
                "platform",
                "status",
                "fulfilment",
                "shipped",
                "delivered",
                "buyer",
                "notes",
            )
        }
        message_row = QHBoxLayout()
        message_row.addWidget(self.buyer_message, 1)
        message_row.addWidget(self.buyer_wrote)
        form = QFormLayout()
        self.form = form
        form.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addStretch(1)  # a tall card keeps its rows together at the top
        form.addRow(self.labels["platform"], self.platform)
        form.addRow(self.labels["status"], self.status)
        form.addRow(self.labels["fulfilment"], self.fulfilment)
        form.setRowVisible(self.fulfilment, False)
        form.addRow(self.labels["shipped"], self.shipping_notice)
        form.addRow(self.labels["delivered"], self.delivered)
        self.message_row = message_row
        form.addRow(self.labels["buyer"], message_row)
        form.addRow(self.labels["notes"], self.notes)

        self.platform.currentIndexChanged.connect(
            lambda: self._emit(platform=self.platform.currentData())
        )
        self.status.currentIndexChanged.connect(
            lambda: self._emit(status=self.status.currentData())
        )
        self.fulfilment.currentIndexChanged.connect(
            lambda: self._emit(fulfilment=self.fulfilment.currentData())
        )
        self.shipping_notice.changed.connect(lambda v: self._emit(shipping_notice=v))
        self.delivered.changed.connect(lambda v: self._emit(delivered=v))
        self.buyer_message.changed.connect(lambda v: self._emit(last_buyer_message=v))
        self.buyer_wrote.clicked.connect(self._buyer_wrote_now)
        self.notes.textChanged.connect(lambda: self._emit(notes=self.notes.toPlainText()))
        self._loading = False
        self.retranslate()

    def set_dates_visible(self, visible: bool) -> None:
        """Hide the dates where another part of the window already edits them."""
        for row in (self.shipping_notice, self.delivered):
            self.form.setRowVisible(row, visible)
        self.form.setRowVisible(self.message_row, visible)

    def set_platform_visible(self, visible: bool) -> None:
        """Hide the platform where the window's own picker already sets it."""
        self.form.setRowVisible(self.platform, visible)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def show_order(self, order: Order) -> None:
        self._loading = True
        try:
            self.platform.setCurrentIndex(max(0, self.platform.findData(order.platform)))
            self.status.setCurrentIndex(max(0, self.status.findData(order.status)))
            self.form.setRowVisible(self.fulfilment, order.platform == AMAZON)
            self.fulfilment.setCurrentIndex(max(0, self.fulfilment.findData(order.fulfilment)))
            self.shipping_notice.set_value(order.shipping_notice)
            self.delivered.set_value(order.delivered)
            self.buyer_message.set_value(order.last_buyer_message)
            # A megabyte on one line would be laid out again on every key: notes that
            # long are shown by their start, read-only, and kept whole in the order.
            cut = len(order.notes) > NOTES_EDIT_CHARS
            shown = order.notes[:NOTES_SHOWN_CHARS] + "…" if cut else order.notes
            self.notes.setReadOnly(cut)
            self.notes.setToolTip(
                self.tr(
                    "These notes are %1 characters long: the start is shown here, and "
                    "they are kept whole. An export holds them in full."
                ).replace("%1", f"{len(order.notes):,}")
                if cut
                else ""
            )
            if self.notes.toPlainText() != shown:
                self.notes.setPlainText(shown)
        finally:
            self._loading = False

    def _buyer_wrote_now(self) -> None:
        self.buyer_message.set_value(self.now())
        self._emit(last_buyer_message=self.buyer_message.value())

    def _emit(self, **changes: object) -> None:
        if not self._loading:
            self.changed.emit(changes)

    def retranslate(self) -> None:
        self._loading = True
        try:
            current_platform, current_status, current_fulfilment = (
                self.platform.currentData(),
                self.status.currentData(),
                self.fulfilment.currentData(),
            )
            self.platform.clear()
            for pid, platform in self.platforms.items():
                self.platform.addItem(platform.name(self.lang), pid)
            self.status.clear()
            for status in STATUSES:
                self.status.addItem(status_name(status), status)
            self.platform.setCurrentIndex(max(0, self.platform.findData(current_platform)))
            self.status.setCurrentIndex(max(0, self.status.findData(current_status)))
            self.fulfilment.clear()
            self.fulfilment.addItem(self.tr("Not chosen"), "")
            for key, label in fulfilment_choices(self.lang):
                self.fulfilment.addItem(label, key)
            self.fulfilment.setCurrentIndex(max(0, self.fulfilment.findData(current_fulfilment)))
        finally:
            self._loading = False
        self.labels["platform"].setText(self.tr("Platform"))
        self.labels["status"].setText(self.tr("Status"))
        self.labels["fulfilment"].setText(self.tr("Amazon shipping"))
        self.labels["shipped"].setText(self.tr("Shipping notice"))
        self.labels["delivered"].setText(self.tr("Delivered"))
        self.labels["buyer"].setText(self.tr("Buyer's last message"))
        self.labels["notes"].setText(self.tr("Notes"))
        self.buyer_wrote.setText(self.tr("Just now"))
        self.notes.setPlaceholderText(self.tr("Anything to remember about this deal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
