"""`teinei --self-check`: the real start, reported as one JSON line, then a clean quit.

Internal: make bundle-check and the pipx check use it to prove a built app opens its window
with the whole library and its translations. Nothing here stands in for the window; it
waits for the start a seller sees (frame, library, desk, orders) and reads what is shown.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QTimer

from app.ui.i18n import translations
from app.ui.main_window import MainWindow

LIMIT_MS = 60_000


def report(window: MainWindow) -> dict[str, object]:
    return {
        "templates": len(window.library.templates),
        "problems": len(window.library.problems),
        "shown": len(window.browser.visible_ids()),
        "ui": translations().language,
        "menus": [menu.title() for menu in window.menus.values()],
        "title": window.windowTitle(),
    }


def watch(
    window: MainWindow,
    finish: Callable[[int], None],
    out: TextIO = sys.stdout,
    limit_ms: int = LIMIT_MS,
) -> None:
    """Once the start is complete, print the report, close the window and ``finish`` with
    the exit code: 0 for a whole library; 1 for a broken one or a start that never ends."""

    def done() -> None:
        timer.stop()
        found = report(window)
        print(json.dumps(found, ensure_ascii=False), file=out, flush=True)
        window.close()
        finish(0 if found["templates"] and not found["problems"] else 1)

    def too_slow() -> None:
        window.orders_opened.disconnect(done)
        print(f"teinei: the window did not finish starting in {limit_ms} ms", file=sys.stderr)
        finish(1)

    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(too_slow)
    window.orders_opened.connect(done)
    timer.start(limit_ms)
