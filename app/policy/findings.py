"""A problem found in a finished message, shared by the policy checks and the window."""

from __future__ import annotations

from dataclasses import dataclass

from app.base.messages import Bilingual


@dataclass(frozen=True)
class Finding(Bilingual):
    """One warning about a span of text: which rule, why, and where."""

    rule: str
    message_ja: str
    message_en: str
    start: int
    end: int
    # Where the rule comes from (basis, page, day checked), for a tooltip.
    source_ja: str = ""
    source_en: str = ""

    def source(self, lang: str) -> str:
        return self.source_ja if lang == "ja" else self.source_en
