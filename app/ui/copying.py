"""Copying the desk's message: ask first when something is amiss, then say it is done."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.desk.checks import CopyCheck, quote
from app.ui import dialogs
from app.ui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from app.base.platforms import Platform
    from app.desk.model import Desk
    from app.templates.template_file import Template


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context; look it up there.
    return QCoreApplication.translate("", text)


def reasons(
    check: CopyCheck, labels: Mapping[str, str], platform: Platform, lang: str
) -> list[str]:
    """Sentences to show and confirm before the text goes to the clipboard: missing
    fields (named as the form names them), the platform's rules, the order's cautions."""
    said: list[str] = []
    if check.missing:
        names = "、".join(labels.get(name, name) for name in check.missing)
        said.append(tr("These fields are still empty: %1").replace("%1", names))
    if check.findings and check.text is not None:
        head = tr("This may break %1's rules:")
        said.append(head.replace("%1", platform.name(lang)))
        space = "" if lang == "ja" else " "
        text = check.text
        said.extend(f"{quote(text, f, lang)}{space}{f.message(lang)}" for f in check.findings)
    said.extend(caution.message(lang) for caution in check.cautions)
    return said


def copied_note(count: int, template: Template, platform: Platform, lang: str) -> str:
    view = platform.view(lang)
    # Where the seller writes: Seller Central on Amazon; the support form for a request.
    place = view.support_path if template.addressee == "support" else view.seller_message_place
    done = tr("Copied %1 characters. Paste them into %2.")
    return done.replace("%1", f"{count:,}").replace("%2", place)


def nothing_to_copy() -> str:
    return tr("There is no text to copy yet.")


def question(reasons: list[str]) -> tuple[str, str]:
    """The title and text of the question asked before a copy with ``reasons``."""
    return tr("Copy anyway?"), "\n".join(reasons) + "\n\n" + tr("Copy the text anyway?")


def not_copied() -> str:
    return tr("Not copied.")


def ready_text(
    desk: Desk, labels: Mapping[str, str], parent: QWidget, status: QStatusBar
) -> tuple[str, str, str] | None:
    """The desk's message, after asking first if anything is amiss;
    (template id, language, text), or None when there is none or the seller said no."""
    check, template = desk.copy_check(), desk.template
    if check.text is None or template is None:
        status.showMessage(nothing_to_copy(), 8000)
        return None
    lang = current_language()
    said = reasons(check, labels, desk.platform, lang)
    if said and not dialogs.ask(parent, *question(said)):
        status.showMessage(not_copied(), 5000)
        return None
    return template.id, template.lang, check.text


def found_nothing_note() -> str:
    return tr("No template matches the search, so nothing was copied.")


def copy(
    desk: Desk, labels: Mapping[str, str], parent: QWidget, status: QStatusBar
) -> tuple[str, str, str] | None:
    """Put the desk's message on the clipboard, asking first if anything is amiss;
    (template id, language, text) if it was copied."""
    from PySide6.QtGui import QGuiApplication

    ready, template = ready_text(desk, labels, parent, status), desk.template
    if ready is None or template is None:
        return None
    QGuiApplication.clipboard().setText(ready[2])
    note = copied_note(len(ready[2]), template, desk.platform, current_language())
    status.showMessage(note, 8000)
    return ready
