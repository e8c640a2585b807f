"""Trouble the orders database meets after the window opened it, said in one place.

Another program, a sync tool or a failing disk can damage the file while the window is
open; then any read or write (the list, search, opening an order, its timeline, a save,
a copy, an export) fails. Whichever meets it, the error comes here: through the desk's
failure signals, or through ``sys.excepthook`` for a slot that did not expect it, so the
seller gets the same question as at start, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer

from app.base.messages import message_of
from app.orders.schema import DamagedDatabaseError, OrderStoreError
from app.ui import damage_dialogs, dialogs
from app.ui.i18n import localized

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from app.ui.orders_panel import OrdersPanel


class StoreTrouble(QObject):
    """Says what went wrong with the orders database, once, and offers a new one."""

    def __init__(self, window: QMainWindow, panel: OrdersPanel) -> None:
        super().__init__(panel)
        self.window, self.panel = window, panel
        self._declined: set[Path] = set()  # damaged files the seller chose to keep using
        self._busy = False
        self._pending: OrderStoreError | None = None
        self._timer = QTimer(self)  # goes with the window, so never fires after it
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._say_pending)

    def waiting(self) -> bool:
        """Whether trouble is noticed and not said yet."""
        return self._timer.isActive()

    def notice(self, error: OrderStoreError) -> None:
        """Say ``error`` once the slot that met it has finished; the reads and writes
        that fail together with it are one trouble, said once."""
        self._pending = error
        self._timer.start()

    def _say_pending(self) -> None:
        error, self._pending = self._pending, None
        if error is not None:
            self.say(error)

    def say(self, error: OrderStoreError) -> None:
        if self._busy:  # a question is open: what fails behind it is the same trouble
            return
        self._busy = True
        try:
            store = self.panel.session.store
            if not isinstance(error, DamagedDatabaseError) or store.path in self._declined:
                dialogs.status(self.window, localized(message_of(error)), dialogs.ERROR)
            elif damage_dialogs.ask_start_new(self.window, error):
                self._start_new()
            else:
                self._declined.add(store.path)
                dialogs.status(self.window, localized(message_of(error)), dialogs.ERROR)
        finally:
            self._busy = False

    def _start_new(self) -> None:
        """Keep the damaged file as a copy, start a new one, and store the order on the
        desk in it, so what the seller typed is kept."""
        from app.orders import open_store

        session = self.panel.session
        old = session.store
        old.close()
        store, problem = open_store(old.path, old.clock, start_new=lambda error: True)
        if store is None:
            dialogs.status(self.window, problem or "", dialogs.ERROR, msec=0)
            return
        session.store = store
        if session.current.id is not None:
            try:
                fresh = session.current.replace(id=None, created=None, updated=None)
                session.current = store.save(fresh)
            except OrderStoreError as error:
                dialogs.status(self.window, localized(message_of(error)), dialogs.ERROR)
        self.panel.flush()  # typing that still waits goes in too
        self.panel.list.set_orders(store.orders())
        self.panel.refresh()
        if problem:
            dialogs.status(self.window, problem, dialogs.WARNING, msec=0)


Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install(trouble: StoreTrouble) -> None:
    """Send an orders-database error no slot caught to ``trouble`` while it lives."""
    previous: Hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, OrderStoreError) and shiboken6.isValid(trouble):
            trouble.notice(error)
            return
        previous(kind, error, tb)

    sys.excepthook = hook
