"""Qt tests keep QSettings in the test's temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.ui.editor_helpers import Asked, answer_with
from tests.ui.main_window_helpers import make_window, write_order_note


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("Teinei")
    QCoreApplication.setApplicationName("teinei")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture
def english_ui_and_a_known_template():  # type: ignore[no-untyped-def]
    """The main window tests: English UI and the order_note template (main_window_helpers)."""
    write_order_note()
    translations().switch("en")
    yield
    translations().switch("en")


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown main window; modules that need another kind define their own ``window``."""
    return make_window(qtbot)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """The editor's questions recorded and answered as a test sets (tests/ui/editor_helpers.py)."""
    return answer_with(monkeypatch)
