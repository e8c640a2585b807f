"""Where a template comes from, in words the browser shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def source_label(source: str) -> str:
    """ "Built-in", "My templates", or the shared folder's name."""
    if source == "builtin":
        return QCoreApplication.translate("TemplateSource", "Built-in")
    if source == "user":
        return QCoreApplication.translate("TemplateSource", "My templates")
    return Path(source).name or source


def source_mark(source: str) -> str:
    """A short mark after a title: nothing for built-in templates, which most are."""
    return "" if source == "builtin" else f"  [{source_label(source)}]"
