"""The current order's values: shared ones, and the seller's words once per language.

Switching from one template to another keeps the buyer's name and the item: both read
the same ``buyer_name``. Words the seller writes (an item, a description of a problem, a
choice's own words) are kept once per message language, so the Japanese words never land
in the English message; names, ids, amounts, dates and choices are the same in both
(app.templates.fields.Field.per_language decides, from resources/fields.toml's same_in_both).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from app.templates.fields import Field, known_field

if TYPE_CHECKING:  # the desk is made before jinja2 and the templates load
    from app.templates.template_file import Template


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def other_lang(lang: str) -> str:
    return "en" if lang == "ja" else "ja"


class OrderValues:
    """What the seller has typed for this order."""

    def __init__(self) -> None:
        self.shared: dict[str, object] = {}
        self.written: dict[str, dict[str, object]] = {"ja": {}, "en": {}}

    def set(self, name: str, value: object, lang: str | None = None) -> bool:
        """Store ``value`` (blank forgets it) as shared, or in ``lang``. True if it changed."""
        held = self.shared if lang is None else self.written.setdefault(lang, {})
        if is_blank(value):
            return held.pop(name, None) is not None
        if name in held and held[name] == value:
            return False
        held[name] = value
        return True

    def put(self, name: str, value: object, template: Template) -> bool:
        """Store a value typed into ``template``'s form."""
        return self.put_in(template.lang, name, value, template.field(name))

    def put_in(self, lang: str, name: str, value: object, field: Field | None = None) -> bool:
        """Store a value written for a message in ``lang``: in that language if it is
        the seller's words, else shared (``field`` None: as the vocabulary defines it)."""
        field = field if field is not None else known_field(name)
        if field.per_language(value):
            return self.set(name, value, lang)
        # A chosen item replaces the own words this language had for it.
        dropped = self.written.setdefault(lang, {}).pop(name, None) is not None
        return self.set(name, value) or dropped

    def for_template(self, template: Template) -> dict[str, object]:
        """The values ``template`` reads: the shared ones and its language's words."""
        return {**self.shared, **self.written.get(template.lang, {})}

    def references(self, template: Template) -> dict[str, object]:
        """For each of ``template``'s boxes, what was written for it in the other
        language: shown beside the box as a reference, never used in the message."""
        written = self.written.get(other_lang(template.lang), {})
        return {f.name: written[f.name] for f in template.fields if f.name in written}

    def unwritten_in(self, template: Template) -> tuple[str, ...]:
        """``template``'s fields with words written in the other language only."""
        own = self.written.get(template.lang, {})
        other = self.written.get(other_lang(template.lang), {})
        return tuple(f.name for f in template.fields if f.name in other and f.name not in own)

    def replace(self, values: Mapping[str, object], lang: str) -> None:
        """Start again from ``values`` (an order opened or pasted), written in ``lang``."""
        self.clear()
        for name, value in values.items():
            self.put_in(lang, name, value)

    def clear(self) -> None:
        self.shared.clear()
        for written in self.written.values():
            written.clear()

    def __bool__(self) -> bool:
        return bool(self.shared) or any(self.written.values())
