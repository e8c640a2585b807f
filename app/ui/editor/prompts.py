"""Questions the editor asks; tests replace ``ask`` so no dialog ever blocks them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
YES, NO = "yes", "no"

_BUTTONS = {
    SAVE: QMessageBox.StandardButton.Save,
    DISCARD: QMessageBox.StandardButton.Discard,
    CANCEL: QMessageBox.StandardButton.Cancel,
    YES: QMessageBox.StandardButton.Yes,
    NO: QMessageBox.StandardButton.No,
}


def ask(parent: QWidget | None, title: str, text: str, choices: tuple[str, ...]) -> str:
    """Show a question with the given choices and return the one picked."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = QMessageBox.StandardButton.NoButton
    for choice in choices:
        buttons |= _BUTTONS[choice]
    box.setStandardButtons(buttons)
    box.setDefaultButton(_BUTTONS[choices[0]])
    picked = box.exec()
    for choice, button in _BUTTONS.items():
        if picked == button:
            return choice
    return choices[-1]


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
    from PySide6.QtWidgets import QFileDialog

    if folder:
        return QFileDialog.getExistingDirectory(parent, title) or None
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", "Zip (*.zip);;All (*)")
    return name or None


def save_path(parent: QWidget | None, title: str, suggested: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "Zip (*.zip)")
    return name or None
