from PySide6.QtGui import QPalette

from app.policy.findings import Finding
from app.rendering.preview import DRAFT, EXAMPLE, READY, Preview
from app.ui.i18n import translations
from app.ui.preview_pane import PreviewPane


def test_findings_are_listed_and_their_span_highlighted(qtbot) -> None:
    translations().switch("en")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_preview(Preview("Write to me at a@b.example today", READY), 2000)
    finding = Finding(
        "contact", "連絡先が書かれています", "The text gives an e-mail address", 14, 25
    )
    pane.set_findings([finding])
    assert pane.findings_list.item(0).text() == "The text gives an e-mail address"
    spans = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.text.extraSelections()
    ]
    assert spans == [(14, 25)]
    pane.set_findings([])
    assert pane.findings_list.count() == 0
    assert pane.text.extraSelections() == []


def test_gaps_in_a_draft_are_highlighted_and_named(qtbot) -> None:
    translations().switch("en")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    text = "田中様\n［商品名］の件"
    pane.show_preview(Preview(text, DRAFT, ("item_name",), ("商品名",)), None)
    assert "商品名" in pane.banner.text()
    spans = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.text.extraSelections()
    ]
    assert spans == [(4, 9)]
    assert pane.count.text() == "11 characters"


def test_positions_after_an_emoji_still_land_on_the_right_text(qtbot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_preview(Preview("🙂 mail me", READY), None)
    pane.set_findings([Finding("contact", "x", "x", 2, 9)])
    selection = pane.text.extraSelections()[0]
    assert selection.cursor.selectedText() == "mail me"


def test_new_text_drops_findings_about_the_old_text(qtbot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_preview(Preview("mail me at a@b.example", READY), None)
    pane.set_findings([Finding("contact", "x", "x", 11, 22)])
    pane.show_preview(Preview("mail me at a@b.example", READY), None)
    assert pane.findings_list.count() == 1  # same text: the findings still hold
    pane.show_preview(Preview("please write here", READY), None)
    assert pane.findings_list.count() == 0
    assert pane.text.extraSelections() == []


def test_warnings_show_an_icon_and_a_count_once_each_and_a_click_selects_the_words(
    qtbot,
) -> None:
    translations().switch("en")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    text = "mail a@b.example or c@d.example, or call 090-1234-5678"
    pane.show_preview(Preview(text, READY), 2000)
    mail = ("contact", "連絡先", "The text gives an e-mail address")
    pane.set_findings(
        [
            Finding(*mail, 5, 16),
            Finding(*mail, 20, 31),
            Finding("phone", "電話", "This looks like a phone number", 41, 54),
        ]
    )
    bar = pane.warnings
    assert not bar.isHidden() and not bar.icon.pixmap().isNull()
    assert bar.count.text().startswith("2 warnings")
    assert [bar.rows.item(r).text() for r in range(bar.rows.count())] == [
        "The text gives an e-mail address (×2)",
        "This looks like a phone number",
    ]
    column = bar.parentWidget().layout()
    assert column.indexOf(bar) < column.indexOf(pane.text)  # above the message
    bar.rows.itemClicked.emit(bar.rows.item(0))
    assert pane.text.textCursor().selectedText() == "a@b.example"
    bar.rows.itemClicked.emit(bar.rows.item(0))
    assert pane.text.textCursor().selectedText() == "c@d.example"  # then its next place
    bar.rows.itemClicked.emit(bar.rows.item(1))
    assert pane.text.textCursor().selectedText() == "090-1234-5678"
    pane.set_findings([])
    assert bar.isHidden()


def test_the_message_has_more_room_than_its_twin_which_folds(qtbot) -> None:
    from PySide6.QtGui import QAction

    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(1000, 600)
    pane.show()
    qtbot.waitExposed(pane)
    main, twin = pane.splitter.sizes()
    assert main > twin
    fold = QAction("Show the other language beside it", pane)
    fold.setCheckable(True)
    fold.setChecked(True)
    fold.toggled.connect(pane.set_twin_visible)
    pane.set_fold_action(fold)
    pane.fold_twin.click()
    assert not pane.twin.isVisible() and pane.fold_twin.isVisible()
    pane.fold_twin.click()
    assert pane.twin.isVisible()


def test_a_language_not_written_yet_is_said_and_offered_from_the_other(qtbot) -> None:  # type: ignore[no-untyped-def]
    translations().switch("en")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_twin(None, "en")
    pane.show_unwritten(("ja", "en"))  # the Japanese one is open, and empty
    assert pane.banner.text() == "This template is not written in Japanese yet."
    assert pane.start_button.text() == "Start the Japanese version from the English text"
    with qtbot.waitSignal(pane.start_unwritten):
        pane.start_button.click()
    pane.show_twin(None, "ja")
    pane.show_unwritten(("ja", "en"))  # the English one open: its twin is empty
    assert pane.twin_title.text() == "Not written in Japanese yet"
    assert pane.banner.text() != "This template is not written in Japanese yet."
    pane.show_unwritten(("ja", None))  # nothing written in either: nothing to start from
    assert pane.start_button.isHidden()
    pane.show_unwritten(None)
    assert pane.start_button.isHidden() and pane.twin_title.text().startswith("No Japanese")


def test_an_example_message_is_grey_and_a_real_one_is_not(qtbot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    normal = pane.text.palette().color(QPalette.ColorRole.Text)

    def colour() -> str:
        return pane.text.palette().color(QPalette.ColorRole.Text).name()

    pane.show_preview(Preview("山田 花子様\n(例)ワイドパンツ", EXAMPLE), 1000)
    assert colour() == "#6b6b6b" != normal.name()
    pane.show_preview(Preview("山田 花子様\nワイドパンツ", READY), 1000)
    assert colour() == normal.name()
