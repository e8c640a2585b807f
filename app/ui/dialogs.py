"""Every question and message to the user goes through here, so tests can answer them.

Each helper is a plain module-level function: a test replaces it with ``monkeypatch``
and no dialog ever blocks. Every error the user is shown is logged too.
"""

from __future__ import annotations

import enum
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

# The kinds of message: dialogs.status takes them too.
from app.ui.banner import ERROR as ERROR
from app.ui.banner import INFO as INFO
from app.ui.banner import WARNING as WARNING

# The boxes load with the first question: their classes' enums cost PySide6 time that a
# start, which asks nothing, should not pay before the desk is painted.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

log = logging.getLogger("teinei")


STATUS_MS = 8000


class Choice(enum.Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A yes/no question; True when the user says yes. Enter picks ``default_yes``."""
    from PySide6.QtWidgets import QMessageBox

    log.info("asking: %s: %s", title, text)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no)
    return answer == yes


def ask_save(parent: QWidget | None, title: str, text: str) -> Choice:
    """Save, discard or cancel; closing the box cancels."""
    from PySide6.QtWidgets import QMessageBox

    log.info("asking: %s: %s", title, text)
    choices = {
        Choice.SAVE: QMessageBox.StandardButton.Save,
        Choice.DISCARD: QMessageBox.StandardButton.Discard,
        Choice.CANCEL: QMessageBox.StandardButton.Cancel,
    }
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = QMessageBox.StandardButton.NoButton
    for button in choices.values():
        buttons |= button
    box.setStandardButtons(buttons)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    picked = box.exec()
    return next((c for c, b in choices.items() if picked == b), Choice.CANCEL)


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text from the seller, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of ``items``, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return value if ok else None


def open_path(parent: QWidget | None, title: str, folder: bool = False) -> str | None:
    """A zip file (or a folder) to read, or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    dialog = file_dialog(parent, title, "", "Zip (*.zip);;All (*)")
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str = "Zip (*.zip)"
) -> str | None:
    """Where to write a file, or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    dialog = file_dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _chosen(dialog)


def file_dialog(parent: QWidget | None, title: str, suggested: str, filters: str) -> QFileDialog:
    """Qt's own file dialog: the system's would speak the system's language, not the
    one chosen for the window (and would not change with it)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # Qt's Japanese leaves these two in English.
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("Dialogs", "Look in:"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("Dialogs", "Files of type:"))
    return dialog


def _chosen(dialog: QFileDialog) -> str | None:
    from PySide6.QtWidgets import QDialog

    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return files[0] if files else None
    finally:
        dialog.deleteLater()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something that needs their attention before they go on."""
    from PySide6.QtWidgets import QMessageBox

    log.warning("%s: %s", title, text)
    QMessageBox.information(parent, title, text)


def error_text(text: str) -> str:
    """Log an error that is about to be shown inline, and give its text back to show."""
    log.warning("%s", text)
    return text


def status(window: QMainWindow, text: str, kind: str = INFO, msec: int = STATUS_MS) -> None:
    """A sentence in the window's status line; an error stays until the next one."""
    if kind == ERROR:
        window.statusBar().showMessage(error_text(text), 0)
    else:
        window.statusBar().showMessage(text, msec)


def write_failed(window: QMainWindow, path: object, error: OSError) -> None:
    """A file could not be written: say which and why in the status line (logged too)."""
    said = QCoreApplication.translate("Dialogs", "Could not write %1: %2")
    reason = error.strerror or str(error)
    status(window, said.replace("%1", str(path)).replace("%2", reason), ERROR)


def about(parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        parent,
        QCoreApplication.translate("Dialogs", "About Teinei"),
        QCoreApplication.translate(
            "Dialogs",
            "Teinei drafts careful messages to marketplace buyers, in Japanese and English.",
        ),
    )
