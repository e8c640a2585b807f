"""What every screenshot script needs: a throwaway home, the application, and saving.

The scripts (``make screenshots``) run with QT_QPA_PLATFORM=offscreen; nothing they do
touches the seller's own templates, orders or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget


class Shots:
    """Saves widgets as PNG files in ``out`` and remembers what it wrote."""

    def __init__(self, application: QApplication, home: Path, out: Path) -> None:
        self.application, self.home, self.out = application, home, out
        self.written: list[Path] = []

    def save(self, widget: QWidget, name: str) -> Path:
        """Let the widget draw, then write it; a file that cannot be written stops the run."""
        self.application.processEvents()
        path = self.out / name
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: could not write {path}")
        self.written.append(path)
        return path


@contextmanager
def session(out: Path, prefix: str = "teinei-shots-") -> Iterator[Shots]:
    """The application over an empty temporary home (data, config and QSettings)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=prefix) as temp:
        home = Path(temp)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
            os.environ[name] = str(home / name.lower())
        from app.ui.application import make_application

        application = make_application([sys.argv[0]])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, temp)
        shots = Shots(application, home, out)
        yield shots
        for path in shots.written:
            print(path)
