"""`teinei lint`: check any finished text against a marketplace's rules."""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.base.langs import LANGS
from app.base.messages import text_in
from app.base.platforms import PLATFORM_IDS, PlatformError
from app.base.safe_read import FileTooBigError, read_regular
from app.cli.common import fail
from app.deadlines.schedule import DeadlineSettingError
from app.policy.checks import MAX_CHECK_CHARS, TextTooLongError, check, dominant_language
from app.policy.findings import Finding
from app.policy.rules import ADDRESSEES, PolicyRulesError


def register(subparsers: Any) -> None:
    lint = subparsers.add_parser(
        "lint",
        help="check a message against the platform's rules",
        description="Check finished text for contact details, off-platform deals, review "
        "requests, tone and length. Exit 0 when clean, 1 with findings, 2 on an error.",
    )
    lint.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="UTF-8 text")
    lint.add_argument("--platform", choices=PLATFORM_IDS, required=True)
    lint.add_argument("--json", action="store_true", help="print a JSON array of findings")
    lint.add_argument("--limit", type=int, metavar="N", help="character limit to check")
    lint.add_argument("--lang", choices=LANGS, help="language of the explanations")
    lint.add_argument("--to", choices=ADDRESSEES, default="buyer", help="who the message is for")
    lint.add_argument(
        "--proactive",
        action="store_true",
        help="the seller starts this message (Amazon's rules for it differ from a reply's)",
    )
    lint.add_argument(
        "--delivered",
        type=_day,
        metavar="YYYY-MM-DD",
        help="with --proactive: the delivery date, to check the days since",
    )
    lint.set_defaults(func=cmd_lint)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-04") from None


def cmd_lint(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit <= 0:
        return fail(f"--limit must be a positive number, not {args.limit}", 2)
    name = "standard input" if args.file == "-" else args.file
    # A character is at most 4 bytes of UTF-8: more than this is over the limit anyway.
    most = MAX_CHECK_CHARS * 4
    try:
        if args.file == "-":
            raw = sys.stdin.buffer.read(most + 1)
        else:
            raw = read_regular(Path(args.file), most)
    except FileTooBigError as error:
        return _too_big(name, error.size)
    except OSError as error:
        return fail(f"cannot read {name}: {error.strerror or error}", 2)
    if len(raw) > most:
        return _too_big(name, len(raw))
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        return fail(
            f"{name} is not UTF-8 text (byte {error.start + 1} cannot be read); "
            "save it as UTF-8 and try again",
            2,
        )
    message = "proactive" if args.proactive else "reply"
    try:
        findings = check(text, args.platform, limit=args.limit, addressee=args.to, message=message)
        if args.proactive and args.delivered is not None:
            findings += _late(text, args.platform, args.delivered)
    except TextTooLongError as error:
        return fail(text_in(error.message, args.lang or "en"), 2)
    except (PolicyRulesError, PlatformError, DeadlineSettingError) as error:
        return fail(str(error), 2)
    lang = args.lang or dominant_language(text)
    if args.json:
        rows = [
            {"rule": f.rule, "message": f.message(lang), "start": f.start, "end": f.end}
            for f in findings
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(describe(finding, text, lang))
    return 1 if findings else 0


def _too_big(name: str, size: int) -> int:
    return fail(
        f"{name} is over {size:,} bytes; the check reads at most {MAX_CHECK_CHARS:,} "
        "characters. A marketplace message is far shorter: check the part you will send.",
        2,
    )


def _late(text: str, platform_id: str, delivered: date) -> list[Finding]:
    """The days-since-delivery check, against today (the command's own clock)."""
    from app.base.platforms import load_platforms
    from app.deadlines.schedule import OrderDates, compute_deadlines
    from app.policy.proactive import late_findings

    platform = load_platforms()[platform_id]
    deadlines = compute_deadlines(platform, OrderDates(delivered=delivered))
    return late_findings(text, platform, deadlines, datetime.now())


def describe(finding: Finding, text: str, lang: str) -> str:
    """`line:column: rule: explanation 「excerpt」`, lines and columns counted from 1."""
    breaks = _line_breaks(text)
    before = bisect_left(breaks, finding.start)  # line breaks before the finding
    line = before + 1
    column = finding.start - (breaks[before - 1] + 1 if before else 0) + 1
    excerpt = text[finding.start : finding.end].replace("\n", " ")
    if len(excerpt) > 40:
        excerpt = excerpt[:39] + "…"
    quoted = f"「{excerpt}」" if lang == "ja" else f'"{excerpt}"'
    return f"{line}:{column}: {finding.rule}: {finding.message(lang)} {quoted}"


@lru_cache(maxsize=2)
def _line_breaks(text: str) -> list[int]:
    return [index for index, char in enumerate(text) if char == "\n"]


def warn_findings(
    text: str, platform_id: str, addressee: str, lang: str, message: str = "reply"
) -> None:
    """Policy warnings for rendered text, on stderr; the text itself is left as it is."""
    try:
        findings = check(text, platform_id, addressee=addressee, message=message)
    except (PolicyRulesError, PlatformError, TextTooLongError) as error:
        print(f"teinei: the text was not checked: {error}", file=sys.stderr)
        return
    for finding in findings:
        print(f"teinei: warning: {describe(finding, text, lang)}", file=sys.stderr)
