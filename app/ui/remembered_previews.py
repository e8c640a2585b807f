"""The window's previews, composed through a memo of earlier starts (app.render_memo).

Until the desk is first painted a preview the memo holds is shown as remembered, so the
start does not wait for jinja2. On the next event-loop turn after that paint the open
template is rendered for real (the same text; a different one would replace it at once)
and every later preview is rendered for real, and remembered for the next start.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.after_paint import AfterPaint

if TYPE_CHECKING:
    from app.platforms import Platform
    from app.preview import Preview
    from app.render_memo import RenderMemo
    from app.template_file import Template
    from app.ui.main_window import MainWindow


class RememberedPreviews(QObject):
    """Composes previews for ``window``; without a memo every preview is rendered."""

    def __init__(self, window: MainWindow, memo: RenderMemo | None) -> None:
        super().__init__(window)
        self.window = window
        self.memo = memo
        self.live = memo is None  # whether previews are rendered rather than recalled
        self.recalled = False  # whether a shown preview came from the memo
        if memo is not None:
            AfterPaint(window.preview_pane, self.go_live)  # once the whole desk is painted

    def compose(
        self,
        template: Template,
        values: Mapping[str, object],
        platform: Platform,
        deadlines: Mapping[str, date | datetime],
    ) -> Preview:
        memo = self.memo
        if memo is not None and not self.live:
            remembered = memo.recall(template, values, platform, deadlines)
            if remembered is not None:
                self.recalled = True
                return remembered
        from app.preview import compose

        preview = compose(template, values, platform, deadlines=deadlines)
        if memo is not None:
            memo.remember(template, values, platform, deadlines, preview)
        return preview

    def go_live(self) -> None:
        """Render for real from now on; the shown preview first, if it was recalled."""
        if self.live:
            return
        self.live = True
        if self.recalled:
            self.window.refresh_preview()
        self.save()

    def save(self) -> None:
        if self.memo is not None:
            self.memo.save()
