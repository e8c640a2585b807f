"""When the seller picks a platform the open template is not offered on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.search import same_situation
from app.ui.i18n import current_language

if TYPE_CHECKING:
    from app.template_file import Template
    from app.ui.main_window import MainWindow


def replace_unoffered(window: MainWindow, gone: Template) -> None:
    """Open the same situation's template for this platform, and say so."""
    offered = [window.library.get(i, window.draft.lang) for i in window.browser.visible_ids()]
    listed = [t for t in offered if t is not None]
    chosen = same_situation(gone.category, listed) or next(iter(listed), None)
    if chosen is None:
        return
    window.draft.template_id = chosen.id
    window.browser.blockSignals(True)
    window.browser.select(chosen.id)
    window.browser.blockSignals(False)
    name = window.platform.name(current_language())
    # The window's context, so the translation stays where it was.
    said = QCoreApplication.translate(
        "MainWindow", "“%1” is not offered on %2; opened “%3” instead."
    )
    said = said.replace("%1", gone.title).replace("%2", name).replace("%3", chosen.title)
    window.statusBar().showMessage(said, 10000)
