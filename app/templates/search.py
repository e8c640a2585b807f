"""Finding templates by what a seller types: kana, kanji, full-width or English."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.templates.template_file import Template

# Katakana ァ..ヶ sit exactly 0x60 above their hiragana; ヽヾ likewise.
_KATA_TO_HIRA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_KATA_TO_HIRA.update({0x30FD: 0x309D, 0x30FE: 0x309E})

# Ranks: lower is a better match.
TITLE_PREFIX = 0
TITLE_WORD = 1
TITLE_ANYWHERE = 2
TAG = 3
BODY = 4


def normalize(text: str) -> str:
    """Fold width, case and kana so ｱﾎﾟﾛｼﾞｰ, アポロジー and あぽろじー compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.translate(_KATA_TO_HIRA)


def terms(query: str) -> list[str]:
    """The words of a query; a full-width space separates words too (NFKC makes it one)."""
    return normalize(query).split()


@dataclass(frozen=True)
class SearchEntry:
    """One template's searchable text, folded once when the library loads."""

    titles: tuple[str, ...]
    tags: str
    body: str

    def rank(self, words: Sequence[str]) -> int | None:
        """How well every word matches (lower is better), or None if one word is absent."""
        worst = TITLE_PREFIX
        for word in words:
            rank = self._rank_word(word)
            if rank is None:
                return None
            worst = max(worst, rank)
        return worst

    def _rank_word(self, word: str) -> int | None:
        best: int | None = None
        for title in self.titles:
            if title.startswith(word):
                return TITLE_PREFIX
            position = title.find(word)
            if position > 0:
                at_word = not title[position - 1].isalnum()
                rank = TITLE_WORD if at_word else TITLE_ANYWHERE
                best = rank if best is None else min(best, rank)
        if best is not None:
            return best
        if word in self.tags:
            return TAG
        if word in self.body:
            return BODY
        return None


def entry_for(template: Template, twin: Template | None = None) -> SearchEntry:
    """Search text for ``template``, with its twin's, so either language finds it."""
    both = [template] if twin is None else [template, twin]
    return SearchEntry(
        titles=tuple(normalize(t.title) for t in both),
        tags="\n".join(normalize(tag) for t in both for tag in t.tags),
        body="\n".join(normalize(t.body) for t in both),
    )


def match(entry: SearchEntry, query: str) -> int | None:
    """The rank of ``entry`` for ``query``; an empty query matches everything equally."""
    words = terms(query)
    if not words:
        return TITLE_PREFIX
    return entry.rank(words)


def order_key(
    template_id: str, title: str, favourites: Collection[str], recent: Sequence[str]
) -> tuple[int, int, str]:
    """Favourites first, then recently used (newest first), then by title."""
    favourite = 0 if template_id in favourites else 1
    recency = recent.index(template_id) if template_id in recent else len(recent)
    return (favourite, recency, normalize(title))


def touch_recent(recent: Sequence[str], template_id: str, limit: int = 8) -> list[str]:
    """``recent`` with ``template_id`` moved to the front, at most ``limit`` long."""
    return [template_id, *(r for r in recent if r != template_id)][:limit]


def toggle(items: Sequence[str], item: str) -> list[str]:
    """``items`` with ``item`` added, or removed if it was there."""
    return [i for i in items if i != item] if item in items else [*items, item]


def same_situation(category: str, offered: Sequence[Template]) -> Template | None:
    """The first of ``offered`` for the same situation, to stand in for a template the
    chosen platform does not offer (Mercari US: "no partial refunds" for "partial refund")."""
    return next((t for t in offered if t.category == category), None)
