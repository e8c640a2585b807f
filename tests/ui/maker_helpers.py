"""An editor open on a template just made through the maker, in a tmp folder."""

from datetime import date
from pathlib import Path

from app.templates.library import Source
from app.templates.template_maker import Plan, create
from app.ui.editor.editor_widget import TemplateEditor


def open_new(qtbot, folder: Path, plan: Plan, body: str = "") -> TemplateEditor:  # type: ignore[no-untyped-def]
    """The Japanese file of ``plan``, with ``body`` after its front matter, in an editor
    whose today is 2026-11-30."""
    _id, paths = create(plan, Source("user", folder, True), set())
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + body, encoding="utf-8")
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.sync.today = date(2026, 11, 30)
    assert editor.open_file(paths[0])
    editor.show()
    return editor
