"""What the desk checks on a message: the platform's rules, and what a copy should ask."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from app.base.platforms import Platform
    from app.deadlines.schedule import Deadlines
    from app.orders.next_step_text import Caution
    from app.policy.findings import Finding
    from app.rendering.preview import Preview
    from app.templates.template_file import Template

log = logging.getLogger("teinei")

# A check of text this short takes well under a frame even on the slowest shapes; a
# longer one runs aside (MessageCheck.aside) and its warnings come when ready.
SYNC_CHARS = 2_000
# How a long check runs aside: given the work, and what to call with its findings.
CheckAside = Callable[[Callable[[], "list[Finding]"], Callable[["list[Finding]"], None]], None]


class MessageCheck:
    """The platform's rules on the shown message, one check per change: a short text at
    once, a longer one ``aside`` when given; the findings of an older text are dropped."""

    def __init__(
        self, done: Callable[[str, list[Finding]], None], waiting: Callable[[], None]
    ) -> None:
        self.done = done  # called with the text and its findings
        self.waiting = waiting  # called when a text goes aside, before its findings
        self.aside: CheckAside | None = None
        self.count = 0  # checks run

    def run(
        self,
        text: str,
        template: Template | None,
        platform: Platform,
        deadlines: Deadlines,
        now: datetime,
    ) -> None:
        self.count += 1

        def work() -> list[Finding]:
            return findings_for(text, template, platform, deadlines, now)

        if len(text) <= SYNC_CHARS or self.aside is None:
            self.done(text, work())
            return
        self.waiting()
        number = self.count
        self.aside(work, lambda found: self._finished(number, text, found))

    def _finished(self, number: int, text: str, found: list[Finding]) -> None:
        if number == self.count:
            self.done(text, found)


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
    from app.policy.checks import TextTooLongError, check
    from app.policy.proactive import late_findings
    from app.policy.rules import PolicyRulesError

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
    except (PolicyRulesError, TextTooLongError) as error:
        # A broken rules file must not stop anyone writing; the log says what is wrong.
        log.warning("policy checks are off: %s", error)
        return []


def quote(text: str, finding: Finding, lang: str) -> str:
    """The words a warning is about, in the quotation marks of ``lang``."""
    excerpt = text[finding.start : finding.end].replace("\n", " ")
    if len(excerpt) > 30:
        excerpt = excerpt[:29] + "…"
    return f"「{excerpt}」" if lang == "ja" else f"“{excerpt}”"


@dataclass(frozen=True)
class CopyCheck:
    """The text a copy would take, and what to ask about before it goes."""

    text: str | None  # None: there is nothing to copy yet
    missing: tuple[str, ...] = ()  # field names still empty
    findings: Sequence[Finding] = field(default_factory=tuple)  # rules the text may break
    cautions: Sequence[Caution] = field(default_factory=tuple)  # a repeat, a banned request

    @property
    def blocked(self) -> bool:
        return bool(self.missing or self.findings or self.cautions)


def copy_check(
    preview: Preview | None,
    template: Template | None,
    platform: Platform,
    cautions: Sequence[Caution] = (),
    deadlines: Deadlines | None = None,
    now: datetime | None = None,
    known: tuple[str | None, Sequence[Finding]] = (None, ()),
) -> CopyCheck:
    """What copying ``preview`` would take, and what to ask first; the rules are checked
    on the very text that would be copied (``known``: a text already checked, and its
    findings, taken as they are when it is that text)."""
    from app.rendering.preview import ERROR

    if preview is None or template is None or preview.state == ERROR:
        return CopyCheck(None)
    text = preview.copy_text
    return CopyCheck(
        text,
        missing=preview.missing,
        findings=(
            tuple(known[1])
            if known[0] == text and len(text) > SYNC_CHARS
            else findings_for(text, template, platform, deadlines, now)
        ),
        cautions=tuple(cautions),
    )
