"""Every step the window defers belongs to an object: when that object goes, so does the
step, instead of running later against deleted widgets (in another window's life)."""

from __future__ import annotations

import ast
from pathlib import Path

import app

APP = Path(app.__file__).parent


def _unowned_single_shots(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "singleShot"
            and len(node.args) < 3
        ):
            lines.append(node.lineno)
    return lines


def test_the_rule_sees_a_step_without_an_owner() -> None:
    assert _unowned_single_shots("QTimer.singleShot(0, lambda: None)") == [1]
    assert _unowned_single_shots("QTimer.singleShot(0, widget, lambda: None)") == []


def test_every_single_shot_timer_in_the_app_has_an_owner() -> None:
    found = {
        str(path.relative_to(APP)): lines
        for path in sorted(APP.rglob("*.py"))
        if (lines := _unowned_single_shots(path.read_text(encoding="utf-8")))
    }
    assert found == {}
