"""`teinei rules`: every platform fact and policy rule, with where it comes from."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.base.facts import TEINEI_BASIS, USER_BASIS, FactSource
from app.base.platforms import PLATFORM_IDS, PlatformError, load_platforms
from app.cli.common import fail
from app.policy.rules import PolicyRulesError, Rule, load_rules


def register(subparsers: Any) -> None:
    rules = subparsers.add_parser(
        "rules",
        help="list the platform facts and policy rules, with their sources",
        description="Every figure, route and rule Teinei uses, with its basis (official, "
        "third-party, seller-report), source and the day it was checked.",
    )
    rules.add_argument("--platform", choices=PLATFORM_IDS, help="only this platform")
    rules.add_argument("--json", action="store_true", help="print a JSON array")
    rules.set_defaults(func=cmd_rules)


def cmd_rules(args: argparse.Namespace) -> int:
    try:
        platforms = load_platforms()
        book = load_rules()
    except (PlatformError, PolicyRulesError) as error:
        return fail(str(error), 2)
    chosen = [args.platform] if args.platform else list(PLATFORM_IDS)
    rows: list[dict[str, Any]] = []
    for pid in chosen:
        platform = platforms[pid]
        for key, value in platform.facts:
            rows.append(_row(pid, "fact", key, value, platform.source_of(key)))
    for rule in book.rules:
        if args.platform is None or args.platform in rule.platforms:
            rows.append(_rule_row(rule, chosen))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        value = "" if row["value"] is None else f" = {_short(row['value'])}"
        print(f"{row['platform']}  {row['kind']}  {row['key']}{value}")
        if row["basis"] == row["source"]:
            print(f"    {row['basis']}")
        else:
            print(f"    {row['basis']}: {row['source']}{_on(row['checked'])}")
    return 0


def _row(pid: str, kind: str, key: str, value: Any, source: FactSource | None) -> dict[str, Any]:
    if source is None:
        basis, text, checked = "no source", "no source", ""
    elif source.basis == USER_BASIS:
        basis, text, checked = "your setting", "set in your config.toml", ""
    elif source.basis == TEINEI_BASIS:
        basis, text, checked = TEINEI_BASIS, source.source, ""
    else:
        basis, text, checked = source.basis, source.source, source.checked
    return {
        "platform": pid,
        "kind": kind,
        "key": key,
        "value": value,
        "basis": basis,
        "source": text,
        "checked": checked,
    }


def _rule_row(rule: Rule, chosen: list[str]) -> dict[str, Any]:
    where = ",".join(pid for pid in chosen if pid in rule.platforms)
    row = _row(where, "rule", rule.id, None, rule.source)
    if rule.house:
        row.update(basis=TEINEI_BASIS, source="Teinei's own check, not a platform rule")
    return row


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    text = text.replace("\n", " ")
    return text if len(text) <= 70 else text[:69] + "…"


def _on(checked: str) -> str:
    return f" (checked {checked})" if checked else ""
