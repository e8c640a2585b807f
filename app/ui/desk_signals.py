"""The desk model's events as Qt signals, for widgets that connect the Qt way."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.desk.model import Desk


class DeskSignals(QObject):
    """Re-emits each of ``desk``'s events; the desk itself knows nothing of Qt."""

    template_changed = Signal()  # the open template, platform or message language
    message_changed = Signal()  # the message, its twin, the missing fields
    findings_changed = Signal()  # the platform-rule warnings of the shown message
    dates_changed = Signal()  # the order's dates and deadlines
    typed = Signal(dict)  # values for the stored order
    replaced = Signal(object, object)  # (gone, opened) templates on a platform switch
    order_started = Signal()
    copied = Signal(str, str, str)  # template id, language, text
    lang_chosen = Signal(dict)  # platform id -> the message language the seller chose

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        desk.template_changed.connect(self.template_changed.emit)
        desk.message_changed.connect(self.message_changed.emit)
        desk.findings_changed.connect(self.findings_changed.emit)
        desk.dates_changed.connect(self.dates_changed.emit)
        desk.typed.connect(self.typed.emit)
        desk.replaced.connect(self.replaced.emit)
        desk.order_started.connect(self.order_started.emit)
        desk.copied.connect(self.copied.emit)
        desk.lang_chosen.connect(self.lang_chosen.emit)
