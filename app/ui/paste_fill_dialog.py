"""Paste to fill: the seller pastes an order page, sees what was found, and confirms."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.base.platforms import Platform
from app.deadlines.schedule import DATE_LABELS
from app.orders.paste_facts import read_order_page
from app.orders.paste_fill import Found
from app.rendering.filters import format_datetime
from app.templates.fields import make_field
from app.ui.shown_text import elided

_HIGHLIGHT = QColor("#fff0b3")


# The order's own facts: shown by name, given back as the order keeps them.
ORDER_FACTS = ("platform", "ordered", "paid")
PASTE_CHARS = 20_000  # an order page's text is a few thousand characters


class PasteFillDialog(QDialog):
    """Shows each find with the text it came from; only ticked rows are filled."""

    def __init__(
        self,
        platform_id: str,
        lang: str = "ja",
        parent: QWidget | None = None,
        platforms: Mapping[str, Platform] | None = None,
        today: date | None = None,
    ) -> None:
        """``platforms`` lets the page's platform and carrier be read; ``today`` dates
        a day shown without its year."""
        super().__init__(parent)
        self.setObjectName("pasteFillDialog")
        self.platform_id = platform_id
        self.platforms = dict(platforms or {})
        self.today = today or date.today()
        self.lang = lang
        self.found: list[Found] = []
        self.setWindowTitle(self.tr("Paste to fill"))
        intro = self.tr(
            "Paste the order page's text. Check what Teinei found; untick anything wrong."
        )
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("pasteText")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("pasteFound")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value"), self.tr("From the text")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fill the form"))
        self.nothing = QLabel(self)
        self.nothing.setObjectName("pasteNothing")
        self.cut_note = QLabel(
            self.tr("Only the first %1 characters are read: an order page is far shorter.").replace(
                "%1", f"{PASTE_CHARS:,}"
            ),
            self,
        )
        self.cut_note.setObjectName("pasteCut")
        self.cut_note.setWordWrap(True)
        self.cut_note.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.text, 1)
        column.addWidget(self.cut_note)
        column.addWidget(self.nothing)
        column.addWidget(self.table, 1)
        column.addWidget(self.buttons)
        self.text.textChanged.connect(self._recognise)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 600)  # room for every find: details, platform, times, carrier
        self._recognise()

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text[: PASTE_CHARS + 1])  # one more: the note says it was cut

    def values(self) -> dict[str, str]:
        """The ticked finds, as form values (edited values as the seller left them)."""
        chosen: dict[str, str] = {}
        for row, found in enumerate(self.found):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            if name_item is None or value_item is None:
                continue
            if name_item.checkState() == Qt.CheckState.Checked:
                # A fact shown by name (a platform, a carrier, a moment) gives its key.
                kept = value_item.data(Qt.ItemDataRole.UserRole)
                chosen[found.field] = kept if kept is not None else value_item.text().strip()
        return chosen

    def _recognise(self) -> None:
        source = self.text.toPlainText()
        cut = len(source) > PASTE_CHARS
        if cut:  # a megabyte on one line would be laid out again on every key
            source = source[:PASTE_CHARS]
            self.text.blockSignals(True)
            self.text.setPlainText(source)
            self.text.blockSignals(False)
        self.cut_note.setVisible(cut)
        carriers = {pid: platform.carriers for pid, platform in self.platforms.items()}
        read = read_order_page(source, self.platform_id, self.today, carriers)
        # The platform is offered only when the page shows another one than the order's.
        self.found = [f for f in read if f.field != "platform" or f.value != self.platform_id]
        self.table.setRowCount(len(self.found))
        for row, found in enumerate(self.found):
            name = QTableWidgetItem(self._label(found.field))
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Checked)
            value = QTableWidgetItem(elided(self._shown(found)))
            if value.text() != found.value:  # shown by name: kept as found, not edited
                value.setData(Qt.ItemDataRole.UserRole, found.value)
                value.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            origin = QTableWidgetItem(elided(source[found.start : found.end]))
            origin.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column, item in enumerate((name, value, origin)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._highlight()
        has_text = bool(source.strip())
        self.nothing.setVisible(has_text and not self.found)
        self.nothing.setText(self.tr("Nothing recognisable was found in this text."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.found))

    def _label(self, field: str) -> str:
        if field == "platform":
            return self.tr("Platform")
        if field in DATE_LABELS:
            return DATE_LABELS[field][0 if self.lang == "ja" else 1]
        return make_field(field, None, self.lang).label(self.lang)

    def _shown(self, found: Found) -> str:
        """A platform, carrier or moment as the seller reads it."""
        if found.field == "platform":
            platform = self.platforms.get(found.value)
            return platform.name(self.lang) if platform is not None else found.value
        if found.field in ORDER_FACTS:
            return format_datetime(found.value, self.lang)
        if found.field == "carrier":
            for platform in self._reading_platforms():
                for key, labels in platform.carriers:
                    if key == found.value:
                        return labels.get(self.lang) or key
        return found.value

    def _reading_platforms(self) -> list[Platform]:
        shown = next((f.value for f in self.found if f.field == "platform"), self.platform_id)
        return [p for pid, p in self.platforms.items() if pid == shown]

    def _highlight(self) -> None:
        marks = []
        style = QTextCharFormat()
        style.setBackground(_HIGHLIGHT)
        for found in self.found:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(_utf16(self.text.toPlainText(), found.start))
            cursor.setPosition(
                _utf16(self.text.toPlainText(), found.end), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            selection.format = style
            marks.append(selection)
        self.text.setExtraSelections(marks)


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2
