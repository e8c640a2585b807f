"""The open template's file, changed or removed by another program."""

from __future__ import annotations

from pathlib import Path

from app.ui.editor.file_watch import FileWatch

TEXT = '+++\ntitle = "Thanks"\ncategory = "thanks"\n+++\nThank you.\n'


def test_a_change_by_another_program_is_told_and_the_same_text_is_not(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "thanks.jinja"
    path.write_text(TEXT, encoding="utf-8")
    watch = FileWatch(lambda: TEXT)
    watch.follow(path)
    assert not watch.differs()
    with qtbot.waitSignal(watch.changed, timeout=5000):
        path.write_text(TEXT + "More.\n", encoding="utf-8")
    assert watch.differs()
    with qtbot.waitSignal(watch.removed, timeout=5000):
        path.unlink()
