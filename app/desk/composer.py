"""Previews composed through a memo of earlier starts (app.rendering.render_memo).

Until the desk goes live a preview the memo holds is given as remembered, so a start
does not wait for jinja2. Live, every preview is rendered for real and remembered for
the next start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.base.platforms import Platform
    from app.rendering.preview import Preview
    from app.rendering.render_memo import RenderMemo
    from app.templates.fields import Field
    from app.templates.template_file import Template


class Composer:
    """Composes previews; without a memo every preview is rendered."""

    def __init__(self, memo: RenderMemo | None = None) -> None:
        self.memo = memo
        self.live = memo is None  # whether previews are rendered rather than recalled
        self.recalled = False  # whether a given preview came from the memo
        self.renders = 0  # previews composed (recalled or rendered)

    def compose(
        self,
        template: Template,
        values: Mapping[str, object],
        platform: Platform,
        deadlines: Mapping[str, date | datetime],
    ) -> Preview:
        self.renders += 1
        memo = self.memo
        if memo is not None and not self.live:
            remembered = memo.recall(template, values, platform, deadlines)
            if remembered is not None:
                self.recalled = True
                return remembered
        from app.rendering.preview import compose

        preview = compose(template, values, platform, deadlines=deadlines)
        if memo is not None:
            memo.remember(template, values, platform, deadlines, preview)
        return preview

    def form_fields(self, template: Template, platform: Platform) -> tuple[Field, ...]:
        """The fields the form asks on ``platform`` (app.templates.field_reach); recalled
        like a preview until the desk goes live, since finding them loads jinja2."""
        memo = self.memo
        if memo is not None and not self.live:
            names = memo.recall_fields(template, platform)
            if names is not None:
                return tuple(field for field in template.fields if field.name in names)
        from app.templates.field_reach import fields_for

        fields = fields_for(template, platform)
        if memo is not None:
            memo.remember_fields(template, platform, tuple(field.name for field in fields))
        return fields

    def go_live(self) -> bool:
        """Render for real from now on; True if a shown preview was recalled (the caller
        renders it again, then saves)."""
        if self.live:
            return False
        self.live = True
        return self.recalled

    def save(self) -> None:
        if self.memo is not None:
            self.memo.save()


def marked_if_typed(twin: Preview, shown: Preview) -> Preview:
    """Once the seller has typed for the message, its twin shows marks where its own
    values are missing, never the example order's words in their place."""
    from app.rendering.preview import DRAFT, EXAMPLE

    if twin.state == EXAMPLE and shown.state != EXAMPLE:
        return replace(twin, text=twin.copy_text, state=DRAFT)
    return twin
