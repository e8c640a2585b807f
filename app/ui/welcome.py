"""The first start: a short welcome asks where the seller sells and in which language.

The answer is kept in QSettings: the seller's platforms come first in the pickers, the
desk opens on the first of them, and messages start in the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.desk.message_lang import ENGLISH_FIRST
from app.ui.i18n import current_language
from app.ui.names import language_name
from app.ui.settings import Settings

if TYPE_CHECKING:
    from app.base.platforms import Platform
    from app.ui.main_window import MainWindow

Answer = tuple[list[str], str]  # the seller's platforms (in the list's order), message language
Ask = Callable[[QWidget, Mapping[str, "Platform"]], Answer | None]


class WelcomeDialog(QDialog):
    """Tick the platforms you sell on; choose the language most of your messages are in."""

    def __init__(self, platforms: Mapping[str, Platform], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Teinei"))
        lang = current_language()
        intro = QLabel(
            self.tr(
                "Teinei writes careful messages to your buyers from ready templates: "
                "you fill in the order, it checks the platform's rules, you copy and paste.\n\n"
                "Where do you sell? (You can change this at any time.)"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for n, (pid, platform) in enumerate(p for p in platforms.items() if p[0] != "other"):
            box = QCheckBox(platform.name(lang), self)
            self.boxes[pid] = box
            grid.addWidget(box, n // 2, n % 2)
        question = QLabel(self.tr("Most of my messages are in:"), self)
        self.langs = QButtonGroup(self)
        row = QVBoxLayout()
        for code in ("ja", "en"):
            button = QRadioButton(language_name(code), self)
            button.setProperty("lang", code)
            button.setChecked(code == "ja")
            self.langs.addButton(button)
            row.addWidget(button)
        note = QLabel(self.tr("Mercari US and eBay start in English either way."), self)
        note.setStyleSheet("color:#6b6b6b;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(grid)
        column.addSpacing(8)
        column.addWidget(question)
        column.addLayout(row)
        column.addWidget(note)
        column.addWidget(self.buttons)

    def answer(self) -> Answer:
        chosen = [pid for pid, box in self.boxes.items() if box.isChecked()]
        checked = self.langs.checkedButton()
        return chosen, str(checked.property("lang")) if checked is not None else "ja"


def first_start(window: MainWindow, ask: Ask | None = None) -> bool:
    """Welcome the seller once; True if the welcome was shown now.

    Without ``ask`` (tests give one) the dialog opens over the window without holding
    the start up, and its answer is taken when the seller presses Start."""
    settings = Settings()
    if settings.get("welcome/done"):
        return False
    settings.set("welcome/done", True)  # asked once, even if closed without an answer
    if ask is not None:
        answer = ask(window, window.platforms)
        if answer is not None:
            _take(window, settings, answer)
        return True
    dialog = WelcomeDialog(window.platforms, window)
    dialog.accepted.connect(lambda: _take(window, settings, dialog.answer()))
    dialog.open()
    return True


def _take(window: MainWindow, settings: Settings, answer: Answer) -> None:
    chosen, lang = answer
    settings.set("seller/platforms", chosen)
    window.top.set_platforms(window.platforms, window.desk.platform_id, chosen)
    if chosen:
        window.set_platform(chosen[0])
    if window.desk.platform_id not in ENGLISH_FIRST:  # those keep English (see app/desk)
        window.set_message_language(lang)
