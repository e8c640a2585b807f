"""New template: one dialog in the window's language. Title, situation, marketplaces
and the language to write first; the file name comes from the title. Every check shows
as the seller types, and a failed save keeps the dialog open with all that was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.base.file_errors import StorageError
from app.base.langs import LANGS
from app.base.platforms import PLATFORM_IDS
from app.templates.template_file import CATEGORIES
from app.templates.template_maker import Plan, make_id
from app.ui.editor.front_form import platform_names
from app.ui.i18n import current_language
from app.ui.names import language_name, situation_name

Create = Callable[[Plan], str]  # makes the files; returns the new id or raises StorageError


class NewTemplateDialog(QDialog):
    def __init__(
        self,
        create: Create,
        taken: set[str],
        first_lang: str = "ja",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newTemplateDialog")
        self.setWindowTitle(self.tr("New template"))
        self._create, self._taken = create, taken
        self.created_id: str | None = None
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Sorry for the late reply"))
        self.situation = QComboBox(self)
        self.situation.addItem(self.tr("Choose…"), "")
        for slug in sorted(CATEGORIES, key=situation_name):
            self.situation.addItem(situation_name(slug), slug)
        self.every = QCheckBox(self.tr("All marketplaces"), self)
        self.every.setChecked(True)
        names = platform_names()
        self.platforms = {pid: QCheckBox(names[pid], self) for pid in PLATFORM_IDS}
        grid = QGridLayout()
        grid.addWidget(self.every, 0, 0, 1, 4)
        for index, box in enumerate(self.platforms.values()):
            box.setChecked(True)
            box.setEnabled(False)
            grid.addWidget(box, 1 + index // 4, index % 4)
        self.langs = QButtonGroup(self)
        lang_row = QHBoxLayout()
        for lang in LANGS:
            button = QRadioButton(language_name(lang), self)
            button.setProperty("lang", lang)
            button.setChecked(lang == first_lang)
            self.langs.addButton(button)
            lang_row.addWidget(button)
        lang_row.addStretch(1)
        self.file_name = QLabel(self)
        self.file_name.setObjectName("newTemplateFileName")
        self.problems = QLabel(self)
        self.problems.setObjectName("newTemplateProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("Marketplaces"), grid)
        form.addRow(self.tr("Write first in"), lang_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_name)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update)
        self.situation.currentIndexChanged.connect(self._update)
        self.every.toggled.connect(self._every_toggled)
        for box in self.platforms.values():
            box.toggled.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._touched = False
        self.title.textEdited.connect(self._touch)
        self._update()

    def plan(self) -> Plan:
        chosen = tuple(pid for pid, box in self.platforms.items() if box.isChecked())
        checked = self.langs.checkedButton()
        first = str(checked.property("lang")) if checked is not None else "ja"
        return Plan(self.title.text(), str(self.situation.currentData() or ""), chosen, first)

    def _touch(self) -> None:
        self._touched = True

    def _every_toggled(self, on: bool) -> None:
        for box in self.platforms.values():
            box.setEnabled(not on)
            if on:
                box.setChecked(True)
        self._update()

    def _update(self) -> None:
        plan = self.plan()
        problems = plan.problems()
        lang = current_language()
        # Until the seller has typed, an empty title is not yet a mistake to point out.
        shown = [p.text(lang) for p in problems if self._touched or p.en != _NEED_TITLE]
        self.problems.setText("\n".join(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        if plan.title.strip() and plan.category:
            new_id = make_id(plan.title, plan.category, self._taken)
            self.file_name.setText(self.tr("Saved as %1").replace("%1", f"{new_id}.jinja"))
        else:
            self.file_name.setText("")

    def accept(self) -> None:
        """Make the files; on an error say why here and keep everything typed."""
        plan = self.plan()
        if plan.problems():
            self._touched = True
            self._update()
            return
        try:
            self.created_id = self._create(plan)
        except StorageError as error:
            self.problems.setText(error.message_in(current_language()))
            return
        super().accept()


_NEED_TITLE = "Give the template a title."
