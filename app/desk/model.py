"""The desk model: the one current order and everything the window shows of it, without Qt.

The window observes it (through app/ui/desk_signals.py) and sends the seller's actions
to it. A change renders the message and its other-language twin once each, and checks
the platform's rules once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.deadlines import Deadlines, DeadlineSettingError, OrderDates, compute_deadlines
from app.desk.checks import CopyCheck, findings_for
from app.desk.composer import Composer
from app.desk.observer import Event
from app.desk.order_values import OrderValues

if TYPE_CHECKING:
    from app.findings import Finding
    from app.library import Library
    from app.next_step_text import Suggestion
    from app.orders.session import OrderSession
    from app.platforms import Platform
    from app.preview import Preview
    from app.template_file import Template

LANGS = ("ja", "en")
# Where buyers write in English: a message starts in English there until the seller
# chooses otherwise for that platform (Mercari US is a US marketplace; eBay's buyers are
# abroad for a seller in Japan). The Japanese marketplaces start in Japanese; "other"
# keeps the language in use.
ENGLISH_FIRST = frozenset({"mercari_us", "ebay"})
ANY_LANGUAGE = frozenset({"other"})


def other_lang(lang: str) -> str:
    return "en" if lang == "ja" else "ja"


class Desk:
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
        chosen_langs: Mapping[str, str] | None = None,
    ) -> None:
        """``checks_live`` False holds the policy checks until ``start_checks`` (a start
        paints first; the rules take tens of ms to read). ``chosen_langs`` holds the
        message language the seller chose on each platform (see ``choose_lang``)."""
        self.library = library
        self.platforms = platforms
        self.platform_id = platform_id if platform_id in platforms else next(iter(platforms))
        self.lang = lang if lang in LANGS else "ja"
        self.template_id = template_id
        self.twin_shown = twin_shown
        self.composer = composer or Composer()
        self.checks_live = checks_live
        self.chosen_langs = dict(chosen_langs or {})
        self.values = OrderValues()
        self.dates = OrderDates()
        self.orders: OrderSession | None = None
        self.preview: Preview | None = None
        self.twin_preview: Preview | None = None
        self.deadlines: Deadlines = Deadlines()
        self.findings: list[Finding] = []
        self.checked_text: str | None = None  # the text the findings are for
        self.checks = 0  # policy checks run (each change runs at most one)

        self.template_changed = Event[[]]()  # the open template, platform or language
        self.message_changed = Event[[]]()  # the message, its twin, the missing fields
        self.findings_changed = Event[[]]()
        self.dates_changed = Event[[]]()  # the order's dates and so its deadlines
        self.typed = Event[[dict[str, object]]]()  # values for the stored order
        self.replaced = Event[["Template", "Template"]]()  # (gone, opened) on a platform switch
        self.order_started = Event[[]]()  # a new, empty order
        self.copied = Event[[str, str, str]]()  # template id, language, text
        self.lang_chosen = Event[[dict[str, str]]]()  # every platform's chosen language
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

    def offered(self) -> list[Template]:
        """The templates in the message language offered on the platform."""
        return [t for t in self.library.for_lang(self.lang) if self.platform_id in t.platforms]

    def form_values(self) -> dict[str, object]:
        """The values the open template's form shows."""
        template = self.template
        return self.values.for_template(template) if template is not None else {}

    @property
    def missing(self) -> frozenset[str]:
        preview = self.preview
        if preview is None:
            return frozenset()
        return frozenset(preview.missing) | ({preview.invalid} - {""})

    def lang_for(self, platform_id: str) -> str:
        """The message language on ``platform_id``: the seller's choice there, else the
        platform's buyers' language."""
        chosen = self.chosen_langs.get(platform_id)
        if chosen in LANGS:
            return chosen
        if platform_id in ANY_LANGUAGE:
            return self.lang
        return "en" if platform_id in ENGLISH_FIRST else "ja"

    def next_steps(self) -> list[Suggestion]:
        return self.orders.next_steps() if self.orders is not None else []

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
        self.typed.emit({name: value})
        self.refresh()

    def set_values(self, values: Mapping[str, object]) -> None:
        """Put ``values`` into the order as if typed; the form shows them."""
        for name, value in values.items():
            template = self.template
            if template is not None and template.field(name) is not None:
                self.values.put(name, value, template)
            else:
                self.values.set(name, value)
        self.typed.emit(dict(values))
        self._template_changed()

    def set_platform(self, platform_id: str) -> bool:
        """Write for another platform; a template it does not offer gives way to the
        same situation's template there (``replaced`` says which)."""
        if platform_id not in self.platforms or platform_id == self.platform_id:
            return False
        self.platform_id = platform_id
        lang = self.lang_for(platform_id)
        if lang != self.lang:
            self.lang = lang
            self._pick_template()
        gone = self.template
        listed = self.offered()
        if gone is not None and gone not in listed:
            from app.search import same_situation

            chosen = same_situation(gone.category, listed) or next(iter(listed), None)
            if chosen is not None:
                self.template_id = chosen.id
                self.replaced.emit(gone, chosen)
        self._compute_deadlines()
        self.dates_changed.emit()
        self._template_changed()
        return True

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
        self.dates = dates
        old = self.deadlines
        self._compute_deadlines()
        self.dates_changed.emit()
        if dict(old) != dict(self.deadlines):
            self.refresh()

    def set_twin_shown(self, shown: bool) -> None:
        if shown != self.twin_shown:
            self.twin_shown = shown
            self.refresh()

    def new_order(self) -> None:
        """Start a new, empty order on the same platform."""
        self.values.clear()
        self.dates = OrderDates()
        self._compute_deadlines()
        self.order_started.emit()  # the orders view saves the last typing, then starts it
        self.dates_changed.emit()
        self._template_changed()

    def load_order(self, platform_id: str, values: Mapping[str, object], dates: OrderDates) -> None:
        """Show an order opened (or filled from a paste): exactly its values and dates."""
        if platform_id == self.platform_id and not self.values and not any(values.values()):
            self.set_dates(dates)  # an empty order over an empty form: no rebuild
            return
        self.dates = dates
        self.values.replace(values)
        if platform_id != self.platform_id:
            self.set_platform(platform_id)  # redraws, with the new dates
            return
        self._compute_deadlines()
        self.dates_changed.emit()
        self._template_changed()

    def reload(self, library: Library, template_id: str = "") -> None:
        """Templates read again from disk; the open one stays open if it still exists."""
        self.library = library
        self.show(template_id)

    def attach_orders(self, orders: OrderSession) -> None:
        """The stored orders: copies are checked against the current order's timeline."""
        self.orders = orders

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
        preview, template = self.preview, self.template
        from app.preview import ERROR

        if preview is None or template is None or preview.state == ERROR:
            return CopyCheck(None)
        text = preview.copy_text
        cautions = self.orders.cautions(template.id) if self.orders is not None else []
        return CopyCheck(
            text,
            missing=preview.missing,
            findings=findings_for(text, template, self.platform),
            cautions=cautions,
        )

    def record_copy(self, text: str) -> None:
        """The text went to the clipboard: the order's timeline records it."""
        template = self.template
        if template is not None:
            self.copied.emit(template.id, template.lang, text)

    # -- computing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Render the message and its twin (once each) and check the message once."""
        template = self.template
        if template is None:
            self.preview = self.twin_preview = None
        else:
            compose, platform, deadlines = self.composer.compose, self.platform, self.deadlines
            self.preview = compose(
                template, self.values.for_template(template), platform, deadlines
            )
            twin = self.library.twin(template) if self.twin_shown else None
            self.twin_preview = (
                compose(twin, self.values.for_template(twin), platform, deadlines)
                if twin is not None
                else None
            )
        self.message_changed.emit()
        if self.checks_live:
            self._check()

    def _check(self) -> None:
        from app.preview import ERROR

        preview = self.preview
        shown = preview.text if preview is not None and preview.state != ERROR else ""
        self.checks += 1
        self.findings = findings_for(shown, self.template, self.platform)
        self.checked_text = shown
        self.findings_changed.emit()

    def _compute_deadlines(self) -> None:
        try:
            self.deadlines = compute_deadlines(self.platform, self.dates)
        except DeadlineSettingError:
            self.deadlines = Deadlines()  # the deadline view says why

    def _pick_template(self) -> None:
        """Keep the open template if the language has it; else the first one offered."""
        if self.library.get(self.template_id, self.lang) is not None:
            return
        first = next(iter(self.offered()), None) or next(
            iter(self.library.for_lang(self.lang)), None
        )
        self.template_id = first.id if first is not None else ""

    def _template_changed(self) -> None:
        self.template_changed.emit()
        self.refresh()
