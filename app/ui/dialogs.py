"""Every question and message to the user goes through here, so tests can answer them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

log = logging.getLogger("teinei")

INFO = "info"
WARNING = "warning"
ERROR = "error"

_BANNER_STYLES = {
    INFO: "background:#e8f0fe; color:#1a3c6e; border:1px solid #b6c8ea;",
    WARNING: "background:#fff4d6; color:#5c4300; border:1px solid #e8c766;",
    ERROR: "background:#fde7e7; color:#7a1010; border:1px solid #e3a0a0;",
}


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True when the user says yes."""
    log.info("asking: %s: %s", title, text)
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something that needs their attention before they go on."""
    log.warning("%s: %s", title, text)
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Dialogs", "About Teinei"),
        QCoreApplication.translate(
            "Dialogs",
            "Teinei drafts careful messages to marketplace buyers, in Japanese and English.",
        ),
    )


class Banner(QLabel):
    """An inline message strip: prefer this to a modal box for anything not urgent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setContentsMargins(8, 4, 8, 4)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = INFO) -> None:
        if kind == ERROR:
            log.warning("%s", text)
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {_BANNER_STYLES[kind]} border-radius:4px; }}")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()
