"""The open templates as tabs of the editor pane: one tab per file, • while unsaved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QWidget

from app.base.platforms import Platform
from app.templates.drafts import Draft

# The editor loads when the first tab opens, not with the window.
if TYPE_CHECKING:
    from app.ui.editor.editor_widget import TemplateEditor

UNSAVED = "• "


def tab_title(path: Path, dirty: bool) -> str:
    """``<id> (<lang>)``: a file's place in the set says both (<lang>/<id>.jinja)."""
    return f"{UNSAVED if dirty else ''}{path.stem} ({path.parent.name})"


class EditorTabs(QTabWidget):
    saved = Signal(Path)  # a template file was written
    emptied = Signal()  # the last tab closed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorTabs")
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.editors: dict[Path, TemplateEditor] = {}
        self.tabCloseRequested.connect(self.close_tab)
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(4, 2, 4, 2)
        self.save_button = QPushButton(corner)
        self.save_button.clicked.connect(self.save_current)
        row.addWidget(self.save_button)
        self.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        # The shortcuts work wherever the pane is, docked or floating.
        self.save_action = self._shortcut(QKeySequence.StandardKey.Save, self.save_current)
        self.close_action = self._shortcut(
            QKeySequence.StandardKey.Close, lambda: self.close_tab(self.currentIndex())
        )
        self.currentChanged.connect(lambda _index: self._update_save())
        self.retranslate()

    def _shortcut(self, key: QKeySequence.StandardKey, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this template (Ctrl+S)"))

    def open(
        self,
        path: Path,
        source: str,
        writable: bool,
        draft: Draft | None,
        platforms: dict[str, Platform] | None,
    ) -> TemplateEditor | None:
        """The tab for ``path``, made current (opened if it is not yet); None if unreadable."""
        editor = self.editors.get(path)
        if editor is None:
            from app.ui.editor.editor_widget import TemplateEditor

            editor = TemplateEditor(platforms=platforms)
            editor.set_stacked()
            if not editor.open_file(path, source, writable, draft):
                editor.deleteLater()
                return None
            self.editors[path] = editor
            editor.saved.connect(self._saved)
            editor.code.textChanged.connect(lambda e=editor: self._retitle(e))
            editor.banner.keep_clicked.connect(lambda e=editor: self._retitle(e))
            self.addTab(editor, tab_title(path, editor.is_dirty()))
            self.setTabToolTip(self.indexOf(editor), str(path))
        elif draft is not None and editor.writable:
            editor.code.setPlainText(draft.text)  # the seller chose the kept text
        self.setCurrentWidget(editor)
        self._retitle(editor)
        return editor

    def current_editor(self) -> TemplateEditor | None:
        widget = self.currentWidget()
        return widget if widget in self.editors.values() else None  # type: ignore[return-value]

    def save_current(self) -> bool:
        editor = self.current_editor()
        return editor is not None and editor.save()

    def close_tab(self, index: int) -> bool:
        """Close a tab, asking first (save, discard, cancel) about unsaved text."""
        editor = self.widget(index)
        path = next((p for p, e in self.editors.items() if e is editor), None)
        if path is None:
            return False
        if not self.editors[path].maybe_release():
            return False
        closed = self.editors.pop(path)
        self.removeTab(index)
        closed.deleteLater()
        if not self.editors:
            self.emptied.emit()
        return True

    def release_all(self) -> bool:
        """Before quitting: each tab with unsaved text asks. False when one is kept."""
        for editor in list(self.editors.values()):
            self.setCurrentWidget(editor)  # the seller sees what the question is about
            if not editor.maybe_release():
                return False
            editor.autosave_now()
        return True

    def _saved(self, path: Path) -> None:
        editor = self.editors.get(path)
        if editor is not None:
            self._retitle(editor)
        self.saved.emit(path)

    def _retitle(self, editor: TemplateEditor) -> None:
        index = self.indexOf(editor)
        if index >= 0 and editor.path is not None:
            self.setTabText(index, tab_title(editor.path, editor.is_dirty()))
        self._update_save()

    def _update_save(self) -> None:
        editor = self.current_editor()
        self.save_button.setEnabled(editor is not None and editor.writable and editor.is_dirty())
