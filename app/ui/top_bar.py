"""The row above the desk: platform and message-language pickers, and the copy button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.base.langs import LANGS
from app.ui.i18n import current_language
from app.ui.names import language_name

if TYPE_CHECKING:
    from app.base.platforms import Platform


class TopBar(QWidget):
    """Pickers fire currentIndexChanged; the window reads ``currentData()`` (an id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platforms: dict[str, Platform] = {}
        self.first: list[str] = []  # the seller's platforms, listed first
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
        # Where the copied text goes, on the seller's screen of the chosen platform.
        self.paste_place = QLabel(self)
        self.paste_place.setObjectName("pastePlace")
        self.paste_place.setStyleSheet("color:#4a4a4a;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.platform_label, self.platform_picker, self.lang_label):
            row.addWidget(widget)
        row.addWidget(self.lang_picker)
        row.addWidget(self.paste_place, 1)  # fills the gap; its text sits by the button
        row.addWidget(self.copy_button)
        self.retranslate()

    def set_platforms(
        self, platforms: dict[str, Platform], current: str, first: list[str] | None = None
    ) -> None:
        """List ``platforms``, the seller's own (``first``) at the top."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSizePolicy  # after the first paint, as the Qt enums

        # The place gives way in a narrow window (its tooltip keeps the whole of it).
        self.paste_place.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.paste_place.setAlignment(right)
        self.platforms = platforms
        if first is not None:
            self.first = [pid for pid in first if pid in platforms]
        ordered = self.first + [pid for pid in platforms if pid not in self.first]
        self.platform_picker.blockSignals(True)
        self.platform_picker.clear()
        for pid in ordered:
            self.platform_picker.addItem(platforms[pid].name(current_language()), pid)
            if self.first and pid == self.first[-1] and len(ordered) > len(self.first):
                self.platform_picker.insertSeparator(self.platform_picker.count())
        self.platform_picker.blockSignals(False)
        self.show_platform(current)

    def show_platform(self, platform_id: str) -> None:
        self.platform_picker.blockSignals(True)
        self.platform_picker.setCurrentIndex(self.platform_picker.findData(platform_id))
        self.platform_picker.blockSignals(False)
        platform = self.platforms.get(platform_id)
        if platform is not None:
            place = platform.view(current_language()).seller_message_place
            self.paste_place.setText(self.tr("Paste into: %1").replace("%1", place))
            self.paste_place.setToolTip(self.paste_place.text())

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
