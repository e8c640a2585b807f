"""Starting the window: names, translations, the main window, the event loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui import fonts
from app.ui.i18n import resolve, translations
from app.ui.settings import Settings

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

ORGANISATION = "Teinei"
APPLICATION = "teinei"


def set_names() -> None:
    """Must run before the first QSettings, so preferences land in teinei's own file."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def make_application(argv: list[str] | None = None) -> QApplication:
    set_names()
    existing = QApplication.instance()
    application = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    QApplication.setApplicationDisplayName("Teinei")
    QApplication.setDesktopFileName("teinei")
    fonts.apply(application)
    translations().switch(resolve(Settings().get("ui/language")))
    return application


def open_window(application: QApplication) -> MainWindow:
    """Show the main window as the app starts it: the frame at once, then the parts."""
    # Imported after the translators are in, so no string is built untranslated.
    from app.ui.main_window import MainWindow, app_icon

    application.setWindowIcon(app_icon())
    # The frame shows at once; the library and the parts load on the next turn.
    window = MainWindow(defer=True)  # its steps are listed in app/ui/startup.py
    window.show()
    _after_show(window)
    return window


def _after_show(window: MainWindow) -> None:
    from app.base.config import clean_stale_saves, load_config

    config = load_config()
    clean_stale_saves(config)
    if config.problem:
        from app.ui.damage_dialogs import show_config_problem

        show_config_problem(window, config.problem)  # the window owns it


def run(self_check: bool = False) -> int:
    application = make_application()
    window = open_window(application)  # held while the event loop runs
    if self_check:
        from app.ui import self_check as check

        check.watch(window, application.exit)
    else:
        window.orders_opened.connect(lambda: _welcome(window))  # once the start is done
    return int(application.exec())


def _welcome(window: MainWindow) -> None:
    from app.ui.welcome import first_start  # the first start only asks once

    first_start(window)
