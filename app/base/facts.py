"""Where a platform figure or a policy rule comes from: its source, the day it was
checked and how firm it is (the platform's own page, a guide, or a seller's account)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

BASES = ("official", "third-party", "seller-report")
# A value the seller set in config.toml: the shipped source no longer speaks for it.
USER_BASIS = "user"
# Teinei's own wording or figure: the generic profile's facts, and house checks.
TEINEI_BASIS = "teinei"
BASIS_LABELS = {
    "official": ("公式", "official"),
    "third-party": ("第三者の情報", "third-party"),
    "seller-report": ("出品者の体験談", "seller report"),
    USER_BASIS: ("あなたの設定", "your setting"),
    TEINEI_BASIS: ("Teinei独自", "Teinei's own"),
}
NO_SOURCE = ("出典なし", "no source")


class FactSourceError(ValueError):
    """A source entry that cannot be used; the message names where it is."""


@dataclass(frozen=True)
class FactSource:
    source: str
    checked: str
    basis: str

    def describe(self, lang: str) -> str:
        """One line for a tooltip: basis, source and the day it was checked."""
        ja, en = BASIS_LABELS[self.basis]
        if self.basis == USER_BASIS:
            return ja if lang == "ja" else en
        if self.basis == TEINEI_BASIS:
            return f"{ja}: {GENERIC_NOTE[0]}" if lang == "ja" else f"{en}: {self.source}"
        if lang == "ja":
            return f"{ja}: {self.source}({self.checked} 確認)"
        return f"{en}: {self.source} (checked {self.checked})"


USER_SET = FactSource("config.toml", "", USER_BASIS)
# The `other` profile stands for any marketplace without its own profile: its facts are
# Teinei's neutral wording and figures, so no platform page can be their source.
GENERIC_PLATFORM = "other"
GENERIC_NOTE = (
    "独自のプロファイルがない販売先のための、Teineiの中立的な文面と数値",
    "Teinei's neutral wording for a marketplace without its own profile",
)
GENERIC_SOURCE = FactSource(GENERIC_NOTE[1], "", TEINEI_BASIS)


def describe(source: FactSource | None, lang: str) -> str:
    if source is None:
        ja, en = NO_SOURCE
        return ja if lang == "ja" else en
    return source.describe(lang)


def parse_source(raw: Any, where: str) -> FactSource:
    """One `{ source, checked, basis }` entry; every key is required."""
    if not isinstance(raw, Mapping):
        raise FactSourceError(f"{where}: a source must be a table of source, checked, basis")
    unknown = set(raw) - {"source", "checked", "basis"}
    if unknown:
        raise FactSourceError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    values = [raw.get(key) for key in ("source", "checked", "basis")]
    texts = [value.strip() for value in values if isinstance(value, str) and value.strip()]
    if len(texts) != len(values):
        raise FactSourceError(f"{where}: source, checked and basis are all required")
    source, checked, basis = texts
    if basis not in BASES:
        raise FactSourceError(f"{where}: basis must be one of {', '.join(BASES)}")
    return FactSource(source, checked, basis)


def parse_sources(raw: Any, where: str) -> dict[str, FactSource]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise FactSourceError(f"{where}: [sources] must be a table")
    return {key: parse_source(entry, f"{where}.{key}") for key, entry in raw.items()}
