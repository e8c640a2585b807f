"""The orders dock beside the desk: a view of the desk's stored order, and export."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from app.base.file_errors import StorageError
from app.desk.model import Desk
from app.orders import OrderStore, OrderStoreError
from app.ui import damage_dialogs, dialogs
from app.ui.calendar_export import CalendarExport
from app.ui.desk_signals import DeskSignals
from app.ui.i18n import current_language, localized
from app.ui.order_line import OrderLine
from app.ui.orders_panel import OrdersPanel
from app.ui.settings import Settings
from app.ui.store_trouble import StoreTrouble
from app.ui.store_trouble import install as install_trouble

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def open_store_or_say(parent: QMainWindow) -> OrderStore | None:
    """The orders database; a problem opening it is explained over ``parent``. A damaged
    one is kept aside and a new one started only if the seller says so."""
    from app import orders
    from app.orders.schema import DamagedDatabaseError

    asked: list[bool] = []

    def start_new(error: DamagedDatabaseError) -> bool:
        asked.append(damage_dialogs.ask_start_new(parent, error))
        return asked[-1]

    store, problem = orders.open_store(start_new=start_new)
    if problem and asked:  # the question said it already: a reminder in the status line
        dialogs.status(parent, localized(problem), dialogs.WARNING, msec=0)
    elif problem:
        title = QCoreApplication.translate("WindowOrders", "Orders")
        dialogs.inform(parent, title, localized(problem))
    return store


def attach_or_say(window: MainWindow, store: OrderStore, dock: QDockWidget | None) -> bool:
    """Give ``window`` the orders in ``store``; damage that only reading them finds is
    explained, and the window goes on without orders."""
    from app.base.messages import message_of
    from app.orders import OrderStoreError

    try:
        window.attach_orders(store, dock)
    except OrderStoreError as error:
        window.desk.book = None  # the desk keeps its order in memory, as with no store
        store.close()
        title = QCoreApplication.translate("WindowOrders", "Orders")
        dialogs.inform(window, title, localized(message_of(error)))
        return False
    return True


class WindowOrders(QObject):
    """The orders dock, its menu entries and export, beside the desk."""

    def __init__(
        self,
        desk: Desk,
        signals: DeskSignals,
        dock: QDockWidget,
        window: QMainWindow,
        menus: Mapping[str, QMenu],
        settings: Settings,
    ) -> None:
        """``dock`` is placed already (app/ui/orders_dock.py), showing "Loading orders…";
        ``desk`` has its orders store attached."""
        super().__init__(window)
        self.desk, self.window, self.settings, self.dock = desk, window, settings, dock
        self.panel = OrdersPanel(desk, signals, window)
        self.open_template = self.panel.open_template
        loading = dock.widget()
        dock.setWidget(self.panel)
        if loading is not None:
            loading.deleteLater()
        self.panel.list.set_compact(True)
        # The card leaves the dates to the form's deadline panel, a view of the same order.
        self.panel.card.set_dates_visible(False)
        # One platform selector for the order: the top bar's.
        self.panel.card.set_platform_visible(False)
        self.line = OrderLine(self.panel, dock, window.statusBar())
        self.trouble = StoreTrouble(window, self.panel)
        install_trouble(self.trouble)
        self.panel.damaged.connect(self.trouble.notice)
        # Where to save an export; replaced in tests.
        self.ask_export_path = self._ask_export_path

        self.paste_action = QAction(window)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.export_action = QAction(window)
        menus["edit"].addAction(self.paste_action)
        menus["file"].insertAction(menus["file"].actions()[0], self.export_action)
        calendar_action = QAction(window)
        menus["file"].insertAction(self.export_action, calendar_action)
        self.calendar = CalendarExport(window, self.panel, calendar_action)
        menus["view"].addAction(self.dock.toggleViewAction())
        self.paste_action.triggered.connect(lambda: self.panel.paste_fill())
        self.export_action.triggered.connect(self.export_orders)
        window.installEventFilter(self)
        self.retranslate()

    def export_orders(self) -> list[Path]:
        target = self.ask_export_path()
        if target is None:
            return []
        from app.orders.export import export  # loaded on first use, not with the window

        fmt = "json" if target.suffix.lower() == ".json" else "csv"
        store = self.panel.session.store
        self.panel.flush()
        try:
            written = export(target, fmt, store.orders(), store.all_messages())
        except OrderStoreError as error:
            self.trouble.say(error)
            return []
        except StorageError as error:
            dialogs.status(self.window, error.message_in(current_language()), dialogs.ERROR)
            return []
        except OSError as error:
            dialogs.write_failed(self.window, target, error)
            return []
        dialogs.status(
            self.window,
            self.tr("Exported the orders to %1").replace("%1", ", ".join(p.name for p in written)),
        )
        return written

    def _ask_export_path(self) -> Path | None:
        name = dialogs.save_path(
            self.window,
            self.tr("Export orders"),
            "orders.csv",
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        return Path(name) if name else None

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Orders"))
        self.paste_action.setText(self.tr("&Paste an order page to fill…"))
        self.export_action.setText(self.tr("&Export orders…"))
        self.calendar.retranslate()
        self.panel.set_lang(current_language())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.panel.flush()
            self.settings.set_state("docks", self.window.saveState())
        return False
