"""Copying the finished text: ask first when something is amiss, then say it is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.preview import ERROR
from app.ui import dialogs
from app.ui.i18n import current_language

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context; look it up there.
    return QCoreApplication.translate("", text)


def blockers(window: MainWindow) -> list[str]:
    """Sentences to show and confirm before the text goes to the clipboard."""
    reasons: list[str] = []
    preview = window.preview
    if preview is not None and preview.missing:
        labels = window.field_labels()
        names = "、".join(labels.get(name, name) for name in preview.missing)
        reasons.append(tr("These fields are still empty: %1").replace("%1", names))
    for check in window.copy_checks:
        reasons.extend(check())
    return reasons


def ready_text(window: MainWindow) -> str | None:
    """The text to send, after asking when something is amiss; None if there is none."""
    preview, template, status = window.preview, window.template, window.statusBar()
    if window.browser.found_nothing():
        status.showMessage(tr("No template matches the search, so nothing was copied."), 8000)
        return None
    if preview is None or template is None or preview.state == ERROR:
        status.showMessage(tr("There is no text to copy yet."), 8000)
        return None
    reasons = window.copy_blockers()
    if reasons:
        question = "\n".join(reasons) + "\n\n" + tr("Copy the text anyway?")
        if not dialogs.ask(window, tr("Copy anyway?"), question):
            status.showMessage(tr("Not copied."), 5000)
            return None
    return preview.copy_text


def copy(window: MainWindow) -> bool:
    """Copy the text (asking first if anything is amiss); True if it was copied."""
    text, template = ready_text(window), window.template
    if text is None or template is None:
        return False
    QGuiApplication.clipboard().setText(text)
    window.note_recent(template.id)
    place = window.platform.view(current_language()).message_place
    done = tr("Copied %1 characters. Paste them into %2.")
    count = f"{len(text):,}"
    window.statusBar().showMessage(done.replace("%1", count).replace("%2", place), 8000)
    window.message_copied.emit(template.id, template.lang, text)
    return True
