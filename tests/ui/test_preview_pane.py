from app.findings import Finding
from app.preview import DRAFT, READY, Preview
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
