"""The row above the desk: platform and message-language pickers, and the copy button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.langs import LANGS
from app.ui.i18n import current_language
from app.ui.names import language_name

if TYPE_CHECKING:
    from app.platforms import Platform


class TopBar(QWidget):
    """Pickers fire currentIndexChanged; the window reads ``currentData()`` (an id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platforms: dict[str, Platform] = {}
        self.platform_label = QLabel(self)
        self.platform_picker = QComboBox(self)
        self.platform_picker.setObjectName("platformPicker")
        self.platform_label.setBuddy(self.platform_picker)
        self.lang_label = QLabel(self)
        self.lang_picker = QComboBox(self)
        self.lang_picker.setObjectName("languagePicker")
        # The platforms arrive after the first paint; grow to fit their names then.
        for picker in (self.platform_picker, self.lang_picker):
            picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang_label.setBuddy(self.lang_picker)
        for lang in LANGS:
            self.lang_picker.addItem(language_name(lang), lang)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.platform_label, self.platform_picker, self.lang_label):
            row.addWidget(widget)
        row.addWidget(self.lang_picker)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        self.retranslate()

    def set_platforms(self, platforms: dict[str, Platform], current: str) -> None:
        self.platforms = platforms
        self.platform_picker.blockSignals(True)
        self.platform_picker.clear()
        for pid, platform in platforms.items():
            self.platform_picker.addItem(platform.name(current_language()), pid)
        self.platform_picker.blockSignals(False)
        self.show_platform(current)

    def show_platform(self, platform_id: str) -> None:
        self.platform_picker.blockSignals(True)
        self.platform_picker.setCurrentIndex(self.platform_picker.findData(platform_id))
        self.platform_picker.blockSignals(False)

    def show_language(self, lang: str) -> None:
        self.lang_picker.blockSignals(True)
        self.lang_picker.setCurrentIndex(self.lang_picker.findData(lang))
        self.lang_picker.blockSignals(False)

    def retranslate(self) -> None:
        self.platform_label.setText(self.tr("&Platform:"))
        self.lang_label.setText(self.tr("&Message in:"))
        self.copy_button.setText(self.tr("Copy message"))
        self.copy_button.setToolTip("Ctrl+Return")
        if self.platforms:
            self.set_platforms(self.platforms, self.platform_picker.currentData() or "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
