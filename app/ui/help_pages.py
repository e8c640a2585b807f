"""Help ▸ Keyboard shortcuts and Help ▸ Your first message: short pages, no manual."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpPages", text)


def shortcut_rows(menus: Iterable[QMenu]) -> list[tuple[str, str]]:
    """(command, keys) for every menu entry with keys, read from the menus themselves so
    the page never lists a key the window does not have."""
    rows = []
    for menu in menus:
        for action in menu.actions():
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if keys and action.text():
                shown = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                rows.append((_plain(action), shown))
    return rows


def _plain(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


# Keys that work inside the parts, not through a menu.
def _inner_keys() -> list[tuple[str, str]]:
    return [
        (tr("Move through the template list from the search box"), "↑ / ↓"),
        (tr("Clear the search"), "Esc"),
        (tr("Next box in the form"), "Tab"),
        (tr("Open the calendar in a date box"), "Alt+↓ / F4"),
        (tr("Today in an empty date box, then a day earlier or later"), "↑ / ↓"),
    ]


class ShortcutsPage(QDialog):
    def __init__(self, menus: Iterable[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(menus) + _inner_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
        self.table.verticalHeader().hide()
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        _layout(self, self.table)
        self.resize(620, 520)


def first_message_steps(paste_place: str) -> list[tuple[str, str]]:
    """The four steps from an empty desk to a message in the marketplace."""
    return [
        (
            tr("Choose where you sell"),
            tr("Pick the platform at the top. The message language follows it; change it there."),
        ),
        (
            tr("Find the template"),
            tr("Press Ctrl+F and type what happened (返金, late, 発送…). Press Enter to open it."),
        ),
        (
            tr("Fill in the order"),
            tr(
                "Type in each box; Tab moves to the next. Dates can be typed as 12/4 or 12月4日. "
                "A box still needed is marked in red, and the message shows its place."
            ),
        ),
        (
            tr("Copy and paste"),
            tr("Press Ctrl+Return to copy, then paste into %1.").replace("%1", paste_place),
        ),
    ]


class FirstMessagePage(QDialog):
    def __init__(self, paste_place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your first message in four steps"))
        self.steps = first_message_steps(paste_place)
        html = "".join(
            f"<h3>{n}. {escape(title)}</h3><p>{escape(text)}</p>"
            for n, (title, text) in enumerate(self.steps, start=1)
        )
        self.text = QLabel(html, self)
        self.text.setWordWrap(True)
        _layout(self, self.text)
        self.resize(560, 420)


def _layout(dialog: QDialog, body: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    column = QVBoxLayout(dialog)
    column.addWidget(body, 1)
    column.addWidget(buttons)
