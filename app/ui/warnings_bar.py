"""The warnings above the message: an icon and a count, each warning once, and a click
that shows its words in the message.

The bar is hidden until there is a warning, and a start checks the message only after
the desk is painted, so its parts are built when first needed: the list and the style's
icon bring in Qt classes (QStyle, QListWidget) whose ~30 enums cost PySide6 ~5 ms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.policy.findings import Finding

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

_BAR_STYLE = "background:#fff4e5; border:1px solid #f0b35a; border-radius:3px;"


class WarningsBar(QWidget):
    """``span_chosen`` carries the (start, end) of a warning's words in the message."""

    span_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningsBar")
        self.lang = "en"
        self.findings: list[Finding] = []
        self._next: dict[str, int] = {}  # which of a warning's places the next click shows
        self._list: QListWidget | None = None
        # Built with the list: the warning sign and how many warnings it stands for.
        self.icon: QLabel | None = None
        self.count: QLabel | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.hide()

    @property
    def rows(self) -> QListWidget:
        """One row per distinct warning."""
        return self._parts()[0]

    def _parts(self) -> tuple[QListWidget, QLabel]:
        """The list and the count beside the icon, built on first use."""
        if self._list is None or self.count is None:
            self._list, self.count = self._build()
        return self._list, self.count

    def _build(self) -> tuple[QListWidget, QLabel]:
        from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStyle

        header = QWidget(self)
        header.setStyleSheet(_BAR_STYLE)
        self.icon = QLabel(header)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(18, 18))
        count = QLabel(header)
        count.setObjectName("warningsCount")
        count.setStyleSheet("font-weight:bold; border:none; background:transparent;")
        row = QHBoxLayout(header)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.icon)
        row.addWidget(count, 1)
        rows = QListWidget(self)
        rows.setObjectName("warningsList")
        rows.setMaximumHeight(96)
        # Explanations are sentences: wrap them rather than scroll sideways.
        rows.setWordWrap(True)
        rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows.itemClicked.connect(self._choose)
        rows.itemActivated.connect(self._choose)
        self.column.addWidget(header)
        self.column.addWidget(rows)
        return rows, count

    def show_findings(self, findings: list[Finding], lang: str) -> None:
        """One row per distinct warning, however often the message trips it."""
        self.findings, self.lang = list(findings), lang
        self._next.clear()
        if not findings and self._list is None:
            return  # nothing to show and nothing shown yet: the bar stays hidden, unbuilt
        from PySide6.QtWidgets import QListWidgetItem

        listed, count = self._parts()
        listed.clear()
        rows: dict[str, list[tuple[int, int]]] = {}
        sources: dict[str, str] = {}
        for finding in findings:
            rows.setdefault(finding.message(lang), []).append((finding.start, finding.end))
            sources.setdefault(finding.message(lang), finding.source(lang))
        for text, spans in rows.items():
            shown = text if len(spans) == 1 else f"{text} (×{len(spans)})"
            item = QListWidgetItem(shown, listed)
            item.setToolTip(sources[text])  # where the rule comes from: basis, page, day
            item.setData(Qt.ItemDataRole.UserRole, spans)
            item.setData(Qt.ItemDataRole.UserRole + 1, text)
        count.setText(
            self.tr("%n warning(s): click one to see its words in the message", "", len(rows))
        )
        self.setVisible(bool(rows))

    def count_of_warnings(self) -> int:
        return 0 if self._list is None else self._list.count()

    def _choose(self, item: QListWidgetItem) -> None:
        spans = item.data(Qt.ItemDataRole.UserRole) or []
        if not spans:
            return
        key = item.data(Qt.ItemDataRole.UserRole + 1)
        index = self._next.get(key, 0) % len(spans)
        self._next[key] = index + 1  # the next click shows its next place
        start, end = spans[index]
        self.span_chosen.emit(start, end)
