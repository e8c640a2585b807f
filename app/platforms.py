"""Marketplace profiles: names, currency, limits, support routes and deadline figures."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app import paths
from app.langs import LANGS

PLATFORM_IDS = (
    "mercari_jp",
    "mercari_us",
    "rakuma",
    "amazon_jp",
    "yahoo_auctions",
    "yahoo_fleamarket",
    "ebay",
    "other",
)
# Keys that come in a ja and an en flavour: name_ja, name_en, ...
_TEXT_KEYS = (
    "name",
    "operator",
    "support_name",
    "support_path",
    "buyer_help_path",
    "message_place",
    "partial_refund_route",
    "rating_word",
)


@dataclass(frozen=True)
class PlatformView:
    """What a template sees as ``platform``: one platform, in one language."""

    id: str
    lang: str
    name: str
    currency: str
    message_limit: int | None
    operator: str
    support_name: str
    support_path: str
    buyer_help_path: str
    message_place: str
    partial_refund: bool
    partial_refund_route: str
    rating_word: str


# eq=False: profiles compare by identity, so a view can be cached per profile.
@dataclass(frozen=True, eq=False)
class Platform:
    id: str
    currency: str
    message_limit: int | None
    partial_refund: bool
    texts: Mapping[str, Mapping[str, str]]  # key -> lang -> text
    carriers: tuple[tuple[str, Mapping[str, str]], ...]  # (key, {ja, en})
    deadlines: Mapping[str, Any] = field(default_factory=dict)

    def text(self, key: str, lang: str) -> str:
        return self.texts[key][lang]

    def name(self, lang: str) -> str:
        return self.text("name", lang)

    def view(self, lang: str) -> PlatformView:
        return _view(self, lang)


@lru_cache(maxsize=64)
def _view(platform: Platform, lang: str) -> PlatformView:
    return PlatformView(
        id=platform.id,
        lang=lang,
        currency=platform.currency,
        message_limit=platform.message_limit,
        partial_refund=platform.partial_refund,
        **{key: platform.text(key, lang) for key in _TEXT_KEYS},
    )


class PlatformError(ValueError):
    """The platform profiles file is unusable."""


def load_platforms(
    overrides: Mapping[str, Mapping[str, Any]] | None = None, path: Path | None = None
) -> dict[str, Platform]:
    """Read the shipped profiles, then apply the user's corrections (from config.toml)."""
    if overrides is None:
        from app.config import load_config

        overrides = load_config().platforms
    path = path or paths.resource_path("platforms.toml")
    data = _read(path)
    table = data.get("platforms", {})
    missing = [pid for pid in PLATFORM_IDS if pid not in table]
    if missing:
        raise PlatformError(f"{path}: no profile for {', '.join(missing)}")
    return {pid: _build(pid, _merged(table[pid], overrides.get(pid, {}))) for pid in table}


@lru_cache(maxsize=4)
def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _merged(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _build(pid: str, raw: Mapping[str, Any]) -> Platform:
    limit = raw.get("message_limit")
    if limit is not None and (not isinstance(limit, int) or limit <= 0):
        raise PlatformError(f"{pid}: message_limit must be a positive whole number")
    try:
        texts = {key: {lang: str(raw[f"{key}_{lang}"]) for lang in LANGS} for key in _TEXT_KEYS}
    except KeyError as error:
        raise PlatformError(f"{pid}: missing {error.args[0]}") from None
    carriers = tuple(
        (key, {lang: str(labels.get(lang, key)) for lang in LANGS})
        for key, labels in raw.get("carriers", {}).items()
    )
    return Platform(
        id=pid,
        currency=str(raw.get("currency", "JPY")),
        message_limit=limit,
        partial_refund=bool(raw.get("partial_refund", False)),
        texts=texts,
        carriers=carriers,
        deadlines=dict(raw.get("deadlines", {})),
    )
