"""Keeps the message view and the source in step, and turns the seller's "insert this
value", "a new value" and "only when" into edits of the body and the front matter.

The source text stays the one truth: an edit in the message view rewrites the body of
the source; an edit of the source reloads the message view when it is shown.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.policy.template_checks import DraftChecks, check_draft
from app.templates.fields import Field, FieldSpecError, make_field, vocabulary
from app.templates.front_matter_edit import FrontMatterError, read_front_matter, set_value
from app.templates.template_maker import new_field_name, sample_deadlines, sample_value
from app.templates.template_text import (
    chip_source,
    fields_in,
    parse_body,
    shared_value_label,
    split_file,
)
from app.ui import dialogs
from app.ui.check_aside import CheckAside
from app.ui.i18n import current_language, localized
from app.ui.names import kind_name

if TYPE_CHECKING:
    from app.ui.editor.editor_widget import TemplateEditor

KINDS = ("text", "multiline", "money", "date", "number")


class MessageSync(QObject):
    checks_done = Signal()  # the latest source's checks are shown

    def __init__(self, editor: TemplateEditor, today: date | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = editor.message_view
        self.today = today or date.today()
        self.checks: DraftChecks | None = None
        self.aside = CheckAside(self)
        self._checking = self._shown_check = 0
        self._writing = False
        self._stale = True
        self._specs: dict[str, Any] = {}
        self.view.body_edited.connect(self._body_edited)
        self.view.insert_requested.connect(self.insert_field)
        self.view.new_value_requested.connect(self.ask_new_value)
        self.view.only_when_requested.connect(self.ask_only_when)
        editor.code.textChanged.connect(self._code_changed)
        editor.views.currentChanged.connect(lambda _index: self._shown())
        editor.form.title.textEdited.connect(lambda _text: self.show_checks())
        editor.preview.platform_box.currentIndexChanged.connect(lambda _i: self.mark_preview())

    # What the fields are
    @property
    def lang(self) -> str:
        path = self.editor.path
        return path.parent.name if path is not None else "ja"

    def field(self, name: str) -> Field:
        try:
            return make_field(name, self._specs.get(name), self.lang)
        except FieldSpecError:
            return Field(name)

    def label_of(self, name: str) -> str:
        shared = shared_value_label(name, current_language())
        if shared is not None:
            return shared
        spec = self.field(name)
        return (spec.labels or {}).get(current_language()) or spec.label(self.lang)

    def _read_specs(self) -> None:
        try:
            fields = read_front_matter(self.editor.code.toPlainText()).get("fields", {})
        except FrontMatterError:
            fields = {}
        self._specs = fields if isinstance(fields, dict) else {}

    # Keeping the two views in step
    def reload(self) -> None:
        """Show the source's body in the message view (after opening or a source edit)."""
        self._read_specs()
        split = split_file(self.editor.code.toPlainText())
        if split is None:
            self.view.load("", [])
            self.view.note.setText(self.tr("Fix the front matter in Source first."))
            self.view.note.show()
            self.view.text.setEnabled(False)
            return
        body = split[1]
        parts = parse_body(body, lambda name: self.field(name).type == "bool")
        self._list_fields(fields_in(parts))  # first: the captions size the passages
        self.view.load(body, parts)
        self.view.text.setReadOnly(not self.editor.writable)
        for button in (
            self.view.insert,
            self.view.new_value,
            self.view.only_when,
            self.view.always,
        ):
            button.setEnabled(self.editor.writable)  # a built-in is customized first
        self._stale = False

    def _shown(self) -> None:
        if self._stale and self.editor.views.currentWidget() is self.view:
            self.reload()

    def _code_changed(self) -> None:
        if self._writing:
            return
        split = split_file(self.editor.code.toPlainText())
        if split is not None and split[1] == self.view.body:
            return  # a front matter edit: the message stays as it is
        self._stale = True
        self._shown()

    def _body_edited(self, body: str) -> None:
        split = split_file(self.editor.code.toPlainText())
        if split is not None:
            self._replace(split[0] + body)

    def _replace(self, text: str) -> None:
        code = self.editor.code
        if text == code.toPlainText():
            return
        self._writing = True
        try:
            cursor = QTextCursor(code.document())
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._writing = False

    def _front_edits(self, edits: list[tuple[str, Any, str]]) -> bool:
        text = self.editor.code.toPlainText()
        try:
            for key, value, table in edits:
                text = set_value(text, key, value, table)
        except FrontMatterError:
            self.editor.strip.show_message(
                "error", self.tr("Fix the front matter in Source first; new values go there.")
            )
            return False
        self._replace(text)
        self._read_specs()
        return True

    def start_from(self, body: str) -> None:
        """Put ``body`` (the other language's text, chips and all) in the message view."""
        split = split_file(self.editor.code.toPlainText())
        if split is None:
            return
        self._replace(split[0] + body)
        self.reload()
        self.editor.show_message()

    # The seller's requests
    def _example_edit(self, name: str, spec: Field) -> list[tuple[str, Any, str]]:
        template = self.editor.template
        if template is not None and name in template.example:
            return []
        value = sample_value(name, spec.type, spec.label(self.lang), self.lang, self.today)
        return [(name, value, "example")] if spec.type != "choice" else []

    def insert_field(self, name: str) -> None:
        """A chip for ``name`` at the cursor; a tick box makes the selected lines optional."""
        spec = self.field(name)
        if spec.type == "bool":
            self.make_only_when(name)
            return
        shared = shared_value_label(name, self.lang) is not None  # the marketplace fills it
        if not shared and not self._front_edits(self._example_edit(name, spec)):
            return
        self.view.text.insert_chip(name, chip_source(name, spec.type, self.lang))
        self.view.text.setFocus()

    def add_value(self, label: str, kind: str) -> str | None:
        """A new field the seller named: its label and kind go in the front matter."""
        label = label.strip()
        if not label or kind not in (*KINDS, "bool"):
            return None
        template = self.editor.template
        own = {f.name: f.label(self.lang) for f in (template.fields if template else ())}
        taken = set(self._specs) | set(own)
        name = new_field_name(label, taken, kind, own)
        if name in taken or name in vocabulary():  # the same value again, or a shared one
            return name if self._front_edits(self._example_edit(name, self.field(name))) else None
        table = f"fields.{name}"
        spec = Field(name, kind, {self.lang: label})
        edits = [("label", label, table), ("type", kind, table), *self._example_edit(name, spec)]
        return name if self._front_edits(edits) else None

    def make_only_when(self, flag: str) -> None:
        spec = self.field(flag)
        if not self._front_edits(self._example_edit(flag, spec)):
            return
        self.view.text.set_only_when(flag)

    def ask_new_value(self) -> None:
        parent = self.editor
        label = dialogs.get_text(
            parent, self.tr("New value"), self.tr("What the order form asks for:")
        )
        if not label or not label.strip():
            return
        names = [kind_name(kind) for kind in KINDS]
        kind = dialogs.choose(parent, self.tr("New value"), self.tr("Kind of value:"), names)
        if kind not in names:
            return
        name = self.add_value(label, KINDS[names.index(kind)])
        if name is not None:
            self.insert_field(name)

    def ask_only_when(self) -> None:
        parent = self.editor
        template = self.editor.template
        flags = [f.name for f in (template.fields if template else ()) if f.type == "bool"]
        new = self.tr("A new tick box…")
        labels = [self.label_of(flag) for flag in flags] + [new]
        picked = dialogs.choose(
            parent, self.tr("Only when…"), self.tr("Show the selected lines only when:"), labels
        )
        if picked is None:
            return
        if picked != new:
            self.make_only_when(flags[labels.index(picked)])
            return
        label = dialogs.get_text(
            parent,
            self.tr("Only when…"),
            self.tr(
                "When should these lines be in the message?\n"
                "The order form asks it with a tick box (e.g. “I sent photos”):"
            ),
        )
        name = self.add_value(label or "", "bool")
        if name is not None:
            self.make_only_when(name)

    # After each check of the source
    def after_check(self) -> None:
        self._read_specs()
        template = self.editor.template
        own = [f.name for f in template.fields] if template else []
        self._list_fields(own)
        self._checking += 1  # a check of older source is dropped when it ends
        if template is None:
            self._checked(self._checking, None)
            return
        platforms, lang, number = self.editor.preview.platforms, current_language(), self._checking
        deadlines = sample_deadlines(self.today)
        # Each marketplace's example is rendered and read by its rules: up to 50,000
        # characters each, too long for the window to wait on between two keys.
        self.aside.run(
            lambda: check_draft(template, platforms, lang, deadlines),
            lambda checks: self._checked(number, checks),
        )

    def _checked(self, number: int, checks: DraftChecks | None) -> None:
        if number != self._checking:
            return
        self.checks, self._shown_check = checks, number
        self.show_checks()
        self.mark_preview()
        self.checks_done.emit()

    def checking(self) -> bool:
        """Whether the latest check of the source is still running aside."""
        return self._shown_check != self._checking

    def _list_fields(self, own: list[str]) -> None:
        self.view.set_fields(own, self.label_of)

    def show_checks(self) -> None:
        problems = [f"{p.line}: {localized(p.message)}" for p in self.editor.problems]
        title_missing = self.editor.form.isEnabled() and not self.editor.form.title.text().strip()
        self.view.show_checks(self.checks, self.editor.preview.platforms, title_missing, problems)

    def mark_preview(self) -> None:
        """Mark the words a policy warns about in the preview of the chosen marketplace."""
        box = self.editor.preview.text
        pid = self.editor.preview.platform_box.currentData()
        result = next(
            (r for r in (self.checks.platforms if self.checks else ()) if r.platform_id == pid),
            None,
        )
        marks = []
        if result is not None and box.toPlainText() == result.text:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd6d6"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            for finding in result.findings:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(box.document())
                cursor.setPosition(_utf16(result.text, finding.start))
                cursor.setPosition(
                    _utf16(result.text, finding.end), QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor, selection.format = cursor, fmt
                marks.append(selection)
        box.setExtraSelections(marks)


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2
