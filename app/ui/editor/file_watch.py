"""The template file as another program may change it: watched while it is open, and
compared with the text last read or saved here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from app.templates.template_file import TemplateFileError, read_template_text


class FileWatch(QObject):
    """``changed``: the file on disk now differs from ``saved()``; ``removed``: it is gone."""

    changed = Signal()
    removed = Signal()

    def __init__(self, saved: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.saved = saved
        self.path: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)

    def follow(self, path: Path) -> None:
        """Watch ``path`` instead of the file watched before."""
        if self.path is not None:
            self.watcher.removePath(str(self.path))
        self.path = path
        self.watcher.addPath(str(path))

    def rewatch(self) -> None:
        """Watch again after a save: a replace by rename drops the watch."""
        if self.path is not None and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))

    def differs(self) -> bool:
        """Whether the file on disk is not the text last read or saved here."""
        if self.path is None:
            return False
        try:
            return read_template_text(self.path) != self.saved()
        except TemplateFileError:
            return self.path.exists()

    def _file_changed(self, name: str) -> None:
        if self.path is None or name != str(self.path):
            return
        if not self.path.exists():
            self.removed.emit()
            return
        self.rewatch()
        if self.differs():
            self.changed.emit()
