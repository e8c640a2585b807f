"""A start paints the preview remembered from the last one, then renders it for real."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from app.rendering.preview import Preview, compose
from app.rendering.render_memo import RenderMemo
from app.ui.main_window import MainWindow


def start(qtbot: QtBot) -> tuple[MainWindow, dict[str, object]]:
    """A window started as the app starts it; what it showed when the desk was ready."""
    window = MainWindow(defer=True)
    qtbot.addWidget(window)
    at_ready: dict[str, object] = {}

    def on_ready() -> None:
        at_ready["text"] = window.preview_pane.text.toPlainText()
        at_ready["recalled"] = window.desk.composer.recalled
        at_ready["live"] = window.desk.composer.live

    window.ready.connect(on_ready)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready and window.desk.composer.live)
    return window, at_ready


def test_the_next_start_paints_the_remembered_text_and_then_renders_the_same(
    qtbot: QtBot,
) -> None:
    first, _seen = start(qtbot)
    rendered = first.preview_pane.text.toPlainText()
    assert rendered
    first.close()  # remembers the previews for the next start

    second, seen = start(qtbot)
    assert seen == {"text": rendered, "recalled": True, "live": False}
    assert second.preview_pane.text.toPlainText() == rendered
    assert second.preview is not None and second.preview.text == rendered


def test_a_remembered_text_that_is_wrong_is_replaced_by_the_real_one(qtbot: QtBot) -> None:
    first, _seen = start(qtbot)
    rendered = first.preview_pane.text.toPlainText()
    first.close()
    memo = RenderMemo()
    assert memo.entries
    for key, preview in memo.entries.items():
        if isinstance(preview, Preview):  # beside them: the forms' remembered fields
            memo.entries[key] = dataclasses.replace(preview, text="stale text")
    memo.changed = True
    memo.save()

    second, seen = start(qtbot)
    assert seen["text"] == "stale text"
    assert second.preview_pane.text.toPlainText() == rendered


def test_typing_after_the_start_shows_the_real_render(qtbot: QtBot) -> None:
    first, _seen = start(qtbot)
    first.close()
    window, _seen = start(qtbot)
    template = window.template
    assert template is not None
    before = window.preview_pane.text.toPlainText()
    window.desk.set_value("buyer_name", "Fresh Name")
    values = window.desk.form_values()
    real = compose(template, values, window.platform, deadlines=dict(window.desk.deadlines))
    assert window.preview == real
    assert window.preview_pane.text.toPlainText() != before


def test_the_first_form_asks_what_the_platform_prints_without_loading_jinja2(
    qtbot: QtBot,
) -> None:
    first, _seen = start(qtbot)
    asked = list(first.form.editors)
    first.close()
    memo = RenderMemo()
    remembered = [v for v in memo.entries.values() if isinstance(v, tuple)]
    assert remembered and list(remembered[-1]) == asked
    second, _seen = start(qtbot)
    assert list(second.form.editors) == asked
