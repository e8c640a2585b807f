"""The app's start, in order. Each deferred step belongs to a widget that lives as long
as the window, so a window closed early takes its waiting steps with it.

1. The frame (menus, pickers, "Loading templates…") is shown at once.
2. On the turn after the frame is painted: the library, the desk model and the desk.
   The orders dock is placed with it, saying "Loading orders…".
3. On the turn after the desk is painted, in this order: a remembered first message is
   rendered for real; the platform's rules check the message; the Template menu's own-set
   entries and the editor pane join; the orders database opens into its dock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDockWidget, QWidget

from app.ui.after_paint import AfterPaint


class Starting(Protocol):
    """What a start asks of the window."""

    def build_desk(self) -> None: ...
    def painted_desk(self) -> QWidget: ...
    def place_orders(self) -> QDockWidget: ...
    def announce_ready(self) -> None: ...
    def after_desk_paint(self) -> list[Callable[[], None]]: ...
    def open_orders(self, dock: QDockWidget | None = None) -> object: ...
    def orders_opened_now(self) -> None: ...


def after_frame_paint(window: Starting, frame: QWidget) -> None:
    """Step 2 on the turn after ``frame`` is painted (or shortly, if it is not)."""
    AfterPaint(frame, lambda: build(window), fallback_ms=300)


def build(window: Starting) -> None:
    window.build_desk()
    dock = window.place_orders()
    window.announce_ready()
    steps = window.after_desk_paint()

    def open_orders() -> None:
        window.open_orders(dock)
        window.orders_opened_now()

    # One owner, the desk's widest part: if it goes, nothing here runs.
    AfterPaint(window.painted_desk(), lambda: _run([*steps, open_orders]))


def _run(steps: list[Callable[[], None]]) -> None:
    for step in steps:
        step()
