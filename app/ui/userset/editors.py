"""The editor pane's open templates, and the unsaved text offered back on start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.base.atomic import write_text_atomic
from app.base.file_errors import failed
from app.templates import drafts
from app.templates.library import Library
from app.ui import dialogs
from app.ui.i18n import current_language
from app.ui.settings import Settings
from app.ui.userset.editor_tabs import EditorTabs

# The editor loads when the first tab opens, not with the window.
if TYPE_CHECKING:
    from app.ui.editor.editor_widget import TemplateEditor


class Editors(QObject):
    saved = Signal()  # a template file was written: the library should reload
    message = Signal(str, str)  # kind ("ok" or "error"), a sentence
    shown = Signal()  # a tab was opened or brought forward: the pane should show

    def __init__(self, parent: QWidget, library: Callable[[], Library]) -> None:
        super().__init__(parent)
        self._parent, self._library = parent, library
        self.tabs = EditorTabs(parent)
        self.tabs.saved.connect(lambda _path: self.saved.emit())

    @property
    def editors(self) -> dict[Path, TemplateEditor]:
        return self.tabs.editors

    def open(
        self,
        path: Path,
        source: str = "user",
        writable: bool = True,
        draft: drafts.Draft | None = None,
        *,
        reveal: bool = True,
    ) -> TemplateEditor | None:
        """The tab for ``path``, made current and shown (opened if it is not yet)."""
        editor = self.tabs.open(
            path, source, writable, draft, getattr(self._parent, "platforms", None)
        )
        if editor is not None and reveal:
            self.shown.emit()
            editor.code.setFocus()
        return editor

    def release_all(self) -> bool:
        """Before quitting: each tab with unsaved text asks. False when one is kept."""
        if not self.tabs.release_all():
            self.shown.emit()  # the kept tab stays in sight
            return False
        return True

    def remember_open(self) -> None:
        """Note the open files, so the next start opens them again."""
        Settings().set("editor/open", [str(path) for path in self.editors])

    def reopen(self) -> None:
        """Open the files the pane held at the last quit (those still there), quietly."""
        for name in Settings().get("editor/open"):
            path = Path(str(name))
            if path.is_file() and path not in self.editors:
                self.open(path, self.source_name(path), self.writable(path), reveal=False)

    def source_name(self, path: Path) -> str:
        """The library's name for the folder ``path`` is in (user, or a shared folder)."""
        for source in self._library().sources:
            if path.parent.parent == source.path:
                return source.name
        return "user"

    def writable(self, path: Path) -> bool:
        """A built-in or a read-only shared folder's file opens read-only."""
        for source in self._library().sources:
            if path.parent.parent == source.path:
                return source.writable
        return False

    def offer_drafts(self) -> None:
        """On start: unsaved text kept from last time is offered back, one file at a time."""
        for draft in drafts.pending_drafts():
            path = draft.path
            if path is None:
                continue  # not a file's draft; the editor makes none of these
            when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            gone = not path.exists()
            if gone:
                question = self.tr(
                    "Teinei kept unsaved text for {0} from {1}, but the file is gone. "
                    "Save the text as that file again and open it?"
                )
            else:
                question = self.tr(
                    "Teinei kept unsaved text for {0} from {1}. Open it in the editor?"
                )
            if not dialogs.ask(
                self._parent,
                self.tr("Unsaved text found"),
                question.format(path.name, when),
                default_yes=True,
            ):
                drafts.discard_draft(path)
            elif gone:
                self._recreate(path, draft)
            else:
                self.open(path, self.source_name(path), draft=draft)

    def _recreate(self, path: Path, draft: drafts.Draft) -> None:
        try:
            write_text_atomic(path, draft.text)
        except OSError as error:
            self.message.emit("error", failed("save", path, error).message_in(current_language()))
            return
        drafts.discard_draft(path)
        self.saved.emit()
        self.open(path, self.source_name(path))
        self.message.emit("ok", self.tr("Saved the kept text as {0}.").format(path))
