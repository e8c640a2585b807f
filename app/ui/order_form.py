"""The order form: one editor per field of the open template, filled from the desk's order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.base.platforms import Platform
from app.templates.field_reach import fields_for
from app.templates.fields import Field
from app.templates.labels import field_help, field_label, made_tick_box
from app.templates.template_file import Template, example_values
from app.ui.field_editors import FieldEditor, make_editor
from app.ui.i18n import current_language
from app.ui.names import language_in_ui

_MISSING_STYLE = "color:#b3261e; font-weight:bold;"


class OrderForm(QWidget):
    """Editing a box emits ``value_changed`` (the window gives it to the desk model)."""

    value_changed = Signal(str, object)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__(parent)
        # Where "today" comes from for a date box's first arrow key; see set_clock.
        self.clock = clock
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.references: dict[str, QLabel] = {}  # the other language's words, by field
        self.missing: set[str] = set()
        self.template: Template | None = None
        self.twin: Template | None = None

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight:bold;")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their boxes: a narrow column keeps whole names and items visible.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.info_heading = QLabel(self)
        self.info_heading.setStyleSheet("font-weight:bold;")
        self.info = QWidget()
        self.info_form = QFormLayout(self.info)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.fields)
        column.addWidget(self.info_heading)
        column.addWidget(self.info)
        column.addStretch(1)
        self.column = column
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.set_info_rows([])
        self.retranslate()

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """Read "today" from ``clock`` (the orders' clock); the open boxes follow too."""
        self.clock = clock

    def set_template(
        self,
        template: Template | None,
        platform: Platform,
        values: Mapping[str, object],
        twin: Template | None = None,
        references: Mapping[str, object] | None = None,
        fields: Sequence[Field] | None = None,
    ) -> None:
        """Rebuild the boxes for ``template``, showing ``values`` (the order's) and the examples.

        Labels are in the UI language (from ``twin`` where the template lacks one). A
        free-text box shows under it what ``references`` holds for it: the same box's
        words in the other language, to translate from."""
        self.template = template
        self.twin = twin
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.labels.clear()
        self.references.clear()
        # Only what the text can print on this platform (no Amazon fulfilment on eBay);
        # the desk gives them (remembered at start), else they are found here.
        if template is None:
            fields = ()
        elif fields is None:
            fields = fields_for(template, platform)
        self.empty.setVisible(not fields)
        self.retranslate()
        if template is None:
            return
        example = example_values(template, platform)
        for field in fields:
            editor = make_editor(
                field, template.lang, platform, self.fields, lambda: self.clock().date()
            )
            editor.set_value(values.get(field.name))
            if field.name in example:
                editor.set_example(example[field.name])
            editor.changed.connect(self.value_changed)
            self.editors[field.name] = editor
            if isinstance(editor.input, QCheckBox):
                # A tick box carries its own label; it is never missing (unticked is an answer).
                self.form.addRow(editor.widget)
                continue
            label = QLabel(self.fields)
            label.setBuddy(editor.input)
            self.form.addRow(label, editor.widget)
            self.labels[field.name] = label
            reference = (references or {}).get(field.name)
            if reference is not None:
                shown = QLabel(self.fields)
                shown.setWordWrap(True)
                shown.setStyleSheet("color:#5f5f5f;")
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setProperty("reference", str(reference))
                self.form.addRow(shown)
                self.references[field.name] = shown
        self._name_fields()
        self.set_missing(self.missing)

    def _name_fields(self) -> None:
        template, lang = self.template, current_language()
        if template is None:
            return
        other = language_in_ui("en" if template.lang == "ja" else "ja")
        for shown in self.references.values():
            said = self.tr("In %1: %2").replace("%1", other)
            shown.setText(said.replace("%2", str(shown.property("reference"))))
        for name, editor in self.editors.items():
            text = field_label(template, name, self.twin, lang)
            tip = field_help(template, name, self.twin, lang)
            editor.input.setToolTip(tip)
            if name in self.labels:
                self.labels[name].setText(text)
                self.labels[name].setToolTip(tip)
            elif isinstance(editor.input, QCheckBox):
                if made_tick_box(template, name):  # the seller's words, as the condition
                    text = self.tr("When “%1”").replace("%1", text)
                editor.input.setText(text)

    def set_missing(self, names: Iterable[str]) -> None:
        """Mark the fields the text still needs."""
        self.missing = set(names)
        for name, label in self.labels.items():
            is_missing = name in self.missing
            label.setStyleSheet(_MISSING_STYLE if is_missing else "")
            label.setProperty("missing", is_missing)

    def set_info_rows(self, rows: list[tuple[str, str]]) -> None:
        """Read-only facts under the fields (deadlines and the like)."""
        while self.info_form.rowCount():
            self.info_form.removeRow(0)
        for label, value in rows:
            shown = QLabel(value, self.info)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info_form.addRow(QLabel(label, self.info), shown)
        self.info_heading.setVisible(bool(rows))
        self.info.setVisible(bool(rows))

    def add_section(self, widget: QWidget) -> None:
        """Another part of the order (its dates, say), scrolling with the fields."""
        self.column.insertWidget(self.column.count() - 1, widget)

    def editor(self, name: str) -> FieldEditor | None:
        return self.editors.get(name)

    def first_input(self) -> QWidget | None:
        editor = next(iter(self.editors.values()), None)
        return editor.input if editor else None

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Order details"))
        if self.template is None:
            self.empty.setText(self.tr("Choose a template on the left."))
        else:
            self.empty.setText(self.tr("This template needs no details; the text is ready."))
        self.info_heading.setText(self.tr("For reference"))
        self._name_fields()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
