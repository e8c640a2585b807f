"""The template filled with its own example values, as a buyer would read it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.base.platforms import Platform, load_platforms
from app.rendering.render import MissingFieldsError, TemplateError, example_values, render
from app.rendering.render_limits import WINDOW_TIME_LIMIT, render_limits
from app.templates.template_file import Template
from app.ui.i18n import current_language


class TemplatePreview(QWidget):
    def __init__(self, parent: QWidget | None = None, platforms: dict[str, Platform] | None = None):
        super().__init__(parent)
        self._platforms = platforms or load_platforms()
        self._template: Template | None = None
        self.deadlines: Callable[[], Mapping[str, date | datetime]] = dict  # the example's
        self.platform_box = QComboBox()
        self.text = QPlainTextEdit(readOnly=True)
        self.status = QLabel(wordWrap=True)
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Preview with the example values"))
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        layout.addWidget(self.platform_box)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        self.platform_box.currentIndexChanged.connect(self._render)

    def add_example_form(self, form: QWidget) -> None:
        """The example order's boxes, under the marketplace whose currency they use."""
        self.column.insertWidget(2, form)

    @property
    def platforms(self) -> dict[str, Platform]:
        return self._platforms

    def show_template(self, template: Template | None) -> None:
        """Fill the preview; None (the text has a problem) keeps the last good preview."""
        if template is None:
            self.text.setEnabled(False)
            self.status.setText(self.tr("The preview waits until the problem is fixed."))
            return
        self.text.setEnabled(True)
        wanted = self.platform_box.currentData()
        self._template = template
        self.platform_box.blockSignals(True)
        self.platform_box.clear()
        for pid in template.platforms:
            if pid in self._platforms:
                self.platform_box.addItem(self._platforms[pid].name(template.lang), pid)
        index = self.platform_box.findData(wanted)
        self.platform_box.setCurrentIndex(max(index, 0))
        self.platform_box.blockSignals(False)
        self._render()

    def _render(self) -> None:
        template = self._template
        pid = self.platform_box.currentData()
        if template is None or pid is None:
            return
        platform = self._platforms[pid]
        try:
            values = example_values(template, platform)
            with render_limits(WINDOW_TIME_LIMIT):
                text = render(template, values, platform, deadlines=self.deadlines())
        except MissingFieldsError as error:
            self.status.setText(
                self.tr("The example has no value for: {0}. Add them under [example].").format(
                    ", ".join(error.names)
                )
            )
            return
        except TemplateError as error:
            self.status.setText(error.message_in(current_language()))
            return
        self.text.setPlainText(text)
        self.status.setText(self.tr("{0} characters").format(len(text)))
