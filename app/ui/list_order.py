"""The template list's order as the seller made it: favourites first, then the recently
used, both kept in the settings."""

from __future__ import annotations

from app.templates.search import toggle, touch_recent
from app.ui.settings import Settings


class ListOrder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.favourites: list[str] = settings.get("browser/favourites")
        self.recent: list[str] = settings.get("browser/recent")

    def order(self) -> tuple[list[str], list[str]]:
        return self.favourites, self.recent

    def toggle_favourite(self, template_id: str) -> bool:
        """Star or unstar ``template_id``; True when it is now a favourite."""
        self.favourites = toggle(self.favourites, template_id)
        self.settings.set("browser/favourites", self.favourites)
        return template_id in self.favourites

    def note_recent(self, template_id: str) -> None:
        self.recent = touch_recent(self.recent, template_id)
        self.settings.set("browser/recent", self.recent)
