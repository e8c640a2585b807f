"""Paste to fill: the seller pastes an order page, sees what was found, and confirms."""

from __future__ import annotations

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

from app.fields import make_field
from app.paste_fill import Found, recognise

_HIGHLIGHT = QColor("#fff0b3")


class PasteFillDialog(QDialog):
    """Shows each find with the text it came from; only ticked rows are filled."""

    def __init__(self, platform_id: str, lang: str = "ja", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteFillDialog")
        self.platform_id = platform_id
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
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.text, 2)
        column.addWidget(self.nothing)
        column.addWidget(self.table, 1)
        column.addWidget(self.buttons)
        self.text.textChanged.connect(self._recognise)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 520)
        self._recognise()

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def values(self) -> dict[str, str]:
        """The ticked finds, as form values (edited values as the seller left them)."""
        chosen: dict[str, str] = {}
        for row, found in enumerate(self.found):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            if name_item is None or value_item is None:
                continue
            if name_item.checkState() == Qt.CheckState.Checked:
                chosen[found.field] = value_item.text().strip()
        return chosen

    def _recognise(self) -> None:
        source = self.text.toPlainText()
        self.found = recognise(source, self.platform_id)
        self.table.setRowCount(len(self.found))
        for row, found in enumerate(self.found):
            name = QTableWidgetItem(make_field(found.field, None, self.lang).label(self.lang))
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Checked)
            value = QTableWidgetItem(found.value)
            origin = QTableWidgetItem(source[found.start : found.end])
            origin.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column, item in enumerate((name, value, origin)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._highlight()
        has_text = bool(source.strip())
        self.nothing.setVisible(has_text and not self.found)
        self.nothing.setText(self.tr("Nothing recognisable was found in this text."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.found))

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
