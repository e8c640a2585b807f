"""`teinei --self-check`: the real start, reported, then the window closes."""

from __future__ import annotations

import io
import json

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.templates.library import load_library
from app.ui import application, self_check
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.conftest import write_template


def start_checked(qtbot: QtBot) -> tuple[list[int], io.StringIO]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = application.open_window(app)
    qtbot.addWidget(window)
    codes: list[int] = []
    out = io.StringIO()
    self_check.watch(window, codes.append, out)
    qtbot.waitUntil(lambda: bool(codes), timeout=20_000)
    assert not window.isVisible()  # closed as a user closes it
    return codes, out


def test_the_report_shows_the_whole_library_in_the_ui_language(qtbot: QtBot) -> None:
    translations().switch("ja")
    try:
        codes, out = start_checked(qtbot)
    finally:
        translations().switch("en")
    found = json.loads(out.getvalue())
    assert codes == [0]
    assert found["templates"] == len(load_library().templates) > 40
    assert found["problems"] == 0
    assert found["ui"] == "ja"
    assert found["menus"][0] == "ファイル(&F)"


def test_a_template_that_cannot_be_read_fails_the_check(qtbot, isolated_home) -> None:  # type: ignore[no-untyped-def]
    write_template(isolated_home / "data" / "teinei" / "templates", "ja", "broken", "id = ", "x")
    codes, out = start_checked(qtbot)
    assert codes == [1]
    assert json.loads(out.getvalue())["problems"] == 1


def test_a_start_that_does_not_finish_in_time_fails(qtbot: QtBot, capsys) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()  # built without the app's start: its orders never open
    qtbot.addWidget(window)
    codes: list[int] = []
    out = io.StringIO()
    self_check.watch(window, codes.append, out, limit_ms=10)
    qtbot.waitUntil(lambda: bool(codes))
    assert codes == [1]
    assert out.getvalue() == ""
    assert "did not finish starting in 10 ms" in capsys.readouterr().err
