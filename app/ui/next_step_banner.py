"""The next-step banner: what to send next for this order, and a button to open it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.orders.next_step_text import INFO, LATER, NOW, Suggestion

_STYLES = {
    NOW: "background:#fff4d6; color:#5c4300; border:1px solid #e8c766;",
    LATER: "background:#e8f0fe; color:#1a3c6e; border:1px solid #b6c8ea;",
    INFO: "background:#f1f3f4; color:#3c4043; border:1px solid #d5d8db;",
}


class NextStepBanner(QWidget):
    """Shows the first suggestion in the message language; the rest as a second line."""

    open_template = Signal(str)
    shown = Signal()  # the steps were shown again (they may be the same)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextStepBanner")
        self.lang = "ja"
        self.suggestions: list[Suggestion] = []
        self.text = QLabel(self)
        self.text.setObjectName("nextStepText")
        self.text.setWordWrap(True)
        self.text.setContentsMargins(8, 6, 8, 6)
        self.button = QPushButton(self)
        self.button.setObjectName("nextStepOpen")
        self.button.clicked.connect(self._open)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.retranslate()
        self.hide()

    def show_steps(self, suggestions: list[Suggestion], lang: str) -> None:
        self.suggestions = list(suggestions)
        self.lang = lang
        self.shown.emit()
        if not suggestions:
            self.hide()
            return
        first = suggestions[0]
        lines = [f"<b>{_escape(first.message(lang))}</b>"]
        lines += [_escape(s.message(lang)) for s in suggestions[1:]]
        self.text.setText("<br>".join(lines))
        self.text.setStyleSheet(f"QLabel {{ {_STYLES[first.state]} border-radius:4px; }}")
        self.button.setVisible(first.template_id is not None)
        self.show()

    def first_template(self) -> str | None:
        return self.suggestions[0].template_id if self.suggestions else None

    def _open(self) -> None:
        template_id = self.first_template()
        if template_id:
            self.open_template.emit(template_id)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Open template"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
