"""Marketplace profiles: names, currency, limits, support routes and deadline figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.base import paths
from app.base.facts import (
    GENERIC_PLATFORM,
    GENERIC_SOURCE,
    USER_SET,
    FactSource,
    FactSourceError,
    parse_sources,
)
from app.base.langs import LANGS
from app.base.toml_cache import load_toml

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
    "seller_message_place",
    "return_path",
    "partial_refund_route",
    "rating_word",
)
# Flavoured keys only some platforms have; elsewhere they read as "" (docs/checks.md).
_OPTIONAL_TEXT_KEYS = (
    "return_path_fba",
    "support_note",
    "fba_returns",
    "seller_cancel",
    "charge_timing",
    "refund_route",
)
# Keys that name or configure a profile rather than state something about the platform.
_NOT_FACTS = frozenset({"name_ja", "name_en", "currency", "holidays", "sources", "deadlines"})


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
    seller_message_place: str
    return_path: str
    partial_refund: bool
    partial_refund_route: str
    rating_word: str
    return_path_fba: str
    support_note: str
    fba_returns: str
    seller_cancel: str
    charge_timing: str
    refund_route: str


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
    # "support_path_ja", "carriers", "deadlines.ship_days" -> where it comes from
    sources: Mapping[str, FactSource] = field(default_factory=dict)
    facts: tuple[tuple[str, Any], ...] = ()  # (key, value) for every stated fact
    holidays: str = "JP"  # the public-holiday calendar business days skip

    def text(self, key: str, lang: str) -> str:
        return self.texts[key][lang]

    def source_of(self, key: str) -> FactSource | None:
        """Where the fact ``key`` comes from; None when nothing is recorded. The generic
        profile's unrecorded facts are Teinei's own (the CLI and the window both ask here)."""
        found = self.sources.get(key)
        if found is None and self.id == GENERIC_PLATFORM:
            return GENERIC_SOURCE
        return found

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
        **{key: platform.text(key, lang) for key in _TEXT_KEYS + _OPTIONAL_TEXT_KEYS},
    )


class PlatformError(ValueError):
    """The platform profiles file is unusable."""


def load_platforms(
    overrides: Mapping[str, Mapping[str, Any]] | None = None, path: Path | None = None
) -> dict[str, Platform]:
    """Read the shipped profiles, then apply the user's corrections (from config.toml)."""
    if overrides is None:
        from app.base.config import load_config

        overrides = load_config().platforms
    path = path or paths.resource_path("platforms.toml")
    data = _read(path)
    table = data.get("platforms", {})
    missing = [pid for pid in PLATFORM_IDS if pid not in table]
    if missing:
        raise PlatformError(f"{path}: no profile for {', '.join(missing)}")
    return {pid: _build(pid, table[pid], overrides.get(pid, {})) for pid in table}


@lru_cache(maxsize=4)
def _read(path: Path) -> dict[str, Any]:
    return load_toml(path)


def _merged(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _build(pid: str, base: Mapping[str, Any], override: Mapping[str, Any]) -> Platform:
    raw = _merged(base, override)
    limit = raw.get("message_limit")
    if limit is not None and (not isinstance(limit, int) or limit <= 0):
        raise PlatformError(f"{pid}: message_limit must be a positive whole number")
    try:
        texts = {key: {lang: str(raw[f"{key}_{lang}"]) for lang in LANGS} for key in _TEXT_KEYS}
    except KeyError as error:
        raise PlatformError(f"{pid}: missing {error.args[0]}") from None
    for key in _OPTIONAL_TEXT_KEYS:
        texts[key] = {lang: str(raw.get(f"{key}_{lang}", "")) for lang in LANGS}
    deadlines = dict(raw.get("deadlines", {}))
    deadlines.pop("sources", None)
    holidays = raw.get("holidays", "JP")
    if not isinstance(holidays, str) or not holidays:
        raise PlatformError(f'{pid}: holidays must be a country code such as "JP"')
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
        deadlines=deadlines,
        sources=_sources(pid, base, override),
        facts=_facts(raw, deadlines),
        holidays=holidays,
    )


def _facts(raw: Mapping[str, Any], deadlines: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    plain = [(key, value) for key, value in raw.items() if key not in _NOT_FACTS]
    timed = [(f"deadlines.{key}", value) for key, value in deadlines.items()]
    return tuple(plain + timed)


def _sources(
    pid: str, base: Mapping[str, Any], override: Mapping[str, Any]
) -> dict[str, FactSource]:
    """The shipped sources by fact key; a key the user set in config.toml is theirs."""
    try:
        found = parse_sources(base.get("sources"), f"platforms.{pid}.sources")
        timed = parse_sources(
            dict(base.get("deadlines", {})).get("sources"),
            f"platforms.{pid}.deadlines.sources",
        )
    except FactSourceError as error:
        raise PlatformError(str(error)) from None
    # A flavoured key's base name (return_path) speaks for return_path_ja and _en.
    for key in [k for k in found if k not in base]:
        flavours = [f"{key}_{lang}" for lang in LANGS if f"{key}_{lang}" in base]
        for flavour in flavours:
            found.setdefault(flavour, found[key])
        if flavours:
            del found[key]
    unknown = [key for key in found if key not in base] + [
        f"deadlines.{key}" for key in timed if key not in base.get("deadlines", {})
    ]
    if unknown:
        raise PlatformError(f"{pid}: a source is given for {unknown[0]}, which is not set")
    found.update({f"deadlines.{key}": source for key, source in timed.items()})
    for key, value in override.items():
        if key == "deadlines" and isinstance(value, Mapping):
            found.update({f"deadlines.{k}": USER_SET for k in value if k != "sources"})
        elif key != "sources":
            found[key] = USER_SET
    return found
