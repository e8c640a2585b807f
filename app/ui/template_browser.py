"""The template browser: search box, situation and platform filters, and the list."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.base.platforms import Platform
from app.templates.template_file import CATEGORIES, Template
from app.ui.i18n import current_language
from app.ui.names import situation_name
from app.ui.shown_text import SEARCH_CHARS
from app.ui.template_filter_proxy import TemplateFilterProxy
from app.ui.template_list_model import ID_ROLE, TemplateListModel


class TemplateBrowser(QWidget):
    """Typing filters the list and only moves the highlight; a click, Enter or arrow keys
    in the list open a template, Enter in the form's first box."""

    template_selected = Signal(str)  # the seller moved to this row in the list itself
    template_opened = Signal(str)  # Enter or double-click: the seller wants to fill it in
    matches_changed = Signal(int)  # how many templates the search and filters leave

    def __init__(self, platforms: dict[str, Platform], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platforms = platforms
        self._matches = -1
        self.opened = ""  # the open template: highlighted again when the search is cleared
        self.model = TemplateListModel(self)
        self.proxy = TemplateFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setMaxLength(SEARCH_CHARS)  # a pasted megabyte is cut, never laid out
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("templateSearch")
        self.situation = QComboBox(self)
        self.platform = QComboBox(self)
        self.count = QLabel(self)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        # Long titles end in "…" (the tooltip has them whole) rather than scroll sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.situation, self.platform, self.list, self.count):
            layout.addWidget(widget)

        self.search.textChanged.connect(self._on_query)
        self.search.returnPressed.connect(self._open_current)
        self.search.installEventFilter(self)
        self.situation.currentIndexChanged.connect(self._on_situation)
        self.platform.currentIndexChanged.connect(self._on_platform)
        self.list.activated.connect(self._open_index)
        self.list.clicked.connect(self._open_clicked)
        self._quiet = False  # moves made by filtering: highlight only, the open one stays
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.proxy.layoutChanged.connect(self._keep_a_current_row)
        self.proxy.rowsInserted.connect(self._keep_a_current_row)
        self.proxy.modelReset.connect(self._keep_a_current_row)
        self._fill_filters()
        self.retranslate()

    # -- filters -----------------------------------------------------------------------
    def _fill_filters(self) -> None:
        keep_situation = self.situation.currentData() or ""
        keep_platform = self.platform.currentData() or ""
        for combo in (self.situation, self.platform):
            combo.blockSignals(True)
            combo.clear()
        self.situation.addItem(self.tr("All situations"), "")
        for slug in CATEGORIES:
            self.situation.addItem(situation_name(slug), slug)
        self.platform.addItem(self.tr("All platforms"), "")
        lang = current_language()
        for pid, platform in self.platforms.items():
            self.platform.addItem(platform.name(lang), pid)
        self.situation.setCurrentIndex(max(0, self.situation.findData(keep_situation)))
        self.platform.setCurrentIndex(max(0, self.platform.findData(keep_platform)))
        for combo in (self.situation, self.platform):
            combo.blockSignals(False)

    def _on_query(self, text: str) -> None:
        with self._filtering():
            self.proxy.set_query(text)
        self._select_first()

    def _on_situation(self) -> None:
        with self._filtering():
            self.proxy.set_category(self.situation.currentData() or "")
        self._keep_a_current_row()

    def _on_platform(self) -> None:
        with self._filtering():
            self.proxy.set_platform(self.platform.currentData() or "")
        self._keep_a_current_row()

    @contextmanager
    def _filtering(self) -> Iterator[None]:
        """Rows the list moves to while it is filtered are highlighted, never opened."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def set_platform_filter_visible(self, visible: bool) -> None:
        """The list follows the order's platform; a picker of its own would be a second one."""
        self.platform.setVisible(visible)

    def set_platform_filter(self, platform_id: str) -> None:
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform_id)))

    # -- contents ----------------------------------------------------------------------
    def set_templates(self, templates: list[Template], twins: dict[str, Template]) -> None:
        current = self.current_id()
        self.model.set_templates(templates, twins)
        self._update_count()
        if current:
            self.select(current)

    def set_order(self, favourites: list[str], recent: list[str]) -> None:
        self.model.set_favourites(favourites)
        self.proxy.set_order(favourites, recent)

    def select(self, template_id: str) -> bool:
        """Make ``template_id`` the current row if it is listed; True if it is."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == template_id:
                self.opened = template_id
                self.list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.list.scrollTo(index)
                return True
        return False

    def current_id(self) -> str:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection ---------------------------------------------------------------------
    def _select_first(self) -> None:
        self._update_count()
        if not self.proxy.rowCount():
            return
        row = 0
        if self.opened and not self.search.text().strip():
            source = self.model.row_of(self.opened)
            found = self.proxy.mapFromSource(self.model.index(source)) if source >= 0 else None
            row = found.row() if found is not None and found.isValid() else 0
        self._highlight(row)

    def _highlight(self, row: int) -> None:
        """Move the highlight to ``row`` without opening it."""
        with self._filtering():
            self.list.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _keep_a_current_row(self, *args: object) -> None:
        self._update_count()
        if not self.list.currentIndex().isValid():
            self._select_first()

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.opened = str(current.data(ID_ROLE))
            self.template_selected.emit(self.opened)

    def _open_clicked(self, index: QModelIndex) -> None:
        # A click on the row already highlighted by the search opens it too.
        if index.isValid():
            self.opened = str(index.data(ID_ROLE))
            self.template_selected.emit(self.opened)

    def _open_current(self) -> None:
        if self.list.currentIndex().isValid():
            self._open_index(self.list.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened = str(index.data(ID_ROLE))
            self.template_opened.emit(self.opened)

    def found_nothing(self) -> bool:
        """The search or filters hide every template (an empty library is not a search)."""
        return self.proxy.rowCount() == 0 and self.model.rowCount() > 0

    def _update_count(self) -> None:
        # Also each time while nothing matches: the desk names the search that found nothing.
        if self.proxy.rowCount() != self._matches or not self._matches:
            self._matches = self.proxy.rowCount()
            self.matches_changed.emit(self._matches)
        self.count.setText(
            self.tr("%n template(s)", "", self.proxy.rowCount())
            if self.proxy.rowCount()
            else self.tr("No template matches")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search box move through the list without leaving the box.
        is_key_press = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.search and is_key_press:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
                row = self.list.currentIndex().row()
                row = row + (1 if key == Qt.Key.Key_Down else -1)
                self._highlight(min(max(row, 0), self.proxy.rowCount() - 1))
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search templates (Ctrl+F)"))
        self.search.setToolTip(self.tr("Title, tags or text, in Japanese or English"))
        self._fill_filters()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
