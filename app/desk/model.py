"""The desk model: the one current order and everything the window shows of it, without Qt.

The window observes it (through app/ui/desk_signals.py) and sends the seller's actions
to it. A change renders the message and its other-language twin once each, and checks
the platform's rules once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.base.langs import LANGS
from app.deadlines.schedule import (
    CHOICE_FIELDS,
    Deadlines,
    DeadlineSettingError,
    OrderDates,
    choices_of,
    compute_deadlines,
)
from app.desk.checks import CopyCheck, MessageCheck, copy_check
from app.desk.composer import Composer, marked_if_typed
from app.desk.history_values import asks_history, history_values
from app.desk.message_lang import message_lang
from app.desk.observer import Event
from app.desk.order_values import OrderValues
from app.desk.ship_day import notice_moved_to
from app.desk.stored_order import StoredOrder
from app.desk.template_choice import first_offered, same_situation_on, unwritten_language

# The orders (and sqlite3) load when a store is attached, after a start's desk is painted.
if TYPE_CHECKING:
    from app.base.platforms import Platform
    from app.desk.order_book import OrderBook
    from app.orders.schema import OrderStoreError
    from app.policy.findings import Finding
    from app.rendering.preview import Preview
    from app.templates.fields import Field
    from app.templates.library import Library
    from app.templates.template_file import Template

SHIP_DATE = "ship_date"  # the form's ship date: the day of the order's shipping notice


class Desk(StoredOrder):
    """One order at a time: its values, dates, platform, message language and template."""

    def __init__(
        self,
        library: Library,
        platforms: Mapping[str, Platform],
        *,
        platform_id: str = "",
        lang: str = "ja",
        template_id: str = "",
        twin_shown: bool = True,
        composer: Composer | None = None,
        checks_live: bool = True,
        clock: Callable[[], datetime] = datetime.now,
        chosen_langs: Mapping[str, str] | None = None,
    ) -> None:
        """``checks_live`` False holds the policy checks until ``start_checks`` (a start
        paints first; the rules take tens of ms to read). ``clock`` is "now" for the
        checks that count days (the orders' clock once a store is attached).
        ``chosen_langs`` holds the message language the seller chose on each platform
        (see ``choose_lang``)."""
        self.library = library
        self.platforms = platforms
        self.platform_id = platform_id if platform_id in platforms else next(iter(platforms))
        self.lang = lang if lang in LANGS else "ja"
        self.template_id = template_id
        self.twin_shown = twin_shown
        self.composer = composer or Composer()
        self.checks_live = checks_live
        self.clock = clock
        self.chosen_langs = dict(chosen_langs or {})
        self.values = OrderValues()
        self._dates = OrderDates()  # the order's dates while no orders store is attached
        self.book: OrderBook | None = None
        self.preview: Preview | None = None
        self.twin_preview: Preview | None = None
        self.deadlines: Deadlines = Deadlines()
        self.findings: list[Finding] = []
        self.checked_text: str | None = None  # the text the findings are for
        # One check per change. Its ``aside`` (app/ui/check_aside.py) runs a long text
        # away from the window; without it every text is checked at once.
        self.checking = MessageCheck(self._show_findings, lambda: self._show_findings(None, []))

        self.template_changed = Event[[]]()  # the open template, platform or language
        self.message_changed = Event[[]]()  # the message, its twin, the missing fields
        self.findings_changed = Event[[]]()
        self.dates_changed = Event[[]]()  # the order's dates and so its deadlines
        self.replaced = Event[["Template", "Template"]]()  # (gone, opened) on a platform switch
        self.order_started = Event[[]]()  # a new, empty order
        self.copied = Event[[str, str, str]]()  # template id, language, text
        self.lang_chosen = Event[[dict[str, str]]]()  # every platform's chosen language
        # The stored order (with an orders store attached):
        self.unsaved = Event[[]]()  # typing waits to be saved (save_order after a pause)
        self.order_changed = Event[[]]()  # the stored order, its timeline, or which order
        # A save failed (None: a save worked), and a copy that is not on the timeline:
        self.order_failed: Event[[OrderStoreError | None]] = Event()
        self.record_failed: Event[[OrderStoreError]] = Event()
        self._compute_deadlines()

    # -- what the window shows ----------------------------------------------------------
    @property
    def platform(self) -> Platform:
        return self.platforms[self.platform_id]

    @property
    def template(self) -> Template | None:
        return self.library.get(self.template_id, self.lang)

    @property
    def twin(self) -> Template | None:
        template = self.template
        return self.library.twin(template) if template is not None else None

    @property
    def unwritten(self) -> tuple[str, str | None] | None:
        """A language of the open template not written yet (a new template's twin starts
        empty), with the written language to start it from (None when neither is)."""
        return unwritten_language(self.template, self.twin)

    def form_values(self) -> dict[str, object]:
        """The values the open template's form shows."""
        template = self.template
        return self._values_of(template) if template is not None else {}

    def _values_of(self, template: Template) -> dict[str, object]:
        """What the seller typed for ``template``, over what the order's history knows."""
        typed = self.values.for_template(template)
        if not asks_history(template):  # most templates: no look at the timeline
            return typed
        return {**history_values(template, self.timeline()), **typed}

    def form_fields(self) -> tuple[Field, ...]:
        """What the form asks: the open template's fields its text can print here."""
        template = self.template
        return self.composer.form_fields(template, self.platform) if template else ()

    def references(self) -> dict[str, object]:
        """The open template's free text as written in the other language, by field."""
        template = self.template
        return self.values.references(template) if template is not None else {}

    @property
    def twin_unwritten(self) -> tuple[str, ...]:
        """The twin's fields whose words are written in the message's language only: the
        twin marks them as missing rather than borrow the other language's words."""
        twin = self.twin if self.twin_shown else None
        return self.values.unwritten_in(twin) if twin is not None else ()

    @property
    def missing(self) -> frozenset[str]:
        preview = self.preview
        if preview is None:
            return frozenset()
        return frozenset(preview.missing) | ({preview.invalid} - {""})

    def lang_for(self, platform_id: str) -> str:
        """The message language on ``platform_id``: the seller's choice there, else the
        platform's buyers' language."""
        return message_lang(platform_id, self.chosen_langs, self.lang)

    # -- the seller's actions ------------------------------------------------------------
    def open_template(self, template_id: str) -> bool:
        """Open ``template_id``; False if it is open already or not in the library."""
        if not template_id or template_id == self.template_id:
            return False
        if self.library.get(template_id, self.lang) is None:
            return False
        self.template_id = template_id
        self._template_changed()
        return True

    def set_value(self, name: str, value: object) -> None:
        """A value typed into the form."""
        template = self.template
        if template is None or not self.values.put(name, value, template):
            return
        field = template.field(name)
        if template.lang == self.lang_for(self.platform_id) or not (
            field is not None and field.per_language(value)
        ):  # the stored order keeps its words in its message language
            self._keep({name: value})
        if name in CHOICE_FIELDS and self._compute_deadlines():
            self.dates_changed.emit()  # Mercari's days to ship, eBay's handling time
        if name == SHIP_DATE and isinstance(value, date):
            self._shipped_on(value)
        self.refresh()

    def deadline_choices(self) -> dict[str, object]:
        """The order's values its deadlines read besides the dates (whichever template
        they were chosen in)."""
        return choices_of(self.values.shared)

    def _shipped_on(self, day: date) -> None:
        """The form's ship date and the order's shipping notice are one date of the order
        (app/desk/ship_day.py)."""
        moved = notice_moved_to(self.dates, day)
        if moved is not None:
            self.set_dates(moved)

    def set_values(self, values: Mapping[str, object]) -> None:
        """Put ``values`` into the order as if typed; the form shows them."""
        template = self.template
        for name, value in values.items():
            field = template.field(name) if template is not None else None
            self.values.put_in(self.lang, name, value, field)
        self._keep(values)
        if self._compute_deadlines():
            self.dates_changed.emit()
        self._template_changed()

    def set_platform(self, platform_id: str) -> bool:
        """Write for another platform; a template it does not offer gives way to the
        same situation's template there (``replaced`` says which)."""
        if platform_id not in self.platforms or platform_id == self.platform_id:
            return False
        self._switch_platform(platform_id)
        if self.book is not None and self.book.current.platform != platform_id:
            self.update_order(platform=platform_id)
        self._compute_deadlines()
        self.dates_changed.emit()
        self._template_changed()
        return True

    def _switch_platform(self, platform_id: str) -> None:
        self.platform_id = platform_id
        lang = self.lang_for(platform_id)  # the platform's buyers' language, or the choice
        if lang != self.lang:
            self.lang = lang
            self._pick_template()
        gone = self.template
        chosen = same_situation_on(self.library, gone, platform_id) if gone else None
        if gone is not None and chosen is not None:
            self.template_id = chosen.id
            self.replaced.emit(gone, chosen)

    def set_lang(self, lang: str, template_id: str = "") -> bool:
        """Write the message in ``lang``: in ``template_id``, else the open template's
        twin, else the first template offered."""
        if lang not in LANGS or lang == self.lang:
            return False
        self.lang = lang
        self.template_id = template_id or self.template_id
        self._pick_template()
        self._template_changed()
        return True

    def choose_lang(self, lang: str, template_id: str = "") -> bool:
        """The seller chose ``lang`` for messages on this platform: remembered for it."""
        if lang not in LANGS:
            return False
        if self.chosen_langs.get(self.platform_id) != lang:
            self.chosen_langs[self.platform_id] = lang
            self.lang_chosen.emit(dict(self.chosen_langs))
        return self.set_lang(lang, template_id)

    def show(self, template_id: str = "") -> None:
        """Show the desk (the first time, or again): ``template_id`` if given."""
        self.template_id = template_id or self.template_id
        self._pick_template()
        self._template_changed()

    def set_dates(self, dates: OrderDates) -> None:
        """The order's dates: its deadlines reach the templates."""
        if dates == self.dates:
            return
        if self.book is not None:
            from app.orders.model import DATE_NAMES

            self.update_order(**{name: getattr(dates, name) for name in DATE_NAMES})
            return
        self._dates = dates
        self._dates_moved()

    def _dates_moved(self) -> None:
        """The dates may have changed: new deadlines, and the message if they reach it.
        The shipping notice's day is the form's ship date too."""
        changed = self._compute_deadlines()
        self.dates_changed.emit()
        notice = self.dates.shipping_notice
        shipped = notice.date() if isinstance(notice, datetime) else notice
        if shipped is not None and self.values.shared.get(SHIP_DATE) != shipped:
            self.values.set(SHIP_DATE, shipped)
            self._template_changed()  # the form shows the day, the message says it
        elif changed:
            self.refresh()

    def set_twin_shown(self, shown: bool) -> None:
        if shown != self.twin_shown:
            self.twin_shown = shown
            self.refresh()

    def reload(self, library: Library, template_id: str = "") -> None:
        """Templates read again from disk; the open one stays open if it still exists."""
        self.library = library
        self.show(template_id)

    def start_checks(self) -> None:
        """Check the shown message from now on (a start holds them until its paint)."""
        if not self.checks_live:
            self.checks_live = True
            self._check()

    def go_live(self) -> None:
        """Render for real from now on; a remembered message is rendered again."""
        if self.composer.go_live():
            self.refresh()
        self.composer.save()

    # -- copying ---------------------------------------------------------------------------
    def copy_check(self) -> CopyCheck:
        """The text a copy would take and what to ask first; checked now, never waiting."""
        template = self.template
        cautions = self.cautions(template.id) if template is not None else []
        return copy_check(
            self.preview,
            template,
            self.platform,
            cautions,
            self.deadlines,
            self.clock(),
            known=(self.checked_text, self.findings),  # a long text is not checked twice
        )

    def record_copy(self, text: str) -> bool:
        """The open template's text went to the clipboard: the order's timeline has it."""
        template = self.template
        return template is not None and self.record(template.id, template.lang, text)

    # -- computing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Render the message and its twin (once each) and check the message once."""
        template = self.template
        if template is None:
            self.preview = self.twin_preview = None
        else:
            compose, platform, deadlines = self.composer.compose, self.platform, self.deadlines
            self.preview = compose(template, self._values_of(template), platform, deadlines)
            twin = self.library.twin(template) if self.twin_shown else None
            self.twin_preview = (
                marked_if_typed(
                    compose(twin, self._values_of(twin), platform, deadlines), self.preview
                )
                if twin is not None
                else None
            )
        self.message_changed.emit()
        if self.checks_live:
            self._check()

    def _check(self) -> None:
        from app.rendering.preview import ERROR

        preview = self.preview
        shown = preview.text if preview is not None and preview.state != ERROR else ""
        self.checking.run(shown, self.template, self.platform, self.deadlines, self.clock())

    def _show_findings(self, text: str | None, found: list[Finding]) -> None:
        """``text`` None: a long text is being checked aside, its findings come later."""
        self.findings, self.checked_text = found, text
        self.findings_changed.emit()

    def _compute_deadlines(self) -> bool:
        """The deadlines of the order's dates and choices; True if they changed."""
        old = dict(self.deadlines)
        try:
            found = compute_deadlines(self.platform, self.dates, self.deadline_choices())
        except DeadlineSettingError:
            found = Deadlines()  # the deadline view says why
        self.deadlines = found
        return dict(found) != old

    def _pick_template(self) -> None:
        """Keep the open template if the language has it; else the first one offered."""
        if self.library.get(self.template_id, self.lang) is None:
            first = first_offered(self.library, self.lang, self.platform_id)
            self.template_id = first.id if first is not None else ""

    def _template_changed(self) -> None:
        self.template_changed.emit()
        self.refresh()
