"""The order's dates and the deadlines they give on the chosen platform."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.base.deadline_names import LABELS
from app.base.facts import BASIS_LABELS, NO_SOURCE, describe
from app.base.messages import message_of, text_in
from app.base.platforms import Platform
from app.deadlines import calendars
from app.deadlines.schedule import (
    DATE_LABELS,
    Deadline,
    Deadlines,
    DeadlineSettingError,
    OrderDates,
    choices_of,
    compute_deadlines,
    dates_used,
)
from app.rendering.filters import format_date, format_datetime
from app.ui.i18n import localized
from app.ui.qt_time import from_qt, to_qt

_LATE = "color:#b3261e; font-weight:bold;"
_OPEN = "color:#1e6b2f;"
_ERROR = "color:#7a1010;"
_UNKNOWN = to_qt(datetime(2000, 1, 1))
_BASIS = "color:#5f6368;"


class DeadlinePanel(QGroupBox):
    """Optional date-times for the order; below them, the deadlines those dates give.

    ``changed`` fires whenever a date is set, cleared or edited.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        language: Callable[[], str] | None = None,
    ) -> None:
        """``language`` gives the window's language whenever it changes; without it the
        labels stay in the language last given to ``set_language``."""
        super().__init__(parent)
        self.setObjectName("deadlinePanel")
        self.clock = clock
        self.language = language
        self.platform: Platform | None = None
        self.choices: dict[str, Any] = {}
        self.lang = language() if language is not None else "ja"
        self.rows: dict[str, tuple[QCheckBox, QDateTimeEdit]] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # In a narrow column a date box goes under its tick box rather than off the edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in DATE_LABELS:
            known = QCheckBox(self)
            known.setObjectName(f"known_{name}")
            edit = QDateTimeEdit(self)
            edit.setObjectName(f"date_{name}")
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            # The minimum stands for "not known" and shows as a dash.
            edit.setMinimumDateTime(_UNKNOWN)
            edit.setSpecialValueText("—")
            edit.setDateTime(_UNKNOWN)
            edit.setEnabled(False)
            known.toggled.connect(lambda on, n=name: self._toggled(n, on))
            edit.dateTimeChanged.connect(self._edited)
            form.addRow(known, edit)
            self.rows[name] = (known, edit)
        self.form = form
        self.summary = QLabel(self)
        self.summary.setObjectName("deadlineSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.summary)
        self.retranslate()

    # -- what the rest of the window uses -------------------------------------------------
    def set_platform(self, platform: Platform) -> None:
        """Show only the dates this platform's settings read."""
        self.platform = platform
        used = set(dates_used(platform))
        for name, (known, _edit) in self.rows.items():
            self.form.setRowVisible(known, name in used)
        self._show_deadlines()

    def set_choices(self, values: Mapping[str, Any]) -> bool:
        """Take the order's choices (Mercari's days to ship, eBay's handling time) from
        the form's values; True when they changed, so the deadlines did too."""
        choices = choices_of(values)
        if choices == self.choices:
            return False
        self.choices = choices
        self._show_deadlines()
        return True

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Read "now" from ``clock`` (the orders' clock): ticked dates and passed deadlines."""
        self.clock = clock
        self._show_deadlines()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def order_dates(self) -> OrderDates:
        values: dict[str, datetime | None] = {}
        for name, (known, edit) in self.rows.items():
            values[name] = from_qt(edit.dateTime()) if known.isChecked() else None
        return OrderDates(**values)

    def set_order_dates(self, dates: OrderDates) -> None:
        for name, (known, edit) in self.rows.items():
            value = getattr(dates, name)
            with _quiet(known, edit):
                known.setChecked(value is not None)
                edit.setEnabled(value is not None)
                if value is None:
                    edit.setDateTime(_UNKNOWN)
                else:
                    if not isinstance(value, datetime):
                        value = datetime.combine(value, datetime.min.time())
                    edit.setDateTime(to_qt(value))
        self._show_deadlines()
        self.changed.emit()

    def deadlines(self) -> Deadlines:
        """The deadlines of the dates given; none when the platform's settings are broken."""
        if self.platform is None:
            return Deadlines()
        try:
            return compute_deadlines(self.platform, self.order_dates(), self.choices)
        except DeadlineSettingError:
            return Deadlines()

    # -- reacting -------------------------------------------------------------------------
    def _toggled(self, name: str, on: bool) -> None:
        edit = self.rows[name][1]
        edit.setEnabled(on)
        with _quiet(edit):
            if on:
                edit.setDateTime(to_qt(self.clock().replace(second=0, microsecond=0)))
            else:
                edit.setDateTime(_UNKNOWN)
        self._show_deadlines()
        self.changed.emit()

    def _edited(self) -> None:
        self._show_deadlines()
        self.changed.emit()

    def _show_deadlines(self) -> None:
        if self.platform is None:
            self.summary.setText("")
            return
        try:
            found = compute_deadlines(self.platform, self.order_dates(), self.choices)
        except DeadlineSettingError as error:
            self.summary.setText(
                f'<span style="{_ERROR}">{_escape(localized(message_of(error)))}</span>'
            )
            self.summary.setToolTip("")
            return
        if not found and not found.unknown:
            self.summary.setText(self.tr("Set the dates above to see the deadlines."))
            self.summary.setToolTip("")
            return
        now = self.clock()
        lines = {entry.key: self._line(entry, now) for entry in found.all()}
        lines |= {key: self._unknown_line(key, note) for key, note in found.unknown.items()}
        # In the order a seller meets them, known or not.
        self.summary.setText("<br>".join(lines[key] for key in LABELS if key in lines))
        self.summary.setToolTip("\n\n".join(self._sources(found)))

    def _sources(self, found: Deadlines) -> list[str]:
        """Per deadline: how its days were counted and where its figure comes from."""
        assert self.platform is not None
        out = []
        for entry in found.all():
            source = self.platform.source_of(f"deadlines.{entry.setting}")
            counted = calendars.describe(entry.calendar, self.lang)
            out.append(f"{entry.label(self.lang)}: {counted}\n{describe(source, self.lang)}")
        return out

    def _basis(self, entry: Deadline) -> str:
        """A short mark after the date: how firm its figure is."""
        assert self.platform is not None
        source = self.platform.source_of(f"deadlines.{entry.setting}")
        ja, en = BASIS_LABELS[source.basis] if source is not None else NO_SOURCE
        return f' <span style="{_BASIS}">[{_escape(ja if self.lang == "ja" else en)}]</span>'

    def _unknown_line(self, key: str, note: str) -> str:
        label = Deadline(key, datetime.min).label(self.lang)
        return f"{_escape(label)}: {_escape(text_in(note, self.lang))}"

    def _line(self, entry: Deadline, now: datetime) -> str:
        when = (
            format_datetime(entry.when, self.lang)
            if isinstance(entry.when, datetime)
            else format_date(entry.when, self.lang)
        )
        text = f"{_escape(entry.label(self.lang))}: <b>{when}</b>{self._basis(entry)}"
        if entry.is_reached(now):
            note, style = (
                (self.tr("passed"), _LATE) if entry.is_limit else (self.tr("reached"), _OPEN)
            )
            text += f' <span style="{style}">({_escape(note)})</span>'
        return text

    def retranslate(self) -> None:
        if self.language is not None:
            self.lang = self.language()
        self.setTitle(self.tr("Order dates and deadlines"))
        for name, (known, _edit) in self.rows.items():
            ja, en = DATE_LABELS[name]
            known.setText(ja if self.lang == "ja" else en)
        self._show_deadlines()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _quiet:
    """Block the widgets' signals while the panel sets them itself."""

    def __init__(self, *widgets: QWidget) -> None:
        self.widgets = widgets

    def __enter__(self) -> None:
        self.previous = [widget.blockSignals(True) for widget in self.widgets]

    def __exit__(self, *_exc: object) -> None:
        for widget, was in zip(self.widgets, self.previous, strict=True):
            widget.blockSignals(was)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
