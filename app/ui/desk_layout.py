"""The desk's parts: browser | order form (with the order's dates) | preview."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from app.ui.deadline_panel import DeadlinePanel
from app.ui.i18n import current_language
from app.ui.order_form import OrderForm
from app.ui.preview_pane import PreviewPane
from app.ui.template_browser import TemplateBrowser

if TYPE_CHECKING:
    from app.base.platforms import Platform


@dataclass(frozen=True)
class DeskParts:
    browser: TemplateBrowser
    form: OrderForm
    preview_pane: PreviewPane
    splitter: QSplitter
    dates: DeadlinePanel  # the order's dates, scrolling with the form's fields


def build(platforms: Mapping[str, Platform], parent: QWidget) -> DeskParts:
    """The three parts side by side, the preview widest."""
    browser = TemplateBrowser(dict(platforms), parent)
    browser.set_platform_filter_visible(False)  # the top bar's picker is the one
    form = OrderForm(parent)
    preview_pane = PreviewPane(parent)
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    for part, stretch in ((browser, 2), (form, 3), (preview_pane, 5)):
        splitter.addWidget(part)
        splitter.setStretchFactor(splitter.indexOf(part), stretch)
    splitter.setSizes([260, 400, 620])
    dates = DeadlinePanel(form, language=current_language)
    form.add_section(dates)
    return DeskParts(browser, form, preview_pane, splitter, dates)
