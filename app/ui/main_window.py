"""The drafting desk: browser, order form and preview, wired together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.draft import Draft
from app.search import toggle, touch_recent
from app.ui import dialogs, window_state
from app.ui.after_paint import AfterPaint
from app.ui.i18n import current_language, resolve, translations
from app.ui.settings import Settings
from app.ui.top_bar import LANGS, TopBar
from app.ui.window_menus import WindowActions

# The parts, the library and jinja2 load after the window first shows (see _finish).
if TYPE_CHECKING:
    from app.library import Library
    from app.platforms import Platform
    from app.preview import Preview
    from app.template_file import Template
    from app.ui.order_form import OrderForm
    from app.ui.preview_pane import PreviewPane
    from app.ui.template_browser import TemplateBrowser

APP_TITLE = "Teinei"


def app_icon() -> QIcon:
    return QIcon(str(paths.resource_path("icons/teinei.svg")))


class MainWindow(QMainWindow):
    """Wires the parts; what the text says is decided in app/, not here."""

    message_copied = Signal(str, str, str)  # template id, language, text
    ready = Signal()  # the parts are built and the library is loaded
    preview_updated = Signal()  # self.preview changed (a policy check can run on it)
    orders_opened = Signal()  # a start's orders dock was filled (app/ui/orders_dock.py)

    # Built by _finish (at once, or after the first paint when deferred).
    library: Library
    browser: TemplateBrowser
    form: OrderForm
    preview_pane: PreviewPane

    def __init__(
        self,
        library: Library | None = None,
        platforms: dict[str, Platform] | None = None,
        *,
        defer: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``defer`` shows the frame first and builds the parts on the first event-loop turn
        after it is painted (the app starts that way); otherwise all is built here."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.settings = Settings()
        self._given_platforms = platforms
        self.platforms: dict[str, Platform] = {}
        self._given_library = library
        self.is_ready = False
        self._deferred = defer
        self.draft = Draft(
            platform_id=self.settings.get("message/platform"),
            lang=self.settings.get("message/lang")
            if self.settings.get("message/lang") in LANGS
            else "ja",
            template_id=self.settings.get("message/template"),
        )
        # Reasons to ask before copying; other parts append callables returning sentences.
        self.copy_checks: list[Callable[[], list[str]]] = []
        # Dates the templates see as ``deadlines`` (filled by whoever computes them).
        self.deadlines: dict[str, date | datetime] = {}
        self.preview: Preview | None = None
        self.twin_preview: Preview | None = None
        self.favourites: list[str] = self.settings.get("browser/favourites")
        self.recent: list[str] = self.settings.get("browser/recent")

        self._build_frame()
        self.actions = WindowActions(self)
        self.menus = self.actions.menus
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        if not defer:
            self._finish()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.is_ready:  # build after the first paint, so the frame is seen at once
            AfterPaint(self, self._finish, fallback_ms=300)

    def _finish(self) -> None:
        """Load the library and build the browser, form and preview into the frame."""
        if self.is_ready:
            return
        from app.library import load_library
        from app.platforms import load_platforms
        from app.ui import desk_layout

        given, self._given_platforms = self._given_platforms, None
        self.platforms = given if given is not None else load_platforms()
        if self.draft.platform_id not in self.platforms:
            self.draft.platform_id = next(iter(self.platforms))
        given_library, self._given_library = self._given_library, None
        self.library = given_library if given_library is not None else load_library()
        desk_layout.build(self)
        self.actions.connect_window(self)
        if not self._deferred:
            self._install_user_set()
        self.is_ready = True
        from app.ui.remembered_previews import RememberedPreviews

        # A deferred start may paint a remembered first preview and render after the paint.
        memo = None
        if self._deferred:
            from app.render_memo import RenderMemo

            memo = RenderMemo()
        self.previews = RememberedPreviews(self, memo)
        from app.ui.policy_wiring import PolicyWiring

        # A deferred start paints the desk first and lists its warnings a moment later.
        self.policy = PolicyWiring(self, defer_first=self._deferred)
        self._load_templates()
        window_state.restore(self)
        self.retranslate()
        self._report_problems()
        if self._deferred:  # its menu entries and editor pane are not needed for the paint
            AfterPaint(self.preview_pane, self._install_user_set)
        self.ready.emit()

    def _install_user_set(self) -> None:
        """Template menu (customize, edit, new, …, folders) and the editor pane."""
        from app.ui.userset import wiring

        self.user_set = wiring.install(self)
        if self._deferred:
            window_state.restore_docks(self)  # the editor pane's place, saved with the others

    # -- building ----------------------------------------------------------------------
    def _build_frame(self) -> None:
        self.top = TopBar(self)
        self.platform_picker = self.top.platform_picker
        self.lang_picker = self.top.lang_picker
        self.copy_button = self.top.copy_button
        self.top.show_language(self.draft.lang)
        # The frame stays clear of QSplitter and the Qt namespace: building their ~100
        # enums costs PySide6 15 ms, which _finish pays after the first paint.
        self.loading = QLabel(self)
        central = QWidget(self)
        self.column = QVBoxLayout(central)
        self.column.addWidget(self.top)
        self.column.addWidget(self.loading, 1)
        self.setCentralWidget(central)
        self.resize(1280, 760)

    # -- the parts follow the draft ----------------------------------------------------
    @property
    def platform(self) -> Platform:
        return self.platforms[self.draft.platform_id]

    @property
    def template(self) -> Template | None:
        return self.library.get(self.draft.template_id, self.draft.lang)

    def _load_templates(self) -> None:
        twins = {t.id: t for t in self.library.templates if t.lang != self.draft.lang}
        # Quiet while the list refills, so its passing first row does not replace ours.
        self.browser.blockSignals(True)
        try:
            self.browser.set_templates(self.library.for_lang(self.draft.lang), twins)
            self.browser.set_order(self.favourites, self.recent)
            self.browser.set_platform_filter(self.draft.platform_id)
            if not (self.draft.template_id and self.browser.select(self.draft.template_id)):
                self.draft.template_id = self.browser.current_id()
        finally:
            self.browser.blockSignals(False)
        self._show_template()

    def open_template(self, template_id: str, focus: bool = False) -> None:
        """Show ``template_id`` in the form; ``focus`` also moves the caret to its first box."""
        if template_id and template_id != self.draft.template_id:
            self.draft.template_id = template_id
            self.settings.set("message/template", template_id)
            if self.browser.current_id() != template_id:
                self.browser.select(template_id)
            self._show_template()
        if focus and template_id:
            from PySide6.QtCore import Qt

            self.note_recent(template_id)
            first = self.form.first_input()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_template(self) -> None:
        template = self.template
        twin = self.library.twin(template) if template is not None else None
        self.form.set_template(template, self.platform, self.draft, twin)
        self.actions.favourite.setChecked(self.draft.template_id in self.favourites)
        self.refresh_preview()
        self._update_title()

    def on_value(self, name: str, value: object) -> None:
        if self.draft.set(name, value):
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Render the open template and its twin from the draft; errors become banners."""
        compose = self.previews.compose
        template = self.template
        if template is None:
            self.preview = self.twin_preview = None
            self.preview_pane.show_preview(None, self.platform.message_limit)
            self.preview_pane.show_twin(None, "")
            self.preview_pane.show_unwritten(None, None)
            self.form.set_missing(())
            self.preview_updated.emit()
            return
        values, platform = self.draft.values, self.platform
        self.preview = compose(template, values, platform, self.deadlines)
        self.preview_pane.show_preview(self.preview, platform.message_limit, self.field_labels())
        missing = set(self.preview.missing) | ({self.preview.invalid} - {""})
        self.form.set_missing(missing)
        twin = self.library.twin(template)
        other = "en" if template.lang == "ja" else "ja"
        if twin is not None and self.actions.twin.isChecked():
            self.twin_preview = compose(twin, values, platform, self.deadlines)
        else:
            self.twin_preview = None
        self.preview_pane.show_twin(self.twin_preview, other)
        self.preview_pane.show_unwritten(template, twin)
        self.preview_updated.emit()

    def field_labels(self) -> dict[str, str]:
        """The open template's field names as the form shows them (UI language)."""
        from app.labels import field_labels

        template = self.template
        if template is None:
            return {}
        return field_labels(template, self.library.twin(template), current_language())

    def set_platform(self, platform_id: str) -> None:
        if platform_id not in self.platforms or platform_id == self.draft.platform_id:
            return
        self.draft.platform_id = platform_id
        self.settings.set("message/platform", platform_id)
        self.top.show_platform(platform_id)
        self.browser.blockSignals(True)
        self.browser.set_platform_filter(platform_id)
        self.browser.blockSignals(False)
        gone = self.template
        if gone is not None and self.draft.template_id not in self.browser.visible_ids():
            from app.ui.platform_switch import replace_unoffered

            replace_unoffered(self, gone)
        self._show_template()

    def set_message_language(self, lang: str) -> None:
        if lang not in LANGS or lang == self.draft.lang:
            return
        self.draft.lang = lang
        self.settings.set("message/lang", lang)
        self.top.show_language(lang)
        self._load_templates()

    def reload_library(self) -> None:
        """Read the templates from disk again, keeping the open template."""
        from app.library import load_library

        self.library = load_library()
        self._load_templates()
        self._report_problems()

    def _report_problems(self) -> None:
        if self.library.problems:
            self.statusBar().showMessage(
                self.tr(
                    "%n template file(s) could not be read; run teinei check for details.",
                    "",
                    len(self.library.problems),
                )
            )

    def set_values(self, values: dict[str, object]) -> None:
        """Put ``values`` into the order (as if typed) and show them."""
        for name, value in values.items():
            self.draft.set(name, value)
        self._show_template()

    def new_order(self) -> None:
        self.draft.clear()
        self._show_template()
        self.statusBar().showMessage(self.tr("Started a new order."), 5000)

    def toggle_favourite(self) -> None:
        template_id = self.draft.template_id
        if template_id:
            self.favourites = toggle(self.favourites, template_id)
            self.settings.set("browser/favourites", self.favourites)
            self.browser.set_order(self.favourites, self.recent)
            self.actions.favourite.setChecked(template_id in self.favourites)

    def set_twin_shown(self, shown: bool) -> None:
        self.settings.set("view/twin", shown)
        self.preview_pane.set_twin_visible(shown)
        self.refresh_preview()

    # -- copying (app/ui/copying.py) ----------------------------------------------------
    def copy_blockers(self) -> list[str]:
        """Reasons to ask before copying: missing fields, then each of ``copy_checks``."""
        from app.ui import copying

        return copying.blockers(self)

    def copy_message(self) -> bool:
        """Copy the text (asking first if anything is amiss); True if it was copied."""
        from app.ui import copying

        return copying.copy(self)

    def note_recent(self, template_id: str) -> None:
        self.recent = touch_recent(self.recent, template_id)
        self.settings.set("browser/recent", self.recent)

    # -- UI language, title, state -----------------------------------------------------
    def set_ui_language(self, choice: str) -> None:
        """Switch the UI language now ("" follows the system); the window retranslates."""
        self.settings.set("ui/language", choice)
        self.actions.ui_languages[choice].setChecked(True)
        translations().switch(resolve(choice))

    def _update_title(self) -> None:
        template = self.template if self.is_ready else None
        self.setWindowTitle(f"{APP_TITLE} — {template.title}" if template else APP_TITLE)

    def retranslate(self) -> None:
        if not self.is_ready:
            self.loading.setText(self.tr("Loading templates…"))
        else:
            self.keys_hint.setText(self.tr("Ctrl+F search · Enter fill in · Ctrl+Return copy"))
        self.actions.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.is_ready:
                self.refresh_preview()  # missing fields are named in the new language
        super().changeEvent(event)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.is_ready:
            self.previews.save()  # the next start's first preview
        super().closeEvent(event)

    def about(self) -> None:
        dialogs.about(self)
