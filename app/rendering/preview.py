"""What the preview shows: the finished text, or an honest stand-in with what is missing.

A missing value never borrows from the example order in text that can be copied: its
place shows a mark such as ［商品名］ or [Item]. Amounts, numbers and dates cannot carry
a mark through their filters, so they render with an unmistakable stand-in value that is
then replaced by the mark in the finished text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.base.messages import say
from app.base.platforms import Platform
from app.rendering.filters import format_date, format_datetime, format_money
from app.templates.fields import Field, resolve_choices
from app.templates.template_file import Template, example_values

# app.rendering.render (and jinja2) load with the first real render, not with this module: the
# desk can show a remembered first preview (app.rendering.render_memo) before they are needed.
if TYPE_CHECKING:
    from app.rendering.render import TemplateError

READY = "ready"  # every field filled: this is the text that will be copied
DRAFT = "draft"  # some fields missing: their places are marked in the text
EXAMPLE = "example"  # nothing typed yet: the template's example order fills the view
ERROR = "error"  # the template cannot produce text

_MARKED_TYPES = ("text", "multiline", "choice")
_STAND_IN_NUMBER = 987_654_301
_STAND_IN_DATE = date(1911, 11, 11)


@dataclass(frozen=True)
class Preview:
    text: str  # what the preview shows
    state: str
    missing: tuple[str, ...] = ()  # field names, in the order the form lists them
    missing_labels: tuple[str, ...] = ()
    error: str = ""
    invalid: str = ""  # the field whose value could not be read, if that was the error
    copy_text: str = ""  # what Copy puts on the clipboard: never example values

    @property
    def length(self) -> int:
        return len(self.text)


def marker(label: str, lang: str) -> str:
    """The mark printed where a missing value will go."""
    return f"［{label}］" if lang == "ja" else f"[{label}]"


def compose(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    *,
    deadlines: Mapping[str, date | datetime] | None = None,
) -> Preview:
    """The preview of ``template`` filled with ``values``; never raises for bad input.

    Every render it makes shares one short time limit: the window waits on it.
    """
    from app.rendering.render_limits import WINDOW_TIME_LIMIT, render_limits

    with render_limits(WINDOW_TIME_LIMIT):
        return _compose(template, values, platform, deadlines)


def _compose(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    deadlines: Mapping[str, date | datetime] | None,
) -> Preview:
    from app.rendering.render import FieldValueError, MissingFieldsError, TemplateError, render

    typed = any(f.name in values for f in template.fields)
    values = usable_values(template, values, platform)
    try:
        text = render(template, values, platform, deadlines=deadlines)
        return Preview(text, READY, copy_text=text)
    except MissingFieldsError as error:
        names, labels = error.names, error.labels
    except FieldValueError as error:
        return Preview("", ERROR, error=error.message, invalid=error.name)
    except TemplateError as error:
        return Preview("", ERROR, error=_where(template, error))
    marked = marked_text(template, values, platform, names, deadlines)
    if marked is None:
        return Preview("", ERROR, names, labels, error="; ".join(labels))
    if not typed:
        example = {**example_values(template, platform), **values}
        shown = _try_render(template, example, platform, deadlines)
        if shown is not None:
            return Preview(shown, EXAMPLE, names, labels, copy_text=marked)
    return Preview(marked, DRAFT, names, labels, copy_text=marked)


def usable_values(
    template: Template, values: Mapping[str, object], platform: Platform
) -> dict[str, object]:
    """``values`` without choices this template and platform do not offer.

    The order is shared: "damaged" chosen for one template's ``problem``, or a carrier of
    another platform, must not print as a raw key in a template that has no such choice.
    """
    usable = dict(values)
    for field in template.fields:
        if field.type == "choice" and field.name in usable:
            offered = {key for key, _labels in resolve_choices(field, platform.carriers)}
            if usable[field.name] not in offered:
                del usable[field.name]
    return usable


def marked_text(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    missing: tuple[str, ...],
    deadlines: Mapping[str, date | datetime] | None = None,
) -> str | None:
    """The text with a mark in the place of each missing value (None if it cannot render)."""
    from app.rendering.render import DEADLINE_PREFIX, deadline_label, stand_in_deadline

    filled = dict(values)
    dated = dict(deadlines or {})
    swaps: list[tuple[str, str]] = []  # (stand-in as printed, mark)
    for index, name in enumerate(missing):
        if name.startswith(DEADLINE_PREFIX):
            key = name.removeprefix(DEADLINE_PREFIX)
            moment = stand_in_deadline(index)
            dated[key] = moment
            mark = marker(deadline_label(key, template.lang), template.lang)
            lang = template.lang
            printed = [format_datetime(moment, lang), *_date_styles(moment.date(), lang)]
            swaps.extend((shown, mark) for shown in printed)
            continue
        field = template.field(name)
        label = field.label(template.lang) if field is not None else name
        mark = marker(label, template.lang)
        if field is None or field.type in _MARKED_TYPES:
            filled[name] = mark
            continue
        stand_in, printed = _stand_in(field, index, platform.currency, template.lang)
        filled[name] = stand_in
        swaps.extend((shown, mark) for shown in printed)
    text = _try_render(template, filled, platform, dated)
    if text is None:
        return None
    for shown, mark in sorted(swaps, key=lambda swap: -len(swap[0])):
        text = text.replace(shown, mark)
    return text


def _stand_in(field: Field, index: int, currency: str, lang: str) -> tuple[Any, list[str]]:
    """A value no real order has, and every way the template might print it."""
    if field.type == "date":
        day = _STAND_IN_DATE + timedelta(days=index)
        return day, _date_styles(day, lang)
    number = _STAND_IN_NUMBER + index
    printed = [f"{number:,}", str(number)]
    if field.type == "money":
        printed = [format_money(number, currency, lang), f"{number}.00", *printed]
    return (Decimal(number) if field.type == "money" else number), printed


def _date_styles(day: date, lang: str) -> list[str]:
    return [format_date(day, lang, "long"), format_date(day, lang), day.isoformat()]


def _try_render(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    deadlines: Mapping[str, date | datetime] | None,
) -> str | None:
    from app.rendering.render import TemplateError, render

    try:
        # Stand-in numbers are not amounts: they are not compared with the price.
        return render(template, values, platform, deadlines=deadlines, check_amounts=False)
    except TemplateError:
        return None


def _where(template: Template, error: TemplateError) -> str:
    if error.line is not None and template.source != "builtin":
        return say("where", message=error.message, file=template.path.name, line=error.line)
    return error.message


def over_limit(length: int, limit: int | None) -> int:
    """How many characters over ``limit`` (0 when within it or when there is no limit)."""
    return max(0, length - limit) if limit is not None else 0
