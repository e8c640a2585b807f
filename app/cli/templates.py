"""Headless template commands: list, fields, render, check."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.base.config import load_config
from app.base.langs import LANGS
from app.base.platforms import PLATFORM_IDS, PlatformError, load_platforms
from app.base.safe_read import read_regular
from app.cli.common import fail
from app.cli.lint import warn_findings
from app.rendering.render import MissingFieldsError, TemplateError, render, stopped_by_limits
from app.templates.field_reach import fields_for
from app.templates.fields import resolve_choices
from app.templates.library import Library, Problem, check_text, load_library
from app.templates.template_file import (
    Template,
    TemplateFileError,
    parse_template,
    read_template_text,
)


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("list", help="list the templates")
    listing.add_argument("--lang", choices=LANGS)
    listing.add_argument("--platform", choices=PLATFORM_IDS)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=cmd_list)

    fields = subparsers.add_parser("fields", help="list a template's fields in order")
    fields.add_argument("id")
    fields.add_argument("--lang", choices=LANGS, required=True)
    fields.add_argument("--platform", choices=PLATFORM_IDS, default="other")
    fields.add_argument("--json", action="store_true")
    fields.set_defaults(func=cmd_fields)

    rendering = subparsers.add_parser("render", help="print the finished text")
    rendering.add_argument("id")
    rendering.add_argument("--lang", choices=LANGS, required=True)
    rendering.add_argument("--platform", choices=PLATFORM_IDS, required=True)
    rendering.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="a field's value"
    )
    rendering.add_argument("--order", type=Path, metavar="FILE.json", help="field values")
    rendering.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day a date typed without a year (12/4) is read against; default: today",
    )
    rendering.set_defaults(func=cmd_render)

    check = subparsers.add_parser("check", help="validate template files")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    check.set_defaults(func=cmd_check)


def cmd_list(args: argparse.Namespace) -> int:
    library = load_library()
    _warn_problems(library)
    rows = [
        t
        for t in library.templates
        if (args.lang is None or t.lang == args.lang)
        and (args.platform is None or args.platform in t.platforms)
    ]
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": t.id,
                        "lang": t.lang,
                        "title": t.title,
                        "category": t.category,
                        "platforms": list(t.platforms),
                        "source": t.source,
                    }
                    for t in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for t in rows:
            print(f"{t.id}\t{t.lang}\t{t.category}\t{t.title}")
    return 0


def cmd_fields(args: argparse.Namespace) -> int:
    library = load_library()
    template = library.get(args.id, args.lang)
    if template is None:
        return _no_template(library, args.id, args.lang)
    platform = load_platforms(load_config().platforms)[args.platform]
    rows = []
    for field in fields_for(template, platform):
        choices = resolve_choices(field, platform.carriers)
        rows.append(
            {
                "name": field.name,
                "type": field.type,
                "label": field.label(template.lang),
                "default": field.default,
                "choices": [key for key, _labels in choices] if choices else None,
                "required": field.required,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        for row in rows:
            flag = "" if row["required"] else " (optional)"
            print(f"{row['name']}\t{row['type']}\t{row['label']}{flag}")
    return 0


MAX_ORDER_BYTES = 1 << 20  # an order's values; far more is not an order


def cmd_render(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {}
    if args.order is not None:
        try:
            loaded = json.loads(read_regular(args.order, MAX_ORDER_BYTES).decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            return fail(f"cannot read the order file {args.order}: {error}", 2)
        if not isinstance(loaded, dict):
            return fail(f"the order file {args.order} must hold a JSON object", 2)
        values.update(loaded)
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            return fail(f"--set takes NAME=VALUE, not {item!r}", 2)
        values[name.strip()] = value
    library = load_library()
    template = library.get(args.id, args.lang)
    if template is None:
        return _no_template(library, args.id, args.lang)
    try:
        platform = load_platforms(load_config().platforms)[args.platform]
    except PlatformError as error:
        return fail(str(error), 2)
    if args.platform not in template.platforms:
        print(
            f"teinei: note: {args.id} is not written for {args.platform}; check the text.",
            file=sys.stderr,
        )
    try:
        text = render(template, values, platform, today=args.today or date.today())
    except MissingFieldsError as error:
        names = ", ".join(error.names)
        return fail(f"{args.id} needs values for: {names} (use --set NAME=VALUE)", 2)
    except TemplateError as error:
        return fail(str(error), 1)
    print(text)
    warn_findings(text, args.platform, template.addressee, template.lang, template.amazon_message)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    problems: list[Problem] = []
    if args.paths:
        for path in args.paths:
            files = sorted(path.glob("*/*.jinja")) + sorted(path.glob("*.jinja"))
            for file in files if path.is_dir() else [path]:
                problems.extend(_check_file(file))
        checked = "the given files"
    else:
        library = load_library()
        problems = library.problems + _stopped(library.templates)
        checked = "every template source"
    for problem in problems:
        print(problem)
    if problems:
        print(f"teinei: {len(problems)} problem(s) in {checked}.", file=sys.stderr)
        return 1
    return 0


def _check_file(path: Path) -> list[Problem]:
    try:
        text = read_template_text(path)
    except TemplateFileError as error:
        return [Problem(error.path, error.line, error.message)]
    problems = check_text(path, text)
    if problems:
        return problems
    return _stopped([parse_template(path, "user", text=text)])


def _stopped(templates: list[Template]) -> list[Problem]:
    """Templates whose example stops at a render limit: they would stop in use, too."""
    problems = []
    for template in templates:
        stopped = stopped_by_limits(template)
        if stopped is not None:
            problems.append(Problem(template.path, stopped.line or 1, stopped.message))
    return problems


def _warn_problems(library: Library) -> None:
    for problem in library.problems:
        print(f"teinei: skipped {problem}", file=sys.stderr)


def _no_template(library: Library, template_id: str, lang: str) -> int:
    _warn_problems(library)
    return fail(f"there is no template {template_id!r} in {lang}; see 'teinei list'", 2)
