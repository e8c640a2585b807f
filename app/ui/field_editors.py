"""One editor per field type; each reads and writes plain Python values."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.fields import Field, resolve_choices
from app.filters import FilterError, format_date, parse_date
from app.platforms import Platform

CURRENCY_SYMBOLS = {"JPY": "¥", "USD": "$"}
# A date box cannot be empty; its minimum stands for "not chosen yet".
_UNSET_DATE = QDate(2000, 1, 1)
_UNSET_NUMBER = -1


class FieldEditor(QObject):
    """A field's widget: ``changed`` carries the field name and the new value."""

    changed = Signal(str, object)

    def __init__(self, field: Field, lang: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.lang = lang
        self.widget = widget
        self.input: QWidget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self.input.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.input.blockSignals(False)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_example(self, value: Any) -> None:
        """Show ``value`` as a hint in the empty box."""

    def _emit(self, *args: object) -> None:
        self.changed.emit(self.field.name, self.value())


class _LineEditor(FieldEditor):
    """A field typed into one line box, which may sit in a larger widget."""

    def __init__(self, field: Field, lang: str, box: QLineEdit, widget: QWidget) -> None:
        self.box = box
        super().__init__(field, lang, widget)
        self.input = box
        box.textEdited.connect(self._emit)

    def value(self) -> str:
        return self.box.text()

    def _show(self, value: Any) -> None:
        self.box.setText("" if value is None else str(value))

    def set_example(self, value: Any) -> None:
        self.box.setPlaceholderText(str(value))


class TextEditor(_LineEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None) -> None:
        box = QLineEdit(parent)
        super().__init__(field, lang, box, box)


class MultilineEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None) -> None:
        self.box = QPlainTextEdit(parent)
        self.box.setTabChangesFocus(True)  # Tab walks the form, as in every other box
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(field, lang, self.box)
        self.box.textChanged.connect(self._emit)

    def value(self) -> str:
        return self.box.toPlainText()

    def _show(self, value: Any) -> None:
        self.box.setPlainText("" if value is None else str(value))

    def set_example(self, value: Any) -> None:
        self.box.setPlaceholderText(str(value))


class MoneyEditor(_LineEditor):
    """An amount box with the platform's currency symbol before it."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None, currency: str) -> None:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.symbol = QLabel(CURRENCY_SYMBOLS.get(currency, currency), holder)
        box = QLineEdit(holder)
        # Digits in either width, separators and one decimal point; parse_amount reads them.
        pattern = QRegularExpression(r"[0-9０-９,，]*([.．][0-9０-９]{0,2})?")
        box.setValidator(QRegularExpressionValidator(pattern, box))
        row.addWidget(self.symbol)
        row.addWidget(box, 1)
        super().__init__(field, lang, box, holder)


class DateEditor(FieldEditor):
    def __init__(
        self, field: Field, lang: str, parent: QWidget | None, today: Callable[[], date]
    ) -> None:
        self.today = today
        self.box = QDateEdit(parent)
        self.box.setCalendarPopup(True)
        self.box.setMinimumDate(_UNSET_DATE)
        self.box.setDisplayFormat("yyyy-MM-dd")
        self.box.setSpecialValueText(" ")
        self.box.setDate(_UNSET_DATE)
        super().__init__(field, lang, self.box)
        self.box.dateChanged.connect(self._emit)
        self.box.calendarWidget().installEventFilter(self)
        self.box.installEventFilter(self)

    def value(self) -> date | None:
        chosen = self.box.date()
        if chosen == _UNSET_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def _show(self, value: Any) -> None:
        try:
            day = parse_date(value) if value is not None else None
        except FilterError:
            day = None
        self.box.setDate(QDate(day.year, day.month, day.day) if day else _UNSET_DATE)

    def set_example(self, value: Any) -> None:
        with contextlib.suppress(FilterError):
            self.box.setSpecialValueText(format_date(value, self.lang, "long"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        unset = self.value() is None
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            # From the keyboard: the first Up or Down gives today, Delete empties the box.
            if unset and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                today = self.today()
                self.box.setDate(QDate(today.year, today.month, today.day))
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not unset:
                self.box.setDate(_UNSET_DATE)
                return True
        # An unset date would open the calendar in the year 2000; open it on this month.
        elif event.type() == QEvent.Type.Show and unset:
            today = self.today()
            self.box.calendarWidget().setCurrentPage(today.year, today.month)
        return False


class NumberEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None) -> None:
        self.box = QSpinBox(parent)
        self.box.setRange(_UNSET_NUMBER, 1_000_000)
        self.box.setSpecialValueText(" ")
        self.box.setValue(_UNSET_NUMBER)
        super().__init__(field, lang, self.box)
        self.box.valueChanged.connect(self._emit)

    def value(self) -> int | None:
        return None if self.box.value() == _UNSET_NUMBER else self.box.value()

    def _show(self, value: Any) -> None:
        try:
            self.box.setValue(int(value) if value is not None else _UNSET_NUMBER)
        except (TypeError, ValueError):
            self.box.setValue(_UNSET_NUMBER)

    def set_example(self, value: Any) -> None:
        self.box.setSpecialValueText(str(value))


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None, platform: Platform) -> None:
        self.box = QComboBox(parent)
        # Long choice labels (whole sentences) must not widen the form past its column.
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(12)
        for key, labels in resolve_choices(field, platform.carriers):
            self.box.addItem(labels.get(lang) or key, key)
        self.box.setCurrentIndex(-1)
        super().__init__(field, lang, self.box)
        self.box.currentIndexChanged.connect(self._emit)

    def value(self) -> str | None:
        data = self.box.currentData()
        return data if isinstance(data, str) else None

    def _show(self, value: Any) -> None:
        self.box.setCurrentIndex(self.box.findData(value) if value is not None else -1)

    def set_example(self, value: Any) -> None:
        index = self.box.findData(value)
        self.box.setPlaceholderText(self.box.itemText(index) if index >= 0 else str(value))


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None) -> None:
        self.box = QCheckBox(parent)
        super().__init__(field, lang, self.box)
        self.box.toggled.connect(self._emit)

    def value(self) -> bool:
        return self.box.isChecked()

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(self.field.default) if value is None else bool(value))


def make_editor(
    field: Field,
    lang: str,
    platform: Platform,
    parent: QWidget,
    today: Callable[[], date],
) -> FieldEditor:
    """The editor for ``field``; a date box takes ``today`` for its first arrow key."""
    match field.type:
        case "multiline":
            return MultilineEditor(field, lang, parent)
        case "money":
            return MoneyEditor(field, lang, parent, platform.currency)
        case "date":
            return DateEditor(field, lang, parent, today)
        case "number":
            return NumberEditor(field, lang, parent)
        case "choice":
            return ChoiceEditor(field, lang, parent, platform)
        case "bool":
            return BoolEditor(field, lang, parent)
        case _:
            return TextEditor(field, lang, parent)
