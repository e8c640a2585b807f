"""Policy warnings and deadlines in the window, attached to its hooks.

The window renders; this part checks each new preview, lists and highlights the
warnings beside it, keeps the order's dates and deadlines in the order form, and adds
the warnings to what copying asks about.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from app.deadlines import Deadlines, OrderDates
from app.findings import Finding
from app.platforms import Platform
from app.preview import ERROR, Preview
from app.template_file import Template
from app.ui.after_paint import AfterPaint
from app.ui.deadline_panel import DeadlinePanel
from app.ui.i18n import current_language

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger("teinei")


def findings_for(
    text: str,
    template: Template | None,
    platform: Platform,
    deadlines: Deadlines | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """The warnings for ``text`` written with ``template``; none without a template.

    A message the seller starts (``amazon_message = "proactive"``) is also checked
    against the days since delivery, when ``deadlines`` and ``now`` are given."""
    if template is None or not text:
        return []
    # The rules load with the first check, which a start runs after the desk is painted.
    from app.policy import check
    from app.policy_rules import PolicyRulesError
    from app.proactive import late_findings

    try:
        found = check(
            text,
            platform.id,
            limit=platform.message_limit,
            addressee=template.addressee,
            message=template.amazon_message,
        )
        if template.amazon_message == "proactive" and deadlines is not None and now is not None:
            found += late_findings(text, platform, deadlines, now)
        return found
    except PolicyRulesError as error:
        # A broken rules file must not stop anyone writing; the log says what is wrong.
        log.warning("policy checks are off: %s", error)
        return []


def quote(text: str, finding: Finding, lang: str) -> str:
    excerpt = text[finding.start : finding.end].replace("\n", " ")
    if len(excerpt) > 30:
        excerpt = excerpt[:29] + "…"
    return f"「{excerpt}」" if lang == "ja" else f"“{excerpt}”"


class PolicyWiring(QObject):
    """Checks every preview and feeds the order's deadlines to the templates."""

    checked = Signal()  # the warnings of the shown preview are listed

    def __init__(
        self,
        window: MainWindow,
        *,
        clock: Callable[[], datetime] = datetime.now,
        defer_first: bool = False,
    ) -> None:
        """``defer_first`` lets the desk paint before the first check, which reads and
        compiles the rules (tens of ms); copying checks the text itself, so it never waits."""
        super().__init__(window)
        self.window = window
        self.checked_text: str | None = None  # the text the listed warnings are for
        self._waiting = defer_first
        if defer_first:
            AfterPaint(window.preview_pane, self._first_check)
        self.panel = DeadlinePanel(window.form, clock=clock, language=current_language)
        window.form.add_section(self.panel)
        # Explanations are sentences: wrap them rather than scroll sideways.
        findings_list = window.preview_pane.findings_list
        findings_list.setWordWrap(True)
        findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.copy_checks.append(self.copy_reasons)
        window.preview_updated.connect(self.on_preview)
        window.actions.new_order.triggered.connect(self.clear_dates)
        self.panel.changed.connect(self.on_dates)

    def on_preview(self) -> None:
        window = self.window
        changed = self.panel.set_choices(window.draft.values)
        if self.panel.platform is not window.platform:
            self.panel.set_platform(window.platform)
            changed = True
        if changed and self._sync_deadlines():
            return  # the preview is drawn again, and checked then
        if not self._waiting:
            self._check()

    def _check(self) -> None:
        window = self.window
        preview = window.preview
        shown = preview.text if preview is not None and preview.state != ERROR else ""
        window.preview_pane.set_findings(
            findings_for(
                shown,
                window.template,
                window.platform,
                self.panel.deadlines(),
                self.panel.clock(),
            )
        )
        self.checked_text = shown
        self.checked.emit()

    def _first_check(self) -> None:
        self._waiting = False
        self._check()

    def on_dates(self) -> None:
        self._sync_deadlines()

    def clear_dates(self) -> None:
        self.panel.set_order_dates(OrderDates())

    def _sync_deadlines(self) -> bool:
        """Give the templates the panel's deadlines; True if the preview was redrawn."""
        deadlines = dict(self.panel.deadlines())
        if deadlines == self.window.deadlines:
            return False
        self.window.deadlines = deadlines
        self.window.refresh_preview()
        return True

    def copy_reasons(self) -> list[str]:
        """What copying should ask about: each warning on the text that would be copied."""
        window = self.window
        preview: Preview | None = window.preview
        if preview is None or preview.state == ERROR:
            return []
        text = preview.copy_text
        findings = findings_for(
            text, window.template, window.platform, self.panel.deadlines(), self.panel.clock()
        )
        if not findings:
            return []
        lang = current_language()
        head = QCoreApplication.translate("PolicyWiring", "This may break %1's rules:")
        head = head.replace("%1", window.platform.name(lang))
        space = "" if lang == "ja" else " "
        return [head, *(f"{quote(text, f, lang)}{space}{f.message(lang)}" for f in findings)]
