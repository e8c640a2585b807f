"""The drafting desk's window: a view of the desk model (app/desk) and its controls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app.base import paths
from app.base.langs import LANGS
from app.ui import window_state
from app.ui.i18n import current_language, resolve, translations
from app.ui.list_order import ListOrder
from app.ui.settings import Settings
from app.ui.shown_text import elided
from app.ui.top_bar import TopBar
from app.ui.window_menus import WindowActions

# The parts, the library and jinja2 load after the window first shows (see app/ui/startup.py).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QSplitter

    from app.base.platforms import Platform
    from app.desk.model import Desk
    from app.orders import OrderStore
    from app.rendering.preview import Preview
    from app.templates.library import Library
    from app.templates.template_file import Template
    from app.ui.deadline_panel import DeadlinePanel
    from app.ui.desk_signals import DeskSignals
    from app.ui.desk_view import DeskView
    from app.ui.order_form import OrderForm
    from app.ui.preview_pane import PreviewPane
    from app.ui.template_browser import TemplateBrowser
    from app.ui.userset.actions import TemplateActions
    from app.ui.userset.editor_dock import EditorDock
    from app.ui.window_orders import WindowOrders

APP_TITLE = "Teinei"


def app_icon() -> QIcon:
    return QIcon(str(paths.resource_path("icons/teinei.svg")))


class MainWindow(QMainWindow):
    """Each widget reads the desk model and sends the seller's actions to it."""

    message_copied = Signal(str, str, str)  # template id, language, text
    ready = Signal()  # the parts are built and the library is loaded
    preview_updated = Signal()  # the desk's message changed
    orders_opened = Signal()  # a start's orders dock was filled (app/ui/startup.py)

    # Built by build_desk (at once, or after the first paint when deferred).
    desk: Desk
    signals: DeskSignals
    browser: TemplateBrowser
    form: OrderForm
    preview_pane: PreviewPane
    dates: DeadlinePanel
    view: DeskView
    user_set: TemplateActions
    editor_dock: EditorDock
    orders: WindowOrders

    def __init__(
        self,
        library: Library | None = None,
        platforms: dict[str, Platform] | None = None,
        *,
        defer: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``defer`` shows the frame first and builds the desk on the first event-loop turn
        after it is painted (the app starts that way); otherwise all is built here."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.settings = Settings()
        self._given: tuple[Library | None, dict[str, Platform] | None] = (library, platforms)
        self.is_ready = False
        self.deferred = defer
        self.list_order = ListOrder(self.settings)

        self._build_frame()
        self.commands = WindowActions(self)
        self.menus = self.commands.menus
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        window_state.fit_screen(self)
        self.retranslate()
        if not defer:
            self.build_desk()
            self.install_user_set()
            self.announce_ready()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.is_ready:  # build after the first paint, so the frame is seen at once
            from app.ui import startup

            startup.after_frame_paint(self, self)

    # -- building ----------------------------------------------------------------------
    def _build_frame(self) -> None:
        self.top = TopBar(self)
        self.copy_button = self.top.copy_button
        lang = self.settings.get("message/lang")
        self.top.show_language(lang if lang in LANGS else "ja")
        # The frame stays clear of QSplitter and the Qt namespace: building their ~100
        # enums costs PySide6 15 ms, which build_desk pays after the first paint.
        self.loading = QLabel(self)
        central = QWidget(self)
        self.column = QVBoxLayout(central)
        self.column.addWidget(self.top)
        self.column.addWidget(self.loading, 1)
        self.setCentralWidget(central)
        self.resize(1280, 760)

    def build_desk(self) -> None:
        """Load the library, make the desk model and build the view of it into the frame."""
        if self.is_ready:
            return
        from app.ui import desk_layout, startup
        from app.ui.check_aside import CheckAside
        from app.ui.desk_signals import DeskSignals
        from app.ui.desk_view import DeskView

        (library, platforms), self._given = self._given, (None, None)
        self.desk = startup.make_desk(self.settings, library, platforms, deferred=self.deferred)
        self.signals = DeskSignals(self.desk, self)
        self.desk.checking.aside = CheckAside(self).run  # long texts are checked off this thread
        parts = desk_layout.build(self.desk.platforms, self)
        self.browser, self.form, self.preview_pane = parts.browser, parts.form, parts.preview_pane
        self.splitter = parts.splitter
        self.column.replaceWidget(self.loading, self.splitter)
        self.loading.hide()
        self.loading.deleteLater()
        self.dates = parts.dates
        self.keys_hint = QLabel(self)
        self.keys_hint.setStyleSheet("color:#6b6b6b;")
        self.statusBar().addPermanentWidget(self.keys_hint)
        status = self.statusBar()
        self.view = DeskView(self.desk, self.signals, self.top, parts, self.settings, status, self)
        self._connect()
        self.is_ready = True
        self.view.show_dates()
        desk, order = self.desk, self.list_order.order()
        desk.show(self.view.fill_browser(desk.lang, desk.template_id, order))
        self._restore_view()
        self.retranslate()
        self.view.report_problems()

    def _restore_view(self) -> None:
        """Pickers, view options, panel widths and docks as the seller left them."""
        actions, get = self.commands, self.settings.get
        self.top.set_platforms(self.platforms, self.desk.platform_id, get("seller/platforms"))
        self.top.show_language(self.desk.lang)
        actions.ui_languages.get(get("ui/language"), actions.ui_languages[""]).setChecked(True)
        actions.twin.setChecked(get("view/twin"))
        self.preview_pane.set_twin_visible(actions.twin.isChecked())
        self.preview_pane.set_fold_action(actions.twin)
        window_state.restore_splitters(self.settings, self.splitters())
        window_state.restore_docks(self, self.settings)

    def splitters(self) -> dict[str, QSplitter]:
        if not self.is_ready:
            return {}
        return {"main_splitter": self.splitter, "preview_splitter": self.preview_pane.splitter}

    def _connect(self) -> None:
        from PySide6.QtCore import Qt

        actions, browser, desk, signals = self.commands, self.browser, self.desk, self.signals
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Enter opens a template only where the list is; elsewhere it types a line break.
        actions.open.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        browser.addAction(actions.open)
        actions.reload.triggered.connect(self.reload_library)
        actions.quit.triggered.connect(self.close)
        actions.copy.triggered.connect(self.copy_message)
        actions.show_qr.triggered.connect(self.show_qr)
        actions.new_order.triggered.connect(lambda: desk.new_order())
        actions.find.triggered.connect(browser.focus_search)
        actions.open.triggered.connect(lambda: self.open_template(browser.current_id(), True))
        actions.favourite.triggered.connect(self.toggle_favourite)
        actions.write_ja.triggered.connect(lambda: self.set_message_language("ja"))
        actions.write_en.triggered.connect(lambda: self.set_message_language("en"))
        actions.twin.toggled.connect(self.set_twin_shown)
        actions.ui_group.triggered.connect(lambda action: self.set_ui_language(action.data()))
        self.copy_button.clicked.connect(self.copy_message)
        picker = self.top.lang_picker
        picker.currentIndexChanged.connect(lambda: self.set_message_language(picker.currentData()))
        browser.template_selected.connect(self.open_template)
        browser.template_opened.connect(lambda tid: self.open_template(tid, True))
        signals.template_changed.connect(self._update_title)
        signals.template_changed.connect(
            lambda: actions.favourite.setChecked(desk.template_id in self.list_order.favourites)
        )
        signals.message_changed.connect(self.preview_updated)
        signals.order_started.connect(
            lambda: self.statusBar().showMessage(self.tr("Started a new order."), 5000)
        )

    # -- the steps of a deferred start (app/ui/startup.py) -------------------------------
    def place_orders(self) -> QDockWidget:
        from app.ui.orders_dock import place_dock

        return place_dock(self, self.settings)

    def announce_ready(self) -> None:
        self.ready.emit()

    def orders_opened_now(self) -> None:
        self.orders_opened.emit()

    def prepare_search(self) -> None:
        self.browser.model.prepare_search()

    def install_user_set(self) -> None:
        """Template menu (customize, edit, new, …, folders) and the editor pane."""
        from app.ui.userset import wiring

        self.user_set, self.editor_dock = wiring.install(
            self,
            self.menus,
            lambda: self.desk.template,
            lambda: self.desk.library,
            self.reload_library,
            self.preview_updated,
        )
        window_state.restore_docks(self, self.settings)  # the editor pane's place, saved too

    def attach_orders(self, store: OrderStore, dock: QDockWidget | None = None) -> WindowOrders:
        """Keep the desk's order in ``store``, shown in ``dock`` (placed now if not given)."""
        from app.orders.session import OrderSession
        from app.ui.orders_dock import place_dock
        from app.ui.window_orders import WindowOrders

        dock = dock if dock is not None else place_dock(self, self.settings)
        self.desk.attach_orders(OrderSession(store, self.desk.platforms))
        self.orders = WindowOrders(self.desk, self.signals, dock, self, self.menus, self.settings)
        self.orders.open_template.connect(lambda tid: self.open_template(tid, focus=True))
        # One clock for the deal: the store's stamps, the ticked dates, "today" in the form.
        self.form.set_clock(store.clock)
        self.dates.set_clock(store.clock)
        return self.orders

    def open_orders(self, dock: QDockWidget | None = None) -> WindowOrders | None:
        """Open the orders database; one that cannot open is explained, not fatal."""
        from app.ui.window_orders import attach_or_say, open_store_or_say

        store = open_store_or_say(self)
        if store is not None and attach_or_say(self, store, dock):
            return self.orders
        if dock is not None:
            self.removeDockWidget(dock)
            dock.deleteLater()
        return None

    # -- what the desk model says ------------------------------------------------------
    @property
    def library(self) -> Library:
        return self.desk.library

    @property
    def platforms(self) -> dict[str, Platform]:
        return dict(self.desk.platforms)

    @property
    def platform(self) -> Platform:
        return self.desk.platform

    @property
    def template(self) -> Template | None:
        return self.desk.template

    @property
    def preview(self) -> Preview | None:
        return self.desk.preview

    def field_labels(self) -> dict[str, str]:
        """The open template's field names as the form shows them (UI language)."""
        return self.view.field_labels()

    # -- the seller's actions ----------------------------------------------------------
    def open_template(self, template_id: str, focus: bool = False) -> None:
        """Show ``template_id`` in the form; ``focus`` also moves the caret to its first box."""
        self.desk.open_template(template_id)
        if focus and template_id:
            from PySide6.QtCore import Qt

            self.list_order.note_recent(template_id)
            first = self.form.first_input()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def set_platform(self, platform_id: str) -> None:
        self.desk.set_platform(platform_id)

    def set_message_language(self, lang: str) -> None:
        """The seller chose ``lang`` (menu, picker): kept for the platform too."""
        self.view.choose_lang(lang, self.list_order.order())

    def reload_library(self) -> None:
        """Read the templates from disk again, keeping the open template."""
        from app.templates.library import load_library

        library, desk = load_library(), self.desk
        order = self.list_order.order()
        wanted = self.view.fill_browser(desk.lang, desk.template_id, order, library)
        desk.reload(library, wanted)
        self.view.report_problems()

    def toggle_favourite(self) -> None:
        template_id = self.desk.template_id
        if template_id:
            starred = self.list_order.toggle_favourite(template_id)
            self.browser.set_order(*self.list_order.order())
            self.commands.favourite.setChecked(starred)

    def set_twin_shown(self, shown: bool) -> None:
        self.settings.set("view/twin", shown)
        self.preview_pane.set_twin_visible(shown)
        self.desk.set_twin_shown(shown)

    def copy_blockers(self) -> list[str]:
        """Reasons to ask before copying, in the UI language."""
        from app.ui import copying

        check = self.desk.copy_check()
        return copying.reasons(check, self.field_labels(), self.desk.platform, current_language())

    def copy_message(self) -> bool:
        """Copy the text (asking first if anything is amiss); True if it was copied."""
        from app.ui import copying

        copied = None
        if not self.view.say_if_found_nothing():
            copied = copying.copy(self.desk, self.field_labels(), self, self.statusBar())
        if copied is not None:
            self.sent(copied)
        return copied is not None

    def show_qr(self) -> None:
        """Show the text as a QR code for the phone; it is sent from there, so it counts
        as sent here (the timeline records it like a copy)."""
        from app.ui import qr_dialog  # segno loads on first use

        if not self.view.say_if_found_nothing():
            self.qr_dialog, sent = qr_dialog.show(self.desk, self.field_labels(), self)
            if sent is not None:
                self.sent(sent)

    def sent(self, message: tuple[str, str, str]) -> None:
        """(template id, language, text) left the desk: recent list, timeline."""
        self.list_order.note_recent(message[0])
        self.message_copied.emit(*message)
        self.desk.record_copy(message[2])

    # -- UI language, title, state -----------------------------------------------------
    def set_ui_language(self, choice: str) -> None:
        """Switch the UI language now ("" follows the system); the window retranslates."""
        self.settings.set("ui/language", choice)
        self.commands.ui_languages[choice].setChecked(True)
        translations().switch(resolve(choice))

    def _update_title(self) -> None:
        template = self.desk.template if self.is_ready else None
        title = elided(template.title, 120) if template else ""  # a title can be any length
        self.setWindowTitle(f"{APP_TITLE} — {title}" if template else APP_TITLE)

    def retranslate(self) -> None:
        if not self.is_ready:
            self.loading.setText(self.tr("Loading templates…"))
        else:
            self.keys_hint.setText(self.tr("Ctrl+F search · Enter fill in · Ctrl+Return copy"))
        self.commands.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.is_ready:
                self.view.show_message()  # missing fields are named in the new language
        super().changeEvent(event)

    def save_state(self) -> None:
        window_state.save(self, self.settings, self.splitters())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.is_ready:
            self.desk.composer.save()  # the next start's first message
        super().closeEvent(event)
