"""The list of orders: search, filter by status and platform, pick one or start anew."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.base.platforms import Platform
from app.orders import STATUSES, Order
from app.ui.order_filter_proxy import OrderFilterProxy
from app.ui.order_table_model import COLUMNS, ORDER_ROLE, OrderTableModel, status_name
from app.ui.shown_text import SEARCH_CHARS


class OrdersView(QWidget):
    order_chosen = Signal(int)
    new_requested = Signal()
    paste_requested = Signal()

    def __init__(self, platforms: dict[str, Platform], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersView")
        self.platforms = platforms
        self.lang = "ja"
        self.model = OrderTableModel(platforms, parent=self)
        self.proxy = OrderFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("orderSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_CHARS)  # a pasted megabyte is cut, never laid out
        self.status = QComboBox(self)
        self.status.setObjectName("orderStatusFilter")
        self.platform = QComboBox(self)
        self.platform.setObjectName("orderPlatformFilter")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newOrderButton")
        self.paste_button = QPushButton(self)
        self.paste_button.setObjectName("pasteFillButton")
        self.table = QTableView(self)
        self.table.setObjectName("orderTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("item"), QHeaderView.ResizeMode.Stretch)
        # Long order numbers (Amazon's 19 characters) must not squeeze the item out.
        number = COLUMNS.index("order_number")
        header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(number, 110)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.platform)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

        self.search.textChanged.connect(self.proxy.set_search)
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status.currentData())
        )
        self.platform.currentIndexChanged.connect(
            lambda: self.proxy.set_platform(self.platform.currentData())
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.retranslate()

    def set_lang(self, lang: str) -> None:
        """Platform names and money follow the UI language."""
        self.lang = lang
        self.model.set_lang(lang)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """In a narrow place, leave the order number and price to the search and the form."""
        for name in ("order_number", "price"):
            self.table.setColumnHidden(COLUMNS.index(name), compact)

    def set_orders(self, orders: list[Order]) -> None:
        self.model.set_orders(orders)

    def show_order(self, order: Order) -> None:
        """Reflect a saved order (new or changed) without losing the selection."""
        self.model.update_order(order)

    def select(self, order_id: int | None) -> None:
        """Point the list at ``order_id`` (None: no row) without emitting order_chosen."""
        selection = self.table.selectionModel()
        self.table.blockSignals(True)
        selection.blockSignals(True)
        try:
            row = self.model.row_of(order_id)
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(
                    self.proxy.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            selection.blockSignals(False)
            self.table.blockSignals(False)

    def row_in_view(self, order_id: int | None) -> int:
        """The table row (after search, filters and sorting) showing ``order_id``, or -1."""
        row = self.model.row_of(order_id)
        return -1 if row < 0 else self.proxy.mapFromSource(self.model.index(row, 0)).row()

    def visible_orders(self) -> list[Order]:
        return [self.proxy.index(row, 0).data(ORDER_ROLE) for row in range(self.proxy.rowCount())]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = current.data(ORDER_ROLE) if current.isValid() else None
        if order is not None and order.id is not None:
            self.order_chosen.emit(order.id)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search buyer, item, order number, notes"))
        self.new_button.setText(self.tr("New order"))
        self.paste_button.setText(self.tr("Paste to fill…"))
        for combo, entries in (
            (self.status, [(s, status_name(s)) for s in STATUSES]),
            (self.platform, [(pid, p.name(self.lang)) for pid, p in self.platforms.items()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(
                self.tr("All statuses") if combo is self.status else self.tr("All platforms"), None
            )
            for key, name in entries:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
