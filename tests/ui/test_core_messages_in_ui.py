"""Problems found by the Qt-free core read in the UI language, not always in English."""

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from app.base.platforms import load_platforms
from app.rendering.preview import compose
from app.templates.library import load_library, user_source
from app.templates.template_file import parse_template
from app.templates.transfer import plan_import
from app.templates.userset import customize
from app.ui.editor.editor_widget import TemplateEditor
from app.ui.i18n import translations
from app.ui.preview_pane import PreviewPane
from app.ui.userset.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def japanese_ui(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    assert translations().switch("ja")
    yield
    translations().switch("en")


def open_editor(qtbot) -> TemplateEditor:  # type: ignore[no-untyped-def]
    (path,) = customize("apology", ["ja"])
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 600)
    assert editor.open_file(path)
    return editor


def add_line(editor: TemplateEditor, text: str) -> int:
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    editor.code.insertPlainText("\n" + text)
    return editor.code.toPlainText().count("\n") + 1


def test_an_unknown_filter_reads_in_japanese_in_the_strip(qtbot, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot)
    line = add_line(editor, "{{ price | mony }}")
    qtbot.waitUntil(lambda: editor.code.problem_lines() == [line])
    assert editor.strip.text() == f"{line}行目: 'mony' というフィルターはありません"


def test_an_unclosed_if_names_the_fix_in_japanese(qtbot, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot)
    line = add_line(editor, "{% if tracking_number %}追跡番号: {{ tracking_number }}")
    qtbot.waitUntil(lambda: bool(editor.code.problem_lines()))
    assert "{% if %} が閉じられていません。{% endif %} を書いてください" in editor.strip.text()
    assert editor.strip.text().startswith(f"{line}行目: ")


def test_the_strip_follows_a_switch_of_the_ui_language(qtbot, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot)
    text = editor.code.toPlainText().replace('category = "apology"', "")
    text = text.replace("title =", "# title =")
    editor.code.setPlainText(text)
    qtbot.waitUntil(lambda: bool(editor.code.problem_lines()))
    assert "タイトルがありません。front matter に title を書いてください" in editor.strip.text()
    translations().switch("en")
    qtbot.waitUntil(lambda: editor.strip.text() == "Line 1: the front matter needs a title")
    translations().switch("ja")
    qtbot.waitUntil(
        lambda: (
            editor.strip.text()
            == "1行目: タイトルがありません。front matter に title を書いてください"
        )
    )


def test_the_import_plan_gives_its_reasons_in_japanese(qtbot, tmp_path: Path, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    origin = tmp_path / "templates.zip"
    with zipfile.ZipFile(origin, "w") as archive:
        archive.writestr("../ja/evil.jinja", "+++\n+++\nx\n")
        archive.writestr(
            "ja/old.jinja", "+++\ntitle = 'お礼'\ncategory = 'thanks'\n+++\nx\n".encode("cp932")
        )
        archive.writestr(
            "ja/typo.jinja", "+++\ntitle = 'お礼'\ncategory = 'thanks'\n+++\n{{ price | mony }}\n"
        )
    dialog = ImportDialog(plan_import(origin, load_library(), user_source()))
    qtbot.addWidget(dialog)
    rows = {}
    for index in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(index)
        for child in range(group.childCount()):
            item = group.child(child)
            rows[item.text(0)] = item.text(1)
    assert rows["../ja/evil.jinja"] == "'..' でフォルダーの外を指しています"
    assert rows["ja/old.jinja"] == "2 行目が UTF-8 ではありません。UTF-8 で保存し直してください"
    assert rows["ja/typo.jinja:5"] == "'mony' というフィルターはありません"
    dialog.resize(760, 300)
    dialog.grab().save(str(tmp_path / "import.png"))


def test_the_preview_banner_says_why_a_value_is_wrong_in_japanese(
    qtbot, tmp_path: Path, japanese_ui
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ja" / "offer.jinja"
    path.parent.mkdir()
    path.write_text(
        "+++\ntitle = 'ご提案'\ncategory = 'partial_refund'\n+++\n{{ refund_amount | money }}\n",
        encoding="utf-8",
    )
    platform = load_platforms()["mercari_jp"]
    preview = compose(parse_template(path, "user"), {"refund_amount": "たくさん"}, platform)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_preview(preview, platform.message_limit)
    assert pane.banner.text().startswith("このテンプレートは文面にできません: ")
    assert "'たくさん' は金額として読めません" in pane.banner.text()
    translations().switch("en")
    qtbot.waitUntil(lambda: "'たくさん' is not an amount" in pane.banner.text())
