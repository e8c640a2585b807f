"""Checks a seller sees while writing a template, before saving it: the values the
order form cannot fill, and for every marketplace the template is for, the filled
example's length against its limit and the policy warnings with the words they mark.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from app.base.messages import Message, say
from app.base.platforms import Platform
from app.policy import checks as policy
from app.policy.findings import Finding
from app.rendering.render import TemplateError, example_values, render
from app.templates.template_file import Template
from app.templates.template_text import Chip, OnlyWhen, Part, parse_body

_FILTER = re.compile(r"\|\s*([a-z_]+)")
# What each filter needs the value to be, and the kinds that give it.
_FILTER_KINDS = {"money": ("money", "number"), "date": ("date",), "datetime": ("date",)}
_KIND_NAMES = {
    "text": Message("a line of text", "1行の文字"),
    "multiline": Message("text", "文章"),
    "money": Message("an amount", "金額"),
    "date": Message("a date", "日付"),
    "number": Message("a number", "数"),
    "choice": Message("a choice", "選択肢"),
    "bool": Message("a tick box", "チェックボックス"),
}
_SHOWN = {
    "money": Message("an amount", "金額"),
    "date": Message("a date", "日付"),
    "datetime": Message("a date and time", "日時"),
}


@dataclass(frozen=True)
class PlatformCheck:
    """The example order filled in for one marketplace."""

    platform_id: str
    text: str = ""
    limit: int | None = None
    findings: tuple[Finding, ...] = ()
    error: Message | None = None

    @property
    def length(self) -> int:
        return len(self.text)

    @property
    def over(self) -> int:
        return max(0, self.length - self.limit) if self.limit else 0


@dataclass(frozen=True)
class DraftChecks:
    unfillable: tuple[tuple[str, Message], ...] = ()  # (field name, why)
    platforms: tuple[PlatformCheck, ...] = field(default_factory=tuple)


def _chips(parts: list[Part]) -> list[Chip]:
    found: list[Chip] = []
    for part in parts:
        if isinstance(part, Chip):
            found.append(part)
        elif isinstance(part, OnlyWhen):
            found.extend(p for p in part.inner if isinstance(p, Chip))
    return found


def unfillable(template: Template, lang: str) -> list[tuple[str, Message]]:
    """Chips the order form cannot give a value that reads right."""
    problems: list[tuple[str, Message]] = []
    for chip in _chips(parse_body(template.body)):
        spec = template.field(chip.name)
        if spec is None:
            continue
        label = spec.labels.get(lang) if spec.labels else None
        label = label or spec.label(template.lang)
        used = _FILTER.search(chip.source)
        if spec.type == "bool":
            problems.append((chip.name, say("chip_is_tick_box", label=label)))
        elif (
            used
            and used.group(1) in _FILTER_KINDS
            and spec.type not in _FILTER_KINDS[used.group(1)]
        ):
            problems.append(
                (
                    chip.name,
                    say(
                        "chip_wrong_kind",
                        label=label,
                        kind=_KIND_NAMES[spec.type].text(lang),
                        shown=_SHOWN[used.group(1)].text(lang),
                    ),
                )
            )
    return problems


def check_draft(
    template: Template,
    platforms: Mapping[str, Platform],
    lang: str,
    deadlines: Mapping[str, date | datetime] | None = None,
) -> DraftChecks:
    """Everything the editor shows under the text, in the seller's language ``lang``;
    ``deadlines`` are the example order's."""
    results = []
    for pid in template.platforms:
        platform = platforms.get(pid)
        if platform is None:
            continue
        try:
            values = example_values(template, platform)
            text = render(template, values, platform, deadlines=deadlines)
        except TemplateError as error:
            problem = error.message_in(lang)
            message = say("example_cannot_fill", platform=platform.name(lang), problem=problem)
            results.append(PlatformCheck(pid, limit=platform.message_limit, error=message))
            continue
        findings = policy.check(text, pid, addressee=template.addressee)
        results.append(PlatformCheck(pid, text, platform.message_limit, tuple(findings)))
    return DraftChecks(tuple(unfillable(template, lang)), tuple(results))
