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
