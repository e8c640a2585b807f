"""The start as `teinei` runs it: the collector the launch holds off is back on once the
start's last step has run, so a long day at the desk does not grow without bound; and
what the launch loads before Qt is only what the window's frame would load anyway."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from app.launch import BEFORE_QT
from app.ui import startup
from tests.ui.test_start_loads_little import start

# app.launch.main, with the event loop left to the test: it reports the collector's state
# while the desk is built and after the start's steps are done.
LAUNCH = """
import gc, sys
from PySide6.QtCore import QTimer
from app.ui import application

def run(self_check=False):
    app = application.make_application([sys.argv[0]])
    window = application.open_window(app)
    seen = []
    window.ready.connect(lambda: seen.append(gc.isenabled()))

    def after_steps(tries=300):
        if gc.isenabled() or not tries:
            seen.append(gc.isenabled())
            seen.append(gc.get_freeze_count() > 0)
            print(seen, flush=True)
            window.close()
            app.quit()
        else:
            QTimer.singleShot(10, window, lambda: after_steps(tries - 1))

    window.orders_opened.connect(lambda: QTimer.singleShot(0, window, after_steps))
    return app.exec()

application.run = run
sys.argv = [sys.argv[0]]
from app.launch import main
sys.exit(main())
"""


def test_the_collector_is_held_while_the_desk_builds_and_back_on_after_the_start(
    tmp_path: Path,
) -> None:
    assert start(LAUNCH, tmp_path) == "[False, True, True]"


# The frame alone, without app.launch: which of the launch's early modules it loads.
FRAME = """
import sys
from app.ui import application

app = application.make_application([sys.argv[0]])
window = application.open_window(app)
print(sorted(name for name in NAMES if name in sys.modules), flush=True)
"""


def test_what_the_launch_loads_before_qt_the_frame_loads_anyway(tmp_path: Path) -> None:
    names = sorted(BEFORE_QT)
    assert start(f"NAMES = {names!r}\n" + FRAME, tmp_path) == str(names)


def test_a_failing_step_still_turns_the_collector_back_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fails() -> None:
        raise OSError("disk gone")

    # Freezing for real would keep every earlier test's widgets from being collected.
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    gc.disable()
    try:
        with pytest.raises(OSError):
            startup._run([fails])
        assert gc.isenabled() and frozen == [True]
    finally:
        gc.enable()
