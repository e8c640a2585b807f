from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from app.base import paths
from app.templates.template_file import parse_template
from app.templates.template_text import Chip, Locked, OnlyWhen, Text, join, parse_body, split_file
from app.ui.editor.chip_text import ChipTextEdit
from tests.ui.keyboard import type_text

BUILTINS = sorted(Path(paths.builtin_templates_dir()).glob("*/*.jinja"))


@pytest.fixture
def view(qtbot) -> ChipTextEdit:  # type: ignore[no-untyped-def]
    view = ChipTextEdit()
    qtbot.addWidget(view)
    view.label_of = {"buyer_name": "購入者のお名前", "refund_amount": "返金額"}.get  # type: ignore[assignment]
    view.show()
    return view


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_builtin_shown_as_text_comes_back_as_the_same_source(
    view: ChipTextEdit, path: Path
) -> None:
    template = parse_template(path)
    _head, body = split_file(path.read_text(encoding="utf-8"))  # type: ignore[misc]
    parts = parse_body(body, lambda n: (f := template.field(n)) is not None and f.type == "bool")
    view.set_parts(parts)
    assert join(view.parts()) == body


def test_a_chip_is_one_character_that_deletes_as_a_unit(view: ChipTextEdit, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.set_parts([Chip("refund_amount", "{{ refund_amount | money }}"), Text("を返金します。\n")])
    assert view.toPlainText().startswith("\ufffcを返金")
    view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    type_text(view, "全額の")
    assert view.parts() == [
        Chip("refund_amount", "{{ refund_amount | money }}"),
        Text("全額のを返金します。\n"),
    ]
    view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.parts() == [Text("全額のを返金します。\n")]


def test_selected_lines_become_an_only_when_passage(view: ChipTextEdit) -> None:
    view.set_parts([Text("一行目\n写真を添えました。\n最後\n")])
    cursor = view.textCursor()
    cursor.setPosition(len("一行目\n") + 2)
    view.setTextCursor(cursor)
    view.set_only_when("include_photo_note")
    assert join(view.parts()) == (
        "一行目\n{% if include_photo_note %}\n写真を添えました。\n{% endif %}\n最後\n"
    )
    assert view.passage_flag_at_cursor() == "include_photo_note"
    view.set_only_when(None)
    assert join(view.parts()) == "一行目\n写真を添えました。\n最後\n"


def test_copy_and_paste_keep_chips_and_locked_blocks(view: ChipTextEdit) -> None:
    view.set_parts(
        [
            Chip("buyer_name", "{{ buyer_name | sama }}"),
            Text(" と "),
            Locked("{{ platform.name }}"),
            Text("\n"),
        ]
    )
    view.selectAll()
    view.copy()
    view.moveCursor(QTextCursor.MoveOperation.End)
    view.paste()
    body = join(view.parts())
    assert body.count("{{ buyer_name | sama }}") == 2 and body.count("{{ platform.name }}") == 2
    QApplication.clipboard().setText("外から\ufffcの文")
    view.paste()
    assert join(view.parts()).endswith("外からの文")


def test_an_only_when_passage_on_the_last_line_still_parses_back(view: ChipTextEdit) -> None:
    view.set_parts([Text("前\n最後の行")])
    view.moveCursor(QTextCursor.MoveOperation.End)
    view.set_only_when("include_photo_note")
    body = join(view.parts())
    assert any(isinstance(p, OnlyWhen) for p in parse_body(body))
