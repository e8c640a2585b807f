"""Colours for the TOML front matter and the jinja tags, fields and filters of the body."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

_BEFORE, _FRONT, _BODY = -1, 1, 2
_TAG = re.compile(r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}|\{#.*?#\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FILTER = re.compile(r"\|\s*([A-Za-z_][A-Za-z0-9_]*)")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')
_KEY = re.compile(r"^\s*([A-Za-z0-9_.\-\"]+)\s*=")
_HEADER = re.compile(r"^\s*\[\[?[^\]]*\]\]?")
_KEYWORDS = frozenset(
    {"if", "elif", "else", "endif", "for", "endfor", "in", "not", "and", "or", "set", "is"}
    | {"true", "false", "none", "True", "False", "None", "loop", "platform", "deadlines", "lang"}
)


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class TemplateHighlighter(QSyntaxHighlighter):
    """Front matter between the +++ fences is TOML; the body is text with jinja tags."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        super().__init__(document)
        self.fence = _format("#6a737d", bold=True)
        self.key = _format("#005cc5")
        self.header = _format("#6f42c1", bold=True)
        self.string = _format("#22863a")
        self.comment = _format("#6a737d", italic=True)
        self.tag = _format("#d73a49")
        self.field = _format("#b35900", bold=True)
        self.filter = _format("#6f42c1")
        self.keyword = _format("#d73a49", bold=True)

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        state = _BEFORE if previous == -1 and self.currentBlock().blockNumber() == 0 else previous
        if text.strip() == "+++" and state in (_BEFORE, _FRONT):
            self.setFormat(0, len(text), self.fence)
            self.setCurrentBlockState(_FRONT if state == _BEFORE else _BODY)
            return
        if state == _FRONT:
            self._toml(text)
            self.setCurrentBlockState(_FRONT)
            return
        self._body(text)
        self.setCurrentBlockState(_BODY)

    def _toml(self, text: str) -> None:
        header = _HEADER.match(text)
        if header:
            self.setFormat(header.start(), header.end() - header.start(), self.header)
        key = _KEY.match(text)
        if key:
            self.setFormat(key.start(1), key.end(1) - key.start(1), self.key)
        for found in _STRING.finditer(text):
            self.setFormat(found.start(), found.end() - found.start(), self.string)
        hash_at = _comment_start(text)
        if hash_at is not None:
            self.setFormat(hash_at, len(text) - hash_at, self.comment)

    def _body(self, text: str) -> None:
        for tag in _TAG.finditer(text):
            start, inner = tag.start(), tag.group()
            if inner.startswith("{#"):
                self.setFormat(start, len(inner), self.comment)
                continue
            self.setFormat(start, len(inner), self.tag)
            filters = {m.start(1) for m in _FILTER.finditer(inner)}
            strings = [(m.start(), m.end()) for m in _STRING.finditer(inner)]
            for name in _NAME.finditer(inner, 2):
                if name.end() > len(inner) - 2 or any(a <= name.start() < b for a, b in strings):
                    continue
                word = name.group()
                if name.start() in filters:
                    fmt = self.filter
                elif word in _KEYWORDS:
                    fmt = self.keyword
                elif inner[name.start() - 1] == ".":
                    continue
                else:
                    fmt = self.field
                self.setFormat(start + name.start(), len(word), fmt)
            for a, b in strings:
                self.setFormat(start + a, b - a, self.string)


def _comment_start(text: str) -> int | None:
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "#" and not quoted:
            return index
    return None
