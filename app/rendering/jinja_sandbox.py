"""The sandbox every template renders in: no file access, and hard limits on each render.

Every way a template makes work passes a hook here: operators (call_binop), calls of
functions, methods and macros (call), filters (wrapped), loop steps (each loop's iterable
is wrapped before compiling) and joined text (concat and the ``~`` join). Each hook asks
app/rendering/render_limits.py whether the time, size or step budget allows it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from app.rendering import render_limits as limits

MAX_EXPONENT = 64
STEP_FILTER = "_teinei_step"
_PADDING = frozenset({"center", "ljust", "rjust", "zfill"})
_OWNERS_THAT_GROW = (list, dict, set)
_PASSED = (Context, EvalContext, SandboxedEnvironment)  # what pass_* filters get first


@pass_context
def _steps(_context: Context, iterable: Any) -> Iterator[Any]:
    # pass_context keeps the compiler from running this at compile time.
    for item in iterable:
        limits.tick()
        yield item


def _checked_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        limits.tick()
        values = [a for a in args if not isinstance(a, _PASSED)]
        _check_filter(name, values, kwargs)
        return limits.note(func(*args, **kwargs))

    guarded.teinei_guarded = True  # type: ignore[attr-defined]
    return guarded


def _check_filter(name: str, args: list[Any], kwargs: dict[str, Any]) -> None:
    value, rest = (args[0] if args else None), args[1:]
    if name in ("center", "batch", "slice"):
        limits.refuse_width(*rest, *kwargs.values())
    elif name == "indent":
        limits.check_lines(value, rest[0] if rest else kwargs.get("width", 4))
    elif name == "format" and isinstance(value, str):
        limits.check_percent(value, tuple(rest) or tuple(kwargs.values()))
    elif name == "replace" and len(rest) >= 2:
        limits.check_replace(value, rest[0], rest[1])
    elif name == "wordwrap":
        wrap = rest[2] if len(rest) > 2 else kwargs.get("wrapstring", "\n")
        limits.check_lines(value, wrap)
    elif name == "join" and isinstance(value, list | tuple):
        limits.check_join(rest[0] if rest else kwargs.get("d", ""), list(value))


class TeineiSandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    concat = staticmethod(limits.checked_concat)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters[STEP_FILTER] = _steps

    def guard_filters(self) -> None:
        """Wrap every filter (call again after adding filters)."""
        for name, func in list(self.filters.items()):
            if name != STEP_FILTER and not getattr(func, "teinei_guarded", False):
                self.filters[name] = _checked_filter(name, func)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        limits.tick()
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError("the exponent is too large")
            limits.check_power(left, right)
        elif operator == "*":
            limits.check_repeat(left, right)
        elif operator == "+":
            limits.check_add(left, right)
        elif operator == "%" and isinstance(left, str):
            limits.check_percent(left, right)
        return limits.note(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        limits.tick()
        # The sandbox hands out str.format wrapped; the wrapper keeps the method it wraps.
        method = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(method, "__self__", None)
        if isinstance(owner, str):
            args = _check_text_method(owner, getattr(method, "__name__", ""), args, kwargs)
        elif __obj is range or getattr(__obj, "__name__", "") == "generate_lorem_ipsum":
            limits.refuse_width(*args, *kwargs.values())
        result = SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs)
        if isinstance(owner, _OWNERS_THAT_GROW) and len(owner) > limits.MAX_VALUE_CHARS:
            raise limits.too_big(len(owner))
        return limits.note(result)

    def _generate(
        self,
        source: nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        # Each loop reads its items through _steps, so every step is counted and timed.
        for loop in source.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, STEP_FILTER, [], [], None, None, lineno=loop.lineno)
        return super()._generate(source, name, filename, defer_init=defer_init)


def _check_text_method(
    text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    """Refuse a str method call whose result would be too large, before it is built."""
    if name in _PADDING:
        limits.refuse_width(*args, *kwargs.values())
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        limits.refuse_width(size)
        if isinstance(size, int):
            limits.check_lines(text, text.count("\t") * size)
    elif name == "replace" and len(args) >= 2:
        limits.check_replace(text, args[0], args[1])
    elif name == "join" and args:
        items = list(args[0])
        limits.check_join(text, items)
        args = (items, *args[1:])
    elif name in ("format", "format_map"):
        mapping = args[0] if name == "format_map" and args else {}
        values = dict(mapping) if isinstance(mapping, dict) else {}
        limits.check_format(text, args if name == "format" else (), {**kwargs, **values})
    return args
