"""The command line: no arguments opens the window; a subcommand works headless."""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence

from app import __version__
from app.base.config import clean_stale_saves, load_config
from app.cli import desktop, lint, orders, rules, templates, transfer

COMMANDS = (templates, lint, rules, orders, transfer, desktop)


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


def utf8_output() -> None:
    """Print UTF-8 even into a Windows pipe or file, whose code page (cp1252, or cp932 in
    Japan) cannot hold every character of a message; a console already takes Unicode."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", "") or ""
        if isinstance(stream, io.TextIOWrapper) and encoding.lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    utf8_output()
    if not argv:
        # Qt is imported only when the window is wanted; headless commands never load it.
        window = importlib.import_module("app.ui.application")
        return int(window.run())
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    config = load_config()
    if config.problem:
        print(f"teinei: warning: {config.problem}", file=sys.stderr)
    clean_stale_saves(config)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code
