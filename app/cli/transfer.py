"""Headless import and export of the user's templates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.base.file_errors import StorageError
from app.base.langs import LANGS
from app.cli.common import fail
from app.templates.library import load_library, user_source
from app.templates.transfer import apply_plan, export_zip, plan_import, summary


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="save your templates as a zip")
    export.add_argument("ids", nargs="*", metavar="ID", help="only these templates")
    export.add_argument("--lang", choices=LANGS, help="only this language")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    export.set_defaults(func=cmd_export)

    importing = subparsers.add_parser(
        "import", help="add templates from a zip or a folder (shows the plan first)"
    )
    importing.add_argument("path", type=Path, metavar="PATH")
    importing.add_argument("--dry-run", action="store_true", help="show the plan only")
    importing.add_argument(
        "--replace", action="store_true", help="replace your templates with the same id"
    )
    importing.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    langs = (args.lang,) if args.lang else LANGS
    try:
        names = export_zip(args.output, ids=args.ids, langs=langs)
    except StorageError as error:
        return fail(error.message)
    print(f"Exported {len(names)} file(s) to {args.output}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    plan = plan_import(args.path, load_library(), user_source())
    for line in summary(plan, replace=args.replace):
        print(line)
    if not plan.ok:
        problems = len(plan.broken) + len(plan.refused)
        return fail(f"{problems} file(s) are broken or refused; nothing was imported.")
    kept = len(plan.replaces) if not args.replace else 0
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    try:
        written = apply_plan(plan, replace=args.replace)
    except StorageError as error:
        return fail(error.message)
    note = f" {kept} of yours kept (use --replace to replace them)." if kept else ""
    print(f"Imported {len(written)} file(s) into {plan.target.path}.{note}")
    return 0
