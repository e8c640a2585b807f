"""How much of a long text the window shows at once.

A buyer can paste a megabyte on one line into a note or a field, and Qt lays a line
out whole: in an edit box on every key, in a label or title at each repaint. Every
place that shows order text shows its start, cut here; the order keeps it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

EDIT_CHARS = 20_000  # a box holding more is shown by its start, read-only
SHOWN_CHARS = 2_000  # the start shown of a text too long to edit
LINE_CHARS = 200  # a status line, a title or a list row
TOOLTIP_CHARS = 1_000
SEARCH_CHARS = 200  # what a search box takes; a search reads far more of each order


def elided(text: str, limit: int = LINE_CHARS) -> str:
    """The text cut to ``limit`` characters, with an ellipsis when anything was cut."""
    return text if len(text) <= limit else text[:limit] + "…"


def too_long_to_edit(value: object) -> bool:
    return isinstance(value, str) and len(value) > EDIT_CHARS


def hold_long(box: QWidget, whole: str | None) -> None:
    """Make ``box`` read-only, saying why, while it shows the start of ``whole``."""
    if whole is not None and isinstance(box, QLineEdit):
        box.setCursorPosition(0)  # the start is what is shown, not the cut end
    set_read_only = getattr(box, "setReadOnly", None)
    if set_read_only is not None:
        set_read_only(whole is not None)
    box.setToolTip(
        ""
        if whole is None
        else QCoreApplication.translate(
            "ShownText",
            "This text is %1 characters long: the start is shown here, and it is kept "
            "whole. An export holds it in full.",
        ).replace("%1", f"{len(whole):,}")
    )
