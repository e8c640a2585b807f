"""Typing any text the way a Japanese input method delivers it: committed strings."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Commit ``text`` into ``widget`` as an IME would (QTest.keyClicks is ASCII-only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into_focus(text: str) -> QWidget:
    """Commit ``text`` wherever the keyboard focus is now; returns that widget."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    return widget
