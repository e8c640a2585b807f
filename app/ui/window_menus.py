"""The main window's actions and menus: every command, with its shortcut shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from app.base.langs import LANGS
from app.ui.names import language_name

MENU_ROLES = ("file", "edit", "template", "view", "language", "help")


class WindowActions(QObject):
    """Builds the menus on ``window`` and holds the actions so the window can wire them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for role in MENU_ROLES:
            self.menus[role] = bar.addMenu("")

        def action(menu: str, *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
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
        self.open = action("template", "Return")  # only in the list: see MainWindow._connect
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
        self.first_steps = action("help", "F1")
        self.shortcuts = action("help", "Ctrl+/")
        self.menus["help"].addSeparator()
        self.about = action("help")
        self.first_steps.triggered.connect(self._show_first_steps)
        self.shortcuts.triggered.connect(self._show_shortcuts)
        self.about.triggered.connect(self._show_about)
        self.help_page: QDialog | None = None
        self.retranslate()

    def _show_about(self) -> None:
        from app.ui import dialogs  # the boxes load with the first one shown

        dialogs.about(self.window)

    def _show_shortcuts(self) -> None:
        from app.ui.help_pages import ShortcutsPage

        self.help_page = ShortcutsPage(self.menus.values(), self.window)
        self.help_page.open()

    def _show_first_steps(self) -> None:
        from app.ui.help_pages import FirstMessagePage
        from app.ui.i18n import current_language

        window = self.window
        desk = getattr(window, "desk", None)  # built after the first paint
        place = desk.platform.view(current_language()).seller_message_place if desk else ""
        self.help_page = FirstMessagePage(place or self.tr("the marketplace's message box"), window)
        self.help_page.open()

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
        for code in LANGS:
            self.ui_languages[code].setText(language_name(code))
        self.about.setText(self.tr("&About Teinei"))
        self.first_steps.setText(self.tr("Your &first message in four steps"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
