"""The text editor: line numbers, a mark beside a line with a problem, completion."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.ui.editor.completion import FieldCompleter
from app.ui.editor.highlighter import TemplateHighlighter

_ERROR_BACK = QColor("#fde2e1")
_ERROR_MARK = QColor("#d1242f")


class _Gutter(QWidget):
    def __init__(self, editor: TemplateTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._editor.paint_gutter(event)


class TemplateTextEdit(QPlainTextEdit):
    """Front matter and body in one plain text editor."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 11))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.highlighter = TemplateHighlighter(self.document())
        self.completer = FieldCompleter(self)
        self._problem_lines: dict[int, str] = {}
        self._gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    # Problems at their lines
    def set_problems(self, problems: dict[int, str]) -> None:
        """Mark each line (1-based) with a problem; an empty dict clears every mark."""
        self._problem_lines = dict(problems)
        selections = []
        for line in problems:
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(_ERROR_BACK)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.setExtraSelections(selections)
        self._gutter.update()

    def problem_lines(self) -> list[int]:
        return sorted(self._problem_lines)

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(line - 1, 0))
        self.setTextCursor(QTextCursor(block))
        self.centerCursor()

    # The gutter
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * max(digits, 2) + 6

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), QColor("#f3f3f3"))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            number = block.blockNumber() + 1
            if block.isVisible():
                if number in self._problem_lines:
                    painter.setBrush(_ERROR_MARK)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(3, top + height // 2 - 4, 8, 8)
                painter.setPen(_ERROR_MARK if number in self._problem_lines else QColor("#888"))
                font = QFont(self.font())
                font.setBold(number in self._problem_lines)
                painter.setFont(font)
                painter.drawText(
                    0,
                    top,
                    self._gutter.width() - 4,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(number),
                )
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()

    # Completion and focus
    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.list_view()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Escape,
        ):
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)
        if event.text() and (event.text().isalnum() or event.text() in "_| "):
            self.completer.update_for_cursor()
        elif popup.isVisible():
            popup.hide()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.completer.list_view().isVisible():
            self.focus_lost.emit()
