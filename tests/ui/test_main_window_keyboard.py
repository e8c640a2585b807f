"""The main window by keyboard alone: find, open, walk the form, copy."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.keyboard import type_into_focus, type_text
from tests.ui.main_window_helpers import (
    write_user_template,
)

pytestmark = pytest.mark.usefixtures("english_ui_and_a_known_template")


def test_search_and_open_a_template_by_keyboard(window, qtbot) -> None:
    window.form.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.search.hasFocus()
    type_text(window.browser.search, "一部返金のご")
    assert window.browser.current_id() == "partial_refund_offer"
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Return)
    assert window.template is not None and window.template.id == "partial_refund_offer"
    assert window.windowTitle() == "Teinei — 一部返金のご提案"
    first = window.form.editor("buyer_name")
    assert first is not None
    qtbot.waitUntil(lambda: first.input.hasFocus())


def test_ctrl_k_also_focuses_search(window, qtbot) -> None:
    window.form.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.browser.search.hasFocus()


def test_search_in_english_finds_the_japanese_template_through_its_twin(window, qtbot) -> None:
    window.set_message_language("ja")
    qtbot.keyClicks(window.browser.search, "partial refund")
    assert window.browser.visible_ids()[0] == "partial_refund_offer"
    assert window.template.lang == "ja"


def test_enter_in_the_list_opens_the_template_and_tab_walks_the_form(window, qtbot) -> None:
    window.set_message_language("ja")
    window.browser.list.setFocus()
    window.browser.select("apology")
    qtbot.keyClick(window.browser.list, Qt.Key.Key_Down)
    chosen = window.browser.current_id()
    assert window.template.id == chosen  # the preview follows the highlighted row
    qtbot.keyClick(window.browser.list, Qt.Key.Key_Return)
    boxes = [editor.input for editor in window.form.editors.values()]
    qtbot.waitUntil(lambda: boxes[0].hasFocus())
    qtbot.keyClick(boxes[0], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: boxes[1].hasFocus())
    assert window.list_order.recent[0] == chosen


def test_down_arrow_in_the_search_box_moves_through_the_list(window, qtbot) -> None:
    window.browser.search.setFocus()
    first = window.browser.current_id()
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Down)
    assert window.browser.current_id() != first
    assert window.browser.search.hasFocus()


def test_ctrl_return_copies_even_from_a_multiline_box(window, qtbot) -> None:
    front = 'title = "Note"\ncategory = "checking"\n[fields.note]\ntype = "multiline"'
    write_user_template("note_only", "{{ note }}\n", front)
    window.set_message_language("en")
    window.reload_library()
    assert window.browser.select("note_only")
    box = window.form.editor("note").input
    type_text(box, "Line one")
    with qtbot.waitSignal(window.message_copied):
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == "Line one"
    assert QGuiApplication.clipboard().text() == "Line one"


def test_from_search_to_clipboard_with_the_keyboard_alone(window, qtbot) -> None:
    window.set_message_language("ja")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_into_focus("注文について")
    assert window.browser.current_id() == "order_note"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.editor("buyer_name").input)
    type_into_focus("田中 一郎")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert type_into_focus("双眼鏡") is window.form.editor("item_name").input
    with qtbot.waitSignal(window.message_copied):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert QGuiApplication.clipboard().text() == "田中 一郎様\n\n双眼鏡の件です。"


def test_typing_a_search_never_swaps_the_open_template(window, qtbot) -> None:
    window.set_message_language("ja")
    window.open_template("thanks")
    type_text(window.browser.search, "一部返金")
    assert window.browser.current_id() == "partial_refund_offer"  # highlighted only
    assert window.template.id == "thanks"
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Down)
    assert window.template.id == "thanks"
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Escape)
    assert window.browser.search.text() == ""
    assert window.browser.current_id() == "thanks"  # the open one is highlighted again


def test_a_click_opens_the_highlighted_template(window, qtbot) -> None:
    window.set_message_language("ja")
    window.open_template("thanks")
    type_text(window.browser.search, "一部返金")
    rect = window.browser.list.visualRect(window.browser.list.currentIndex())
    qtbot.mouseClick(window.browser.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.template.id == "partial_refund_offer"


def test_with_no_results_the_desk_says_so_and_nothing_is_copied(window, qtbot) -> None:
    window.set_message_language("ja")
    window.open_template("thanks")
    QGuiApplication.clipboard().setText("before")
    type_text(window.browser.search, "zzzzqqq")
    assert window.browser.visible_ids() == []
    assert "zzzzqqq" in window.preview_pane.banner.text()
    assert not window.preview_pane.splitter.isVisible()
    assert not window.copy_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "before"
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Escape)
    assert window.copy_button.isEnabled() and window.preview_pane.splitter.isVisible()
