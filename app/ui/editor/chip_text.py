"""The message as text with chips: a value is one object character that moves and
deletes as a unit, locked logic is a grey box, an "only when" passage is a run of
tinted lines. ``set_parts`` and ``parts`` convert to and from app.templates.template_text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QPointF, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from app.templates.template_text import Chip, Inline, Locked, OnlyWhen, Part, Text, only_when

OBJECT = "\ufffc"
CHIP = int(QTextFormat.ObjectTypes.UserObject) + 1
LOCKED = CHIP + 1
SOURCE = int(QTextFormat.Property.UserProperty) + 1
NAME = SOURCE + 1
PASSAGE = SOURCE + 2  # a block's "only when" passage number
MIME = "application/x-teinei-message-parts"
CHIP_FILL, CHIP_LINE = QColor("#e3ecfb"), QColor("#7a9bd6")
LOCKED_FILL, LOCKED_TEXT = QColor("#eeeeee"), QColor("#555555")
PASSAGE_FILL, PASSAGE_TEXT = QColor("#e6f4ea"), QColor("#2e7d32")


def chip_text(label: str) -> str:
    return f"［{label}］"


class _Objects(QPyTextObject):
    """Sizes and draws chips and locked blocks for the document layout."""

    def __init__(self, view: ChipTextEdit) -> None:
        super().__init__(view)
        self.view = view

    def _lines(self, fmt: QTextFormat) -> list[str]:
        if fmt.objectType() == CHIP:
            return [chip_text(self.view.label_of(str(fmt.property(NAME))))]
        return str(fmt.property(SOURCE)).split("\n")

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(doc.defaultFont())
        lines = self._lines(fmt)
        width = max(metrics.horizontalAdvance(line) for line in lines) + 6
        return QSizeF(width, metrics.height() * len(lines) + (0 if len(lines) == 1 else 4))

    def drawObject(
        self,
        painter: QPainter,
        area: QRectF | QRect,
        doc: QTextDocument,
        _pos: int,
        fmt: QTextFormat,
    ) -> None:
        rect = QRectF(area)
        chip = fmt.objectType() == CHIP
        painter.save()
        painter.setPen(CHIP_LINE if chip else LOCKED_FILL.darker(130))
        painter.setBrush(CHIP_FILL if chip else LOCKED_FILL)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor("#1f3b73") if chip else LOCKED_TEXT)
        painter.setFont(doc.defaultFont())
        metrics = QFontMetricsF(doc.defaultFont())
        for index, line in enumerate(self._lines(fmt)):
            baseline = rect.top() + metrics.ascent() + index * metrics.height()
            painter.drawText(QPointF(rect.left() + 3, baseline), line)
        painter.restore()


class ChipTextEdit(QTextEdit):
    """Emits ``parts_changed`` after every edit the seller makes."""

    parts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.label_of: Callable[[str], str] = lambda name: name
        self.caption_of: Callable[[str], str] = lambda flag: flag
        self.passages: dict[int, OnlyWhen] = {}  # number -> the passage's tags
        self._loading = False
        self._objects = _Objects(self)
        layout = self.document().documentLayout()
        layout.registerHandler(CHIP, self._objects)
        layout.registerHandler(LOCKED, self._objects)
        self.document().contentsChanged.connect(self._changed)
        self.cursorPositionChanged.connect(self._plain_typing)

    # Converting
    def set_parts(self, parts: Sequence[Part]) -> None:
        self._loading = True
        try:
            self.passages.clear()
            self.document().clear()
            self.document().setUndoRedoEnabled(False)
            cursor = QTextCursor(self.document())
            runs: list[tuple[int, int, int]] = []
            for part in parts:
                if isinstance(part, OnlyWhen):
                    first = cursor.blockNumber()
                    self._insert_inline(cursor, part.inner)
                    number = len(self.passages) + 1
                    self.passages[number] = part
                    runs.append((number, first, cursor.blockNumber()))
                else:
                    self._insert_inline(cursor, [part])
            for number, first, last in runs:
                for index in range(first, last + 1):
                    self._mark(self.document().findBlockByNumber(index), number)
            self.document().setUndoRedoEnabled(True)
            self.document().setModified(False)
        finally:
            self._loading = False
        self.viewport().update()

    def parts(self) -> list[Part]:
        out: list[Part] = []
        run: list[Inline] | None = None
        passage: OnlyWhen | None = None
        previous = 0
        block = self.document().begin()
        while block.isValid():
            number = self._passage_of(block)
            if block.blockNumber() > 0:
                if number and number == previous and run is not None:
                    run.append(Text("\n"))
                else:
                    if run is not None and passage is not None:
                        out.append(_closed(passage, run))
                        run = None
                    out.append(Text("\n"))
            if number and run is None:
                run, passage = [], self.passages[number]
            (run if run is not None else out).extend(self._items(block, 0, block.length() - 1))
            previous = number
            block = block.next()
        if run is not None and passage is not None:
            # A passage on the last line still needs the line break after its end tag.
            out.extend((_closed(passage, run), Text("\n")))
        return _merged(out)

    def _passage_of(self, block: QTextBlock) -> int:
        value = block.blockFormat().property(PASSAGE)
        number = int(value) if isinstance(value, int) else 0
        return number if number in self.passages else 0

    def _items(self, block: QTextBlock, start: int, end: int) -> list[Inline]:
        """The block's text and objects between two offsets within it."""
        items: list[Inline] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            at = fragment.position() - block.position()
            text = fragment.text()[max(0, start - at) : max(0, end - at)]
            kind = fragment.charFormat().objectType()
            for char in text:
                if char == OBJECT and kind in (CHIP, LOCKED):
                    fmt = fragment.charFormat()
                    source = str(fmt.property(SOURCE))
                    items.append(
                        Chip(str(fmt.property(NAME)), source) if kind == CHIP else Locked(source)
                    )
                elif char != OBJECT:
                    items.append(Text(char))
        return _merged(items)  # type: ignore[return-value]

    def _insert_inline(self, cursor: QTextCursor, items: Sequence[Part]) -> None:
        plain = QTextCharFormat()
        for item in items:
            if isinstance(item, Text):
                cursor.insertText(item.text, plain)
            elif isinstance(item, Chip):
                cursor.insertText(OBJECT, _object_format(CHIP, item.source, item.name))
            elif isinstance(item, Locked):
                cursor.insertText(OBJECT, _object_format(LOCKED, item.source, ""))
        cursor.setCharFormat(plain)

    def _mark(self, block: QTextBlock, number: int) -> None:
        fmt = QTextBlockFormat(block.blockFormat())
        if number:
            fmt.setProperty(PASSAGE, number)
            fmt.setBackground(PASSAGE_FILL)
            # Room at the right for the "only when" caption, so text never runs under it.
            caption = self.caption_of(self.passages[number].flag)
            fmt.setRightMargin(QFontMetricsF(self._caption_font()).horizontalAdvance(caption) + 16)
        else:
            fmt.clearProperty(PASSAGE)
            fmt.clearBackground()
            fmt.setRightMargin(0)
        QTextCursor(block).setBlockFormat(fmt)

    # Editing
    def insert_chip(self, name: str, source: str) -> None:
        cursor = self.textCursor()
        cursor.insertText(OBJECT, _object_format(CHIP, source, name))
        cursor.setCharFormat(QTextCharFormat())
        self.setTextCursor(cursor)

    def set_only_when(self, flag: str | None) -> None:
        """The selected lines become shown only when ``flag`` is on; None: always shown."""
        number = 0
        if flag is not None:
            number = max(self.passages, default=0) + 1
            self.passages[number] = only_when(flag, ())
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            self._mark(block, number)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()
        self.viewport().update()
        self._changed()

    def passage_flag_at_cursor(self) -> str | None:
        number = self._passage_of(self.textCursor().block())
        return self.passages[number].flag if number else None

    def relabel(self) -> None:
        """Chip labels changed (a field renamed): lay the text out again."""
        self.document().markContentsDirty(0, self.document().characterCount())
        self.viewport().update()

    def _changed(self) -> None:
        if not self._loading:
            self.parts_changed.emit()

    def _plain_typing(self) -> None:
        # Typing right after a chip must not carry the chip's format into the text.
        if self.currentCharFormat().objectType() in (CHIP, LOCKED):
            self.setCurrentCharFormat(QTextCharFormat())

    # Copy and paste keep chips; text from elsewhere comes in as plain text
    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        items: list[dict[str, str]] = []
        doc = self.document()
        block = doc.findBlock(cursor.selectionStart())
        while block.isValid() and block.position() <= cursor.selectionEnd():
            if items:
                items.append({"text": "\n"})
            start = max(0, cursor.selectionStart() - block.position())
            end = min(block.length() - 1, cursor.selectionEnd() - block.position())
            for item in self._items(block, start, end):
                items.append(_as_json(item))
            block = block.next()
        data.setData(MIME, json.dumps(items).encode("utf-8"))
        data.setText(data.text().replace(OBJECT, ""))
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:
        cursor = self.textCursor()
        if source.hasFormat(MIME):
            raw = json.loads(bytes(source.data(MIME).data()).decode("utf-8"))
            self._insert_inline(cursor, [_from_json(item) for item in raw])
        else:
            cursor.insertText(source.text().replace(OBJECT, ""), QTextCharFormat())
        self.setTextCursor(cursor)

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self._caption_font())
        painter.setPen(PASSAGE_TEXT)
        layout = self.document().documentLayout()
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        previous = 0
        block = self.document().begin()
        while block.isValid():
            number = self._passage_of(block)
            if number and number != previous:
                rect = layout.blockBoundingRect(block).translated(offset)
                caption = self.caption_of(self.passages[number].flag)
                rect.setRight(self.viewport().width() - 6)  # in the margin kept for it
                painter.drawText(
                    rect,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    caption,
                )
            previous = number
            block = block.next()
        painter.end()


def _object_format(kind: int, source: str, name: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(kind)
    fmt.setProperty(SOURCE, source)
    fmt.setProperty(NAME, name)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBottom)
    return fmt


def _closed(passage: OnlyWhen, run: list[Inline]) -> OnlyWhen:
    inner = tuple(_merged(run))
    return OnlyWhen(passage.flag, inner, passage.opening, passage.closing)  # type: ignore[arg-type]


def _merged(items: Sequence[Part]) -> list[Part]:
    out: list[Part] = []
    for item in items:
        if isinstance(item, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + item.text)
        elif not (isinstance(item, Text) and not item.text):
            out.append(item)
    return out


def _as_json(item: Part) -> dict[str, str]:
    if isinstance(item, Chip):
        return {"chip": item.name, "source": item.source}
    if isinstance(item, Locked):
        return {"locked": item.source}
    return {"text": item.text if isinstance(item, Text) else ""}


def _from_json(item: dict[str, str]) -> Part:
    if "chip" in item:
        return Chip(item["chip"], item["source"])
    if "locked" in item:
        return Locked(item["locked"])
    return Text(item.get("text", ""))
