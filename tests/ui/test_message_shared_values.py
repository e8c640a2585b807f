"""What the marketplace says (platform.*) and its deadlines as named chips."""

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.base.platforms import load_platforms
from app.templates.template_maker import Plan
from app.templates.template_text import Chip, Locked
from app.ui.editor.editor_widget import TemplateEditor
from tests.ui.maker_helpers import open_new

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

BODY = (
    "{{ platform.message_place }}でご連絡ください。\n"
    '{% if platform.id == "mercari_jp" %}\n事務局\n{% endif %}\n'
    "期限:{{ deadlines.ship_by | date }}"
)


@pytest.fixture
def editor(qtbot, tmp_path: Path) -> TemplateEditor:  # type: ignore[no-untyped-def]
    plan = Plan("ご連絡", "thanks", ("mercari_jp", "rakuma"), "ja")
    return open_new(qtbot, tmp_path, plan, BODY)


def items(editor: TemplateEditor) -> list[tuple[str, object, bool]]:
    box = editor.message_view.fields
    model = box.model()
    return [
        (box.itemText(i), box.itemData(i), model.item(i).isEnabled())  # type: ignore[attr-defined]
        for i in range(box.count())
    ]


def test_platform_values_and_deadlines_are_named_chips_and_branches_stay_locked(
    editor: TemplateEditor, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.i18n import translations

    view = editor.message_view
    assert view.fields.currentData() == "buyer_name"  # a value, never a heading
    parts = view.text.parts()
    assert parts[0] == Chip("platform.message_place", "{{ platform.message_place }}")
    assert isinstance(parts[2], Locked) and parts[2].source.startswith("{% if platform.id")
    assert parts[-1] == Chip("deadlines.ship_by", "{{ deadlines.ship_by | date }}")
    assert view.text.label_of("platform.message_place") == "Where buyers write"
    translations().switch("ja")
    try:
        qtbot.waitUntil(lambda: view.insert.text() == "項目を入れる")
        editor.sync.after_check()
        assert view.text.label_of("platform.message_place") == "メッセージの場所"
        assert view.text.label_of("deadlines.ship_by") == "発送期限"
        shown = [text for text, _data, _on in items(editor)]
        assert "［メッセージの場所］" in shown and "［発送期限］" in shown
    finally:
        translations().switch("en")
    assert editor.code.toPlainText().endswith(BODY)  # showing them changed nothing


def test_the_value_list_offers_the_platform_and_deadlines_under_headings(
    editor: TemplateEditor, qtbot: QtBot
) -> None:
    rows = items(editor)
    texts = [text for text, _data, _on in rows]
    platform_at, deadlines_at = texts.index("From the platform"), texts.index("Deadlines")
    assert rows[platform_at][2] is False and rows[deadlines_at][2] is False  # headings
    assert ("［Where buyers write］", "platform.message_place", True) in rows[platform_at:]
    assert ("［Ship by］", "deadlines.ship_by", True) in rows[deadlines_at:]
    view = editor.message_view
    cursor = view.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.text.setTextCursor(cursor)
    view.fields.setCurrentIndex(view.fields.findData("platform.rating_word"))
    view.insert.click()
    text = editor.code.toPlainText()
    assert text.endswith("{{ deadlines.ship_by | date }}{{ platform.rating_word }}")
    assert "[example]" not in text  # the marketplace fills it, not the order form
    editor.check_now()
    rakuma = load_platforms()["rakuma"].view("ja")
    editor.preview.platform_box.setCurrentIndex(editor.preview.platform_box.findData("rakuma"))
    shown = editor.preview.text.toPlainText()
    assert shown.startswith(rakuma.message_place + "でご連絡ください。")
    # The example order's deadlines are three days on, so the chip reads like a real one.
    assert shown.endswith("期限:12月3日(木)" + rakuma.rating_word)
    # The platforms' checks run aside (app/ui/check_aside.py): wait for their lines.
    qtbot.waitUntil(lambda: view.checks.count() == 2)
    lines = [view.checks.item(i).text() for i in range(view.checks.count())]
    assert [line.split(":")[0] for line in lines] == ["Mercari (Japan)", "Rakuma"]
    assert all(line.endswith(" characters") for line in lines)  # filled, not an error
