"""The app's start, in order. Each deferred step belongs to a widget that lives as long
as the window, so a window closed early takes its waiting steps with it.

1. The frame (menus, pickers, "Loading templates…") is shown at once.
2. On the turn after the frame is painted: the library, the desk model and the desk.
   The orders dock is placed with it, saying "Loading orders…".
3. On the turn after the desk is painted, in this order: the orders database opens into
   its dock; the Template menu's own-set entries and the editor pane join; the platform's
   rules check the message; a remembered first message is rendered for real; the
   template list's search text is made; the collector, held off since the launch, comes
   back on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDockWidget, QWidget

from app.ui.after_paint import AfterPaint
from app.ui.settings import Settings

if TYPE_CHECKING:
    from app.base.platforms import Platform
    from app.desk.model import Desk
    from app.templates.library import Library


class Starting(Protocol):
    """What a start asks of the window."""

    def build_desk(self) -> None: ...
    @property
    def preview_pane(self) -> QWidget: ...  # painted with the desk, last of its parts
    @property
    def desk(self) -> Desk: ...
    def place_orders(self) -> QDockWidget: ...
    def install_user_set(self) -> None: ...
    def prepare_search(self) -> None: ...
    def announce_ready(self) -> None: ...
    def open_orders(self, dock: QDockWidget | None = None) -> object: ...
    def orders_opened_now(self) -> None: ...


def after_frame_paint(window: Starting, frame: QWidget) -> None:
    """Step 2 on the turn after ``frame`` is painted (or shortly, if it is not)."""
    AfterPaint(frame, lambda: _build_or_collect(window), fallback_ms=300)


def _build_or_collect(window: Starting) -> None:
    try:
        build(window)
    except BaseException:
        collect_again()  # a start that fails here never reaches its last step
        raise


def build(window: Starting) -> None:
    window.build_desk()
    dock, desk = window.place_orders(), window.desk

    def open_orders() -> None:
        window.open_orders(dock)
        window.orders_opened_now()

    after_paint = [
        open_orders,
        window.install_user_set,
        desk.start_checks,
        desk.go_live,
        window.prepare_search,
    ]
    # One owner, the desk's widest part: if it goes, nothing here runs. Placed before
    # ``ready``, so a listener to ``ready`` that watches the same paint hears of it first.
    AfterPaint(window.preview_pane, lambda: _run(after_paint))
    window.announce_ready()


def collect_again() -> None:
    """Turn the collector back on if the launch held it off (app/launch.py). What the
    start made lives as long as the window, so it is frozen out of later sweeps."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _run(steps: list[Callable[[], None]]) -> None:
    try:
        for step in steps:
            step()
    finally:
        collect_again()  # the last step, even when one before it fails


def make_desk(
    settings: Settings,
    library: Library | None = None,
    platforms: dict[str, Platform] | None = None,
    *,
    deferred: bool = False,
) -> Desk:
    """The desk model as the seller left it; the library and platforms load if not given.
    A deferred start may show a remembered first message (app.rendering.render_memo) and checks the
    message only after the desk is painted."""
    from app.base.platforms import load_platforms
    from app.desk.composer import Composer
    from app.desk.model import Desk
    from app.templates.library import load_library

    memo = None
    if deferred:
        from app.rendering.render_memo import RenderMemo

        memo = RenderMemo()
    return Desk(
        library if library is not None else load_library(),
        platforms if platforms is not None else load_platforms(),
        platform_id=settings.get("message/platform"),
        lang=settings.get("message/lang"),
        template_id=settings.get("message/template"),
        twin_shown=settings.get("view/twin"),
        composer=Composer(memo),
        checks_live=not deferred,
        chosen_langs=settings.get("message/lang_by_platform"),
    )
