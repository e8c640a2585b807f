"""The current order's values: one value per field, and one per language for free text.

Switching from one template to another keeps the buyer's name and the item: both read
the same ``buyer_name``. A free-text field (a description the seller writes) is written
once per language, so the Japanese words never land in the English message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the desk is made before jinja2 and the templates load
    from app.templates.template_file import Template

FREE_TEXT = "multiline"


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def free_text_names(template: Template) -> frozenset[str]:
    return frozenset(f.name for f in template.fields if f.type == FREE_TEXT)


class OrderValues:
    """What the seller has typed for this order."""

    def __init__(self) -> None:
        self.shared: dict[str, object] = {}
        self.written: dict[str, dict[str, object]] = {"ja": {}, "en": {}}

    def set(self, name: str, value: object, lang: str | None = None) -> bool:
        """Store ``value`` (blank forgets it); ``lang`` for free text. True if it changed."""
        held = self.shared if lang is None else self.written.setdefault(lang, {})
        if is_blank(value):
            return held.pop(name, None) is not None
        if name in held and held[name] == value:
            return False
        held[name] = value
        return True

    def put(self, name: str, value: object, template: Template) -> bool:
        """Store a value typed into ``template``'s form."""
        lang = template.lang if name in free_text_names(template) else None
        return self.set(name, value, lang)

    def for_template(self, template: Template) -> dict[str, object]:
        """The values ``template`` reads: the shared ones and its language's free text
        (free text from outside the form, a pasted order page, is shared until rewritten)."""
        free = free_text_names(template)
        values = dict(self.shared)
        written = self.written.get(template.lang, {})
        values.update((k, v) for k, v in written.items() if k in free)
        return values

    def references(self, template: Template) -> dict[str, object]:
        """For each of ``template``'s free-text fields, what was written for it in the
        other language: shown beside the box as a reference, never used in the message."""
        other = "en" if template.lang == "ja" else "ja"
        written = self.written.get(other, {})
        return {name: written[name] for name in free_text_names(template) if name in written}

    def replace(self, values: Mapping[str, object]) -> None:
        """Start again from ``values`` (an order opened or pasted)."""
        self.clear()
        for name, value in values.items():
            self.set(name, value)

    def clear(self) -> None:
        self.shared.clear()
        for written in self.written.values():
            written.clear()

    def __bool__(self) -> bool:
        return bool(self.shared) or any(self.written.values())
