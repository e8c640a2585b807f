"""What a start loads before the desk is painted: not the holiday tables (business days
are counted only for dated deadlines), not the orders database (it opens after) and not
the dialogs (a start asks nothing). On a second start, neither jinja2 nor the TOML parser
(their results are kept). The orders dock opens without the calendar library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui import application

app = application.make_application([sys.argv[0]])
window = application.open_window(app)

def at_ready():
    loaded = ("holidays", "sqlite3", "app.ui.dialogs")
    print(sorted(m for m in loaded if m in sys.modules), flush=True)
    QTimer.singleShot(0, window, app.quit)

window.ready.connect(at_ready)
app.exec()
"""


def start(program: str, home: Path) -> str:
    """The last line ``program`` prints, started fresh with its folders under ``home``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_desk_paints_before_the_holiday_tables_the_database_and_the_dialogs_load(
    tmp_path: Path,
) -> None:
    assert start(PROGRAM, tmp_path) == "[]"


WARM_THEN_LOOK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui import application

app = application.make_application([sys.argv[0]])
window = application.open_window(app)

def at_ready():
    print(sorted(m for m in ("jinja2", "tomllib") if m in sys.modules), flush=True)
    wait_for_live()

def wait_for_live():
    # The real render after the paint remembers this start's preview and form.
    if window.desk.composer.live:
        window.close()
        app.quit()
    else:
        QTimer.singleShot(10, window, wait_for_live)

window.ready.connect(at_ready)
app.exec()
"""


def test_a_second_start_builds_its_form_before_jinja2_or_the_toml_parser_loads(
    tmp_path: Path,
) -> None:
    start(WARM_THEN_LOOK, tmp_path)  # remembers its preview, form and tables after the paint
    assert start(WARM_THEN_LOOK, tmp_path) == "[]"


ORDERS_OPEN = """
import sys
from PySide6.QtCore import QTimer
from app.ui import application

app = application.make_application([sys.argv[0]])
window = application.open_window(app)

def opened():
    print("icalendar" in sys.modules, flush=True)
    QTimer.singleShot(0, window, app.quit)

window.orders_opened.connect(opened)
app.exec()
"""


def test_the_orders_dock_opens_without_the_calendar_library(tmp_path: Path) -> None:
    # icalendar is for the "export deadlines" command, not for showing the orders.
    assert start(ORDERS_OPEN, tmp_path) == "False"
