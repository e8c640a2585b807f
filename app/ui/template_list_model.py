"""The template list as a Qt model: a thin view over plain Template dataclasses."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.templates.search import SearchEntry, entry_for
from app.templates.template_file import Template
from app.ui.names import situation_name
from app.ui.userset.source_label import source_label, source_mark

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
PLATFORMS_ROLE = Qt.ItemDataRole.UserRole + 3
FAVOURITE_ROLE = Qt.ItemDataRole.UserRole + 4
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


class Row:
    """A template and its search text, which is made when a search first needs it: a
    start shows the list without searching it."""

    __slots__ = ("_entry", "template", "twin")

    def __init__(self, template: Template, twin: Template | None = None) -> None:
        self.template = template
        self.twin = twin
        self._entry: SearchEntry | None = None

    @property
    def entry(self) -> SearchEntry:
        if self._entry is None:
            self._entry = entry_for(self.template, self.twin)
        return self._entry


class TemplateListModel(QAbstractListModel):
    """One row per template in the message language; search text covers its twin too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.favourites: set[str] = set()

    def set_templates(self, templates: list[Template], twins: dict[str, Template]) -> None:
        self.beginResetModel()
        self.rows = [Row(t, twins.get(t.id)) for t in templates]
        self.endResetModel()

    def prepare_search(self) -> None:
        """Make every row's search text now (a start does it after the desk's paint), so
        the first key typed into the search does not pay for a large library."""
        for row in self.rows:
            _ = row.entry

    def set_favourites(self, ids: list[str]) -> None:
        self.favourites = set(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        template = self.rows[index.row()].template
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if template.id in self.favourites else ""
            return f"{star}{template.title}{source_mark(template.source)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.tr("From: {0}").format(
                template.source
                if template.source not in ("builtin", "user")
                else source_label(template.source)
            )
            return f"{template.title}\n{situation_name(template.category)}\n{where}"
        if role == SOURCE_ROLE:
            return template.source
        if role == ID_ROLE:
            return template.id
        if role == CATEGORY_ROLE:
            return template.category
        if role == PLATFORMS_ROLE:
            return list(template.platforms)
        if role == FAVOURITE_ROLE:
            return template.id in self.favourites
        return None

    def reorder(self, order: list[int]) -> None:
        """Put the rows in ``order`` (the old row numbers, first to last); views keep
        their current and selected rows. The filter proxy ranks this way: one Python sort
        instead of Qt asking a Python ``lessThan`` for every pair."""
        self.layoutAboutToBeChanged.emit()
        moved = {old: new for new, old in enumerate(order)}
        before = self.persistentIndexList()
        self.rows = [self.rows[old] for old in order]
        after = [self.index(moved[index.row()]) if index.isValid() else index for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_of(self, template_id: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.template.id == template_id), -1)
