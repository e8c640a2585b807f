"""A seller makes a template of their own without writing code, from the New dialog to
the desk, and the file on disk renders the same in the command line."""

import contextlib
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.base import paths
from app.base.file_errors import StorageError
from app.base.messages import say
from app.cli import main as cli_main
from app.templates import template_maker
from app.templates.template_text import join
from app.ui import dialogs
from app.ui.editor.editor_widget import TemplateEditor
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.userset import actions as actions_module
from app.ui.userset.new_dialog import NewTemplateDialog
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    translations().switch("ja")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_message_language("ja")
    yield window
    translations().switch("en")


def ok(dialog: NewTemplateDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def write_message(qtbot, editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Text with two chips (from the list of known values) and one optional line."""
    view = editor.message_view
    assert editor.views.currentWidget() is view
    text = view.text
    text.setFocus()
    view.fields.setCurrentIndex(view.fields.findText("［購入者のお名前］"))
    qtbot.mouseClick(view.insert, Qt.MouseButton.LeftButton)
    type_text(text, "\n\nご連絡が遅くなり、申し訳ございません。\n")
    view.fields.setCurrentIndex(view.fields.findText("［返金額］"))
    qtbot.mouseClick(view.insert, Qt.MouseButton.LeftButton)
    type_text(
        text,
        "を返金いたします。\n写真を添えましたので、ご確認ください。\nよろしくお願いいたします。",
    )
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Up)
    text.setTextCursor(cursor)
    # "Only when…" → a new tick box the seller names.
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, items: items[-1])
    monkeypatch.setattr(dialogs, "get_text", lambda *a, **k: "写真を添えた")
    qtbot.mouseClick(view.only_when, Qt.MouseButton.LeftButton)


def test_a_seller_makes_fills_and_renders_a_template_of_their_own(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    real_create = template_maker.create
    failures = iter([StorageError(say("read_only_source", path="/shared"))])

    def create_failing_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        for error in failures:
            raise error
        return real_create(*args, **kwargs)

    monkeypatch.setattr(template_maker, "create", create_failing_once)

    def seller(dialog: NewTemplateDialog) -> int:
        # A title too long: said at once, Create is off, and the text stays.
        dialog.title.setText("返" * 61)
        seen.append(dialog.problems.text())
        assert not ok(dialog).isEnabled() and dialog.title.text() == "返" * 61
        dialog.title.setText("発送遅れのお詫び")
        dialog.situation.setCurrentIndex(dialog.situation.findText("お詫び"))
        qtbot.mouseClick(dialog.every, Qt.MouseButton.LeftButton)
        for name in ("メルカリ", "ラクマ"):
            box = next(b for b in dialog.platforms.values() if b.text() == name)
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        for box in dialog.platforms.values():
            box.setChecked(box.text() in ("メルカリ", "ラクマ"))
        seen.append(dialog.file_name.text())
        ok(dialog).click()  # the save fails once: the dialog stays, with what was typed
        seen.append(dialog.problems.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.title.text() == "発送遅れのお詫び"
        assert dialog.situation.currentText() == "お詫び"
        ok(dialog).click()
        return dialog.result()

    monkeypatch.setattr(actions_module, "run_dialog", seller)
    window.user_set.new.trigger()
    assert "60文字以内" in seen[0]
    assert seen[1] == "保存名: my_apology.jinja"
    assert seen[2]  # the reason the save failed, in the dialog itself
    path = paths.user_templates_dir() / "ja" / "my_apology.jinja"
    editor = window.user_set.editors[path]
    write_message(qtbot, editor, monkeypatch)
    body = editor.code.toPlainText().split("+++\n", 2)[2]
    assert body == (
        "{{ buyer_name | sama }}\n\n"
        "ご連絡が遅くなり、申し訳ございません。\n"
        "{{ refund_amount | money }}を返金いたします。\n"
        "{% if my_tick_box %}\n写真を添えましたので、ご確認ください。\n{% endif %}\n"
        "よろしくお願いいたします。"
    )
    assert join(editor.message_view.text.parts()) == body  # the two views agree
    assert editor.save()

    # In the list, and filled in at the desk.
    assert window.browser.model.row_of("my_apology") >= 0
    window.open_template("my_apology")
    window.set_platform("mercari_jp")
    window.desk.set_value("buyer_name", "佐藤 一郎")
    window.desk.set_value("refund_amount", "500")
    # The seller's tick box reads as the condition it is, in the UI language.
    tick = window.form.editors["my_tick_box"].input
    assert tick.text() == "「写真を添えた」のとき"
    translations().switch("en")
    qtbot.waitUntil(lambda: tick.text() == "When “写真を添えた”")
    translations().switch("ja")
    qtbot.waitUntil(lambda: tick.text().startswith("「"))
    window.desk.set_value("my_tick_box", True)
    assert window.preview is not None
    desk = window.preview.text
    assert desk == (
        "佐藤 一郎様\n\nご連絡が遅くなり、申し訳ございません。\n500円を返金いたします。\n"
        "写真を添えましたので、ご確認ください。\nよろしくお願いいたします。"
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli_main(
            ["render", "my_apology", "--lang", "ja", "--platform", "mercari_jp"]
            + [
                "--set",
                "buyer_name=佐藤 一郎",
                "--set",
                "refund_amount=500",
                "--set",
                "my_tick_box=true",
            ]
        )
    assert code == 0 and out.getvalue().rstrip("\n") == desk

    # The English twin: said to be not written, and startable from the Japanese text.
    pane = window.preview_pane
    assert pane.twin_title.text() == "英語版はまだ書かれていません"
    assert pane.start_button.isVisible()
    qtbot.mouseClick(pane.start_button, Qt.MouseButton.LeftButton)
    twin = window.user_set.editors[paths.user_templates_dir() / "en" / "my_apology.jinja"]
    assert twin.views.currentWidget() is twin.message_view
    assert "{{ refund_amount | money }}" in twin.code.toPlainText() and twin.is_dirty()
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.Choice.DISCARD)
