"""The preview: the finished text, its length against the platform's limit, and its twin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.policy.findings import Finding
from app.rendering.preview import DRAFT, ERROR, EXAMPLE, Preview, over_limit
from app.ui import banner as strip
from app.ui.i18n import current_language, localized
from app.ui.names import language_in_ui
from app.ui.warnings_bar import WarningsBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

_GREY_COLOUR = "#6b6b6b"
_OVER = "color:#b3261e; font-weight:bold;"


def _join(labels: tuple[str, ...]) -> str:
    return ", ".join(labels) if all(label.isascii() for label in labels) else "、".join(labels)


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _selection(
    box: QPlainTextEdit, text: str, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(box.document())
    cursor.setPosition(_utf16(text, start))
    cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    selection.format = fmt
    return selection


def _set_grey(box: QPlainTextEdit, grey: bool) -> None:
    """Grey text for an example message. A palette, not a style sheet: a sheet on a text
    box restyles it and its scroll bars through Qt's slower style-sheet style."""
    if grey:
        palette = box.palette()
        palette.setColor(QPalette.ColorRole.Text, QColor(_GREY_COLOUR))
        box.setPalette(palette)
    else:
        box.setPalette(QPalette())  # nothing of its own: the window's colours again


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    return box


class PreviewPane(QWidget):
    """Shows a Preview; other parts add findings with ``set_findings``."""

    # The seller wants the unwritten language started from the written one's text.
    start_unwritten = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.twin_preview: Preview | None = None
        self.limit: int | None = None
        self.findings: list[Finding] = []
        self.labels: dict[str, str] = {}
        self.no_match: str | None = None  # the search that found nothing

        self.banner = strip.Banner(self)
        self.text = _text_box(self)
        self.text.setObjectName("previewText")
        self.count = QLabel(self)
        self.count.setObjectName("characterCount")
        # Above the message, so a warning is seen before the copy.
        self.warnings = WarningsBar(self)
        self.warnings.span_chosen.connect(self.select_words)
        self.twin_title = QLabel(self)
        self.twin_title.setWordWrap(True)  # "some values are not written yet" is long
        self.fold_twin = QToolButton(self)  # shows the View menu's twin action (set_fold_action)
        self.fold_twin.setObjectName("foldTwin")
        self.fold_twin.setAutoRaise(True)
        self.twin_text = _text_box(self)
        self.twin_text.setObjectName("twinText")
        self.unwritten: tuple[str, str | None] | None = None  # (not written, written)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startUnwritten")
        self.start_button.hide()
        self.start_button.clicked.connect(self.start_unwritten)

        main = QWidget(self)
        main_column = QVBoxLayout(main)
        main_column.setContentsMargins(0, 0, 0, 0)
        main_column.addWidget(self.warnings)
        main_column.addWidget(self.text, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.fold_twin)  # always in view: it folds and unfolds the twin
        main_column.addLayout(count_row)
        self.twin = QWidget(self)
        twin_column = QVBoxLayout(self.twin)
        twin_column.setContentsMargins(0, 0, 0, 0)
        twin_column.addWidget(self.twin_title)
        twin_column.addWidget(self.twin_text, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("previewSplitter")
        self.splitter.addWidget(main)
        self.splitter.addWidget(self.twin)
        self.splitter.setChildrenCollapsible(False)
        # The message is what gets copied: it has more room than its twin.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.splitter, 1)

    def show_preview(
        self,
        preview: Preview | None,
        limit: int | None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``preview``; ``labels`` names missing fields as the form does."""
        self.labels = dict(labels or {})
        old_text = self.preview.text if self.preview is not None else None
        if preview is None or preview.text != old_text:
            # Spans found in the old text would mark the wrong words in the new one.
            self.findings = []
            self._list_findings()
        self.preview = preview
        self.limit = limit
        self._fill(self.text, preview)
        self._show_banner()
        self._show_count()
        self._highlight()

    def show_twin(self, preview: Preview | None, lang: str, unwritten: bool = False) -> None:
        """The same order in the other language, or a note that there is no twin;
        ``unwritten``: some of its words are written in the message's language only."""
        self.twin_preview = preview
        self.twin_lang = lang
        self.twin_unwritten = unwritten
        self._fill(self.twin_text, preview)
        self.twin_text.setExtraSelections(self._gaps(self.twin_text, preview))
        self._show_twin_title()

    def show_no_match(self, no_match: bool, query: str) -> None:
        """With nothing found, say so in place of a message that could be copied by mistake."""
        self.no_match = query if no_match else None
        self.splitter.setVisible(not no_match)
        self._show_banner()

    def set_fold_action(self, action: QAction) -> None:
        """The button under the message folds the twin away and back (View menu's action)."""
        button = self.fold_twin
        button.setCheckable(True)
        button.setChecked(action.isChecked())
        button.setToolTip(action.text().replace("&", "") + f" ({action.shortcut().toString()})")
        button.toggled.connect(action.setChecked)
        action.toggled.connect(button.setChecked)
        self._name_fold_button()

    def select_words(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` of the message and bring it into view."""
        text = self.text.toPlainText()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16(text, max(0, min(start, len(text)))))
        end = max(0, min(end, len(text)))
        cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_unwritten(self, unwritten: tuple[str, str | None] | None) -> None:
        """Say a language is not written yet (the desk's ``unwritten``: that language and
        the written one), in place of an empty text, and offer to start it from the other."""
        self.unwritten = unwritten
        self.start_button.setVisible(unwritten is not None and bool(unwritten[1]))
        self._show_banner()
        self._show_twin_title()
        self._show_start()

    def _show_start(self) -> None:
        if self.unwritten is not None and self.unwritten[1]:
            self.start_button.setText(
                self.tr("Start the %1 version from the %2 text")
                .replace("%1", language_in_ui(self.unwritten[0]))
                .replace("%2", language_in_ui(self.unwritten[1]))
            )

    def set_twin_visible(self, visible: bool) -> None:
        self.twin.setVisible(visible)

    @property
    def findings_list(self) -> QListWidget:
        return self.warnings.rows

    def set_findings(self, findings: list[Finding]) -> None:
        """List each finding beside the preview and highlight its span; [] clears them."""
        self.findings = list(findings)
        self._list_findings()
        self._highlight()

    # -- drawing -----------------------------------------------------------------------
    def _fill(self, box: QPlainTextEdit, preview: Preview | None) -> None:
        text = preview.text if preview is not None else ""
        if box.toPlainText() != text:
            box.setPlainText(text)
        _set_grey(box, preview is not None and preview.state == EXAMPLE)

    def _show_banner(self) -> None:
        preview = self.preview
        lang = getattr(self, "twin_lang", "")
        if self.no_match is not None:
            self.banner.show_message(
                self.tr("No template matches “%1”. Change the search or clear it (Esc).").replace(
                    "%1", self.no_match.strip()
                ),
                strip.INFO,
            )
        elif self.unwritten is not None and self.unwritten[0] != lang:
            self.banner.show_message(
                self.tr("This template is not written in %1 yet.").replace(
                    "%1", language_in_ui(self.unwritten[0])
                ),
                strip.INFO,
            )
        elif preview is None:
            self.banner.clear_message()
        elif preview.state == ERROR:
            self.banner.show_message(
                self.tr("This template cannot be filled in: %1").replace(
                    "%1", localized(preview.error)
                ),
                strip.ERROR,
            )
        elif preview.state == EXAMPLE:
            self.banner.show_message(
                self.tr(
                    "Example order. Type in the form to write your own.\nStill needed: %1"
                ).replace("%1", _join(self._missing_names())),
                strip.INFO,
            )
        elif preview.state == DRAFT:
            self.banner.show_message(
                self.tr("Still needed: %1").replace("%1", _join(self._missing_names())),
                strip.WARNING,
            )
        else:
            self.banner.clear_message()

    def _missing_names(self) -> tuple[str, ...]:
        preview = self.preview
        if preview is None:
            return ()
        pairs = zip(preview.missing, preview.missing_labels, strict=True)
        return tuple(self.labels.get(name, label) for name, label in pairs)

    def _show_count(self) -> None:
        preview = self.preview
        if preview is None or preview.state == ERROR:
            self.count.setText("")
            return
        length = preview.length
        over = over_limit(length, self.limit)
        if self.limit is None:
            text = self.tr("%n character(s)", "", length)
        elif over:
            text = (
                self.tr("%1 / %2 characters: %3 over the limit")
                .replace("%1", f"{length:,}")
                .replace("%2", f"{self.limit:,}")
                .replace("%3", f"{over:,}")
            )
        else:
            text = (
                self.tr("%1 / %2 characters")
                .replace("%1", f"{length:,}")
                .replace("%2", f"{self.limit:,}")
            )
        self.count.setText(text)
        self.count.setStyleSheet(_OVER if over else "")

    def _show_twin_title(self) -> None:
        lang = getattr(self, "twin_lang", "")
        if self.unwritten is not None and self.unwritten[0] == lang:
            self.twin_title.setText(
                self.tr("Not written in %1 yet").replace("%1", language_in_ui(lang))
            )
        elif self.twin_preview is None:
            self.twin_title.setText(
                self.tr("No %1 version of this template").replace("%1", language_in_ui(lang))
            )
        elif getattr(self, "twin_unwritten", False):
            self.twin_title.setText(
                self.tr("The same message in %1: some values are not written in %1 yet").replace(
                    "%1", language_in_ui(lang)
                )
            )
        else:
            self.twin_title.setText(
                self.tr("The same message in %1").replace("%1", language_in_ui(lang))
            )

    def _list_findings(self) -> None:
        self.warnings.show_findings(self.findings, current_language())

    def _highlight(self) -> None:
        text = self.text.toPlainText()
        selections = self._gaps(self.text, self.preview)
        warn = QTextCharFormat()
        warn.setBackground(QColor("#ffd6d6"))
        warn.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        warn.setUnderlineColor(QColor("#b3261e"))
        for finding in self.findings:
            start = max(0, min(finding.start, len(text)))
            end = max(start, min(finding.end, len(text)))
            if end > start:
                selections.append(_selection(self.text, text, start, end, warn))
        self.text.setExtraSelections(selections)

    @staticmethod
    def _gaps(box: QPlainTextEdit, preview: Preview | None) -> list[QTextEdit.ExtraSelection]:
        """Highlights on the marks where missing values go, so the eye finds the gaps."""
        if preview is None or preview.state != DRAFT:
            return []
        text = box.toPlainText()
        gap = QTextCharFormat()
        gap.setBackground(QColor("#ffe9b3"))
        found = []
        for label in preview.missing_labels:
            for mark in (f"［{label}］", f"[{label}]"):
                start = text.find(mark)
                while start >= 0:
                    found.append(_selection(box, text, start, start + len(mark), gap))
                    start = text.find(mark, start + 1)
        return found

    def _name_fold_button(self) -> None:
        # A short name: the whole sentence is the tooltip and the View menu entry.
        self.fold_twin.setText(self.tr("⇆ Other language"))

    def retranslate(self) -> None:
        self._name_fold_button()
        self._show_banner()
        self._show_count()
        self._show_twin_title()
        self._show_start()
        self._list_findings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
