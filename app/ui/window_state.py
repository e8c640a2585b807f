"""Putting the window back as it was: panel widths and docks (geometry is the window's)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMainWindow, QSplitter

from app.ui.settings import Settings


def fit_screen(window: QMainWindow) -> None:
    """Keep the window within the screen it opens on (a 1366x768 laptop's is ~1366x728)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar, borders
    width = min(window.width(), room.width() - frame.width())
    height = min(window.height(), room.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(room.topLeft())


def restore_splitters(settings: Settings, splitters: Mapping[str, QSplitter]) -> None:
    for key, splitter in splitters.items():
        saved = settings.state(key)
        if saved is not None:
            splitter.restoreState(saved)


def restore_docks(window: QMainWindow, settings: Settings) -> None:
    """Put each dock built so far where it was, shown or not; a dock built later calls
    this again (Qt keeps the place of a dock the state names but that is not built yet)."""
    docks = settings.state("docks")
    if docks is not None:
        window.restoreState(docks)


def save(window: QMainWindow, settings: Settings, splitters: Mapping[str, QSplitter]) -> None:
    """The geometry; with the desk built, its panel widths and the docks too."""
    settings.set_state("geometry", window.saveGeometry())
    for key, splitter in splitters.items():
        settings.set_state(key, splitter.saveState())
    if splitters:
        settings.set_state("docks", window.saveState())
    settings.sync()
