"""What the window says when a file it depends on is damaged: the orders database, the
settings. Each says which file, what was kept, and what the seller can do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.base.messages import message_of
from app.orders.schema import DamagedDatabaseError
from app.ui.dialogs import log
from app.ui.i18n import localized


def damaged_orders_box(parent: QWidget | None, error: DamagedDatabaseError) -> QMessageBox:
    """The question asked when the orders database cannot be read."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DamageDialogs", "Orders database damaged"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate(
            "DamageDialogs",
            "The orders database is damaged and cannot be read.\n\n"
            "Teinei can keep a copy of the damaged file (so nothing is deleted) and start "
            "a new, empty orders database. Your templates are not affected.",
        )
    )
    box.setInformativeText(localized(message_of(error)))
    start = box.addButton(
        QCoreApplication.translate("DamageDialogs", "Keep a copy and start new"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DamageDialogs", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(start)
    return box


def ask_start_new(parent: QWidget | None, error: DamagedDatabaseError) -> bool:
    """True when the seller chooses to keep a copy and start a new database."""
    log.warning("orders database damaged: %s", error)
    box = damaged_orders_box(parent, error)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def config_problem_box(parent: QWidget | None, problem: str) -> QMessageBox:
    """A note (not a question) that the settings file could not be used."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DamageDialogs", "Settings not read"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate(
            "DamageDialogs",
            "Teinei could not use its settings file, so it started with default settings. "
            "Shared template folders and platform corrections are not in use until the "
            "file is fixed.",
        )
    )
    box.setInformativeText(localized(problem))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_config_problem(parent: QWidget, problem: str) -> QMessageBox:
    """Shown beside the window without stopping it; the window keeps working."""
    log.warning("%s", problem)
    box = config_problem_box(parent, problem)
    box.setModal(False)
    box.show()
    return box
