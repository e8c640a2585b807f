"""What the main window tests share: a known user template, a shown window, typing.

The fixtures over these (``english_ui_and_a_known_template``, ``window``) are in
tests/ui/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

from app.base import paths
from app.ui.main_window import MainWindow
from tests.conftest import write_template
from tests.ui.keyboard import type_text

NOTE_JA = """title = "注文についてのご連絡"
category = "checking"
tags = ["連絡"]

[example]
buyer_name = "佐藤 美咲"
item_name = "ドイツ製の双眼鏡"
"""
NOTE_EN = NOTE_JA.replace("注文についてのご連絡", "About your order").replace("連絡", "note")


def write_order_note() -> None:
    """Text checks use this user template, so changes to the built-ins cannot break them."""
    folder = paths.user_templates_dir()
    write_template(
        folder,
        "ja",
        "order_note",
        NOTE_JA,
        "{{ buyer_name | sama }}\n\n{{ item_name }}の件です。\n",
    )
    write_template(
        folder, "en", "order_note", NOTE_EN, "Hi {{ buyer_name }},\n\nAbout your {{ item_name }}.\n"
    )


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def type_into(qtbot, window: MainWindow, name: str, text: str) -> None:
    editor = window.form.editor(name)
    assert editor is not None, f"no box for {name}"
    type_text(editor.input, text)


def preview_text(window: MainWindow) -> str:
    return window.preview_pane.text.toPlainText()


def write_user_template(template_id: str, body: str, front: str = "") -> Path:
    front = front or 'title = "Long note"\ncategory = "checking"'
    return write_template(paths.user_templates_dir(), "en", template_id, front, body)
