"""The current order and its next step in the status line, in view with the orders panel
closed; a click opens the panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPushButton, QStatusBar

from app.ui.orders_panel import OrdersPanel
from app.ui.shown_text import elided


class OrderLine(QObject):
    """A flat button at the left of the status line: "Order: 山田 花子 / … — next: …"."""

    def __init__(self, panel: OrdersPanel, dock: QDockWidget, status: QStatusBar) -> None:
        super().__init__(status)
        self.panel, self.dock = panel, dock
        self.button = QPushButton(status)
        self.button.setObjectName("orderLine")
        self.button.setFlat(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setStyleSheet("text-align:left; padding:0 6px;")
        status.insertPermanentWidget(0, self.button, 1)
        self.button.clicked.connect(self._open_panel)
        panel.banner.shown.connect(self.show_order)
        dock.dockLocationChanged.connect(self._placed)
        self._placed(None)
        panel.installEventFilter(self)
        self.show_order()

    def show_order(self) -> None:
        order, lang = self.panel.current, self.panel.lang
        title = elided(order.title(), 80) or self.tr("New order")
        steps = self.panel.banner.suggestions
        text = self.tr("Order: %1").replace("%1", title)
        if steps:
            text += " — " + self.tr("next: %1").replace("%1", steps[0].message(lang))
        self.button.setText(text)
        self.button.setToolTip(self.tr("Open the orders panel"))

    def _open_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _placed(self, area: object) -> None:
        """A panel beside the desk stacks its parts; under it, lays them side by side."""
        sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        window = self.dock.parentWidget()
        where = window.dockWidgetArea(self.dock) if isinstance(window, QMainWindow) else area
        self.panel.set_tall(where in sides or self.dock.isFloating())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.LanguageChange:
            self.show_order()
        return False
