"""The timeline of one order: every message copied for it, oldest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.orders import SentMessage
from app.rendering.filters import format_datetime
from app.ui.shown_text import SHOWN_CHARS, elided, hold_long, too_long_to_edit

MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineView(QWidget):
    """Lists the messages; the selected one is shown whole and can be copied again."""

    copy_again = Signal(str, str, str)  # template id, language, text

    def __init__(
        self,
        parent: QWidget | None = None,
        title_of: Callable[[str, str], str] = lambda template_id, lang: template_id,
    ) -> None:
        """``title_of`` names a template id for the seller, in a message's language."""
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.ui_lang = "ja"
        self.title_of = title_of
        self.heading = QLabel(self)
        self.heading.setObjectName("timelineHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("timelineList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("timelineText")
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyAgainButton")
        self.copy_button.setEnabled(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("timelineEmpty")
        self.empty.setWordWrap(True)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([200, 160])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.empty)
        column.addWidget(split, 1)
        column.addLayout(buttons)

        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self._copy())
        self.copy_button.clicked.connect(self._copy)
        self.retranslate()
        self.set_messages([])

    def set_ui_lang(self, lang: str) -> None:
        """Times are written the way ``lang`` writes them (from the next listing)."""
        self.ui_lang = lang

    def set_messages(self, messages: list[SentMessage]) -> None:
        self.list.clear()
        for message in messages:
            title = self.title_of(message.template_id, message.lang)
            gist = " ".join(message.text[:120].split())  # never folds a megabyte
            gist = gist if len(gist) <= 60 else gist[:59] + "…"
            when = format_datetime(message.sent_at, self.ui_lang)
            item = QListWidgetItem(f"{when}  ·  {title}  [{message.lang}]\n{gist}")
            item.setData(MESSAGE_ROLE, message)
            self.list.addItem(item)
        self.empty.setVisible(not messages)
        if messages:
            self.list.setCurrentRow(len(messages) - 1)
        else:
            self.text.clear()
            self.copy_button.setEnabled(False)

    def messages(self) -> list[SentMessage]:
        return [self.list.item(row).data(MESSAGE_ROLE) for row in range(self.list.count())]

    def current_message(self) -> SentMessage | None:
        item = self.list.currentItem()
        message = None if item is None else item.data(MESSAGE_ROLE)
        return message if isinstance(message, SentMessage) else None

    def _show_current(self) -> None:
        message = self.current_message()
        text = "" if message is None else message.text
        # Copy again sends the whole text; a megabyte on one line is shown by its start.
        whole = text if too_long_to_edit(text) else None
        self.text.setPlainText(text if whole is None else elided(text, SHOWN_CHARS))
        hold_long(self.text, whole)
        self.text.setReadOnly(True)
        self.copy_button.setEnabled(message is not None)

    def _copy(self) -> None:
        message = self.current_message()
        if message is not None:
            self.copy_again.emit(message.template_id, message.lang, message.text)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Messages sent for this order"))
        self.copy_button.setText(self.tr("Copy again"))
        self.empty.setText(self.tr("No message copied for this order yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
