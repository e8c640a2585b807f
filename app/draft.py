"""The order being written: one set of values shared by every template."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window builds a Draft before jinja2 is loaded
    from app.template_file import Template


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass
class Draft:
    """What the seller has typed, and for which platform, language and template.

    Values are keyed by field name, so switching from one template to another keeps the
    buyer's name and the item: both templates read the same ``buyer_name``.
    """

    platform_id: str = "mercari_jp"
    lang: str = "ja"
    template_id: str = ""
    values: dict[str, object] = field(default_factory=dict)

    def set(self, name: str, value: object) -> bool:
        """Store ``value`` (a blank one forgets the field); True if anything changed."""
        if is_blank(value):
            return self.values.pop(name, None) is not None
        if self.values.get(name) == value and name in self.values:
            return False
        self.values[name] = value
        return True

    def get(self, name: str) -> object | None:
        return self.values.get(name)

    def typed_for(self, template: Template) -> list[str]:
        """The names of ``template``'s fields the seller has given a value."""
        return [f.name for f in template.fields if f.name in self.values]

    def clear(self) -> None:
        self.values.clear()
