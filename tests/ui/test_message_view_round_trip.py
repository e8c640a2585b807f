"""Every built-in opened in the editor's message view and saved without edits is the
same file, so it renders the same on every marketplace it lists."""

from pathlib import Path

import pytest

from app.base import paths
from app.templates.template_text import join
from app.ui.editor.editor_widget import TemplateEditor

BUILTINS = sorted(Path(paths.builtin_templates_dir()).glob("*/*.jinja"))


@pytest.mark.parametrize("builtin", BUILTINS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_builtin_saved_from_the_message_view_is_unchanged(
    qtbot, tmp_path: Path, builtin: Path
) -> None:  # type: ignore[no-untyped-def]
    original = builtin.read_bytes()
    copy = tmp_path / builtin.parent.name / builtin.name
    copy.parent.mkdir()
    copy.write_bytes(original)
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    assert editor.open_file(copy)
    assert editor.views.currentWidget() is editor.message_view
    view = editor.message_view
    assert view.text.isEnabled() and not view.note.isVisibleTo(editor)
    view.body_edited.emit(join(view.text.parts()))  # as an edit in the view writes back
    assert editor.save()
    assert copy.read_bytes() == original
