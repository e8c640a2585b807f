"""The desk model's events as Qt signals, for widgets that connect the Qt way.

A widget connected here is disconnected when Qt deletes it, and this adapter leaves the
desk when it goes, so the model never calls into an object that is gone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.desk.model import Desk
from app.desk.observer import Event


class DeskSignals(QObject):
    """Re-emits each of ``desk``'s events; the desk itself knows nothing of Qt."""

    template_changed = Signal()  # the open template, platform or message language
    message_changed = Signal()  # the message, its twin, the missing fields
    findings_changed = Signal()  # the platform-rule warnings of the shown message
    dates_changed = Signal()  # the order's dates and deadlines
    replaced = Signal(object, object)  # (gone, opened) templates on a platform switch
    order_started = Signal()
    copied = Signal(str, str, str)  # template id, language, text
    unsaved = Signal()  # typing waits to be saved
    order_changed = Signal()  # the stored order, its timeline, or which order
    order_failed = Signal(object)  # OrderStoreError, or None once a save worked
    record_failed = Signal(object)  # OrderStoreError: a copy is not on the timeline

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        links: list[tuple[Event[...], Callable[..., object]]] = [
            (desk.template_changed, self.template_changed.emit),
            (desk.message_changed, self.message_changed.emit),
            (desk.findings_changed, self.findings_changed.emit),
            (desk.dates_changed, self.dates_changed.emit),
            (desk.replaced, self.replaced.emit),
            (desk.order_started, self.order_started.emit),
            (desk.copied, self.copied.emit),
            (desk.unsaved, self.unsaved.emit),
            (desk.order_changed, self.order_changed.emit),
            (desk.order_failed, self.order_failed.emit),
            (desk.record_failed, self.record_failed.emit),
        ]
        for event, emit in links:
            event.connect(emit)

        def unlink() -> None:  # not a method: it runs as this object goes
            for event, emit in links:
                event.disconnect(emit)

        self.destroyed.connect(unlink)
