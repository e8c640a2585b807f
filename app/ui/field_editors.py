"""One editor per field type; each reads and writes plain Python values."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.base.platforms import Platform
from app.rendering.filters import FilterError, parse_date
from app.templates.fields import Field, resolve_choices
from app.ui.date_box import DateBox
from app.ui.shown_text import SHOWN_CHARS, elided, hold_long, too_long_to_edit

CURRENCY_SYMBOLS = {"JPY": "¥", "USD": "$"}


class FieldEditor(QObject):
    """A field's widget: ``changed`` carries the field name and the new value."""

    changed = Signal(str, object)

    def __init__(self, field: Field, lang: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.field = field
        self.lang = lang
        self.widget = widget
        self.input: QWidget = widget
        self._whole: str | None = None  # a value too long to show whole

    def value(self) -> Any:
        return self._whole if self._whole is not None else self._read()

    def _read(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        # A megabyte on one line is laid out again on every key: such a value is shown
        # by its start, read-only, and kept whole here.
        self._whole = value if too_long_to_edit(value) else None
        self.input.blockSignals(True)
        try:
            self._show(value if self._whole is None else elided(value, SHOWN_CHARS))
        finally:
            self.input.blockSignals(False)
        hold_long(self._typed_into(), self._whole)

    def _typed_into(self) -> QWidget:
        """The box the seller types in (an editable list's line)."""
        return self.input

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def choose(self, value: Any) -> None:
        """Enter ``value`` as the seller would: shown in the box and announced."""
        self.set_value(value)
        self._emit()

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

    def _read(self) -> str:
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

    def _read(self) -> str:
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
    """A date typed as sellers write it (12/4, 12月4日) or picked from the calendar."""

    def __init__(
        self, field: Field, lang: str, parent: QWidget | None, today: Callable[[], date]
    ) -> None:
        self.date_box = DateBox(lang, today, parent)
        super().__init__(field, lang, self.date_box)
        self.input = self.date_box.line
        self.date_box.date_changed.connect(self._emit)

    def value(self) -> date | None:
        return self.date_box.day

    def set_value(self, value: Any) -> None:
        try:
            day = parse_date(value) if value is not None else None
        except FilterError:
            day = None
        self.date_box.set_date(day)

    def set_example(self, value: Any) -> None:
        with contextlib.suppress(FilterError):
            self.date_box.set_example(parse_date(value))


class NumberEditor(FieldEditor):
    """A count typed in digits; an empty box is an unanswered one, its example in grey."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None) -> None:
        self.box = QLineEdit(parent)
        digits = QRegularExpression(r"[0-9０-９]{0,7}")
        self.box.setValidator(QRegularExpressionValidator(digits, self.box))
        super().__init__(field, lang, self.box)
        self.box.textEdited.connect(self._emit)
        self.box.installEventFilter(self)

    def _read(self) -> int | None:
        text = unicodedata.normalize("NFKC", self.box.text()).strip()
        return int(text) if text else None

    def _show(self, value: Any) -> None:
        self.box.setText("" if value is None else str(value))

    def set_example(self, value: Any) -> None:
        self.box.setPlaceholderText(str(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return False
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
            if step is not None:
                self.box.setText(str(max(0, (self.value() or 0) + step)))
                self._emit()
                return True
        return False


# A choice about what went wrong also takes the seller's own words; others (a carrier,
# FBA or not, what happens next) are keys the templates branch on, so they stay lists.
_OWN_WORDS = ("reason", "problem", "issue", "defect")


def takes_own_words(field: Field) -> bool:
    return field.choices_from is None and any(part in field.name for part in _OWN_WORDS)


class ChoiceEditor(FieldEditor):
    """A list of the usual answers; one about a problem also takes the seller's own words.

    ``value()`` is the chosen item's key, or the typed words when they match no item."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None, platform: Platform) -> None:
        self.box = QComboBox(parent)
        # Long choice labels (whole sentences) must not widen the form past its column.
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(12)
        self.line: QLineEdit | None = None
        if takes_own_words(field):
            self.box.setEditable(True)
            self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer, self.line = self.box.completer(), self.box.lineEdit()
            # Typed words stay as typed: no item is filled in behind the cursor.
            if completer is not None:
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for key, labels in resolve_choices(field, platform.carriers):
            self.box.addItem(labels.get(lang) or key, key)
        self.box.setCurrentIndex(-1)
        super().__init__(field, lang, self.box)
        self.box.currentIndexChanged.connect(self._emit)
        if self.line is not None:
            self.line.textEdited.connect(self._emit)

    def _typed_into(self) -> QWidget:
        return self.line if self.line is not None else self.box

    def _read(self) -> str | None:
        if self.line is None:
            data = self.box.currentData()
            return None if data is None else str(data)
        text = self.box.currentText().strip()
        if not text:
            return None
        index = self.box.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.box.itemData(index)) if index >= 0 else text

    def _show(self, value: Any) -> None:
        index = self.box.findData(value) if value is not None else -1
        self.box.setCurrentIndex(index)
        if index < 0 and self.line is not None:
            self.box.setEditText("" if value is None else str(value))

    def set_example(self, value: Any) -> None:
        index = self.box.findData(value)
        shown = self.box.itemText(index) if index >= 0 else str(value)
        if self.line is not None:
            self.line.setPlaceholderText(shown)
        else:
            self.box.setPlaceholderText(shown)


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, lang: str, parent: QWidget | None) -> None:
        self.box = QCheckBox(parent)
        super().__init__(field, lang, self.box)
        self.box.toggled.connect(self._emit)

    def _read(self) -> bool:
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
