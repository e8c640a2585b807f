"""The message strip under the editor and the banner for a file changed elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.templates.library import Problem
from app.ui import dialogs
from app.ui.i18n import localized

_STYLES = {
    "error": "background:#fde2e1; color:#8a1c1c; padding:4px 6px;",
    "ok": "background:#e6f4ea; color:#1e5631; padding:4px 6px;",
    "info": "background:#eef2f7; color:#24292f; padding:4px 6px;",
}


class MessageStrip(QLabel):
    """One line under the editor: the problem and its line, or that all is well."""

    line_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind = "info"
        self._line = 0
        self._problems: list[Problem] | None = None  # shown now, so a UI switch can redo them
        self.setToolTip(self.tr("Click to go to the line"))

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().mousePressEvent(event)
        if self.kind == "error" and self._line:
            self.line_clicked.emit(self._line)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._problems is not None:
            self.show_problems(self._problems)

    def show_message(self, kind: str, text: str) -> None:
        """What just happened (a failed save, a file that cannot be read); errors are logged."""
        self._problems = None
        self._paint(kind, dialogs.error_text(text) if kind == "error" else text)

    def _paint(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(_STYLES[kind])
        self.setText(text)

    def show_problems(self, problems: list[Problem]) -> None:
        if not problems:
            self._line = 0
            self._paint("ok", self.tr("No problems found."))
        else:
            first = problems[0]
            self._line = first.line
            text = self.tr("Line {0}: {1}").format(first.line, localized(first.message))
            # Live checks change as the seller types: shown, not logged.
            self._paint("error", text)
        self._problems = list(problems)


class ChangedOnDiskBanner(QFrame):
    """Told, never decided for: the seller picks reload or keep mine."""

    reload_clicked = Signal()
    keep_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("background:#fff4ce; color:#3b2e00;")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload from disk"))
        self.keep_button = QPushButton(self.tr("Keep mine"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.reload_button.clicked.connect(self.reload_clicked)
        self.keep_button.clicked.connect(self.keep_clicked)
        self.hide()

    def tell_changed(self) -> None:
        self.label.setText(
            self.tr("This file was changed by another program. Reload it, or keep your text?")
        )
        self.reload_button.show()
        self.show()

    def tell_removed(self) -> None:
        self.label.setText(
            self.tr(
                "This file was moved or deleted by another program. "
                "Keep your text and save to write it again."
            )
        )
        self.reload_button.hide()
        self.show()
