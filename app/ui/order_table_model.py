"""A table of orders: a thin Qt model over a list of Order dataclasses."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.base.platforms import Platform
from app.orders import Order
from app.rendering.filters import format_money
from app.ui import shown_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ORDER_ROLE = Qt.ItemDataRole.UserRole + 1  # the Order itself
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the search matches against
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("status", "buyer", "item", "platform", "order_number", "price", "updated")


def status_name(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("Orders", "Open"),
        "shipped": QCoreApplication.translate("Orders", "Shipped"),
        "completed": QCoreApplication.translate("Orders", "Completed"),
        "cancelled": QCoreApplication.translate("Orders", "Cancelled"),
    }
    return names.get(status, status)


def fold(text: str) -> str:
    """Full-width and case differences do not matter to a search."""
    return unicodedata.normalize("NFKC", text).casefold()


# A buyer can paste a megabyte into a field; a cell or tooltip shows its start, and a
# search reads far enough for any real note, so neither lays out or folds the whole.
CELL_CHARS = 200
TOOLTIP_CHARS = 1_000
SEARCHED_CHARS = 10_000


def elided(text: str, limit: int = CELL_CHARS) -> str:
    return shown_text.elided(text, limit)


class OrderTableModel(QAbstractTableModel):
    def __init__(
        self, platforms: dict[str, Platform], lang: str = "ja", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.platforms = platforms
        self.lang = lang
        self._orders: list[Order] = []

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        if self._orders:
            last = self.index(len(self._orders) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_orders(self, orders: list[Order]) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def orders(self) -> list[Order]:
        return list(self._orders)

    def row_of(self, order_id: int | None) -> int:
        for row, order in enumerate(self._orders):
            if order.id == order_id:
                return row
        return -1

    def update_order(self, order: Order) -> None:
        """Show a saved order's new values, adding it at the top if it is new here."""
        row = self.row_of(order.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._orders.insert(0, order)
            self.endInsertRows()
            return
        self._orders[row] = order
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = {
            "status": QCoreApplication.translate("Orders", "Status"),
            "buyer": QCoreApplication.translate("Orders", "Buyer"),
            "item": QCoreApplication.translate("Orders", "Item"),
            "platform": QCoreApplication.translate("Orders", "Platform"),
            "order_number": QCoreApplication.translate("Orders", "Order no."),
            "price": QCoreApplication.translate("Orders", "Price"),
            "updated": QCoreApplication.translate("Orders", "Updated"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        order = self._orders[index.row()]
        column = COLUMNS[index.column()]
        if role == ORDER_ROLE:
            return order
        if role == SEARCH_ROLE:
            fields = (order.buyer_name, order.item_name, order.order_number, order.notes)
            return fold(" ".join(text[:SEARCHED_CHARS] for text in fields))
        if role == SORT_ROLE:
            if column == "price":
                return float(order.price) if order.price is not None else -1.0
            if column == "updated":
                return order.updated.isoformat() if order.updated else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return elided(self._display(order, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == "item":
            return elided(order.item_name, TOOLTIP_CHARS) or None
        return None

    def _display(self, order: Order, column: str) -> str:
        match column:
            case "status":
                return status_name(order.status)
            case "buyer":
                return order.buyer_name
            case "item":
                return order.item_name
            case "platform":
                platform = self.platforms.get(order.platform)
                return platform.name(self.lang) if platform else order.platform
            case "order_number":
                return order.order_number
            case "price":
                if order.price is None:
                    return ""
                platform = self.platforms.get(order.platform)
                return format_money(
                    order.price, platform.currency if platform else "JPY", self.lang
                )
            case _:
                return order.updated.strftime("%Y-%m-%d %H:%M") if order.updated else ""
