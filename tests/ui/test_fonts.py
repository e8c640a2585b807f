"""Japanese text gets the system's Japanese face on Windows, macOS and Linux alike."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from app.ui import fonts
from app.ui.editor.code_edit import TemplateTextEdit


@pytest.mark.parametrize(
    ("system", "first"),
    [
        ("win32", "Yu Gothic UI"),
        ("darwin", "Hiragino Sans"),
        ("linux", "Noto Sans CJK JP"),
        ("freebsd14", "Noto Sans CJK JP"),
    ],
)
def test_each_system_names_its_own_japanese_face(system: str, first: str) -> None:
    assert fonts.japanese_families(system)[0] == first


def test_windows_keeps_its_ui_face_for_latin_and_adds_meiryo_after_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    font = QFont()
    font.setFamilies(["Segoe UI", "Meiryo"])
    families = fonts.with_japanese(font, "win32").families()
    # Segoe UI is not on this machine: the face chosen in its place leads, then the rest.
    assert families[1:] == ["Segoe UI", "Meiryo", "Yu Gothic UI", "Meiryo UI", "MS UI Gothic"]


def test_the_editor_stays_monospaced_and_latin_keeps_its_face(qtbot) -> None:  # type: ignore[no-untyped-def]
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert QFontInfo(fonts.with_japanese(fixed)).family() == QFontInfo(fixed).family()
    editor = TemplateTextEdit()
    qtbot.addWidget(editor)
    assert QFontInfo(editor.font()).fixedPitch() == QFontInfo(fixed).fixedPitch()


def test_the_application_and_the_editor_name_japanese_faces(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        fonts.apply(app)
        assert QFontInfo(app.font()).family() == QFontInfo(before).family()  # Latin keeps it
        assert "Hiragino Sans" in app.font().families()
        editor = TemplateTextEdit()
        qtbot.addWidget(editor)
        assert "Hiragino Sans" in editor.font().families()
    finally:
        app.setFont(before)
