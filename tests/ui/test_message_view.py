import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QLabel

from app.templates.template_maker import Plan
from app.templates.template_text import Chip, Text, fields_in
from app.ui import dialogs
from app.ui.editor.editor_widget import TemplateEditor
from tests.ui.keyboard import type_text
from tests.ui.maker_helpers import open_new

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def editor(qtbot, tmp_path: Path) -> TemplateEditor:  # type: ignore[no-untyped-def]
    return open_new(qtbot, tmp_path, Plan("お礼", "thanks", ("mercari_jp", "amazon_jp"), "ja"))


def checks(editor: TemplateEditor) -> list[str]:
    box = editor.message_view.checks
    return [box.item(i).text() for i in range(box.count())]


def test_a_new_value_gets_a_label_a_kind_and_an_example_without_toml(
    editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "get_text", lambda *a, **k: "保証の期限")
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, items: items[3])  # a date
    editor.message_view.new_value.click()
    text = editor.code.toPlainText()
    assert '[fields.my_date]\nlabel = "保証の期限"\ntype = "date"' in text
    assert 'my_date = "2026-12-03"' in text.split("[example]")[1]
    assert text.endswith("{{ my_date | date }}")
    editor.check_now()
    assert editor.message_view.text.parts() == [Chip("my_date", "{{ my_date | date }}")]
    assert editor.preview.text.toPlainText() == "12月3日(木)"


def test_checks_show_length_policy_words_and_a_missing_title_as_the_seller_writes(
    editor: TemplateEditor, qtbot
) -> None:
    type_text(editor.message_view.text, "直接のお取引でもかまいません。")
    editor.check_now()
    qtbot.waitUntil(lambda: not editor.sync.checking())
    lines = checks(editor)
    assert lines[0] == "Mercari (Japan): 15 characters"
    assert lines[1].startswith("Mercari (Japan): 「直接のお取引」 This offers a deal outside")
    assert lines[2] == "Amazon (Japan): 15 / 2,000 characters"
    assert editor.preview.text.extraSelections()  # the words are marked in the preview
    editor.form.title.clear()
    editor.form.title.textEdited.emit("")
    # The checks run aside (app/ui/check_aside.py): wait for the one of the new text.
    qtbot.waitUntil(lambda: "The template needs a title." in checks(editor))


def test_the_two_views_stay_in_step(editor: TemplateEditor) -> None:
    view = editor.message_view
    type_text(view.text, "ありがとうございました。")
    assert editor.code.toPlainText().endswith("+++\nありがとうございました。")
    editor.show_source()
    cursor = editor.code.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n{{ seller_name }}")
    editor.show_message()
    assert view.text.parts() == [
        Text("ありがとうございました。\n"),
        Chip("seller_name", "{{ seller_name }}"),
    ]


def test_the_views_follow_a_change_of_ui_language(editor: TemplateEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.i18n import translations

    translations().switch("ja")
    try:
        qtbot.waitUntil(lambda: editor.views.tabText(0) == "本文")
        assert editor.views.tabText(1) == "ソース"
        assert editor.message_view.insert.text() == "項目を入れる"
    finally:
        translations().switch("en")
    qtbot.waitUntil(lambda: editor.views.tabText(0) == "Message")


def test_a_value_named_in_japanese_shows_only_its_label_where_the_seller_looks(
    editor: TemplateEditor, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["保証期間", "保証の期限"])
    monkeypatch.setattr(dialogs, "get_text", lambda *a, **k: next(answers))
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, items: items[0])  # text
    view = editor.message_view
    view.new_value.click()
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, items: items[3])  # a date
    view.new_value.click()
    monkeypatch.setattr(dialogs, "choose", lambda _p, _t, _l, items: items[-1])  # new tick box
    monkeypatch.setattr(dialogs, "get_text", lambda *a, **k: "保証書が付いている")
    view.only_when.click()
    editor.check_now()
    qtbot.waitUntil(lambda: not editor.sync.checking() and bool(checks(editor)))
    names = {"my_text", "my_date", "my_tick_box"}
    assert set(fields_in(view.text.parts())) == names
    seen = [view.text.label_of(name) for name in names]
    seen += [view.text.caption_of("my_tick_box")]
    seen += [view.fields.itemText(i) for i in range(view.fields.count())]
    seen += [editor.form.field.itemText(i) for i in range(editor.form.field.count())]
    seen += [editor.form.field_label.text(), *checks(editor)]
    seen += [label.text() for label in editor.example_form.findChildren(QLabel)]
    seen += [box.text() for box in editor.example_form.findChildren(QCheckBox)]
    assert "［保証期間］" in seen and "［保証の期限］" in seen and "保証書が付いている" in seen
    assert not [text for text in seen if any(name in text for name in names)]


def test_the_window_never_waits_for_the_marketplace_checks(
    editor: TemplateEditor, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.editor import message_sync

    real_check = message_sync.check_draft
    window_free = threading.Event()
    waited: list[bool] = []

    def slow_check(*args):  # type: ignore[no-untyped-def]
        # Holds the check until the window has gone on; on the window's thread it would
        # wait here in vain.
        waited.append(window_free.wait(timeout=2))
        return real_check(*args)

    monkeypatch.setattr(message_sync, "check_draft", slow_check)
    type_text(editor.message_view.text, "直接のお取引でもかまいません。")
    editor.check_now()
    window_free.set()  # reached only once check_now has returned
    qtbot.waitUntil(lambda: not editor.sync.checking())
    assert waited and all(waited)
    assert checks(editor)[1].startswith("Mercari (Japan): 「直接のお取引」")
