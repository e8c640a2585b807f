"""Rendering a template with an order's values into the finished plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from app.base.deadline_names import LABELS as DEADLINE_LABELS
from app.base.messages import Message, join, say, text_in
from app.base.platforms import Platform
from app.rendering.filters import FilterError, format_money, parse_amount, parse_date, parse_money
from app.rendering.jinja_env import (
    DROP_LINE,
    collect_missing,
    compiled,
    compiled_collecting,
    stop_collecting,
)
from app.rendering.jinja_messages import syntax_message
from app.rendering.render_limits import (
    MAX_OUTPUT_CHARS,
    RenderLimitError,
    not_counted,
    render_limits,
    tick,
)
from app.templates.fields import Field, resolve_choices
from app.templates.template_file import Template
from app.templates.template_file import example_values as example_values

_BLANK_RUNS = re.compile(r"\n{3,}")
_TRUE = {"1", "true", "yes", "on", "y", "はい"}
_FALSE = {"0", "false", "no", "off", "n", "いいえ", ""}


class TemplateError(Exception):
    """The template could not produce text; ``message`` is a plain sentence."""

    def __init__(self, message: str, path: Path | None = None, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path is not None and line is not None else ""
        super().__init__(f"{where}{message}")
        self.message = message
        self.path = path
        self.line = line

    def message_in(self, lang: str) -> str:
        """The sentence in ``lang`` (``message`` and ``str(self)`` are English)."""
        return text_in(self.message, lang)


class RenderStoppedError(TemplateError):
    """A limit stopped the render (time, size, steps, depth): the template must change."""


class MissingFieldsError(TemplateError):
    """Values the text needs were not given; ``names`` holds every one of them."""

    def __init__(self, names: tuple[str, ...], labels: tuple[str, ...] = ()) -> None:
        super().__init__(say("missing", names=join(*(labels or names), sep=", ")))
        self.names = names
        self.labels = labels or names


class FieldValueError(TemplateError):
    def __init__(self, field: Field, lang: str, problem: str) -> None:
        # English keeps the label in the template's language, as the CLI always showed it.
        label = Message(field.label(lang), field.label("ja"))
        super().__init__(say("field_value", label=label, problem=problem))
        self.name = field.name


class ChoiceLabel(str):
    """A choice's label in the template's language that also knows its key, so a
    template can branch on `{% if fulfilment.key == "fba" %}` whatever the label says."""

    key: str

    def __new__(cls, label: str, key: str) -> ChoiceLabel:
        made = super().__new__(cls, label)
        made.key = key
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (ChoiceLabel, (str(self), self.key))


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def coerce(
    field: Field, value: Any, platform: Platform, lang: str, today: date | None = None
) -> Any:
    """The value as the template should see it, by the field's type.

    A typed date without a year ("12/4") is read against ``today``."""
    try:
        match field.type:
            case "money":
                return parse_money(value, platform.currency)
            case "date":
                return value if isinstance(value, date) else parse_date(value, today)
            case "number":
                return int(parse_amount(value))
            case "bool":
                if isinstance(value, bool):
                    return value
                text = str(value).strip().lower()
                if text in _TRUE or text in _FALSE:
                    return text in _TRUE
                raise FilterError(say("not_yes_no", value=value))
            case "choice":
                key = str(value)
                for choice_key, labels in resolve_choices(field, platform.carriers):
                    if choice_key == key:
                        return ChoiceLabel(labels.get(lang) or key, key)
                return ChoiceLabel(key, key)
            case _:
                return str(value).strip() if field.type == "text" else str(value).rstrip()
    except FilterError as error:
        raise FieldValueError(field, lang, error.message) from None


def template_values(
    template: Template,
    values: Mapping[str, Any],
    platform: Platform,
    today: date | None = None,
    *,
    check_amounts: bool = True,
) -> tuple[dict[str, Any], list[Field]]:
    """The render context's fields, and the fields that have no value at all.

    ``check_amounts`` refuses a refund of zero or less, or more than the order's price;
    a preview that stands in numbers for missing values turns it off."""
    context: dict[str, Any] = {}
    absent: list[Field] = []
    for field in template.fields:
        value = values.get(field.name)
        if is_blank(value):
            value = field.default
        if is_blank(value):
            if field.required:
                absent.append(field)
            else:
                context[field.name] = ""
            continue
        context[field.name] = coerce(field, value, platform, template.lang, today)
    if check_amounts:
        _check_refunds(template, context, values, platform)
    return context, absent


def _check_refunds(
    template: Template, context: Mapping[str, Any], values: Mapping[str, Any], platform: Platform
) -> None:
    """A refund (a money field named refund...) is more than zero and, when the order's
    price is known, not more than it."""
    price: Decimal | None = None
    raw_price = context.get("price", values.get("price"))
    if not is_blank(raw_price):
        try:
            price = raw_price if isinstance(raw_price, Decimal) else parse_amount(raw_price)
        except FilterError:
            price = None  # a bad price is reported on its own field
    for field in template.fields:
        amount = context.get(field.name)
        if field.type != "money" or not field.name.startswith("refund"):
            continue
        if not isinstance(amount, Decimal):
            continue
        if amount <= 0:
            problem = say(
                "refund_not_positive", value=format_money(amount, platform.currency, template.lang)
            )
            raise FieldValueError(field, template.lang, problem)
        if price is not None and amount > price:
            problem = say(
                "refund_over_price",
                refund=format_money(amount, platform.currency, template.lang),
                price=format_money(price, platform.currency, template.lang),
            )
            raise FieldValueError(field, template.lang, problem)


def render(
    template: Template,
    values: Mapping[str, Any],
    platform: Platform,
    *,
    deadlines: Mapping[str, date | datetime] | None = None,
    today: date | None = None,
    check_amounts: bool = True,
) -> str:
    """The finished text; raises MissingFieldsError or TemplateError."""
    context, _absent = template_values(
        template, values, platform, today, check_amounts=check_amounts
    )
    context.update(platform=platform.view(template.lang), lang=template.lang)
    context["deadlines"] = dict(deadlines or {})
    with render_limits():
        try:
            with not_counted():
                ready = compiled(template.body)
            text = _limited_text(ready.generate(context))
        except UndefinedError as error:
            raise _explain_undefined(template, context, error) from None
        except Exception as error:
            raise _as_template_error(template, error) from None
    return tidy(text)


def _limited_text(pieces: Iterator[str]) -> str:
    """The output as it streams, stopped as soon as it is longer than any message."""
    kept: list[str] = []
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_OUTPUT_CHARS:
            raise RenderLimitError(say("render_too_long", limit=MAX_OUTPUT_CHARS))
        tick()
        kept.append(piece)
    return "".join(kept)


def stopped_by_limits(
    template: Template, platform: Platform | None = None
) -> RenderStoppedError | None:
    """Whether filling in the template's example stops at a limit (for checks and imports)."""
    if platform is None:
        from app.base.platforms import load_platforms

        platform = load_platforms({})[template.platforms[0]]
    try:
        render(template, example_values(template, platform), platform)
    except RenderStoppedError as error:
        return error
    except TemplateError:
        return None  # an example that does not fit is not what this looks for
    return None


def _explain_undefined(
    template: Template, context: dict[str, Any], error: UndefinedError
) -> TemplateError:
    # A deadline the order's dates do not give is missing like a value (name them all).
    deadlines = _missing_deadlines(template, context, error)
    # Render again, leniently, to name every missing field rather than the first.
    token, found = collect_missing()
    try:
        with not_counted():
            lenient = compiled_collecting(template.body)
        lenient.render(context)
    except UndefinedError as inner:
        return _as_template_error(template, inner)
    except Exception as inner:
        return _as_template_error(template, inner)
    finally:
        stop_collecting(token)
    if not found and not deadlines:
        return _as_template_error(template, error)
    order = {field.name: index for index, field in enumerate(template.fields)}
    names = tuple(sorted(found, key=lambda name: order.get(name, len(order))))
    labels = tuple(
        (f.label(template.lang) if (f := template.field(name)) else name) for name in names
    )
    return MissingFieldsError(
        names + tuple(DEADLINE_PREFIX + key for key in deadlines),
        labels + tuple(deadline_label(key, template.lang) for key in deadlines),
    )


DEADLINE_PREFIX = "deadlines."
_NO_DEADLINE = re.compile(r"'dict object' has no attribute '(\w+)'")


def deadline_label(key: str, lang: str) -> str:
    """How a missing deadline is named: it comes from the order's dates, not the form."""
    ja, en, _kind = DEADLINE_LABELS[key]
    return f"{ja}(取引の日時から)" if lang == "ja" else f"{en} (from the order's dates)"


def stand_in_deadline(index: int) -> datetime:
    """A moment no real order has, printed where a missing deadline goes."""
    return datetime(1911, 11, 1 + index % 28, 11, 11)


def _missing_deadlines(
    template: Template, context: dict[str, Any], error: UndefinedError
) -> list[str]:
    """Every deadline the text prints (unguarded) that ``context`` lacks. Each found one is
    given a stand-in in ``context``, so the lenient pass after this can name the fields."""
    given: dict[str, Any] = context["deadlines"]
    missing: list[str] = []
    current: Exception = error
    while isinstance(current, UndefinedError):
        found = _NO_DEADLINE.search(str(current))
        key = found.group(1) if found else None
        if key is None or key not in DEADLINE_LABELS or key in given:
            break
        given[key] = stand_in_deadline(len(missing))
        missing.append(key)
        try:
            with not_counted():
                ready = compiled(template.body)
            _limited_text(ready.generate(context))
            break
        except Exception as again:
            current = again
    return missing


def _as_template_error(template: Template, error: Exception) -> TemplateError:
    if isinstance(error, TemplateError):
        return error
    if isinstance(error, RenderLimitError):
        return RenderStoppedError(error.sentence, template.path, template.body_line)
    if isinstance(error, RecursionError | MemoryError):
        detail = type(error).__name__
        message = say("render_too_deep", detail=detail)
        return RenderStoppedError(message, template.path, template.body_line)
    if isinstance(error, SecurityError):
        return TemplateError(
            say("forbidden", detail=str(error)),
            template.path,
            template.body_line,
        )
    if isinstance(error, TemplateSyntaxError):
        line = template.body_line + (error.lineno or 1) - 1
        return TemplateError(syntax_message(error.message), template.path, line)
    if isinstance(error, UndefinedError):
        text = (
            str(error)
            .replace("dict object", "deadlines")
            .replace("PlatformView object", "platform")
        )
        return TemplateError(
            say("reads_nothing", detail=text),
            template.path,
            template.body_line,
        )
    if isinstance(error, FilterError):
        return TemplateError(error.message, template.path, template.body_line)
    return TemplateError(
        say("render_failed", detail=f"{type(error).__name__}: {error}"),
        template.path,
        template.body_line,
    )


def tidy(text: str) -> str:
    """No trailing spaces, no runs of blank lines, no blank lines at either end; a line
    that held only an empty optional value (the ``line`` filter) is gone."""
    lines = [
        line.replace(DROP_LINE, "").rstrip()
        for line in text.split("\n")
        if line.strip() != DROP_LINE
    ]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
