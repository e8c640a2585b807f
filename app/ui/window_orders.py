"""Orders in the main window: the form edits the current order, every copy is recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.draft import is_blank
from app.next_step_rules import label
from app.orders import DATE_NAMES, Order, OrderStore, open_store
from app.ui import dialogs
from app.ui.calendar_export import CalendarExport
from app.ui.i18n import localized
from app.ui.orders_panel import OrdersPanel


def attach(window: QMainWindow, dock: QDockWidget | None = None) -> WindowOrders | None:
    """Give a built window its orders; a store that cannot open is explained, not fatal.
    ``dock`` is one already placed (app/ui/orders_dock.py); otherwise one is made."""
    store, problem = open_store()
    if problem:
        title = QCoreApplication.translate("WindowOrders", "Orders")
        dialogs.inform(window, title, localized(problem))
    if store is None:
        return None
    window.orders = WindowOrders(window, store, dock)
    return window.orders


class WindowOrders(QObject):
    """Wires an OrdersPanel (in a dock) to the window's draft, copies and menus."""

    def __init__(
        self, window: QMainWindow, store: OrderStore, dock: QDockWidget | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel = OrdersPanel(store, window.platforms, window)
        if dock is not None:  # placed (and restored) already, showing "Loading orders…"
            self.dock = dock
            loading = dock.widget()
            dock.setWidget(self.panel)
            if loading is not None:
                loading.deleteLater()
            self.panel.list.set_compact(True)
        else:
            self.dock = QDockWidget(window)
            self.dock.setObjectName("ordersDock")
            self.dock.setWidget(self.panel)
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            window.resizeDocks([self.dock], [280], Qt.Orientation.Vertical)
            self.panel.list.set_compact(True)
            saved = window.settings.state("docks")
            if saved is not None:
                window.restoreState(saved)  # where the seller left the orders dock, or closed
        # Where to save an export; replaced in tests.
        self.ask_export_path = self._ask_export_path

        self.paste_action = QAction(window)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.export_action = QAction(window)
        window.menus["edit"].addAction(self.paste_action)
        window.menus["file"].insertAction(window.menus["file"].actions()[0], self.export_action)
        calendar_action = QAction(window)
        window.menus["file"].insertAction(self.export_action, calendar_action)
        self.calendar = CalendarExport(window, self.panel, calendar_action)
        window.menus["view"].addAction(self.dock.toggleViewAction())

        window.form.value_changed.connect(self._typed)
        window.message_copied.connect(self.panel.record_copy)
        window.copy_checks.append(lambda: self.panel.cautions(window.draft.template_id))
        window.actions.new_order.triggered.connect(
            lambda: self.panel.new_order(window.draft.platform_id)
        )
        window.platform_picker.currentIndexChanged.connect(self._platform_picked)
        self.panel.values_loaded.connect(self._load_values)
        self.panel.order_changed.connect(self._order_changed)
        self.panel.open_template.connect(lambda tid: window.open_template(tid, focus=True))
        self.paste_action.triggered.connect(lambda: self.panel.paste_fill())
        self.export_action.triggered.connect(self.export_orders)
        self.panel.timeline.title_of = self._title_of
        # The window's deadline panel edits the order's dates; the card leaves them to it.
        policy = getattr(window, "policy", None)
        self.dates = getattr(policy, "panel", None)
        # One clock for the deal: the store's stamps, the ticked dates, "today" in the form.
        window.form.set_clock(store.clock)
        if self.dates is not None:
            self.dates.set_clock(store.clock)
            self.panel.card.set_dates_visible(False)
            self.dates.changed.connect(self._dates_edited)
            # A new order's empty dates come from the new (stored) order; cleared before
            # the switch, they would be saved over the order being left.
            window.actions.new_order.triggered.disconnect(policy.clear_dates)
        window.installEventFilter(self)

        self.panel.new_order(window.draft.platform_id)
        self.retranslate()

    # -- window -> orders ------------------------------------------------------------------
    def _typed(self, name: str, value: Any) -> None:
        self.panel.take_values({name: value})

    def _platform_picked(self) -> None:
        platform_id = self.window.draft.platform_id
        if platform_id != self.panel.current.platform:
            self.panel.update_current(platform=platform_id)

    # -- orders -> window ------------------------------------------------------------------
    def _load_values(self, values: dict[str, Any]) -> None:
        """Another order (or a paste): the form shows exactly its values and dates."""
        draft = self.window.draft
        empty = all(is_blank(value) for value in values.values())
        if draft.platform_id == self.panel.current.platform and empty and not draft.values:
            # An empty order over an empty form (a start with a new order): no rebuild.
            self._push_dates(self.panel.current)
            return
        self.window.set_platform(self.panel.current.platform)
        draft.clear()
        self._push_dates(self.panel.current)
        self.window.set_values(values)

    def _order_changed(self, order: Order) -> None:
        self._push_dates(order)

    # -- the order's dates live in the form's deadline panel (app/ui/deadline_panel.py) --
    def _push_dates(self, order: Order) -> None:
        """Show the order's dates in the form, so its deadlines reach the templates."""
        if self.dates is None:
            return
        wanted = order.dates()
        if self.dates.order_dates() != wanted:
            self.dates.set_order_dates(wanted)

    def _dates_edited(self) -> None:
        shown = self.dates.order_dates() if self.dates is not None else None
        if shown is None:
            return
        changes = {name: getattr(shown, name) for name in DATE_NAMES}
        if any(getattr(self.panel.current, k) != v for k, v in changes.items()):
            self.panel.update_current(**changes)

    def _title_of(self, template_id: str, lang: str) -> str:
        """A copied message is named by its template's title, in the message's language."""
        template = self.window.library.get(template_id, lang)
        if template is not None:
            return template.title
        return label(template_id, self.panel.session.platform, self.panel.lang)

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
        except OSError as error:
            dialogs.status(
                self.window,
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", error.strerror or str(error)),
                dialogs.ERROR,
            )
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

    def _ui_lang(self) -> str:
        from app.ui.i18n import current_language

        return current_language()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Orders"))
        self.paste_action.setText(self.tr("&Paste an order page to fill…"))
        self.export_action.setText(self.tr("&Export orders…"))
        self.calendar.retranslate()
        self.panel.set_lang(self._ui_lang())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.panel.flush()
            self.window.settings.set_state("docks", self.window.saveState())
        return False
