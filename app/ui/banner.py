"""An inline message strip, and the kinds of message the window shows (info, warning,
error). Apart from app.ui.dialogs so the desk can show a strip without loading the
dialogs' boxes before its first paint."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QWidget

log = logging.getLogger("teinei")

INFO = "info"
WARNING = "warning"
ERROR = "error"

_BANNER_STYLES = {
    INFO: "background:#e8f0fe; color:#1a3c6e; border:1px solid #b6c8ea;",
    WARNING: "background:#fff4d6; color:#5c4300; border:1px solid #e8c766;",
    ERROR: "background:#fde7e7; color:#7a1010; border:1px solid #e3a0a0;",
}


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
            log.warning("%s", text)  # every error the user is shown is logged too
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {_BANNER_STYLES[kind]} border-radius:4px; }}")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()
