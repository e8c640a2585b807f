"""Putting the window back as it was: pickers, view options, panel widths, docks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def restore(window: MainWindow) -> None:
    """Apply the saved preferences to a window whose parts are built."""
    settings, actions = window.settings, window.actions
    window.top.set_platforms(window.platforms, window.draft.platform_id)
    window.top.show_language(window.draft.lang)
    actions.ui_languages.get(settings.get("ui/language"), actions.ui_languages[""]).setChecked(True)
    actions.twin.setChecked(settings.get("view/twin"))
    window.preview_pane.set_twin_visible(actions.twin.isChecked())
    for key, splitter in splitters(window):
        saved = settings.state(key)
        if saved is not None:
            splitter.restoreState(saved)
    restore_docks(window)


def restore_docks(window: MainWindow) -> None:
    """Put each dock built so far where it was, shown or not; a dock built later calls
    this again (Qt keeps the place of a dock the state names but that is not built yet)."""
    docks = window.settings.state("docks")
    if docks is not None:
        window.restoreState(docks)


def save(window: MainWindow) -> None:
    window.settings.set_state("geometry", window.saveGeometry())
    if window.is_ready:
        for key, splitter in splitters(window):
            window.settings.set_state(key, splitter.saveState())
        window.settings.set_state("docks", window.saveState())
    window.settings.sync()


def splitters(window: MainWindow):
    return (("main_splitter", window.splitter), ("preview_splitter", window.preview_pane.splitter))
