"""The one jinja2 environment every template is compiled in: sandboxed and strict."""

from __future__ import annotations

import contextvars
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, Undefined, nodes, pass_context
from jinja2.runtime import Context
from jinja2.utils import missing

from app.rendering.filters import format_date, format_datetime, format_money, with_sama
from app.rendering.jinja_sandbox import TeineiSandbox
from app.rendering.render_limits import checked_concat

# Names a collecting render found undefined, in order; one list per render.
_found: contextvars.ContextVar[list[str]] = contextvars.ContextVar("teinei_missing")


class CollectingUndefined(Undefined):
    """Prints as nothing and notes its name, so one render can name every missing field."""

    __slots__ = ()

    def _note(self) -> None:
        if self._undefined_obj is not missing:
            # An attribute the object lacks (platform.nmae) is a template bug, not a field.
            self._fail_with_undefined_error()
        found = _found.get(None)
        if found is not None and self._undefined_name and self._undefined_name not in found:
            found.append(self._undefined_name)

    def __str__(self) -> str:
        self._note()
        return ""

    def __iter__(self):  # type: ignore[no-untyped-def]
        self._note()
        return iter(())


class FieldUndefined(StrictUndefined):
    """Strict when printed, but false in a test: ``{% if tracking_number %}`` is optional."""

    __slots__ = ()

    def __bool__(self) -> bool:  # type: ignore[override]
        return False


# The filters as templates call them: the language and currency come from the context.
def _lang(context: Context) -> str:
    return str(context.get("lang", "ja"))


def _currency(context: Context) -> str:
    platform = context.get("platform")
    return str(getattr(platform, "currency", "JPY"))


@pass_context
def money_filter(context: Context, value: Any) -> str:
    if isinstance(value, Undefined):
        return str(value)
    return format_money(value, _currency(context), _lang(context))


@pass_context
def date_filter(context: Context, value: Any, style: str = "short") -> str:
    if isinstance(value, Undefined):
        return str(value)
    return format_date(value, _lang(context), style)


@pass_context
def datetime_filter(context: Context, value: Any) -> str:
    if isinstance(value, Undefined):
        return str(value)
    return format_datetime(value, _lang(context))


@pass_context
def sama_filter(context: Context, value: Any) -> str:
    if isinstance(value, Undefined):
        return str(value)
    return with_sama(value, _lang(context))


# An optional line with no value leaves this mark; tidying the text drops its line.
DROP_LINE = "\ue000"


def line_filter(value: Any, before: str = "", after: str = "") -> str:
    """``{{ tracking_number | line("追跡番号: ") }}``: the value with its label, or,
    when the value is empty, nothing at all (not even the empty line)."""
    if isinstance(value, Undefined) or value is None or not str(value).strip():
        return DROP_LINE
    return f"{before}{value}{after}"


FILTERS = {
    "money": money_filter,
    "date": date_filter,
    "datetime": datetime_filter,
    "sama": sama_filter,
    "line": line_filter,
}


def _new_environment(undefined: type[Undefined]) -> TeineiSandbox:
    env = TeineiSandbox(
        undefined=undefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        # No loader: a template cannot include, import or extend anything.
        loader=None,
    )
    env.filters.update(FILTERS)
    env.guard_filters()
    return env


ENV = _new_environment(FieldUndefined)
COLLECTING_ENV = _new_environment(CollectingUndefined)


@lru_cache(maxsize=4096)
def compiled(body: str) -> Template:
    return _with_checked_joins(ENV.from_string(body))


@lru_cache(maxsize=1024)
def compiled_collecting(body: str) -> Template:
    return _with_checked_joins(COLLECTING_ENV.from_string(body))


def _with_checked_joins(template: Template) -> Template:
    # ``a ~ b`` compiles to the module's str_join: it must count what it builds, too.
    namespace = template.root_render_func.__globals__
    namespace["str_join"] = lambda items: checked_concat(str(item) for item in items)
    namespace["markup_join"] = namespace["str_join"]
    return template


def collect_missing() -> tuple[contextvars.Token[list[str]], list[str]]:
    found: list[str] = []
    return _found.set(found), found


def stop_collecting(token: contextvars.Token[list[str]]) -> None:
    _found.reset(token)


def names_in_order(ast: nodes.Template, names: set[str]) -> list[str]:
    """``names`` sorted by where each is first read in the template."""
    first: dict[str, tuple[int, int]] = {}
    for index, node in enumerate(ast.find_all(nodes.Name)):
        if node.ctx == "load" and node.name in names and node.name not in first:
            first[node.name] = (node.lineno, index)
    return sorted(names, key=lambda name: first.get(name, (1 << 30, 0)))
