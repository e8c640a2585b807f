"""The first start's welcome, and the help pages."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.help_pages import FirstMessagePage, ShortcutsPage, shortcut_rows
from app.ui.settings import Settings
from app.ui.welcome import WelcomeDialog, first_start
from tests.ui.main_window_helpers import make_window

pytestmark = pytest.mark.usefixtures("english_ui_and_a_known_template")


def test_the_first_start_asks_once_and_the_answer_shapes_the_desk(qtbot) -> None:
    window = make_window(qtbot)
    asked = []

    def ask(parent, platforms):
        asked.append(sorted(platforms))
        return ["rakuma", "mercari_us"], "ja"

    assert first_start(window, ask) is True
    assert window.desk.platform_id == "rakuma" and window.desk.lang == "ja"
    picker = window.top.platform_picker
    assert [picker.itemData(0), picker.itemData(1)] == ["rakuma", "mercari_us"]
    assert Settings().get("seller/platforms") == ["rakuma", "mercari_us"]
    assert first_start(window, ask) is False  # not again
    assert len(asked) == 1
    window.set_platform("mercari_us")
    assert window.desk.lang == "en"  # Mercari US still starts in English
    again = make_window(qtbot)
    assert again.top.platform_picker.itemData(0) == "rakuma"


def test_a_welcome_closed_without_an_answer_is_not_asked_again(qtbot) -> None:
    window = make_window(qtbot)
    assert first_start(window, lambda parent, platforms: None) is True
    assert first_start(window, lambda parent, platforms: pytest.fail("asked twice")) is False
    assert Settings().get("seller/platforms") == []


def test_the_welcome_dialog_gives_the_ticked_platforms_and_the_language(qtbot) -> None:
    from app.base.platforms import load_platforms

    dialog = WelcomeDialog(load_platforms())
    qtbot.addWidget(dialog)
    assert "other" not in dialog.boxes
    dialog.boxes["amazon_jp"].setChecked(True)
    dialog.boxes["mercari_jp"].setChecked(True)
    next(b for b in dialog.langs.buttons() if b.property("lang") == "en").setChecked(True)
    assert dialog.answer() == (["mercari_jp", "amazon_jp"], "en")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Start"


def test_the_shortcuts_page_lists_the_menus_own_keys(qtbot) -> None:
    window = make_window(qtbot)
    rows = dict(shortcut_rows(window.menus.values()))
    assert rows["Copy message"].startswith("Ctrl+Return")
    assert "Show as QR code (to send from the phone)" in rows
    window.commands.shortcuts.trigger()
    page = window.commands.help_page
    qtbot.addWidget(page)
    assert isinstance(page, ShortcutsPage)
    commands = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Open the calendar in a date box" in commands and "Copy message" in commands


def test_the_first_message_page_has_four_steps_ending_at_the_platforms_box(qtbot) -> None:
    window = make_window(qtbot)
    window.set_platform("rakuma")
    window.commands.first_steps.trigger()
    page = window.commands.help_page
    qtbot.addWidget(page)
    assert isinstance(page, FirstMessagePage)
    assert len(page.steps) == 4
    assert window.platform.view("en").message_place in page.steps[-1][1]


def test_the_welcome_opens_over_the_window_without_holding_it(qtbot) -> None:
    window = make_window(qtbot)
    assert first_start(window) is True
    dialog = window.findChild(WelcomeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.boxes["ebay"].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.desk.platform_id == "ebay" and window.desk.lang == "en"
