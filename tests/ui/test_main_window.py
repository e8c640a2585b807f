"""The main window: form and preview, languages, platforms, settings, menus and reloads."""

from datetime import datetime

import pytest

from app.base import paths
from app.deadlines.schedule import OrderDates
from app.ui.main_window import MainWindow
from tests.ui.main_window_helpers import (
    make_window,
    preview_text,
    type_into,
    write_user_template,
)

pytestmark = pytest.mark.usefixtures("english_ui_and_a_known_template")


def test_typing_in_the_form_updates_the_preview(window, qtbot) -> None:
    window.set_message_language("ja")
    window.browser.select("order_note")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    assert preview_text(window) == "田中 一郎様\n\n［商品名］の件です。"
    assert window.preview_pane.banner.text() == "Still needed: Item"  # named in the UI language
    type_into(qtbot, window, "item_name", "双眼鏡")
    assert preview_text(window) == "田中 一郎様\n\n双眼鏡の件です。"
    assert not window.preview_pane.banner.isVisible()


def test_a_fresh_form_shows_the_example_and_marks_every_missing_field(window, qtbot) -> None:
    window.set_message_language("ja")
    window.browser.select("order_note")
    assert preview_text(window) == "佐藤 美咲様\n\nドイツ製の双眼鏡の件です。"
    assert "Example" in window.preview_pane.banner.text()
    assert set(window.form.missing) == {"buyer_name", "item_name"}
    assert window.form.editor("buyer_name").input.placeholderText() == "佐藤 美咲"


def test_switching_template_keeps_buyer_name_and_item(window, qtbot) -> None:
    window.set_message_language("ja")
    window.browser.select("apology")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    type_into(qtbot, window, "item_name", "双眼鏡")
    window.browser.select("order_note")
    assert window.form.editor("buyer_name").input.text() == "田中 一郎"
    assert preview_text(window) == "田中 一郎様\n\n双眼鏡の件です。"


def test_switching_ui_language_retranslates_the_window_live(window, qtbot) -> None:
    window.commands.ui_languages["ja"].trigger()
    qtbot.waitUntil(lambda: window.copy_button.text() == "メッセージをコピー")
    assert window.menus["edit"].title() == "編集(&E)"
    window.commands.ui_languages["en"].trigger()
    qtbot.waitUntil(lambda: window.copy_button.text() == "Copy message")


def test_settings_are_restored_in_a_new_window(window, qtbot) -> None:
    window.set_platform("ebay")
    window.set_message_language("en")
    window.browser.select("discount_refusal")
    window.resize(760, 540)
    window.commands.favourite.trigger()
    window.close()
    again = make_window(qtbot)
    assert again.desk.platform_id == "ebay"
    assert again.top.platform_picker.currentData() == "ebay"
    assert again.top.lang_picker.currentData() == "en"
    assert again.template is not None and again.template.key == ("discount_refusal", "en")
    assert (again.width(), again.height()) == (760, 540)
    assert again.browser.visible_ids()[0] == "discount_refusal"  # favourites come first


def test_the_twin_shows_the_same_order_in_the_other_language(window, qtbot) -> None:
    window.set_message_language("en")
    window.browser.select("order_note")
    type_into(qtbot, window, "buyer_name", "Tanaka")
    type_into(qtbot, window, "item_name", "binoculars")
    assert preview_text(window) == "Hi Tanaka,\n\nAbout your binoculars."
    # The English words are not the Japanese message's: their place is marked.
    assert window.preview_pane.twin_text.toPlainText() == "Tanaka様\n\n［商品名］の件です。"
    window.set_message_language("ja")
    type_into(qtbot, window, "item_name", "双眼鏡")
    window.set_message_language("en")
    assert window.preview_pane.twin_text.toPlainText() == "Tanaka様\n\n双眼鏡の件です。"
    assert window.preview_pane.twin_title.text() == "The same message in Japanese"
    window.commands.twin.trigger()
    assert not window.preview_pane.twin.isVisibleTo(window)


def test_platform_changes_the_currency_and_the_limit(window, qtbot) -> None:
    window.set_message_language("en")
    window.browser.select("partial_refund_offer")
    window.set_platform("ebay")
    assert window.form.editor("refund_amount").symbol.text() == "$"
    assert "/ 2,000 characters" in window.preview_pane.count.text()
    window.set_platform("mercari_jp")
    assert window.form.editor("refund_amount").symbol.text() == "¥"
    assert "/" not in window.preview_pane.count.text()


def test_over_the_limit_shows_plainly_and_nothing_is_cut(window, qtbot) -> None:
    write_user_template(
        "long_note",
        "{{ note }}\n",
        'title = "Long note"\ncategory = "checking"\n[fields.note]\ntype = "multiline"',
    )
    window.set_platform("ebay")
    window.set_message_language("en")
    window.reload_library()
    assert window.browser.select("long_note")
    window.form.editor("note").set_value("x" * 2100)
    window.form.editor("note")._emit()
    assert len(preview_text(window)) == 2100
    assert "100 over the limit" in window.preview_pane.count.text()


def test_a_broken_template_shows_a_banner_not_a_crash(window, qtbot) -> None:
    write_user_template(
        "broken", "{{ buyer_name | money }}\n", 'title = "Broken"\ncategory = "checking"'
    )
    window.set_message_language("en")
    window.reload_library()
    assert window.browser.select("broken")
    type_into(qtbot, window, "buyer_name", "Emily")
    assert window.preview_pane.banner.isVisible()
    assert "cannot be filled in" in window.preview_pane.banner.text()
    assert window.copy_message() is False


def test_reload_library_keeps_the_open_template(window, qtbot) -> None:
    window.set_message_language("en")
    window.browser.select("discount_refusal")
    write_user_template("aaa_first", "Hello\n", 'title = "Aaa first"\ncategory = "thanks"')
    window.reload_library()
    assert window.template.id == "discount_refusal"
    assert "aaa_first" in window.browser.visible_ids()


def test_every_menu_role_exists_and_actions_show_their_shortcuts(window) -> None:
    assert set(window.menus) == {"file", "edit", "template", "view", "language", "help"}
    shortcuts = {a.text(): a.shortcut().toString() for a in window.menus["edit"].actions()}
    assert shortcuts["&Copy message"] == "Ctrl+Return"
    assert shortcuts["&Find template"] == "Ctrl+F"
    for menu in window.menus.values():
        for action in menu.actions():
            assert action.isSeparator() or action.text(), "every action is named"
    file_keys = [a.shortcut().toString() for a in window.menus["file"].actions()]
    assert "F5" in file_keys and "Ctrl+Q" in file_keys


def test_the_window_has_its_icon_and_a_desktop_entry_names_it(window) -> None:
    assert not window.windowIcon().isNull()
    entry = (paths.resource_path("teinei.desktop")).read_text(encoding="utf-8")
    assert "Exec=teinei" in entry and "Icon=teinei" in entry
    assert paths.resource_path("icons/teinei.svg").is_file()


def test_a_deferred_window_paints_its_frame_then_builds_the_desk(qtbot) -> None:
    window = MainWindow(defer=True)
    qtbot.addWidget(window)
    assert not window.is_ready
    with qtbot.waitSignal(window.ready):
        window.show()
    assert window.browser.visible_ids()
    assert window.windowTitle().startswith("Teinei — ")


def test_splitter_positions_are_restored(window, qtbot) -> None:
    window.resize(780, 560)  # within the offscreen screen, so the geometry comes back as is
    window.splitter.setSizes([200, 250, 300])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(qtbot)
    assert again.splitter.sizes() == sizes


def test_deadlines_reach_the_template_and_each_update_is_announced(window, qtbot) -> None:
    front = 'title = "Ship by"\ncategory = "shipping_notice"'
    write_user_template("ship_by", "Ship by {{ deadlines.ship_by | date }}\n", front)
    window.set_platform("mercari_us")  # its deadline needs no choice besides the dates
    window.set_message_language("en")
    window.reload_library()
    assert window.browser.select("ship_by")
    with qtbot.waitSignal(window.preview_updated):
        window.desk.set_dates(OrderDates(paid=datetime(2026, 12, 7, 10, 0)))
    assert preview_text(window) == "Ship by Thu, Dec 10"


def test_a_broken_template_file_is_reported_in_the_status_bar(qtbot) -> None:
    (paths.user_templates_dir() / "en").mkdir(parents=True, exist_ok=True)
    (paths.user_templates_dir() / "en" / "bad.jinja").write_text("no front matter\n")
    window = make_window(qtbot)
    assert "1 template file could not be read" in window.statusBar().currentMessage()
    assert window.browser.visible_ids()  # the rest still loaded


def test_form_labels_follow_the_ui_language_and_marks_the_message(window, qtbot) -> None:
    window.set_message_language("en")
    window.browser.select("order_note")
    type_into(qtbot, window, "buyer_name", "Emily")
    assert window.form.labels["item_name"].text() == "Item"
    window.commands.ui_languages["ja"].trigger()
    qtbot.waitUntil(lambda: window.form.labels["item_name"].text() == "商品名")
    assert window.preview_pane.banner.text() == "未入力: 商品名"
    assert "[Item]" in preview_text(window)  # the mark belongs to the English message


def test_a_platform_without_the_open_template_opens_the_same_situation(window, qtbot) -> None:
    front = 'title = "{}"\ncategory = "partial_refund"\nplatforms = ["{}"]'
    write_user_template("refund_jp", "Refund\n", front.format("Refund JP", "mercari_jp"))
    write_user_template("refund_us", "No refund\n", front.format("Refund US", "mercari_us"))
    window.set_platform("mercari_jp")
    window.set_message_language("en")
    window.reload_library()
    assert window.browser.select("refund_jp")
    window.set_platform("mercari_us")
    assert window.template.category == "partial_refund"
    assert "mercari_us" in window.template.platforms
    assert window.browser.current_id() == window.template.id
    assert "is not offered on Mercari" in window.statusBar().currentMessage()


def test_an_empty_library_opens_calmly(qtbot) -> None:
    from app.templates.library import Library

    window = MainWindow(library=Library())
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Teinei"
    assert window.form.empty.text() == "Choose a template on the left."
    assert window.copy_message() is False
    assert window.statusBar().currentMessage() == "There is no text to copy yet."


def test_a_template_without_a_twin_says_so_beside_the_text(window, qtbot) -> None:
    write_user_template("english_only", "Hello\n", 'title = "English only"\ncategory = "thanks"')
    window.set_message_language("en")
    window.reload_library()
    assert window.browser.select("english_only")
    assert preview_text(window) == "Hello"
    assert window.preview_pane.twin_title.text() == "No Japanese version of this template"
    assert window.preview_pane.twin_text.toPlainText() == ""


def test_a_key_press_renders_each_language_once_and_checks_once(window, qtbot) -> None:
    window.set_message_language("ja")
    assert window.browser.select("order_note")
    assert window.desk.twin_preview is not None  # the English twin is shown beside it
    renders, checks = window.desk.composer.renders, window.desk.checking.count
    type_into(qtbot, window, "buyer_name", "佐")
    assert window.desk.composer.renders - renders == 2
    assert window.desk.checking.count - checks == 1
    assert preview_text(window).startswith("佐様")


def test_free_text_is_kept_per_language_and_names_are_shared(window, qtbot) -> None:
    window.set_message_language("ja")
    assert window.browser.select("enclosed_letter")
    type_into(qtbot, window, "buyer_name", "佐藤")
    type_into(qtbot, window, "issue_description", "ふたに小さな欠けがあります。")
    assert "ふたに小さな欠けがあります。" in preview_text(window)
    assert "ふたに" not in window.preview_pane.twin_text.toPlainText()  # not in the English
    window.set_message_language("en")
    assert window.form.editor("buyer_name").input.text() == "佐藤"
    assert window.form.editor("issue_description").value() in (None, "")
    type_into(qtbot, window, "issue_description", "A small chip on the lid.")
    window.set_message_language("ja")
    assert "ふたに小さな欠けがあります。" in preview_text(window)


def test_the_language_chosen_on_a_platform_survives_a_restart(qtbot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.set_platform("mercari_jp")
    first.set_message_language("ja")
    first.set_platform("ebay")
    assert first.top.lang_picker.currentData() == "en"
    assert first.template is not None and first.template.lang == "en"
    assert first.browser.visible_ids() and all(
        first.library.get(i, "en") is not None for i in first.browser.visible_ids()
    )
    first.set_message_language("ja")
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.set_platform("mercari_jp")
    again.set_platform("ebay")
    assert again.desk.lang == "ja"


def test_where_to_paste_names_the_platforms_screen(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    for platform_id in ("mercari_jp", "amazon_jp", "ebay"):
        window.set_platform(platform_id)
        place = window.platform.view("en").seller_message_place
        assert window.top.paste_place.text() == f"Paste into: {place}"
    window.set_platform("amazon_jp")
    assert window.top.paste_place.text().startswith("Paste into: Seller Central")


def test_free_text_has_its_own_english_value_with_the_japanese_beside_it(window, qtbot) -> None:
    window.set_platform("mercari_jp")
    window.set_message_language("ja")
    window.open_template("inspection_cancel")
    type_into(qtbot, window, "issue_description", "片方の袖口にほつれがありました。")
    assert window.form.references == {}
    window.set_message_language("en")
    box = window.form.editor("issue_description")
    assert box is not None and box.value() == ""  # the Japanese did not land here
    shown = window.form.references["issue_description"]
    assert shown.text() == "In Japanese: 片方の袖口にほつれがありました。"
    assert "issue_description" in window.desk.missing
    assert window.form.labels["issue_description"].property("missing") is True
    assert "片方の袖口" not in preview_text(window)
    type_into(qtbot, window, "issue_description", "One cuff is frayed.")
    assert "One cuff is frayed." in preview_text(window)
    window.set_message_language("ja")
    assert window.form.editor("issue_description").value() == "片方の袖口にほつれがありました。"
    assert window.form.references["issue_description"].text() == "In English: One cuff is frayed."


def test_an_item_typed_in_japanese_is_marked_not_written_in_the_english_twin(window, qtbot) -> None:
    window.set_platform("mercari_jp")
    window.set_message_language("ja")
    window.open_template("apology")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    assert window.preview_pane.twin_title.text() == "The same message in English"
    type_into(qtbot, window, "item_name", "双眼鏡")
    twin = window.preview_pane.twin_text.toPlainText()
    assert "双眼鏡" not in twin and "[Item]" in twin and "田中 一郎" in twin
    assert window.preview_pane.twin_title.text() == (
        "The same message in English: some values are not written in English yet"
    )
    window.set_message_language("en")
    assert window.form.editor("item_name").value() in (None, "")
    assert window.form.references["item_name"].text() == "In Japanese: 双眼鏡"
    assert window.form.labels["item_name"].property("missing") is True
    assert "双眼鏡" not in preview_text(window)
    type_into(qtbot, window, "item_name", "binoculars")
    assert window.preview_pane.twin_title.text() == "The same message in Japanese"
    assert "双眼鏡" in window.preview_pane.twin_text.toPlainText()


def test_help_about_shows_the_about_box_over_the_window(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import dialogs

    shown: list[object] = []
    monkeypatch.setattr(dialogs, "about", shown.append)
    window.commands.about.trigger()
    assert shown == [window]
