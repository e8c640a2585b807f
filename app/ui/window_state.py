"""Putting the window back as it was: panel widths and docks (geometry is the window's)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QMainWindow, QSplitter

from app.ui.settings import Settings


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
