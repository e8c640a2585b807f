"""teinei desktop-entry: add Teinei to a Linux desktop's app menu, or take it out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.base import desktop_entry
from app.cli.common import fail


def register(subparsers: Any) -> None:
    entry = subparsers.add_parser(
        "desktop-entry", help="add Teinei to the app menu of a Linux desktop, or remove it"
    )
    entry.add_argument("action", choices=("install", "uninstall"))
    entry.set_defaults(func=cmd_desktop_entry)


def cmd_desktop_entry(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        return fail("the app menu entry is for Linux desktops; elsewhere start teinei itself", 2)
    if args.action == "uninstall":
        removed = desktop_entry.uninstall()
        for path in removed:
            print(f"Removed {path}")
        if not removed:
            print("Teinei was not in the app menu.")
        return 0
    try:
        where = desktop_entry.install()
    except OSError as error:
        return fail(f"could not write the app menu entry: {error}")
    print(f"Added Teinei to the app menu:\n  {where.desktop}\n  {where.icon}")
    print(f"It starts: {' '.join(desktop_entry.command())}")
    return 0
