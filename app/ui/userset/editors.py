"""The open editor windows, one per file, and the unsaved text offered back on start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app import drafts
from app.atomic import write_text_atomic
from app.file_errors import failed
from app.library import Library
from app.ui import dialogs
from app.ui.i18n import current_language

# The editor loads when first used, not with the window.
if TYPE_CHECKING:
    from app.ui.editor.window import EditorWindow


class EditorWindows(QObject):
    saved = Signal()  # a template file was written: the library should reload
    message = Signal(str, str)  # kind ("ok" or "error"), a sentence

    def __init__(self, parent: QWidget, library: Callable[[], Library]) -> None:
        super().__init__(parent)
        self._parent, self._library = parent, library
        self.windows: dict[Path, EditorWindow] = {}

    def open(
        self,
        path: Path,
        source: str = "user",
        writable: bool = True,
        draft: drafts.Draft | None = None,
    ) -> EditorWindow:
        """The editor for ``path``, brought to the front (opened if it is not yet)."""
        window = self.windows.get(path)
        if window is None or not window.isVisible():
            from app.ui.editor.window import EditorWindow

            window = EditorWindow(self._parent)
            window.editor.saved.connect(lambda _p: self.saved.emit())
            window.open_file(path, source, writable, draft)
            self.windows[path] = window
        window.show()
        window.raise_()
        return window

    def release_all(self) -> bool:
        """Before quitting: each editor with unsaved edits asks. False when one is kept."""
        return all(
            window.editor.maybe_release()
            for window in list(self.windows.values())
            if window.isVisible()
        )

    def source_name(self, path: Path) -> str:
        """The library's name for the folder ``path`` is in (user, or a shared folder)."""
        for source in self._library().sources:
            if path.parent.parent == source.path:
                return source.name
        return "user"

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
