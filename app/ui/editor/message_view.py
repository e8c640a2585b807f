"""The message view of the editor: the text with chips, the buttons that add a value
or make lines optional, and the checks of the filled example for every marketplace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.base.deadline_names import LABELS as DEADLINE_LABELS
from app.base.platforms import Platform
from app.policy.template_checks import DraftChecks
from app.templates.fields import vocabulary
from app.templates.template_text import PLATFORM_OFFERED, Part, join
from app.ui.editor.chip_text import ChipTextEdit, chip_text
from app.ui.i18n import current_language

_ERROR, _WARN, _OK = QColor("#b3261e"), QColor("#8a5a00"), QColor("#2e6b30")


class MessageView(QWidget):
    """Emits ``body_edited(body)`` after each edit; the buttons ask the editor through
    ``insert_requested(name)``, ``new_value_requested()`` and ``only_when_requested()``."""

    body_edited = Signal(str)
    insert_requested = Signal(str)
    new_value_requested = Signal()
    only_when_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ChipTextEdit(self)
        self.text.setObjectName("messageText")
        self.body = ""  # the body the text now stands for
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.fields = QComboBox(self)
        self.fields.setObjectName("fieldList")
        self.insert = QPushButton(self)
        self.new_value = QPushButton(self)
        self.only_when = QPushButton(self)
        self.always = QPushButton(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.fields, 1)
        for button in (self.insert, self.new_value, self.only_when, self.always):
            row.addWidget(button)
        self.checks = QListWidget(self)
        self.checks.setObjectName("draftChecks")
        self.checks.setMaximumHeight(96)  # the text keeps the room in the narrow pane
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.checks)
        self.insert.clicked.connect(self._insert_clicked)
        self.fields.activated.connect(lambda _index: self._insert_clicked())
        self.new_value.clicked.connect(self.new_value_requested)
        self.only_when.clicked.connect(self.only_when_requested)
        self.always.clicked.connect(lambda: self.text.set_only_when(None))
        self.text.parts_changed.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.insert.setText(self.tr("Insert value"))
        self.insert.setToolTip(self.tr("Put the chosen value where the cursor is"))
        self.new_value.setText(self.tr("New value…"))
        self.only_when.setText(self.tr("Only when…"))
        self.only_when.setToolTip(
            self.tr("Show the selected lines only when a tick box in the order form is on")
        )
        self.always.setText(self.tr("Always show"))
        self.always.setToolTip(self.tr("The selected lines are shown in every message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Loading and reading
    def load(self, body: str, parts: list[Part]) -> bool:
        """Show ``parts``; False (and a note) when the text view cannot hold them exactly."""
        self.text.set_parts(parts)
        exact = join(self.text.parts()) == body
        if not exact:
            self.text.set_parts([])
            self.note.setText(
                self.tr(
                    "This text uses characters the message view cannot keep; edit it in Source."
                )
            )
        self.note.setVisible(not exact)
        self.text.setEnabled(exact)
        self.body = body if exact else ""
        return exact

    def _edited(self) -> None:
        body = join(self.text.parts())
        if body != self.body:
            self.body = body
            self.body_edited.emit(body)

    def _insert_clicked(self) -> None:
        name = self.fields.currentData()
        if name:
            self.insert_requested.emit(str(name))

    # The list of values and the labels of chips
    def set_fields(self, own: list[str], label_of: Callable[[str], str]) -> None:
        """The template's own values first, then the shared vocabulary, then what the
        marketplace says and its deadlines under a heading each, by their labels."""
        chosen = self.fields.currentData()
        self.fields.clear()
        for name in [*own, *(n for n in vocabulary() if n not in own)]:
            self.fields.addItem(chip_text(label_of(name)), name)
        groups = (
            (self.tr("From the platform"), [f"platform.{key}" for key in PLATFORM_OFFERED]),
            (self.tr("Deadlines"), [f"deadlines.{key}" for key in DEADLINE_LABELS]),
        )
        for heading, names in groups:
            self.fields.insertSeparator(self.fields.count())
            self.fields.addItem(heading)
            header = self.fields.model().item(self.fields.count() - 1)  # type: ignore[attr-defined]
            header.setEnabled(False)
            for name in names:
                self.fields.addItem(chip_text(label_of(name)), name)
        index = self.fields.findData(chosen) if chosen else -1  # headings carry no name
        self.fields.setCurrentIndex(max(index, 0))
        self.text.label_of = label_of
        self.text.caption_of = lambda flag: self.tr("only when %1").replace(
            "%1", chip_text(label_of(flag))
        )
        self.text.relabel()

    # Checks
    def show_checks(
        self,
        checks: DraftChecks | None,
        platforms: dict[str, Platform],
        title_missing: bool,
        problems: list[str],
    ) -> None:
        lang = current_language()
        self.checks.clear()

        def add(text: str, color: QColor) -> None:
            item = QListWidgetItem(text)
            item.setForeground(color)
            self.checks.addItem(item)

        if title_missing:
            add(self.tr("The template needs a title."), _ERROR)
        for problem in problems:
            add(problem, _ERROR)
        self.checks.setVisible(self.checks.count() > 0 or checks is not None)
        if checks is None:
            return
        for _name, why in checks.unfillable:
            add(why.text(lang), _ERROR)
        for result in checks.platforms:
            name = platforms[result.platform_id].name(lang)
            if result.error is not None:
                add(result.error.text(lang), _ERROR)
                continue
            if result.limit is None:
                count = self.tr("%1: %2 characters").replace("%1", name)
                add(count.replace("%2", f"{result.length:,}"), _OK)
            else:
                count = (
                    self.tr("%1: %2 / %3 characters")
                    .replace("%1", name)
                    .replace("%2", f"{result.length:,}")
                    .replace("%3", f"{result.limit:,}")
                )
                if result.over:
                    over = self.tr("%1 over the limit").replace("%1", f"{result.over:,}")
                    add(f"{count} — {over}", _ERROR)
                else:
                    add(count, _OK)
            for finding in result.findings:
                words = result.text[finding.start : finding.end]
                add(f"{name}: 「{words}」 {finding.message(lang)}", _WARN)
