"""The Template menu: customize, edit, new, rename, duplicate, delete (with undo),
revert to built-in, import, export and template folders.

The window gives the current template and the library; after any change the actions
emit ``library_changed`` so the window reloads, and ``message`` for its status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.base.file_errors import StorageError
from app.templates import drafts, trash
from app.templates.library import Library, Source, builtin_source
from app.templates.template_file import Template
from app.templates.template_maker import Plan, make_id
from app.templates.trash import TrashEntry
from app.templates.userset import (
    customize,
    delete,
    duplicate,
    file_in,
    rename,
    revert_to_builtin,
    undo_delete,
    writable_sources,
)
from app.ui import dialogs
from app.ui.i18n import current_language
from app.ui.userset.editors import Editors

# The editor, dialogs and zip handling load when first used, not with the window.
if TYPE_CHECKING:
    from app.ui.editor.editor_widget import TemplateEditor


def run_dialog(dialog: QDialog) -> int:
    """Show a dialog and wait; tests replace this to drive the dialog themselves."""
    return dialog.exec()


class TemplateActions(QObject):
    library_changed = Signal()
    message = Signal(str, str)  # kind ("ok" or "error"), a sentence

    def __init__(
        self,
        parent: QWidget,
        current: Callable[[], Template | None],
        library: Callable[[], Library],
    ) -> None:
        super().__init__(parent)
        self._parent, self._current, self._library = parent, current, library
        self.last_deleted: list[TrashEntry] = []
        self.pane = Editors(parent, library)  # the editor pane's tabs
        self.pane.saved.connect(self.library_changed)
        self.pane.message.connect(self.message)
        self.customize = self._action(self.do_customize)
        self.customize_one = self._action(self.do_customize_one)
        self.edit = self._action(self.do_edit)
        self.new = self._action(self.do_new)
        self.rename = self._action(self.do_rename)
        self.duplicate = self._action(self.do_duplicate)
        self.delete = self._action(self.do_delete)
        self.undo_delete = self._action(self.do_undo_delete)
        self.restore = self._action(self.do_restore)
        self.revert = self._action(self.do_revert)
        self.import_ = self._action(self.do_import)
        self.export = self._action(self.do_export)
        self.folders = self._action(self.do_folders)
        self.retranslate()

    def _action(self, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        """Set the texts in the UI language now in use (called again when it changes)."""
        self.customize.setText(self.tr("Customize (both languages)"))
        self.customize_one.setText(self.tr("Customize (this language only)"))
        self.edit.setText(self.tr("Edit…"))
        self.new.setText(self.tr("New…"))
        self.rename.setText(self.tr("Rename…"))
        self.duplicate.setText(self.tr("Duplicate…"))
        self.delete.setText(self.tr("Delete"))
        self.restore.setText(self.tr("Restore a deleted template…"))
        self.revert.setText(self.tr("Revert to built-in"))
        self.import_.setText(self.tr("Import…"))
        self.export.setText(self.tr("Export my templates…"))
        self.folders.setText(self.tr("Template folders…"))
        self.update_enabled()

    def populate(self, menu: QMenu) -> None:
        menu.aboutToShow.connect(self.update_enabled)
        for group in (
            (self.edit, self.customize, self.customize_one, self.revert),
            (self.new, self.rename, self.duplicate, self.delete, self.undo_delete, self.restore),
            (self.import_, self.export, self.folders),
        ):
            for action in group:
                menu.addAction(action)
            menu.addSeparator()

    # Where the current template lives
    def _source_of(self, template: Template) -> Source | None:
        return next((s for s in self._library().sources if s.name == template.source), None)

    def _writable_source(self, template: Template | None) -> Source | None:
        source = self._source_of(template) if template else None
        return source if source is not None and source.writable else None

    def update_enabled(self) -> None:
        template = self._current()
        own = self._writable_source(template) is not None
        builtin = template is not None and template.source == "builtin"
        has_builtin = (
            template is not None and file_in(builtin_source(), template.id, template.lang).is_file()
        )
        self.customize.setEnabled(builtin)
        self.customize_one.setEnabled(builtin)
        self.edit.setEnabled(template is not None)
        self.duplicate.setEnabled(template is not None)
        self.rename.setEnabled(own)
        self.delete.setEnabled(own)
        self.revert.setEnabled(own and has_builtin)
        self.undo_delete.setEnabled(bool(self.last_deleted))
        if self.last_deleted:
            self.undo_delete.setText(
                self.tr("Undo delete of {0}").format(self.last_deleted[0].template_id)
            )
        else:
            self.undo_delete.setText(self.tr("Undo delete"))

    def _done(self, text: str) -> None:
        self.library_changed.emit()  # first, so the window's reload notes don't hide ours
        self.update_enabled()
        self.message.emit("ok", text)

    def _run(self, work: Callable[[], str]) -> bool:
        try:
            text = work()
        except StorageError as error:
            self.message.emit("error", error.message_in(current_language()))
            return False
        self._done(text)
        return True

    def _target(self) -> Source | None:
        """Where new files go: the user set, or a writable shared folder if the seller picks one."""
        targets = writable_sources()
        if len(targets) == 1:
            return targets[0]
        names = [self.tr("My templates")] + [str(t.path) for t in targets[1:]]
        picked = dialogs.choose(self._parent, self.tr("Save where?"), self.tr("Folder:"), names)
        return targets[names.index(picked)] if picked in names else None

    # The actions
    def do_customize(self, langs: tuple[str, ...] | None = None) -> None:
        template = self._current()
        target = self._target() if template is not None else None
        if (
            template is not None
            and target is not None
            and self._run(lambda: self._customized(template, langs, target))
        ):
            self._open_made(target, template.id, template.lang)

    def do_customize_one(self) -> None:
        template = self._current()
        if template is not None:
            self.do_customize((template.lang,))

    def _customized(self, template: Template, langs: tuple[str, ...] | None, target: Source) -> str:
        paths = customize(template.id, langs, target)
        names = ", ".join(p.parent.name for p in paths)
        return self.tr("{0} is now in your set ({1}); edit it there.").format(template.id, names)

    def do_edit(self) -> None:
        template = self._current()
        if template is None:
            return
        if template.source == "builtin":
            copy = dialogs.ask(
                self._parent,
                self.tr("Edit a built-in template"),
                self.tr(
                    "Built-in templates stay as shipped. Copy {0} into your own set and edit "
                    "the copy? (Revert to built-in undoes this.)"
                ).format(template.id),
                default_yes=True,
            )
            target = self._target() if copy else None
            if target is None or not self._run(lambda: self._customized(template, None, target)):
                return
            self.open_editor(file_in(target, template.id, template.lang), target.name)
            return
        source = self._source_of(template)
        self.open_editor(template.path, template.source, source is not None and source.writable)

    def open_editor(
        self,
        path: Path,
        source: str = "user",
        writable: bool = True,
        draft: drafts.Draft | None = None,
    ) -> TemplateEditor | None:
        """Open ``path`` in a tab of the editor pane, or bring its tab forward."""
        return self.pane.open(path, source, writable, draft)

    @property
    def editors(self) -> dict[Path, TemplateEditor]:
        return self.pane.editors

    def offer_drafts(self) -> None:
        self.pane.offer_drafts()

    def do_new(self) -> None:
        """One dialog: title, situation, marketplaces, first language; the id is made."""
        from app.templates.template_maker import create
        from app.ui.userset.new_dialog import NewTemplateDialog

        target = self._target()
        if target is None:
            return
        taken = set(self._library().ids())
        made: list[Path] = []

        def make(plan: Plan) -> str:
            template_id, paths = create(plan, target, taken)
            made[:] = paths
            return template_id

        dialog = NewTemplateDialog(make, taken, current_language(), self._parent)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or not made:
            return
        self._done(self.tr("Made {0}; write the message, then Save.").format(made[0].name))
        self.open_editor(made[0], target.name)

    def start_unwritten(self) -> None:
        """Open the language not written yet with the other language's text and chips,
        unsaved, for the seller to rewrite in that language."""
        current = self._current()
        twin = self._library().twin(current) if current is not None else None
        pair = [t for t in (current, twin) if t is not None]
        empty = next((t for t in pair if t.unwritten), None)
        written = next((t for t in pair if not t.unwritten), None)
        source = self._writable_source(empty)
        if empty is None or written is None or source is None:
            return
        editor = self.open_editor(empty.path, empty.source)
        if editor is not None:
            editor.sync.start_from(written.body)

    def do_rename(self) -> None:
        template = self._current()
        target = self._writable_source(template)
        if template is None or target is None:
            return
        new_id = dialogs.get_text(self._parent, self.tr("Rename"), self.tr("New id:"), template.id)
        if new_id and new_id != template.id:
            self._run(lambda: self._renamed(template.id, new_id, target))

    def _renamed(self, old: str, new: str, target: Source) -> str:
        rename(old, new, target)
        return self.tr("{0} is now {1}.").format(old, new)

    def do_duplicate(self) -> None:
        template = self._current()
        if template is None:
            return
        # The copy's id comes from its title, as a new template's does; never asked.
        new_id = make_id(template.title, template.category, set(self._library().ids()))
        target = self._target()
        if target is not None and self._run(lambda: self._duplicated(template.id, new_id, target)):
            self._open_made(target, new_id, template.lang)

    def _open_made(self, target: Source, template_id: str, lang: str) -> None:
        """A copy is made to be changed: its file in the language shown opens in the pane."""
        path = file_in(target, template_id, lang)
        if path.is_file():
            self.open_editor(path, target.name)

    def _duplicated(self, old: str, new: str, target: Source) -> str:
        duplicate(self._library(), old, new, target)
        return self.tr("Copied {0} to {1}.").format(old, new)

    def do_delete(self) -> None:
        template = self._current()
        target = self._writable_source(template)
        if template is None or target is None:
            return
        self._run(lambda: self._deleted(template, target))

    def _deleted(self, template: Template, target: Source) -> str:
        self.last_deleted = delete(template.id, None, target)
        return self.tr("Deleted {0} (moved to the trash; Undo delete brings it back).").format(
            template.id
        )

    def do_undo_delete(self) -> None:
        entries = self.last_deleted
        if entries:
            self._run(lambda: self._undone(entries))

    def _undone(self, entries: list[TrashEntry]) -> str:
        undo_delete(entries)
        self.last_deleted = [e for e in self.last_deleted if e not in entries]
        return self.tr("{0} is back.").format(entries[0].template_id)

    def do_restore(self) -> None:
        """Any file in the trash, not only the last one deleted, can come back."""
        entries = trash.entries()
        if not entries:
            self.message.emit("ok", self.tr("The trash is empty."))
            return
        labels = [
            f"{e.deleted_at.astimezone():%Y-%m-%d %H:%M}  {e.lang}/{e.template_id}  ({e.original})"
            for e in entries
        ]
        picked = dialogs.choose(
            self._parent, self.tr("Restore a deleted template"), self.tr("Deleted:"), labels
        )
        if picked in labels:
            entry = entries[labels.index(picked)]
            self._run(lambda: self._undone([entry]))

    def do_revert(self) -> None:
        template = self._current()
        if template is not None:
            self._run(lambda: self._reverted(template))

    def _reverted(self, template: Template) -> str:
        self.last_deleted = revert_to_builtin(template.id)
        return self.tr("{0} shows the built-in again; Undo delete brings your copy back.").format(
            template.id
        )

    def do_import(self) -> None:
        kinds = [self.tr("A zip file"), self.tr("A folder")]
        kind = dialogs.choose(
            self._parent, self.tr("Import templates"), self.tr("Import from:"), kinds
        )
        if kind is None:
            return
        chosen = dialogs.open_path(
            self._parent, self.tr("Import templates"), folder=kind == kinds[1]
        )
        target = self._target() if chosen else None
        if chosen is None or target is None:
            return
        from app.templates.transfer import plan_import
        from app.ui.userset.import_dialog import ImportDialog

        dialog = ImportDialog(plan_import(Path(chosen), self._library(), target), self._parent)
        if run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._done(self.tr("Imported {0} file(s).").format(len(dialog.written)))

    def do_export(self) -> None:
        chosen = dialogs.save_path(
            self._parent, self.tr("Export my templates"), "teinei-templates.zip"
        )
        if chosen:
            self._run(lambda: self._exported(Path(chosen)))

    def _exported(self, out: Path) -> str:
        from app.templates.transfer import export_zip

        names = export_zip(out)
        return self.tr("Exported {0} file(s) to {1}.").format(len(names), out)

    def do_folders(self) -> None:
        from app.ui.userset.folders_dialog import FoldersDialog

        dialog = FoldersDialog(self._parent)
        run_dialog(dialog)
        if dialog.changed:
            self._done(self.tr("Template folders updated."))
