"""Qt tests keep QSettings in the test's temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path) -> None:
    QCoreApplication.setOrganizationName("Teinei")
    QCoreApplication.setApplicationName("teinei")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
