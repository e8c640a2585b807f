"""Field names and filters offered as you type inside {{ }} and {% %}."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit

from app.rendering.jinja_env import ENV
from app.templates.fields import vocabulary

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IN_TAG = re.compile(r"(\{\{|\{%)(?:(?!\}\}|%\}).)*$")
_AFTER_PIPE = re.compile(r"\|\s*[A-Za-z0-9_]*$")
_TAG_BODY = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)
_SKIP = frozenset({"if", "elif", "else", "endif", "for", "endfor", "in", "not", "and", "or"})


def filter_names() -> list[str]:
    return sorted(ENV.filters)


def names_in(text: str) -> set[str]:
    """Identifiers used inside the template's tags: its own fields, as the author wrote them."""
    found: set[str] = set()
    for match in _TAG_BODY.finditer(text):
        inner = match.group(1) or match.group(2) or ""
        for name in _IDENT.finditer(inner):
            before = inner[: name.start()].rstrip()
            if not before.endswith(("|", ".")) and name.group() not in _SKIP:
                found.add(name.group())
    return found


def words_for(line_before_cursor: str, text: str) -> list[str] | None:
    """What to offer at the cursor, or None when the cursor is not in a jinja tag."""
    if not _IN_TAG.search(line_before_cursor):
        return None
    if _AFTER_PIPE.search(line_before_cursor):
        return filter_names()
    return sorted(set(vocabulary()) | names_in(text) | {"platform", "deadlines", "lang"})


class FieldCompleter(QCompleter):
    """Pops up under the cursor; the editor feeds it the word being typed."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._model = QStringListModel(self)
        self.setModel(self._model)
        self.setWidget(editor)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activated.connect(self._insert)
        self._editor = editor

    def list_view(self) -> QAbstractItemView:
        """The popup list (QCompleter makes it when it is made, so it is never None)."""
        popup = self.popup()
        if popup is None:
            raise RuntimeError("the completer has no popup")
        return popup

    def update_for_cursor(self) -> None:
        cursor = self._editor.textCursor()
        line = cursor.block().text()[: cursor.positionInBlock()]
        words = words_for(line, self._editor.toPlainText())
        prefix_match = re.search(r"[A-Za-z0-9_]*$", line)
        prefix = prefix_match.group() if prefix_match else ""
        if words is None or not prefix:
            self.list_view().hide()
            return
        offered = [w for w in words if w.lower().startswith(prefix.lower()) and w != prefix]
        if not offered:
            self.list_view().hide()
            return
        self._model.setStringList(offered)
        self.setCompletionPrefix(prefix)
        rect = self._editor.cursorRect()
        rect.setWidth(
            self.list_view().sizeHintForColumn(0)
            + self.list_view().verticalScrollBar().sizeHint().width()
        )
        self.complete(rect)
        self.list_view().setCurrentIndex(self.completionModel().index(0, 0))  # Enter takes it

    def _insert(self, word: str) -> None:
        cursor = self._editor.textCursor()
        typed = len(self.completionPrefix())
        cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, typed)
        cursor.insertText(word)
        self._editor.setTextCursor(cursor)
