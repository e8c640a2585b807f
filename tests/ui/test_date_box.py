"""The date box's calendar speaks the window's language, switched live."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from app.ui.date_box import DateBox
from app.ui.i18n import translations


@pytest.fixture(autouse=True)
def english_after():
    yield
    translations().switch("en")


@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing)")
def test_the_calendar_follows_a_language_switch_while_open(qtbot) -> None:
    box = DateBox("ja", lambda: date(2026, 11, 30))
    qtbot.addWidget(box)
    translations().switch("ja")
    box.open_calendar()
    assert box.calendar.locale().language() == QLocale.Language.Japanese
    translations().switch("en")
    qtbot.waitUntil(lambda: box.calendar.locale().language() == QLocale.Language.English)
    assert box.button.toolTip() == "Open the calendar (Alt+Down or F4)"
    translations().switch("ja")
    qtbot.waitUntil(lambda: box.button.toolTip() == "カレンダーを開く(Alt+↓ または F4)")
    assert box.calendar.locale().language() == QLocale.Language.Japanese
