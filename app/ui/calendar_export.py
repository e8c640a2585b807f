"""File ▸ Export the order's deadlines: an .ics file for the seller's own calendar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.ui import dialogs
from app.ui.i18n import current_language
from app.ui.orders_panel import OrdersPanel


class CalendarExport(QObject):
    """The menu entry and what it does for the panel's current order."""

    def __init__(self, window: QMainWindow, panel: OrdersPanel, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.action = action
        # Where to save; replaced in tests.
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        action.triggered.connect(self.export)

    def export(self) -> Path | None:
        # icalendar loads with the first export: at start it took ~30 ms of the orders dock.
        from app.orders.deadline_calendar import (
            calendar_file_name,
            order_calendar,
            save_order_calendar,
        )

        self.panel.flush()
        session = self.panel.session
        order, platform = session.current, session.platform
        deadlines = self.panel.desk.deadlines  # the order's, with the listing's choices
        if not deadlines:
            dialogs.status(
                self.window,
                self.tr("This order has no deadlines yet: enter its dates (paid, shipped) first."),
            )
            return None
        lang = current_language()
        target = self.ask_path(calendar_file_name(order, lang))
        if target is None:
            return None
        data = order_calendar(order, platform, deadlines, lang, session.store.clock())
        try:
            save_order_calendar(target, data)
        except OSError as error:
            dialogs.write_failed(self.window, target, error)
            return None
        dialogs.status(
            self.window,
            self.tr(
                "Saved %n deadline(s) to %1; open it to add them to your calendar.",
                "",
                len(deadlines),
            ).replace("%1", target.name),
        )
        return target

    def _ask_path(self, suggested: str) -> Path | None:
        name = dialogs.save_path(
            self.window, self.tr("Deadlines to a calendar"), suggested, self.tr("Calendar (*.ics)")
        )
        return Path(name) if name else None

    def retranslate(self) -> None:
        self.action.setText(self.tr("Export the order's &deadlines to a calendar (.ics)…"))
