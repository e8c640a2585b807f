"""Starting the window: names, translations, the main window, the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.i18n import resolve, translations
from app.ui.settings import Settings

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


def run() -> int:
    application = make_application()
    # Imported after the translators are in, so no string is built untranslated.
    from app.ui.main_window import MainWindow, app_icon

    application.setWindowIcon(app_icon())
    # The frame shows at once; the library and the parts load on the next turn.
    window = MainWindow(defer=True)
    from app.ui import window_orders

    # The orders join once the parts exist; the frame does not wait for the database.
    window.ready.connect(lambda: window_orders.attach(window))
    window.show()
    return int(application.exec())
