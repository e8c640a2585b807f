"""Search and filters over the template list; best matches first, then favourites, recent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from app.search import order_key, terms
from app.ui.template_list_model import TemplateListModel

Index = QModelIndex | QPersistentModelIndex


class TemplateFilterProxy(QSortFilterProxyModel):
    """Ranks title-prefix matches over word, tag and body matches (app.search decides)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.words: list[str] = []
        self.category = ""
        self.platform = ""
        self.favourites: set[str] = set()
        self.recent: list[str] = []
        self._ranks: dict[int, int] = {}
        self._keys: dict[int, tuple[int, tuple[int, int, str]]] = {}
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, TemplateListModel):
            raise TypeError("the template list filters a TemplateListModel")
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._ranks.clear()
        self._keys.clear()

    def _change_filter(self, apply: Callable[[], object]) -> None:
        # Qt 6.9 replaced invalidateFilter with begin/endFilterChange.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateFilter()
        self.sort(0)

    def set_query(self, query: str) -> None:
        if query != self.query:
            self.words = terms(query)  # folded once, not once per row
            self._change_filter(lambda: self._set("query", query))

    def set_category(self, category: str) -> None:
        if category != self.category:
            self._change_filter(lambda: self._set("category", category))

    def set_platform(self, platform: str) -> None:
        if platform != self.platform:
            self._change_filter(lambda: self._set("platform", platform))

    def set_order(self, favourites: list[str], recent: list[str]) -> None:
        self.favourites = set(favourites)
        self.recent = list(recent)
        self._keys.clear()
        self.invalidate()
        self.sort(0)

    def _set(self, name: str, value: str) -> None:
        setattr(self, name, value)
        self._forget()

    def _source(self) -> TemplateListModel:
        return self.sourceModel()  # type: ignore[return-value]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self._source().rows[source_row]
        template = row.template
        if self.category and template.category != self.category:
            return False
        if self.platform and self.platform not in template.platforms:
            return False
        rank = row.entry.rank(self.words) if self.words else 0
        if rank is None:
            return False
        self._ranks[source_row] = rank
        self._keys.pop(source_row, None)
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        return self._key(left.row()) < self._key(right.row())

    def _key(self, source_row: int) -> tuple[int, tuple[int, int, str]]:
        key = self._keys.get(source_row)
        if key is None:
            template = self._source().rows[source_row].template
            rank = self._ranks.get(source_row, 0)
            order = order_key(template.id, template.title, self.favourites, self.recent)
            key = self._keys[source_row] = (rank, order)
        return key
