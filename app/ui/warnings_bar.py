"""The warnings above the message: an icon and a count, each warning once, and a click
that shows its words in the message."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.policy.findings import Finding

_SPANS = Qt.ItemDataRole.UserRole
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
        header = QWidget(self)
        header.setStyleSheet(_BAR_STYLE)
        self.icon = QLabel(header)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(18, 18))
        self.count = QLabel(header)
        self.count.setObjectName("warningsCount")
        self.count.setStyleSheet("font-weight:bold; border:none; background:transparent;")
        row = QHBoxLayout(header)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.icon)
        row.addWidget(self.count, 1)
        self.list = QListWidget(self)
        self.list.setObjectName("warningsList")
        self.list.setMaximumHeight(96)
        # Explanations are sentences: wrap them rather than scroll sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._choose)
        self.list.itemActivated.connect(self._choose)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(header)
        column.addWidget(self.list)
        self.hide()

    def show_findings(self, findings: list[Finding], lang: str) -> None:
        """One row per distinct warning, however often the message trips it."""
        self.findings, self.lang = list(findings), lang
        self._next.clear()
        self.list.clear()
        rows: dict[str, list[tuple[int, int]]] = {}
        sources: dict[str, str] = {}
        for finding in findings:
            rows.setdefault(finding.message(lang), []).append((finding.start, finding.end))
            sources.setdefault(finding.message(lang), finding.source(lang))
        for text, spans in rows.items():
            shown = text if len(spans) == 1 else f"{text} (×{len(spans)})"
            item = QListWidgetItem(shown, self.list)
            item.setToolTip(sources[text])  # where the rule comes from: basis, page, day
            item.setData(_SPANS, spans)
            item.setData(Qt.ItemDataRole.UserRole + 1, text)
        self.count.setText(
            self.tr("%n warning(s): click one to see its words in the message", "", len(rows))
        )
        self.setVisible(bool(rows))

    def count_of_warnings(self) -> int:
        return self.list.count()

    def _choose(self, item: QListWidgetItem) -> None:
        spans = item.data(_SPANS) or []
        if not spans:
            return
        key = item.data(Qt.ItemDataRole.UserRole + 1)
        index = self._next.get(key, 0) % len(spans)
        self._next[key] = index + 1  # the next click shows its next place
        start, end = spans[index]
        self.span_chosen.emit(start, end)
