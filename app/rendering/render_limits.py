"""Hard limits on one render of an untrusted template: time, size of any value, text built.

A template can loop, recurse through macros, pad or join strings, or double a value in a
namespace; each of those passes through a hook of the sandbox (app/rendering/jinja_env.py), which
asks the Budget here. Sizes are checked before a value is built where the size is known
in advance (padding, repetition, replacement), so memory never fills before a check.
Time is read from an injected clock at every loop step, call, filter and operator.
"""

from __future__ import annotations

import contextvars
import re
import string
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from jinja2.exceptions import SecurityError

from app.base.messages import Message, say

TIME_LIMIT = 0.5  # seconds for the CLI and `check`
# The window renders the message and its twin on each key: together at most 0.14 s,
# far above an ordinary render (well under 0.1 ms; compiling is not counted).
WINDOW_TIME_LIMIT = 0.07
MAX_OUTPUT_CHARS = 50_000  # the finished text; every marketplace's limit is far below
MAX_VALUE_CHARS = 50_000  # any one string, list or table built while filling in
MAX_MADE_CHARS = 5_000_000  # everything built during one render, added up
MAX_STEPS = 200_000  # loop steps, calls and filters in one render
MAX_INT_BITS = 4096  # a number of about 1,200 digits
_SIZED = (str, bytes, list, tuple, dict, set, frozenset)
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_NUMBERS = re.compile(r"\d+")


class RenderLimitError(SecurityError):
    """A render went past a limit; ``message`` says which, in both languages."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.sentence = message


@dataclass
class Budget:
    clock: Callable[[], float]
    seconds: float
    deadline: float
    steps: int = 0
    made: int = 0

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise RenderLimitError(say("render_too_many_steps", limit=MAX_STEPS))
        if self.clock() > self.deadline:
            raise RenderLimitError(say("render_too_slow", seconds=f"{self.seconds:g}"))


@contextmanager
def not_counted() -> Iterator[None]:
    """Work that is ours, not the template's (compiling it): the clock does not count it,
    so a slow or busy machine never stops a sound template."""
    budget = _budget.get()
    if budget is None:
        yield
        return
    started = budget.clock()
    try:
        yield
    finally:
        budget.deadline += budget.clock() - started


_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "teinei_render_budget", default=None
)


@contextmanager
def render_limits(
    seconds: float = TIME_LIMIT, clock: Callable[[], float] | None = None
) -> Iterator[Budget]:
    """Limits for the renders inside; a render already inside limits keeps the outer ones."""
    clock = clock or time.monotonic
    outer = _budget.get()
    if outer is not None:
        yield outer
        return
    budget = Budget(clock, seconds, clock() + seconds)
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


def tick() -> None:
    budget = _budget.get()
    if budget is not None:
        budget.tick()


def too_big(size: int) -> RenderLimitError:
    return RenderLimitError(say("render_too_much", limit=MAX_VALUE_CHARS))


def note(value: Any) -> Any:
    """Count a value just built; refuse one larger than any message needs."""
    if isinstance(value, _SIZED):
        size = len(value)
        if size > MAX_VALUE_CHARS:
            raise too_big(size)
        budget = _budget.get()
        if budget is not None:
            budget.made += size
            if budget.made > MAX_MADE_CHARS:
                raise RenderLimitError(say("render_too_much", limit=MAX_MADE_CHARS))
    elif isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise RenderLimitError(say("render_number_too_big", value=f"{value.bit_length()} bits"))
    return value


def refuse_width(*values: Any) -> None:
    """Any number that would become a width, a count or a repetition must fit a message."""
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_VALUE_CHARS:
            raise RenderLimitError(say("render_number_too_big", value=value))


def check_percent(spec: str, args: Any) -> None:
    """``"%999999999s" % x`` pads before anything could be counted: refuse it first."""
    for found in _PERCENT_SPEC.finditer(spec):
        refuse_width(*(int(n) for n in found.groups() if n and n != "*"))
    items = args if isinstance(args, tuple) else (args,)
    refuse_width(*items)


def check_format(spec: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``"{:>999999999}".format(x)``: the widths in the format specs, and the arguments."""
    try:
        parsed = list(string.Formatter().parse(spec))
    except ValueError:
        return  # the call itself will fail with the reason
    for _literal, _name, format_spec, _conversion in parsed:
        if format_spec:
            refuse_width(*(int(n) for n in _FORMAT_NUMBERS.findall(format_spec)))
    refuse_width(*args, *kwargs.values())


def check_repeat(left: Any, right: Any) -> None:
    for sequence, count in ((left, right), (right, left)):
        if (
            isinstance(sequence, str | list | tuple | bytes)
            and isinstance(count, int)
            and len(sequence) * max(count, 0) > MAX_VALUE_CHARS
        ):
            raise too_big(len(sequence) * count)
    both_ints = isinstance(left, int) and isinstance(right, int)
    if both_ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
        raise RenderLimitError(say("render_number_too_big", value="…"))


def check_power(left: Any, right: Any) -> None:
    both_ints = isinstance(left, int) and isinstance(right, int)
    if both_ints and right > 0 and max(left.bit_length(), 1) * right > MAX_INT_BITS:
        raise RenderLimitError(say("render_number_too_big", value=f"{left} ** {right}"))


def check_add(left: Any, right: Any) -> None:
    sized = isinstance(left, _SIZED) and isinstance(right, _SIZED)
    if sized and len(left) + len(right) > MAX_VALUE_CHARS:
        raise too_big(len(left) + len(right))


def check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        hits = text.count(old) if old else len(text) + 1
        if len(text) + hits * max(len(new) - len(old), 0) > MAX_VALUE_CHARS:
            raise too_big(hits * len(new))


def check_join(separator: Any, items: list[Any]) -> None:
    size = len(str(separator)) * max(len(items) - 1, 0)
    size += sum(len(item) if isinstance(item, _SIZED) else 24 for item in items)
    if size > MAX_VALUE_CHARS:
        raise too_big(size)


def check_lines(text: Any, pad: Any) -> None:
    """``indent``: each line gets the padding."""
    width = len(pad) if isinstance(pad, str) else pad if isinstance(pad, int) else 0
    refuse_width(width)
    lines = str(text).count("\n") + 1
    if len(str(text)) + lines * max(width, 0) > MAX_VALUE_CHARS:
        raise too_big(lines * width)


def checked_concat(pieces: Any) -> str:
    """``"".join`` for the template's buffers and ``~``, stopping before it grows too big."""
    kept: list[str] = []
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_VALUE_CHARS:
            raise too_big(size)
        kept.append(piece)
    return str(note("".join(kept)))
