"""Search and filters over the template list; best matches first, then favourites, recent."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from app.templates.search import order_key, terms
from app.ui.template_list_model import TemplateListModel

Index = QModelIndex | QPersistentModelIndex


def _narrows(old: list[str], new: list[str]) -> bool:
    """Every template ``new`` matches is also matched by ``old`` (words only got longer)."""
    if not old or len(new) < len(old):
        return False
    return all(o in n for o, n in zip(old, new, strict=False))


class TemplateFilterProxy(QSortFilterProxyModel):
    """Ranks title-prefix matches over word, tag and body matches (app.templates.search decides)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.words: list[str] = []
        self.category = ""
        self.platform = ""
        self.favourites: set[str] = set()
        self.recent: list[str] = []
        self._orders: dict[str, tuple[int, int, str]] = {}  # template id -> favourite, recent
        self._matches: dict[int, int] | None = None  # source row -> rank, for the query
        self._shown: dict[int, int] = {}  # the rows all filters let through, with ranks
        # The source model holds the rows in rank order (_arrange): this proxy only filters.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, TemplateListModel):
            raise TypeError("the template list filters a TemplateListModel")
        model.modelAboutToBeReset.connect(self._forget)
        model.modelReset.connect(self._reset_matches)
        self._shown = {n: 0 for n in range(len(model.rows))}
        super().setSourceModel(model)

    def _forget(self) -> None:
        self._orders.clear()

    def _reset_matches(self) -> None:
        self._matches = self._rank_all(self.words) if self.words else None
        self._accept()
        self._arrange()

    def _accept(self) -> None:
        """Decide every row in one Python pass, so Qt's per-row question is a lookup."""
        rows, matches = self._source().rows, self._matches
        category, platform = self.category, self.platform
        candidates = range(len(rows)) if matches is None else matches
        self._shown = {
            number: 0 if matches is None else matches[number]
            for number in candidates
            if (not category or rows[number].template.category == category)
            and (not platform or platform in rows[number].template.platforms)
        }

    def _change_filter(self, apply: Callable[[], object]) -> None:
        # Qt 6.9 replaced invalidateFilter with begin/endFilterChange.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateFilter()
        # Qt only adds and drops rows on a filter change: rows that stay keep their places,
        # so the ranks are put right by ordering the source (one sort in Python).
        self._arrange()

    def set_query(self, query: str) -> None:
        if query == self.query:
            return
        words = terms(query)  # folded once, not once per row
        self._matches = self._rank_all(words)
        self.words = words
        self._change_filter(lambda: self._set("query", query))

    def _arrange(self) -> None:
        """Order the source rows: those shown by rank (then favourites, recent, title),
        the rest after them as they were. Nothing moves when the order already holds."""
        source = self._source()
        rows, shown, orders = source.rows, self._shown, self._orders

        def key(number: int) -> tuple[int, tuple[int, int, str]]:
            template = rows[number].template
            order = orders.get(template.id)
            if order is None:
                order = orders[template.id] = order_key(
                    template.id, template.title, self.favourites, self.recent
                )
            return shown[number], order

        first = sorted(shown, key=key)
        order = first + [number for number in range(len(rows)) if number not in shown]
        if all(old == new for new, old in enumerate(order)):
            return
        moved = {old: new for new, old in enumerate(order)}
        self._shown = {moved[number]: rank for number, rank in shown.items()}
        if self._matches is not None:
            self._matches = {moved[number]: rank for number, rank in self._matches.items()}
        source.reorder(order)

    def _rank_all(self, words: list[str]) -> dict[int, int] | None:
        """Each matching source row's rank, in one pass; None when there is no query.

        A query that only adds to the last one (one more letter typed) can only narrow
        its matches, so only those rows are ranked again."""
        if not words:
            return None
        rows = self._source().rows
        candidates: Iterable[int] = range(len(rows))
        if self._matches is not None and _narrows(self.words, words):
            candidates = self._matches
        ranks = {}
        for number in candidates:
            rank = rows[number].entry.rank(words)
            if rank is not None:
                ranks[number] = rank
        return ranks

    def set_category(self, category: str) -> None:
        if category != self.category:
            self._change_filter(lambda: self._set("category", category))

    def set_platform(self, platform: str) -> None:
        if platform != self.platform:
            self._change_filter(lambda: self._set("platform", platform))

    def set_order(self, favourites: list[str], recent: list[str]) -> None:
        self.favourites = set(favourites)
        self.recent = list(recent)
        self._orders.clear()
        self._arrange()

    def _set(self, name: str, value: str) -> None:
        setattr(self, name, value)
        self._accept()

    def _source(self) -> TemplateListModel:
        return self.sourceModel()  # type: ignore[return-value]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return source_row in self._shown
