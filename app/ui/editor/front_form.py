"""A small form for title, category, platforms and one field's label and type.

Each change becomes an edit of the front matter text (app.templates.front_matter_edit), so the
seller never writes TOML and the text editor stays the one source of truth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from app.base.platforms import PLATFORM_IDS, load_platforms
from app.templates.fields import FIELD_TYPES
from app.templates.template_file import CATEGORIES, Template
from app.ui.i18n import current_language
from app.ui.names import kind_name, situation_name

ALL = "all"


def platform_names() -> dict[str, str]:
    """Each marketplace's name in the UI language (メルカリ, Rakuma…)."""
    platforms = load_platforms()
    lang = current_language()
    return {pid: platforms[pid].name(lang) if pid in platforms else pid for pid in PLATFORM_IDS}


class FrontMatterForm(QWidget):
    """Emits ``edit_requested(key, value, table)``; value None removes the key."""

    edit_requested = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template: Template | None = None
        self._listing = False  # "All platforms" was unticked: show every box to pick from
        self.title = QLineEdit()
        # Situations and marketplaces by their names in the UI language, not their keys.
        self.category = QComboBox()
        for slug in CATEGORIES:
            self.category.addItem(situation_name(slug), slug)
        self.all_platforms = QCheckBox(self.tr("All platforms"))
        names = platform_names()
        self.platform_boxes = {pid: QCheckBox(names[pid]) for pid in PLATFORM_IDS}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.all_platforms, 0, 0)
        for index, box in enumerate(self.platform_boxes.values(), start=1):
            # As wide as its name, so a click beside a short name (eBay) does not tick it.
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            grid.addWidget(box, index // 3, index % 3)  # narrow enough for the pane
        grid.setColumnStretch(3, 1)  # the boxes keep together at the left
        self.field = QComboBox()
        self.field_label = QLineEdit()
        self.field_label.setPlaceholderText(self.tr("label shown in the order form"))
        self.field_type = QComboBox()
        for kind in FIELD_TYPES:
            self.field_type.addItem(kind_name(kind), kind)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.field_label, 2)
        field_row.addWidget(self.field_type)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Title"), self.title)
        layout.addRow(self.tr("Category"), self.category)
        layout.addRow(self.tr("Platforms"), grid)
        layout.addRow(self.tr("Field"), field_row)

        self.title.editingFinished.connect(self._title_done)
        self.category.activated.connect(
            lambda _i: self._emit("category", self.category.currentData())
        )
        self.all_platforms.clicked.connect(self._platforms_done)
        for box in self.platform_boxes.values():
            box.clicked.connect(self._platforms_done)
        self.field.currentIndexChanged.connect(self._show_field)
        self.field_label.editingFinished.connect(self._label_done)
        self.field_type.activated.connect(self._type_done)

    def show_template(self, template: Template | None) -> None:
        """Fill from a valid template; while the text has a problem the form is disabled."""
        self.setEnabled(template is not None)
        if template is None:
            return
        if self._template is None or self._template.path != template.path:
            self._listing = False
        self._template = template
        if not self.title.hasFocus():
            self.title.setText(template.title)
        self.category.setCurrentIndex(self.category.findData(template.category))
        every = set(template.platforms) == set(PLATFORM_IDS) and not self._listing
        self.all_platforms.setChecked(every)
        for pid, box in self.platform_boxes.items():
            box.setChecked(pid in template.platforms)
            box.setEnabled(not every)
        chosen = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        for spec in template.fields:  # by the label the seller gave, not the name
            self.field.addItem(f"［{spec.label(template.lang)}］", spec.name)
        self.field.setCurrentIndex(max(0, self.field.findData(chosen)))
        self.field.blockSignals(False)
        self._show_field()

    def _emit(self, key: str, value: Any, table: str | None = None) -> None:
        self.edit_requested.emit(key, value, table)

    def _title_done(self) -> None:
        text = self.title.text().strip()
        if self._template is not None and text and text != self._template.title:
            self._emit("title", text)

    def _platforms_done(self) -> None:
        if self.sender() is self.all_platforms:
            self._listing = not self.all_platforms.isChecked()
            for box in self.platform_boxes.values():
                box.setEnabled(self._listing)
            if not self._listing:
                self._emit("platforms", ALL)
            return
        chosen = [pid for pid, box in self.platform_boxes.items() if box.isChecked()]
        if chosen:
            self._emit("platforms", chosen)

    def _show_field(self) -> None:
        template = self._template
        field = template.field(str(self.field.currentData())) if template else None
        for widget in (self.field_label, self.field_type):
            widget.setEnabled(field is not None)
        if template is None or field is None:
            return
        if not self.field_label.hasFocus():
            self.field_label.setText(field.label(template.lang))
        self.field_type.setCurrentIndex(self.field_type.findData(field.type))

    def _label_done(self) -> None:
        template, name = self._template, str(self.field.currentData())
        field = template.field(name) if template else None
        text = self.field_label.text().strip()
        if template and field and text and text != field.label(template.lang):
            self._emit("label", text, f"fields.{name}")

    def _type_done(self) -> None:
        name = self.field.currentData()
        if name:
            self._emit("type", self.field_type.currentData(), f"fields.{name}")
