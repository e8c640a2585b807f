"""Long checks on a worker thread, their results handed back on the window's.

The desk model (app/desk/model.py) checks a long text through this, and the template
editor its per-marketplace checks (app/ui/editor/message_sync.py), so the window keeps
answering while the rules read; each drops a result for an older text.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

_T = TypeVar("_T")


class CheckAside(QObject):
    """``run`` does the work on its own thread; the answer arrives as a queued signal."""

    _ready = Signal(object, object)  # what to call, and the result to call it with

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready.connect(self._deliver)  # a method of this object: queued to its thread

    def run(self, work: Callable[[], _T], done: Callable[[_T], None]) -> None:
        def aside() -> None:
            found = work()
            with contextlib.suppress(RuntimeError):  # the window closed while it ran
                self._ready.emit(done, found)

        threading.Thread(target=aside, name="teinei-policy-check", daemon=True).start()

    @Slot(object, object)
    def _deliver(self, done: Callable[[Any], None], found: object) -> None:
        done(found)
