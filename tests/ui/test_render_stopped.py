"""A template that would run away is stopped in the window, and the seller is told why."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.base import paths
from app.rendering.preview import ERROR
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.conftest import write_template

FRONT = 'title = "止まらない"\ncategory = "thanks"'
RUNAWAY = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}\n"


@pytest.fixture(autouse=True)
def english_ui():
    translations().switch("en")
    yield
    translations().switch("en")


def test_a_runaway_template_shows_why_it_stopped(qtbot: QtBot) -> None:
    write_template(paths.user_templates_dir(), "ja", "runaway", FRONT, RUNAWAY)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_message_language("ja")
    assert window.browser.select("runaway")
    preview = window.preview
    assert preview is not None and preview.state == ERROR
    banner = window.preview_pane.banner
    assert banner.isVisibleTo(window)
    assert banner.text().startswith("This template cannot be filled in: stopped: ")
    window.set_ui_language("ja")
    qtbot.waitUntil(lambda: "止めました" in banner.text())


def test_a_runaway_message_and_twin_hold_the_window_at_most_a_moment(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from app.rendering import render_limits

    for lang in ("ja", "en"):
        write_template(paths.user_templates_dir(), lang, "runaway", FRONT, RUNAWAY)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_message_language("ja")
    reads = [0]

    def clock() -> float:  # a millisecond passes at each look at the clock
        reads[0] += 1
        return reads[0] / 1000

    monkeypatch.setattr(render_limits, "time", SimpleNamespace(monotonic=clock))
    assert window.browser.select("runaway")
    twin = window.desk.twin_preview
    assert twin is not None and twin.state == ERROR  # both were rendered, both stopped
    assert window.preview is not None and window.preview.state == ERROR
    assert 0 < reads[0] / 1000 <= 0.16  # the message and its twin together
