"""The desk's parts laid into the window frame: browser | order form | preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter

from app.ui.order_form import OrderForm
from app.ui.preview_pane import PreviewPane
from app.ui.template_browser import TemplateBrowser

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    """Replace the frame's loading note with the three parts in a splitter."""
    window.browser = TemplateBrowser(window.platforms, window)
    window.form = OrderForm(window)
    window.preview_pane = PreviewPane(window)
    window.splitter = QSplitter(Qt.Orientation.Horizontal, window)
    window.splitter.setObjectName("mainSplitter")
    window.splitter.setChildrenCollapsible(False)
    window.column.replaceWidget(window.loading, window.splitter)
    window.loading.hide()
    window.loading.deleteLater()
    for part, stretch in ((window.browser, 2), (window.form, 3), (window.preview_pane, 5)):
        window.splitter.addWidget(part)
        window.splitter.setStretchFactor(window.splitter.indexOf(part), stretch)
    window.splitter.setSizes([260, 400, 620])
    window.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # Enter opens a template only where the list is; elsewhere it types a line break.
    window.actions.open.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.keys_hint = QLabel(window)
    window.keys_hint.setStyleSheet("color:#6b6b6b;")
    window.statusBar().addPermanentWidget(window.keys_hint)
