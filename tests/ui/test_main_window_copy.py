"""Copying from the main window: the clipboard, the questions asked first, what is copied."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.ui import dialogs
from tests.ui.main_window_helpers import (
    preview_text,
    type_into,
)

pytestmark = pytest.mark.usefixtures("english_ui_and_a_known_template")


def test_copy_puts_the_text_on_the_clipboard_and_says_so(window, qtbot) -> None:
    window.set_message_language("ja")
    window.browser.select("support_redirect")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    type_into(qtbot, window, "item_name", "双眼鏡")
    editor = window.form.editor("item_name").input
    with qtbot.waitSignal(window.message_copied) as copied:
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text == preview_text(window)
    assert text.startswith("田中 一郎様")
    assert copied.args == ["support_redirect", "ja", text]
    assert "Copied" in window.statusBar().currentMessage()


def test_copying_with_missing_fields_asks_first(window, qtbot, monkeypatch) -> None:
    questions: list[str] = []
    answer = {"yes": False}

    def fake_ask(parent, title, text) -> bool:
        questions.append(text)
        return answer["yes"]

    monkeypatch.setattr(dialogs, "ask", fake_ask)
    QGuiApplication.clipboard().setText("before")
    window.set_message_language("ja")
    window.browser.select("support_redirect")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    window.copy_button.click()
    assert len(questions) == 1 and "still empty: Item" in questions[0]
    assert QGuiApplication.clipboard().text() == "before"
    answer["yes"] = True
    window.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("田中 一郎様")
    assert "［商品名］" in QGuiApplication.clipboard().text()


def test_copying_an_untouched_example_copies_marks_not_the_example_buyer(
    window, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text: True)
    window.set_message_language("ja")
    window.browser.select("order_note")
    assert preview_text(window).startswith("佐藤 美咲様")  # shown, in grey, as an example
    with qtbot.waitSignal(window.message_copied) as copied:
        window.copy_message()
    assert QGuiApplication.clipboard().text() == "［購入者のお名前］様\n\n［商品名］の件です。"
    assert copied.args[2] == QGuiApplication.clipboard().text()


def test_the_status_says_where_the_seller_pastes_it(window, qtbot) -> None:
    window.set_platform("amazon_jp")
    window.set_message_language("ja")
    window.browser.select("support_redirect")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    type_into(qtbot, window, "item_name", "双眼鏡")
    with qtbot.waitSignal(window.message_copied):
        qtbot.keyClick(
            window.form.editor("item_name").input,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
    assert (
        window.statusBar()
        .currentMessage()
        .endswith(
            "Paste them into Seller Central > Manage Orders > the buyer's name > Contact Buyer."
        )
    )
