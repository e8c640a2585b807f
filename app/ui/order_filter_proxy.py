"""Search and filters over the order table: words, status and platform."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.ui.order_table_model import ORDER_ROLE, SEARCH_ROLE, SORT_ROLE, fold


class OrderFilterProxy(QSortFilterProxyModel):
    """Every word typed must appear in the buyer, item, order number or notes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self._platform: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange()

    def set_platform(self, platform_id: str | None) -> None:
        self.beginFilterChange()
        self._platform = platform_id or None
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        order = index.data(ORDER_ROLE)
        if order is None:
            return False
        if self._status is not None and order.status != self._status:
            return False
        if self._platform is not None and order.platform != self._platform:
            return False
        haystack = index.data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
