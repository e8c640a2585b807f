"""Starting the window: names, translations, the main window, the event loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import __version__
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
    return window


def run() -> int:
    application = make_application()
    _window = open_window(application)  # held while the event loop runs
    return int(application.exec())
