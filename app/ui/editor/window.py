"""The editor in a window of its own, asking before it closes over unsaved edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from app.base.platforms import Platform
from app.templates.drafts import Draft
from app.ui.editor.editor_widget import TemplateEditor


class EditorWindow(QMainWindow):
    def __init__(
        self, parent: QWidget | None = None, *, platforms: dict[str, Platform] | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = TemplateEditor(platforms=platforms)
        self.setCentralWidget(self.editor)
        menu = self.menuBar().addMenu(self.tr("&File"))
        save = menu.addAction(self.tr("&Save"), self.editor.save)
        save.setShortcut(QKeySequence.StandardKey.Save)
        close = menu.addAction(self.tr("&Close"), self.close)
        close.setShortcut(QKeySequence.StandardKey.Close)
        self.editor.saved.connect(self._title)
        self.editor.code.textChanged.connect(self._title)
        self.resize(1100, 700)

    def open_file(
        self,
        path: Path,
        source: str = "user",
        writable: bool = True,
        draft: Draft | None = None,
    ) -> bool:
        opened = self.editor.open_file(path, source, writable, draft)
        self._title()
        return opened

    def _title(self) -> None:
        path = self.editor.path
        name = path.name if path else ""
        star = "*" if self.editor.is_dirty() else ""
        self.setWindowTitle(self.tr("{0}{1} — Teinei template editor").format(star, name))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.editor.maybe_release():
            self.editor.autosave_now()
            event.accept()
        else:
            event.ignore()
