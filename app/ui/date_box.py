"""A date typed the seller's way, shown one way per language, with a calendar on demand.

A line box (not a sectioned date edit) so that an empty box looks empty, Tab leaves it in
one stop, and no key changes the day without the seller seeing the new day in the box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.base.typed_dates import TypedDateError, read_date
from app.rendering.filters import format_date
from app.ui.i18n import current_language

_LOCALES = {"ja": QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)}
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
_INVALID = "QLineEdit { border: 1px solid #b3261e; }"


class DateBox(QWidget):
    """``date_changed`` carries the new day, or None when the box is emptied or unreadable."""

    date_changed = Signal(object)

    def __init__(self, lang: str, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.today = today
        self.day: date | None = None
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText("▾")
        # The button is for the mouse; the keyboard opens the calendar with Alt+Down or F4.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.popup: QWidget | None = None
        self.calendar: QCalendarWidget | None = None
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)
        self.retranslate()

    # -- reading and showing ------------------------------------------------------------
    def set_date(self, day: date | None, *, announce: bool = False) -> None:
        """Show ``day`` in this box's language; ``announce`` emits ``date_changed``."""
        changed = day != self.day
        self.day = day
        self.line.setText("" if day is None else format_date(day, self.lang, "long"))
        self.line.setStyleSheet("")
        if announce and changed:
            self.date_changed.emit(day)

    def set_example(self, day: date) -> None:
        self.line.setPlaceholderText(format_date(day, self.lang, "long"))

    def is_unreadable(self) -> bool:
        return bool(self.line.text().strip()) and self.day is None

    def _read(self, text: str) -> date | None:
        try:
            return read_date(text, self.today())
        except TypedDateError:
            return None

    def _typed(self, text: str) -> None:
        # While typing the preview follows; the text stays as typed until the box is left.
        day = self._read(text) if text.strip() else None
        self.line.setStyleSheet(_INVALID if text.strip() and day is None else "")
        if day != self.day:
            self.day = day
            self.date_changed.emit(day)

    def _tidy(self) -> None:
        if self.day is not None:
            self.set_date(self.day)

    # -- keys and the calendar ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.open_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            # The first arrow gives today; later arrows step a day, shown in the box at once.
            step = 1 if key == Qt.Key.Key_Up else -1
            start = self.day
            self.set_date(self.today() if start is None else start + timedelta(step), announce=True)
            return True
        return False

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = QWidget(self, Qt.WindowType.Popup)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            column = QVBoxLayout(self.popup)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.calendar)
        assert self.calendar is not None
        self.calendar.setLocale(_LOCALES.get(current_language(), _ENGLISH))
        shown = self.day or self.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, chosen: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.set_date(date(chosen.year(), chosen.month(), chosen.day()), announce=True)
        self.line.setFocus()

    def retranslate(self) -> None:
        self.button.setToolTip(self.tr("Open the calendar (Alt+Down or F4)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.calendar is not None:
                self.calendar.setLocale(_LOCALES.get(current_language(), _ENGLISH))
        super().changeEvent(event)
