"""The template browser: search box, situation and platform filters, and the list."""

from __future__ import annotations

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

from app.platforms import Platform
from app.template_file import CATEGORIES, Template
from app.ui.i18n import current_language
from app.ui.names import situation_name
from app.ui.template_filter_proxy import TemplateFilterProxy
from app.ui.template_list_model import ID_ROLE, TemplateListModel


class TemplateBrowser(QWidget):
    """Typing filters the list; the current row is the open template; Enter goes to the form."""

    template_selected = Signal(str)  # the current row changed to this template id
    template_opened = Signal(str)  # Enter or double-click: the seller wants to fill it in

    def __init__(self, platforms: dict[str, Platform], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platforms = platforms
        self.model = TemplateListModel(self)
        self.proxy = TemplateFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
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
        self.proxy.set_query(text)
        self._select_first()

    def _on_situation(self) -> None:
        self.proxy.set_category(self.situation.currentData() or "")
        self._keep_a_current_row()

    def _on_platform(self) -> None:
        self.proxy.set_platform(self.platform.currentData() or "")
        self._keep_a_current_row()

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
        if self.proxy.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _keep_a_current_row(self, *args: object) -> None:
        self._update_count()
        if not self.list.currentIndex().isValid():
            self._select_first()

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.template_selected.emit(str(current.data(ID_ROLE)))

    def _open_current(self) -> None:
        if self.list.currentIndex().isValid():
            self._open_index(self.list.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.template_opened.emit(str(index.data(ID_ROLE)))

    def _update_count(self) -> None:
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
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
                row = self.list.currentIndex().row()
                row = row + (1 if key == Qt.Key.Key_Down else -1)
                row = min(max(row, 0), self.proxy.rowCount() - 1)
                self.list.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
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
