"""What the preview shows: the finished text, or an honest stand-in with what is missing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.fields import Field
from app.platforms import Platform
from app.rendering import (
    FieldValueError,
    MissingFieldsError,
    TemplateError,
    example_values,
    render,
)
from app.template_file import Template

READY = "ready"  # every field filled: this is the text that will be copied
DRAFT = "draft"  # some fields missing: their places are marked in the text
EXAMPLE = "example"  # nothing typed yet: the template's example order fills it
ERROR = "error"  # the template cannot produce text

_MARKED_TYPES = ("text", "multiline", "choice")


@dataclass(frozen=True)
class Preview:
    text: str
    state: str
    missing: tuple[str, ...] = ()  # field names, in the order the form lists them
    missing_labels: tuple[str, ...] = ()
    error: str = ""
    invalid: str = ""  # the field whose value could not be read, if that was the error

    @property
    def length(self) -> int:
        return len(self.text)


def marker(field: Field, lang: str) -> str:
    """The stand-in printed where a missing field's value will go."""
    label = field.label(lang)
    return f"［{label}］" if lang == "ja" else f"[{label}]"


def compose(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    *,
    today: date,
    deadlines: Mapping[str, date | datetime] | None = None,
) -> Preview:
    """The preview of ``template`` filled with ``values``; never raises for bad input."""
    try:
        return Preview(render(template, values, platform, deadlines=deadlines), READY)
    except MissingFieldsError as error:
        missing = (error.names, error.labels)
    except FieldValueError as error:
        return Preview("", ERROR, error=error.message, invalid=error.name)
    except TemplateError as error:
        return Preview("", ERROR, error=_where(template, error))
    typed = any(f.name in values for f in template.fields)
    if not typed:
        example = {**example_values(template, platform), **values}
        text = _try_render(template, example, platform, deadlines)
        if text is not None:
            return Preview(text, EXAMPLE, *missing)
    filled = dict(values)
    example = example_values(template, platform)
    for name in missing[0]:
        filled[name] = _stand_in(template, name, example, today)
    text = _try_render(template, filled, platform, deadlines)
    if text is None:
        return Preview("", ERROR, *missing, error="; ".join(missing[1]))
    return Preview(text, DRAFT, *missing)


def _stand_in(template: Template, name: str, example: Mapping[str, Any], today: date) -> object:
    field = template.field(name)
    if field is None:
        return f"［{name}］" if template.lang == "ja" else f"[{name}]"
    if field.type in _MARKED_TYPES:
        return marker(field, template.lang)
    # Amounts and dates cannot carry a marker through their filters; the example stands in.
    if name in example:
        return example[name]
    return today if field.type == "date" else 0


def _try_render(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    deadlines: Mapping[str, date | datetime] | None,
) -> str | None:
    try:
        return render(template, values, platform, deadlines=deadlines)
    except TemplateError:
        return None


def _where(template: Template, error: TemplateError) -> str:
    if error.line is not None and template.source != "builtin":
        return f"{error.message} ({template.path.name}, line {error.line})"
    return error.message


def over_limit(length: int, limit: int | None) -> int:
    """How many characters over ``limit`` (0 when within it or when there is no limit)."""
    return max(0, length - limit) if limit is not None else 0
