"""What the template editor tests share: questions answered, an editor, typing."""

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from app.base import paths
from app.ui import dialogs
from app.ui.dialogs import Choice
from app.ui.editor.editor_widget import TemplateEditor


class Asked:
    """Stands in for the dialogs: records each question and gives the set answers."""

    def __init__(self) -> None:
        self.yes = False  # to a yes/no question
        self.choice = Choice.CANCEL  # to "save your changes?"
        self.questions: list[str] = []

    def ask(self, parent, title: str, text: str, **_kwargs) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return self.yes

    def ask_save(self, parent, title: str, text: str) -> Choice:  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return self.choice


def answer_with(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """The dialogs answered by an Asked (the ``asked`` fixture of tests/ui/conftest.py)."""
    answer = Asked()
    monkeypatch.setattr(dialogs, "ask", answer.ask)
    monkeypatch.setattr(dialogs, "ask_save", answer.ask_save)
    return answer


def make_editor(qtbot, **kwargs) -> TemplateEditor:  # type: ignore[no-untyped-def]
    editor = TemplateEditor(**kwargs)
    qtbot.addWidget(editor)
    editor.resize(1000, 600)
    return editor


def type_at_end(qtbot, editor: TemplateEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.code.moveCursor(QTextCursor.MoveOperation.End)
    if text.isascii():
        qtbot.keyClicks(editor.code, text)
    else:
        editor.code.insertPlainText(text)  # as an input method commits Japanese


def user_file(template_id: str, lang: str = "ja") -> Path:
    return paths.user_templates_dir() / lang / f"{template_id}.jinja"
