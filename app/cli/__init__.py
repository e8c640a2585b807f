"""The command line: no arguments opens the window; a subcommand works headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import lint, orders, rules, templates, transfer

COMMANDS = (templates, lint, rules, orders, transfer)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="teinei",
        description="Draft careful marketplace messages. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"teinei {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # Qt is imported only when the window is wanted; headless commands never load it.
        window = importlib.import_module("app.ui.application")
        return int(window.run())
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code
