"""The desk's widgets as a view of the desk model: each slot reads the model and shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar

from app.base.langs import LANGS, other_lang
from app.desk.model import Desk
from app.ui.i18n import current_language

if TYPE_CHECKING:
    from app.templates.library import Library
    from app.templates.template_file import Template
    from app.ui.desk_layout import DeskParts
    from app.ui.desk_signals import DeskSignals
    from app.ui.settings import Settings
    from app.ui.top_bar import TopBar


class DeskView(QObject):
    """Pickers, browser, form, dates and preview follow the desk's events."""

    def __init__(
        self,
        desk: Desk,
        signals: DeskSignals,
        top: TopBar,
        parts: DeskParts,
        settings: Settings,
        status: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.top, self.settings, self.status = desk, top, settings, status
        self.browser, self.form, self.preview_pane = parts.browser, parts.form, parts.preview_pane
        self.dates = dates = parts.dates
        signals.template_changed.connect(self.show_template)
        signals.message_changed.connect(self.show_message)
        signals.findings_changed.connect(lambda: self.preview_pane.set_findings(desk.findings))
        signals.dates_changed.connect(self.show_dates)
        signals.replaced.connect(self.say_replaced)
        signals.lang_chosen.connect(lambda langs: settings.set("message/lang_by_platform", langs))
        self.listed_lang = ""  # the language the browser lists, and its favourites and recent
        self.listed_order: tuple[list[str], list[str]] = ([], [])
        self.browser.matches_changed.connect(self.show_search_state)
        # The seller's edits go to the desk, which tells every part above.
        self.form.value_changed.connect(desk.set_value)
        dates.changed.connect(lambda: desk.set_dates(dates.order_dates()))
        top.platform_picker.currentIndexChanged.connect(
            lambda: desk.set_platform(top.platform_picker.currentData())
        )

    def choose_lang(self, lang: str, order: tuple[list[str], list[str]] | None = None) -> None:
        """The seller picked ``lang``: written in it now, and on this platform from now on.
        The list shows its templates (favourites and recent first, as ``order`` gives
        them, else as last listed); the open one's twin opens."""
        if lang not in LANGS:
            return
        listed = ""
        if lang != self.desk.lang:
            listed = self.fill_browser(lang, self.desk.template_id, order or self.listed_order)
        self.desk.choose_lang(lang, listed)

    def show_template(self) -> None:
        desk, settings = self.desk, self.settings
        if desk.lang != self.listed_lang:  # the platform brought its own language
            self.fill_browser(desk.lang, desk.template_id, self.listed_order)
        settings.set("message/template", desk.template_id)
        settings.set("message/platform", desk.platform_id)
        settings.set("message/lang", desk.lang)
        self.top.show_platform(desk.platform_id)
        self.top.show_language(desk.lang)
        self.browser.blockSignals(True)
        self.browser.set_platform_filter(desk.platform_id)
        if self.browser.current_id() != desk.template_id:
            self.browser.select(desk.template_id)
        self.browser.blockSignals(False)
        self.form.set_template(
            desk.template,
            desk.platform,
            desk.form_values(),
            desk.twin,
            desk.references(),
            desk.form_fields(),
        )

    def show_message(self) -> None:
        desk = self.desk
        limit = desk.platform.message_limit
        self.preview_pane.show_preview(desk.preview, limit, self.field_labels())
        self.form.set_missing(desk.missing)
        self.preview_pane.show_twin(
            desk.twin_preview, other_lang(desk.lang), bool(desk.twin_unwritten)
        )
        self.preview_pane.show_unwritten(desk.unwritten)

    def show_search_state(self) -> None:
        """A search that finds nothing takes the message's place, and Copy is off."""
        nothing = self.browser.found_nothing()
        self.preview_pane.show_no_match(nothing, self.browser.search.text())
        self.top.copy_button.setEnabled(not nothing)

    def say_if_found_nothing(self) -> bool:
        """True (and said in the status line) while the search finds no template."""
        from app.ui.copying import found_nothing_note

        if self.browser.found_nothing():
            self.status.showMessage(found_nothing_note(), 8000)
            return True
        return False

    def show_dates(self) -> None:
        self.dates.set_choices(self.desk.deadline_choices())
        if self.dates.platform is not self.desk.platform:
            self.dates.set_platform(self.desk.platform)
        if self.dates.order_dates() != self.desk.dates:
            self.dates.set_order_dates(self.desk.dates)

    def report_problems(self) -> None:
        """Template files that could not be read, counted in the status line."""
        problems = self.desk.library.problems
        if problems:
            self.status.showMessage(
                self.tr(
                    "%n template file(s) could not be read; run teinei check for details.",
                    "",
                    len(problems),
                )
            )

    def say_replaced(self, gone: Template, chosen: Template) -> None:
        # The window's context, so the translation stays where it was.
        said = QCoreApplication.translate(
            "MainWindow", "“%1” is not offered on %2; opened “%3” instead."
        )
        name = self.desk.platform.name(current_language())
        said = said.replace("%1", gone.title).replace("%2", name).replace("%3", chosen.title)
        self.status.showMessage(said, 10000)

    def field_labels(self) -> dict[str, str]:
        """The open template's field names as the form shows them (UI language)."""
        from app.templates.labels import field_labels

        template = self.desk.template
        if template is None:
            return {}
        return field_labels(template, self.desk.twin, current_language())

    def fill_browser(
        self,
        lang: str,
        wanted: str,
        order: tuple[list[str], list[str]] = ([], []),
        library: Library | None = None,
    ) -> str:
        """List ``lang``'s templates of ``library`` (the desk's if not given; ``order``:
        favourites, then recent, first); the id to open: ``wanted`` if listed, else the
        first."""
        library = library if library is not None else self.desk.library
        self.listed_lang, self.listed_order = lang, order
        twins = {t.id: t for t in library.templates if t.lang != lang}
        # Quiet while the list refills, so its passing first row does not replace ours.
        self.browser.blockSignals(True)
        try:
            self.browser.set_templates(library.for_lang(lang), twins)
            self.browser.set_order(*order)
            self.browser.set_platform_filter(self.desk.platform_id)
            if wanted and self.browser.select(wanted):
                return wanted
            return self.browser.current_id()
        finally:
            self.browser.blockSignals(False)
