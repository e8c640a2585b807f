"""The one module that talks to the user: answers map back, and every error is logged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.templates.library import Problem
from app.ui import dialogs
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
    banner = dialogs.Banner()
    qtbot.addWidget(banner)
    with caplog.at_level(logging.WARNING, logger="teinei"):
        banner.show_message("This template cannot be filled in: line 3", dialogs.ERROR)
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
