"""The main window's actions and menus: every command, with its shortcut shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.names import language_name

MENU_ROLES = ("file", "edit", "template", "view", "language", "help")


class WindowActions(QObject):
    """Builds the menus on ``window`` and holds the actions so the window can wire them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self.qr_dialog = None  # the last "Show as QR code", kept open beside the window
        bar = window.menuBar()
        for role in MENU_ROLES:
            self.menus[role] = bar.addMenu("")

        def action(menu: str, *keys: QKeySequence | str) -> QAction:
            made = QAction(window)
            if keys:
                made.setShortcuts([QKeySequence(k) for k in keys])
            self.menus[menu].addAction(made)
            return made

        self.reload = action("file", QKeySequence.StandardKey.Refresh)
        self.menus["file"].addSeparator()
        self.quit = action("file", "Ctrl+Q")
        self.copy = action("edit", "Ctrl+Return", "Ctrl+Enter")
        self.show_qr = action("edit", "Ctrl+Shift+M")
        self.new_order = action("edit", "Ctrl+Shift+N")
        self.menus["edit"].addSeparator()
        self.find = action("edit", "Ctrl+F", "Ctrl+K")
        self.open = action("template", "Return")  # only in the list: see MainWindow._finish
        self.favourite = action("template", "Ctrl+D")
        self.favourite.setCheckable(True)
        self.menus["template"].addSeparator()
        self.write_ja = action("template", "Ctrl+Shift+J")
        self.write_en = action("template", "Ctrl+Shift+E")
        self.twin = action("view", "Ctrl+T")
        self.twin.setCheckable(True)

        self.ui_group = QActionGroup(window)
        self.ui_languages: dict[str, QAction] = {}
        for code in ("", "ja", "en"):
            made = action("language")
            made.setCheckable(True)
            made.setData(code)
            self.ui_group.addAction(made)
            self.ui_languages[code] = made
        self.about = action("help")
        self.retranslate()

    def connect_window(self, window) -> None:
        """Point every action at the window's slots (once its parts exist)."""
        browser = window.browser
        browser.addAction(self.open)
        self.reload.triggered.connect(window.reload_library)
        self.quit.triggered.connect(window.close)
        self.copy.triggered.connect(window.copy_message)
        self.show_qr.triggered.connect(lambda: self._show_qr(window))
        self.new_order.triggered.connect(window.new_order)
        self.find.triggered.connect(browser.focus_search)
        self.open.triggered.connect(lambda: window.open_template(browser.current_id(), True))
        self.favourite.triggered.connect(window.toggle_favourite)
        self.write_ja.triggered.connect(lambda: window.set_message_language("ja"))
        self.write_en.triggered.connect(lambda: window.set_message_language("en"))
        self.twin.toggled.connect(window.set_twin_shown)
        self.ui_group.triggered.connect(lambda action: window.set_ui_language(action.data()))
        self.about.triggered.connect(window.about)
        top = window.top
        top.copy_button.clicked.connect(window.copy_message)
        top.platform_picker.currentIndexChanged.connect(
            lambda: window.set_platform(top.platform_picker.currentData())
        )
        top.lang_picker.currentIndexChanged.connect(
            lambda: window.set_message_language(top.lang_picker.currentData())
        )
        browser.template_selected.connect(window.open_template)
        browser.template_opened.connect(lambda tid: window.open_template(tid, True))
        browser.matches_changed.connect(
            lambda: window.preview_pane.show_no_match(
                browser.found_nothing(), browser.search.text()
            )
        )
        browser.matches_changed.connect(
            lambda: top.copy_button.setEnabled(not browser.found_nothing())
        )
        window.form.value_changed.connect(window.on_value)

    def _show_qr(self, window) -> None:
        from app.ui import qr_dialog  # segno loads on first use, not with the window

        self.qr_dialog = qr_dialog.show_for(window)

    def retranslate(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "template": self.tr("&Template"),
            "view": self.tr("&View"),
            "language": self.tr("&Language"),
            "help": self.tr("&Help"),
        }
        for role, menu in self.menus.items():
            menu.setTitle(titles[role])
        self.reload.setText(self.tr("&Reload templates"))
        self.quit.setText(self.tr("&Quit"))
        self.copy.setText(self.tr("&Copy message"))
        self.show_qr.setText(self.tr("Show as &QR code (to send from the phone)"))
        self.new_order.setText(self.tr("&New order (clear the form)"))
        self.find.setText(self.tr("&Find template"))
        self.open.setText(self.tr("&Fill in the selected template"))
        self.favourite.setText(self.tr("Add to &favourites"))
        self.write_ja.setText(self.tr("Write in &Japanese"))
        self.write_en.setText(self.tr("Write in &English"))
        self.twin.setText(self.tr("Show the &other language beside it"))
        self.ui_languages[""].setText(self.tr("&System language"))
        for code in ("ja", "en"):
            self.ui_languages[code].setText(language_name(code))
        self.about.setText(self.tr("&About Teinei"))
