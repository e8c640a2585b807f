"""Which of a template's fields its text can reach on one platform.

A template often words a sentence per platform (`{% if platform.id == "amazon_jp" %}`).
A field read only inside another platform's branch is never printed here, so the form
should not ask for it. Conditions on the platform are folded statically; any other
condition (a field, a deadline) may go either way, and its branches are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.base.platforms import Platform, PlatformView
from app.templates.fields import Field
from app.templates.template_file import Template

# Three-valued: True or False when the platform decides it, None when it may go either way.
Known = bool | None
_UNKNOWN: Any = object()


def fields_for(template: Template, platform: Platform) -> tuple[Field, ...]:
    """The template's fields (in the form's order) that its text can read on ``platform``."""
    from app.rendering.jinja_env import ENV

    if not template.fields:
        return ()
    view = platform.view(template.lang)
    reached = set(_names(ENV.parse(template.body), view))
    return tuple(field for field in template.fields if field.name in reached)


def _names(node: Any, view: PlatformView) -> Iterator[str]:
    """Every name read where the platform lets the text go."""
    from jinja2 import nodes

    if isinstance(node, nodes.If):
        for branch in (node, *node.elif_):
            known = _truth(branch.test, view)
            if known is False:
                continue
            if known is None:
                yield from _names(branch.test, view)
            for child in branch.body:
                yield from _names(child, view)
            if known is True:
                return
        for child in node.else_:
            yield from _names(child, view)
        return
    if isinstance(node, nodes.CondExpr):
        known = _truth(node.test, view)
        if known is None:
            yield from _names(node.test, view)
        if known is not False:
            yield from _names(node.expr1, view)
        if known is not True and node.expr2 is not None:
            yield from _names(node.expr2, view)
        return
    if isinstance(node, nodes.Name) and node.ctx == "load":
        yield node.name
    for child in node.iter_child_nodes():
        yield from _names(child, view)


def _truth(test: Any, view: PlatformView) -> Known:
    """Whether ``test`` holds on this platform, or None when the order decides it."""
    from jinja2 import nodes

    if isinstance(test, nodes.Not):
        inner = _truth(test.node, view)
        return None if inner is None else not inner
    if isinstance(test, nodes.And):
        left, right = _truth(test.left, view), _truth(test.right, view)
        if left is False or right is False:
            return False
        return True if left is True and right is True else None
    if isinstance(test, nodes.Or):
        left, right = _truth(test.left, view), _truth(test.right, view)
        if left is True or right is True:
            return True
        return False if left is False and right is False else None
    if isinstance(test, nodes.Compare) and len(test.ops) == 1:
        return _compare(_value(test.expr, view), test.ops[0].op, _value(test.ops[0].expr, view))
    value = _value(test, view)
    return None if value is _UNKNOWN else bool(value)


def _compare(left: Any, op: str, right: Any) -> Known:
    if left is _UNKNOWN or right is _UNKNOWN:
        return None
    try:
        match op:
            case "eq":
                return bool(left == right)
            case "ne":
                return bool(left != right)
            case "in":
                return left in right
            case "notin":
                return left not in right
    except TypeError:
        return None
    return None


def _value(expr: Any, view: PlatformView) -> Any:
    """A constant, or an attribute of the platform; anything else is unknown."""
    from jinja2 import nodes

    if isinstance(expr, nodes.Const):
        return expr.value
    if isinstance(expr, nodes.Tuple | nodes.List):
        items = [_value(item, view) for item in expr.items]
        return _UNKNOWN if any(item is _UNKNOWN for item in items) else tuple(items)
    if (
        isinstance(expr, nodes.Getattr)
        and isinstance(expr.node, nodes.Name)
        and expr.node.name == "platform"
        and expr.ctx == "load"
    ):
        return getattr(view, expr.attr, _UNKNOWN)
    return _UNKNOWN
