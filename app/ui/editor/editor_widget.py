"""The editor pane: text, live checks at the line, preview, form; saving that loses nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QIODevice,
    QSaveFile,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.base.file_errors import StorageError, reason
from app.base.platforms import Platform
from app.templates import drafts
from app.templates.front_matter_edit import FrontMatterError, remove_value, set_value
from app.templates.library import Problem, check_text
from app.templates.template_file import (
    Template,
    TemplateFileError,
    parse_template,
    read_template_text,
)
from app.templates.template_maker import sample_deadlines
from app.ui import dialogs
from app.ui.editor.code_edit import TemplateTextEdit
from app.ui.editor.example_form import ExampleForm
from app.ui.editor.file_watch import FileWatch
from app.ui.editor.front_form import FrontMatterForm
from app.ui.editor.message_sync import MessageSync
from app.ui.editor.message_view import MessageView
from app.ui.editor.notices import ChangedOnDiskBanner, MessageStrip
from app.ui.editor.preview import TemplatePreview
from app.ui.i18n import current_language, localized

CHECK_DELAY_MS = 150
AUTOSAVE_IDLE_MS = 3000
# Steady typing never pauses for the idle time; a draft is still kept this often.
AUTOSAVE_MAX_MS = 5000


class TemplateEditor(QWidget):
    saved = Signal(Path)
    problems_changed = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        platforms: dict[str, Platform] | None = None,
        autosave_ms: int = AUTOSAVE_IDLE_MS,
        autosave_max_ms: int = AUTOSAVE_MAX_MS,
    ) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.source = "user"
        self.problems: list[Problem] = []
        self.template: Template | None = None
        self._saved_text = ""  # what this editor last loaded or saved
        self._kept_mine = False
        self.writable = True
        self.code = TemplateTextEdit()
        self.form = FrontMatterForm()
        self.strip = MessageStrip()
        self.banner = ChangedOnDiskBanner()
        self.preview = TemplatePreview(platforms=platforms)
        self.message_view = MessageView()
        self.example_form = ExampleForm()
        self.preview.add_example_form(self.example_form)
        # The message as text with chips, and its source, one click apart.
        self.views = QTabWidget()
        self.views.setObjectName("editorViews")
        self.views.setDocumentMode(True)
        self.views.addTab(self.message_view, "")
        self.views.addTab(self.code, "")
        self._name_views()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addWidget(self.banner)
        column.addWidget(self.views, 1)
        column.addWidget(self.strip)
        # Side by side in a window; the editor pane stacks them (see set_stacked).
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._autosave_timer = QTimer(self, singleShot=True, interval=autosave_ms)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_cap = QTimer(self, singleShot=True, interval=autosave_max_ms)
        self._autosave_cap.timeout.connect(self.autosave_now)
        self.watch = FileWatch(lambda: self._saved_text, self)
        self.watch.changed.connect(self.banner.tell_changed)
        self.watch.removed.connect(self.banner.tell_removed)
        self.code.textChanged.connect(self._edited)
        self.code.focus_lost.connect(self.autosave_now)
        self.strip.line_clicked.connect(self.code.go_to_line)
        self.form.edit_requested.connect(self._apply_form_edit)
        self.example_form.edit_requested.connect(self._apply_form_edit)
        self.preview.platform_box.currentIndexChanged.connect(lambda _i: self._show_example())
        self.banner.reload_clicked.connect(self.reload_from_disk)
        self.banner.keep_clicked.connect(self._keep_mine)
        self.sync = MessageSync(self)
        self.example_form.today = lambda: self.sync.today
        self.preview.deadlines = lambda: sample_deadlines(self.sync.today)
        self.setEnabled(False)

    def _name_views(self) -> None:
        self.views.setTabText(0, self.tr("Message"))
        self.views.setTabText(1, self.tr("Source"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_views()
        super().changeEvent(event)

    def show_source(self) -> None:
        self.views.setCurrentWidget(self.code)

    def show_message(self) -> None:
        self.views.setCurrentWidget(self.message_view)

    def set_stacked(self) -> None:
        """Preview under the text, for a narrow place such as the main window's pane."""
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setStretchFactor(0, 3)  # the text gets the room; the preview a glance
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([3000, 1000])
        self.example_form.set_open(False)  # a click away; the message keeps the room

    # Opening and leaving
    def open_file(
        self,
        path: Path,
        source: str = "user",
        writable: bool = True,
        draft: drafts.Draft | None = None,
    ) -> bool:
        """Show ``path``; asks first about unsaved edits. False when the seller cancels.

        A built-in or read-only folder's file is shown read-only: edit a customized copy.
        """
        if not self.maybe_release():
            return False
        try:
            text = read_template_text(path)
        except TemplateFileError as error:
            self.strip.show_message(
                "error", f"{path.name}:{error.line}: {error.message_in(current_language())}"
            )
            return False
        self.path, self.source, self._saved_text, self._kept_mine = path, source, text, False
        self.watch.follow(path)
        self.writable = writable
        self._set_text(text)
        self.code.setReadOnly(not writable)
        self.form.setVisible(writable)
        self.banner.hide()
        self.setEnabled(True)
        self.check_now()
        # A file the message view can show opens there; a broken one in its source.
        self.views.setCurrentWidget(self.code if self.problems else self.message_view)
        self.sync.reload()
        if writable and draft is not None:
            self._set_text(draft.text)  # the seller already chose to restore it
            self.check_now()
        elif writable:
            self._offer_draft(path)
        else:
            self.strip.show_message(
                "info",
                self.tr("This template is read-only here. Customize it to edit your own copy."),
            )
        return True

    def _offer_draft(self, path: Path) -> None:
        draft = next((d for d in drafts.pending_drafts() if d.key == str(path)), None)
        if draft is None:
            return
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if dialogs.ask(
            self,
            self.tr("Unsaved text found"),
            self.tr(
                "Teinei kept unsaved text for {0} from {1}, probably because it closed "
                "before you saved. Restore it?"
            ).format(path.name, when),
            default_yes=True,
        ):
            self._set_text(draft.text)
            self.check_now()
        else:
            drafts.discard_draft(path)

    def is_dirty(self) -> bool:
        return self.path is not None and (
            self.code.toPlainText() != self._saved_text or self._kept_mine
        )

    def maybe_release(self) -> bool:
        """Before switching template or quitting: save, discard or stay. True to go on."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_save(
            self,
            self.tr("Unsaved changes"),
            self.tr("{0} has changes that are not saved. Save them?").format(
                self.path.name if self.path else ""
            ),
        )
        if answer == dialogs.Choice.SAVE:
            return self.save()
        if answer == dialogs.Choice.DISCARD:
            drafts.discard_draft(self.path)  # type: ignore[arg-type]
            self._saved_text, self._kept_mine = self.code.toPlainText(), False
            return True
        return False

    # Saving
    def save(self) -> bool:
        """Write with QSaveFile; on any error the file on disk and the text here are kept."""
        path = self.path
        if path is None or not self.writable:
            return False
        text = self.code.toPlainText()
        if self.watch.differs() and not dialogs.ask(
            self,
            self.tr("Changed by another program"),
            self.tr(
                "{0} was changed by another program since you opened it. Replace it with your text?"
            ).format(path.name),
        ):
            return False
        kept = self.autosave_now()
        error = _write(path, text)
        if error:
            if kept:
                note = self.tr("Could not save {0}: {1}. Your text is still here and autosaved.")
            else:
                note = self.tr(
                    "Could not save {0}: {1}. Your text is still here only; copy it somewhere "
                    "safe before closing."
                )
            self.strip.show_message("error", note.format(path, localized(error)))
            return False
        self._saved_text, self._kept_mine = text, False
        self.banner.hide()
        self.watch.rewatch()
        drafts.discard_draft(path)
        self.check_now()
        if self.problems:
            self.strip.show_message(
                "error",
                self.tr(
                    "Saved, but line {0} has a problem; the library skips this file "
                    "until it is fixed: {1}"
                ).format(self.problems[0].line, localized(self.problems[0].message)),
            )
        self.saved.emit(path)
        return True

    def reload_from_disk(self) -> None:
        path = self.path
        if path is None:
            return
        try:
            text = read_template_text(path)
        except TemplateFileError as error:
            self.strip.show_message(
                "error", f"{path.name}:{error.line}: {error.message_in(current_language())}"
            )
            return
        self._saved_text, self._kept_mine = text, False
        self._set_text(text)
        drafts.discard_draft(path)
        self.banner.hide()
        self.check_now()

    def _keep_mine(self) -> None:
        self._kept_mine = True
        self.banner.hide()
        self.autosave_now()

    # Typing, checking, autosaving
    def _set_text(self, text: str) -> None:
        self.code.setPlainText(text)
        self._check_timer.stop()
        self._autosave_timer.stop()
        self._autosave_cap.stop()

    def _edited(self) -> None:
        self._check_timer.start()
        self._autosave_timer.start()  # restarts on each key: saves once typing pauses
        if not self._autosave_cap.isActive():  # does not restart: saves during typing
            self._autosave_cap.start()

    def check_now(self) -> None:
        self._check_timer.stop()
        if self.path is None:
            return
        text = self.code.toPlainText()
        self.problems = check_text(self.path, text, self.source)
        self.code.set_problems({p.line: localized(p.message) for p in self.problems})
        self.strip.show_problems(self.problems)
        self.template = None if self.problems else parse_template(self.path, self.source, text)
        self.form.show_template(self.template)
        self.preview.show_template(self.template)
        self._show_example()
        self.sync.after_check()
        self.problems_changed.emit(self.problems)

    def _show_example(self) -> None:
        template = self.template if self.writable else None
        pid = self.preview.platform_box.currentData()
        self.example_form.show_template(template, self.preview.platforms.get(str(pid)))

    def autosave_now(self) -> bool:
        """Keep a draft of unsaved text; False when it could not be written."""
        self._autosave_timer.stop()
        self._autosave_cap.stop()
        if not self.is_dirty() or self.path is None:
            return True
        try:
            drafts.save_draft(self.path, self.code.toPlainText())
        except StorageError as error:
            self.strip.show_message("error", error.message_in(current_language()))
            return False
        return True

    def _apply_form_edit(self, key: str, value: Any, table: str | None) -> None:
        old = self.code.toPlainText()
        try:
            new = (
                remove_value(old, key, table)
                if value is None
                else set_value(old, key, value, table)
            )
        except FrontMatterError:
            self.strip.show_message(
                "error", self.tr("Fix the front matter first; the form edits it.")
            )
            return
        if new == old:
            return
        position = self.code.textCursor().position()
        cursor = self.code.textCursor()
        cursor.beginEditBlock()  # one undo step
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(new)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(new)))
        self.code.setTextCursor(cursor)
        self.check_now()


def _write(path: Path, text: str) -> str | None:
    """None when saved, else Qt's reason; cancelWriting leaves the old file untouched."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return reason(error)
    file = QSaveFile(str(path))
    data = QByteArray(text.encode("utf-8"))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return _real_reason(path, data.size(), file.errorString())
    if file.write(data) != data.size():
        why = file.errorString()
        file.cancelWriting()
        return _real_reason(path, data.size(), why)
    if not file.commit():
        return _real_reason(path, data.size(), file.errorString())
    return None


def _real_reason(path: Path, size: int, qt_says: str) -> str:
    """Qt reports a disk that fills during the commit as "Unknown error"; writing the same
    number of bytes beside the file asks the system, which names the cause."""
    try:
        with tempfile.TemporaryFile(dir=path.parent) as probe:
            probe.write(bytes(size))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return reason(error)
    return qt_says
