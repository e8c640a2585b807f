"""The example order as boxes by label: edits write [example]; Source edits show in it."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from app.templates.template_maker import Plan
from app.ui.date_box import DateBox
from app.ui.editor.editor_widget import TemplateEditor
from tests.ui.keyboard import type_text
from tests.ui.maker_helpers import open_new

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def editor(qtbot, tmp_path: Path) -> TemplateEditor:  # type: ignore[no-untyped-def]
    editor = open_new(
        qtbot, tmp_path, Plan("返金のご案内", "apology", ("mercari_jp", "ebay"), "ja")
    )
    sync = editor.sync
    sync.insert_field("refund_amount")
    name = sync.add_value("保証の期限", "date")
    assert name is not None
    sync.insert_field(name)
    flag = sync.add_value("保証書が付いている", "bool")
    assert flag is not None
    sync.make_only_when(flag)
    editor.check_now()
    return editor


def row(editor: TemplateEditor, label: str):  # type: ignore[no-untyped-def]
    form = editor.example_form
    return next(e for n, e in form.editors.items() if form.labels[n].text() == label)


def example(editor: TemplateEditor) -> str:
    return editor.code.toPlainText().split("[example]\n", 1)[1].split("+++", 1)[0]


def test_the_example_is_a_form_by_label_that_writes_the_source(
    editor: TemplateEditor, qtbot
) -> None:  # type: ignore[no-untyped-def]
    form = editor.example_form
    assert form.isVisible()
    labels = [label.text() for label in form.labels.values()]
    assert labels == ["保証書が付いている", "Refund amount", "保証の期限"]  # as the text reads
    amount = row(editor, "Refund amount")
    assert isinstance(amount.input, QLineEdit) and amount.input.text() == "3000"
    amount.input.selectAll()
    type_text(amount.input, "800")
    # Both currencies stay: only the yen amount (this marketplace's) changes.
    assert "refund_amount = { JPY = 800, USD = 20 }" in example(editor)
    qtbot.waitUntil(lambda: "800円" in editor.preview.text.toPlainText())
    day = row(editor, "保証の期限")
    assert isinstance(day.widget, DateBox)
    day.input.setFocus()
    day.input.selectAll()
    type_text(day.input, "2027/1/15")
    assert 'my_date = "2027-01-15"' in example(editor)
    tick = row(editor, "保証書が付いている")
    assert isinstance(tick.input, QCheckBox) and tick.input.isChecked()
    tick.input.click()
    assert "my_tick_box = false" in example(editor)
    assert "1月15日" not in editor.preview.text.toPlainText()  # the passage is off


def test_an_edit_of_the_source_shows_in_the_form(editor: TemplateEditor) -> None:
    text = editor.code.toPlainText().replace('my_date = "2026-12-03"', 'my_date = "2026-12-24"')
    editor.show_source()
    editor.code.setPlainText(text)
    editor.check_now()
    assert row(editor, "保証の期限").value() == date(2026, 12, 24)
    editor.preview.platform_box.setCurrentIndex(editor.preview.platform_box.findData("ebay"))
    assert row(editor, "Refund amount").input.text() == "20"  # eBay's currency


def test_in_the_narrow_pane_the_example_folds_away_until_asked_for(
    editor: TemplateEditor, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor.set_stacked()
    form = editor.example_form
    assert form.isVisible() and not form.boxes.isVisible()
    qtbot.mouseClick(form.heading, Qt.MouseButton.LeftButton)
    assert form.boxes.isVisible() and row(editor, "Refund amount").input.isVisible()
