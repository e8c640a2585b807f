"""The one module that talks to the user: answers map back, and every error is logged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
)

from app.templates.library import Problem
from app.ui import dialogs
from app.ui.banner import ERROR, Banner
from app.ui.editor.notices import MessageStrip


def press_in_next_box(button: QMessageBox.StandardButton) -> None:
    """Click ``button`` in the message box about to open (it blocks until answered)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        (QMessageBox.StandardButton.Save, dialogs.Choice.SAVE),
        (QMessageBox.StandardButton.Discard, dialogs.Choice.DISCARD),
        (QMessageBox.StandardButton.Cancel, dialogs.Choice.CANCEL),
    ],
)
def test_the_save_question_returns_the_button_pressed(qtbot, button, choice) -> None:
    press_in_next_box(button)
    assert dialogs.ask_save(None, "Unsaved changes", "Save them?") == choice


@pytest.mark.parametrize(
    ("button", "said_yes"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)],
)
def test_a_yes_no_question_is_true_only_for_yes(qtbot, button, said_yes: bool) -> None:
    press_in_next_box(button)
    assert dialogs.ask(None, "Copy anyway?", "Copy the text anyway?") is said_yes


def test_an_error_in_the_status_line_is_shown_and_logged(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    with caplog.at_level(logging.WARNING, logger="teinei"):
        dialogs.status(window, "Could not write orders.csv: disk full", dialogs.ERROR)
    assert window.statusBar().currentMessage() == "Could not write orders.csv: disk full"
    assert "Could not write orders.csv: disk full" in caplog.text
    dialogs.status(window, "Exported the orders to orders.csv")
    assert window.statusBar().currentMessage() == "Exported the orders to orders.csv"


def test_a_message_that_is_no_error_is_not_logged(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    with caplog.at_level(logging.WARNING, logger="teinei"):
        dialogs.status(window, "Copied 120 characters.")
    assert caplog.records == []


def test_an_error_banner_is_logged(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    with caplog.at_level(logging.WARNING, logger="teinei"):
        banner.show_message("This template cannot be filled in: line 3", ERROR)
    assert "cannot be filled in: line 3" in caplog.text and not banner.isHidden()


def test_the_editor_strip_logs_a_failed_save_but_not_live_checks(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    strip = MessageStrip()
    qtbot.addWidget(strip)
    with caplog.at_level(logging.WARNING, logger="teinei"):
        strip.show_problems([Problem(Path("mine.jinja"), 4, "unknown field buyer_nmae")])
        assert caplog.records == [] and "buyer_nmae" in strip.text()
        strip.show_message("error", "Could not save mine.jinja: disk full.")
    assert [r.getMessage() for r in caplog.records] == ["Could not save mine.jinja: disk full."]


def file_dialog_words(opens: Callable[[], object]) -> tuple[str, list[str]]:
    """The title and the button and label texts of the file dialog ``opens`` shows
    (it blocks until answered: cancelled here once read)."""
    seen: list[tuple[str, list[str]]] = []
    own: list[bool] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, read)  # not shown yet
            return
        words = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
        words += [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        # Qt's own dialog, which our translators speak for; a desktop's native one
        # (GTK, KDE, a portal) would keep to the system's language.
        own.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        seen.append((dialog.windowTitle(), words))
        dialog.reject()

    QTimer.singleShot(0, read)
    assert opens() in (None, [])  # cancelled: nothing chosen, nothing written
    (found,) = seen
    assert own == [True]
    return found


@pytest.mark.usefixtures("english_ui_and_a_known_template")  # English again after
def test_file_dialogs_speak_the_language_chosen_for_the_window(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.orders import OrderStore
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_orders(OrderStore(tmp_path / "orders.sqlite3"))
    window.set_ui_language("ja")
    title, words = file_dialog_words(window.orders.export_action.trigger)
    assert title == "注文を書き出す"
    assert "キャンセル" in words and "Cancel" not in words
    assert any("ファイル" in word for word in words)
    assert "Look in:" not in words and "Files of type:" not in words
    window.set_ui_language("en")  # live: the next dialog follows
    title, words = file_dialog_words(lambda: window.orders.calendar.ask_path("deadlines.ics"))
    assert title == "Deadlines to a calendar"
    assert "Cancel" in words and "キャンセル" not in words
    window.set_ui_language("ja")
    monkeypatch.setattr(dialogs, "choose", lambda _parent, _title, _label, kinds: kinds[0])
    title, words = file_dialog_words(window.user_set.do_import)
    assert title == "テンプレートの読み込み" and "キャンセル" in words
