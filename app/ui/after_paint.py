"""Running start-up work on the event-loop turn after a widget is first painted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``then`` on the turn after ``widget`` is first painted, or after
    ``fallback_ms`` if it is not painted by then (a minimised start)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 500) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then = then
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self.run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.run)
        return False

    def run(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.then()
