"""The example order as a form: one box per value, by its label and of its kind (the
desk's own field editors), so a seller sets the preview's values without writing TOML.

Each change becomes an edit of ``[example]`` in the source, which stays the one truth;
after each check of the source the boxes show what it now says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.base.platforms import Platform
from app.rendering.filters import FilterError, parse_money
from app.templates.template_file import Template, example_values
from app.templates.template_text import fields_in, parse_body
from app.ui.field_editors import FieldEditor, make_editor
from app.ui.i18n import current_language


class ExampleForm(QWidget):
    """Emits ``edit_requested(key, value, "example")``; value None removes the key."""

    edit_requested = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exampleForm")
        self.template: Template | None = None
        self.platform: Platform | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self._shape: tuple[object, ...] = ()
        self.today: Callable[[], date] = date.today  # the date box's first arrow key
        # A heading that folds the boxes away where the text needs the room (the pane).
        self.heading = QToolButton(self)
        self.heading.setObjectName("exampleHeading")
        self.heading.setCheckable(True)
        self.heading.setChecked(True)
        self.heading.setAutoRaise(True)
        self.heading.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.heading.setStyleSheet("QToolButton { font-weight: bold; border: none; }")
        self.heading.toggled.connect(self.set_open)
        self.rows = QWidget()
        self.form = QFormLayout(self.rows)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.boxes = scroll = QScrollArea(self)
        scroll.setWidget(self.rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        self.retranslate()
        self.set_open(True)

    def set_open(self, shown: bool) -> None:
        """Show or fold the boxes; the heading stays, with its arrow saying which."""
        self.heading.setChecked(shown)
        self.heading.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.boxes.setVisible(shown)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Example order"))
        self.heading.setToolTip(self.tr("The values the preview and the checks fill in"))
        template = self.template
        for name, label in self.labels.items():
            spec = template.field(name) if template else None
            if template is not None and spec is not None:  # by label, in the UI language
                words = (spec.labels or {}).get(current_language()) or spec.label(template.lang)
                label.setText(words)

    def show_template(self, template: Template | None, platform: Platform | None) -> None:
        """Show ``template``'s example for ``platform`` (its currency, its carriers)."""
        self.template, self.platform = template, platform
        self.setVisible(template is not None and platform is not None and bool(template.fields))
        if template is None or platform is None:
            return
        shape = (template.path, platform.id, tuple((f.name, f.type) for f in template.fields))
        if shape != self._shape:
            self._build(template, platform)
            self._shape = shape
        values = example_values(template, platform)
        focused = QApplication.focusWidget()
        for name, editor in self.editors.items():
            typing = focused is not None and (
                editor.widget is focused or editor.widget.isAncestorOf(focused)
            )
            if not typing:  # never under the seller's fingers
                editor.set_value(values.get(name))

    def _build(self, template: Template, platform: Platform) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.labels.clear()
        used = fields_in(parse_body(template.body))  # in the order the message reads
        order = {name: index for index, name in enumerate(used)}
        for spec in sorted(template.fields, key=lambda f: order.get(f.name, len(order))):
            editor = make_editor(spec, template.lang, platform, self.rows, self.today)
            editor.changed.connect(self._changed)
            label = QLabel(self.rows)
            label.setBuddy(editor.input)
            self.form.addRow(label, editor.widget)
            self.editors[spec.name] = editor
            self.labels[spec.name] = label
        self.retranslate()
        # As tall as its boxes, up to about five rows: the preview under it keeps the room.
        self.boxes.setFixedHeight(min(self.rows.sizeHint().height() + 2, 170))

    def _changed(self, name: str, value: Any) -> None:
        template, platform = self.template, self.platform
        spec = template.field(name) if template else None
        if template is None or platform is None or spec is None:
            return
        if isinstance(value, date):
            value = value.isoformat()
        elif spec.type == "money":
            value = self._amount(template, platform, name, value)
            if value is False:
                return  # not an amount yet; the box keeps what is typed
        if value is None or value == "":
            value = None
        self.edit_requested.emit(name, value, "example")

    @staticmethod
    def _amount(template: Template, platform: Platform, name: str, text: Any) -> Any:
        """The amount to write: per currency when the example already has one per currency."""
        if not str(text).strip():
            return None
        try:
            amount: Decimal = parse_money(text, platform.currency)
        except FilterError:
            return False
        number = int(amount) if amount == amount.to_integral_value() else float(amount)
        old = template.example.get(name)
        if isinstance(old, dict):
            return {**old, platform.currency: number}
        return number
