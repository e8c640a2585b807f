"""The policy rules as data: reading and checking resources/policy_rules.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.base.facts import FactSource, FactSourceError, parse_source

KINDS = ("pattern", "length", "thanks_only", "japanese_in_english")
# Amazon's two kinds of buyer message: a reply, or one the seller starts.
MESSAGES = ("reply", "proactive")
SOURCE_KEYS = ("source", "checked", "basis")
HOUSE_NOTE = (
    "Teineiの独自チェック(販売サイトの規約ではありません)",
    "Teinei's own check, not a platform rule",
)
CHECKS = ("phone_digits", "domain")
ADDRESSEES = ("buyer", "support")
UNLESS_KEYS = ("unless_before", "unless_after", "unless_sentence", "unless_text")
RULE_KEYS = frozenset(
    {"id", "kind", "platforms", "addressees", "patterns", "filler", "check"}
    | {"message_ja", "message_en", "messages", "house"}
    | set(UNLESS_KEYS)
    | set(SOURCE_KEYS)
)
FLAGS = re.IGNORECASE


class PolicyRulesError(ValueError):
    """The rules file cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    platforms: frozenset[str]
    addressees: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    filler: tuple[re.Pattern[str], ...]
    check: str | None
    unless_before: tuple[re.Pattern[str], ...]
    unless_after: tuple[re.Pattern[str], ...]
    unless_sentence: tuple[re.Pattern[str], ...]
    unless_text: tuple[re.Pattern[str], ...]
    message_ja: str
    message_en: str
    messages: frozenset[str] = frozenset(MESSAGES)
    source: FactSource | None = None
    house: bool = False  # our own advice rather than a marketplace's rule

    def source_note(self, lang: str) -> str:
        """Basis, source and day checked; or that the rule is ours, or has no source."""
        from app.base.facts import describe

        if self.house:
            return HOUSE_NOTE[0] if lang == "ja" else HOUSE_NOTE[1]
        return describe(self.source, lang)

    @property
    def family(self) -> str:
        """The part before the dot: overlapping hits of one family are one finding."""
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class RuleBook:
    rules: tuple[Rule, ...]
    allowed_domains: Mapping[str, tuple[str, ...]]
    known_platforms: frozenset[str]


def default_rules_path() -> Path:
    from app.base.paths import resource_path

    return Path(resource_path("policy_rules.toml"))


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> RuleBook:
    """Read and compile the rules; a mistake in the file raises PolicyRulesError."""
    path = path or default_rules_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyRulesError(f"{path}: cannot read the policy rules: {exc}") from exc
    return _parse(data, path)


def _parse(data: Mapping[str, Any], path: Path) -> RuleBook:
    groups = _string_lists(data.get("groups", {}), path, "groups")
    lists = _string_lists(data.get("lists", {}), path, "lists")
    domains = _string_lists(data.get("allowed_domains", {}), path, "allowed_domains")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise PolicyRulesError(f"{path}: no [[rules]] found")
    rules = tuple(_parse_rule(raw, groups, lists, path) for raw in raw_rules)
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        raise PolicyRulesError(f"{path}: a rule id is used twice")
    known: set[str] = set(domains)
    for rule in rules:
        known.update(rule.platforms)
    allowed = {key: tuple(value) for key, value in domains.items()}
    return RuleBook(rules, allowed, frozenset(known))


def _parse_rule(
    raw: Any, groups: Mapping[str, list[str]], lists: Mapping[str, list[str]], path: Path
) -> Rule:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise PolicyRulesError(f"{path}: every [[rules]] entry needs an id")
    rule_id: str = raw["id"]
    where = f"{path}: rule {rule_id!r}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise PolicyRulesError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    kind = raw.get("kind", "pattern")
    if kind not in KINDS:
        raise PolicyRulesError(f"{where}: kind must be one of {', '.join(KINDS)}")
    check = raw.get("check")
    if check is not None and check not in CHECKS:
        raise PolicyRulesError(f"{where}: check must be one of {', '.join(CHECKS)}")
    platforms: set[str] = set()
    for name in _strings(raw.get("platforms"), where, "platforms"):
        platforms.update(groups.get(name, [name]))
    addressees = _strings(raw.get("addressees", ["buyer"]), where, "addressees")
    if not set(addressees) <= set(ADDRESSEES):
        raise PolicyRulesError(f"{where}: addressees must be among {', '.join(ADDRESSEES)}")
    patterns = _compile(_strings(raw.get("patterns", []), where, "patterns"), where)
    if kind not in ("length", "japanese_in_english") and not patterns:
        raise PolicyRulesError(f"{where}: patterns are missing")
    unless = {
        key: _compile(_expand(_strings(raw.get(key, []), where, key), lists, where), where)
        for key in UNLESS_KEYS
    }
    texts = [raw.get("message_ja"), raw.get("message_en")]
    if not all(isinstance(text, str) and text for text in texts):
        raise PolicyRulesError(f"{where}: message_ja and message_en are required")
    messages = _strings(raw.get("messages", list(MESSAGES)), where, "messages")
    if not messages or not set(messages) <= set(MESSAGES):
        raise PolicyRulesError(f"{where}: messages must be among {', '.join(MESSAGES)}")
    house = raw.get("house", False)
    if not isinstance(house, bool):
        raise PolicyRulesError(f"{where}: house must be true or false")
    source = None
    if any(key in raw for key in SOURCE_KEYS):
        try:
            source = parse_source({key: raw.get(key) for key in SOURCE_KEYS}, where)
        except FactSourceError as error:
            raise PolicyRulesError(str(error)) from None
    return Rule(
        id=rule_id,
        kind=kind,
        platforms=frozenset(platforms),
        addressees=frozenset(addressees),
        patterns=patterns,
        filler=_compile(_strings(raw.get("filler", []), where, "filler"), where),
        check=check,
        message_ja=raw["message_ja"],
        message_en=raw["message_en"],
        messages=frozenset(messages),
        source=source,
        house=house,
        **unless,
    )


def _strings(value: Any, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PolicyRulesError(f"{where}: {key} must be a list of strings")
    return value


def _string_lists(value: Any, path: Path, table: str) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise PolicyRulesError(f"{path}: [{table}] must be a table")
    return {key: _strings(item, f"{path}: [{table}]", key) for key, item in value.items()}


def _expand(entries: list[str], lists: Mapping[str, list[str]], where: str) -> list[str]:
    out: list[str] = []
    for entry in entries:
        if entry.startswith("@"):
            if entry[1:] not in lists:
                raise PolicyRulesError(f"{where}: no list named {entry[1:]!r} in [lists]")
            out.extend(lists[entry[1:]])
        else:
            out.append(entry)
    return out


def _compile(sources: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for source in sources:
        try:
            compiled.append(re.compile(source, FLAGS))
        except re.error as exc:
            raise PolicyRulesError(f"{where}: bad pattern {source!r}: {exc}") from exc
    return tuple(compiled)
