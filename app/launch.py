"""The teinei command: with no arguments the window opens without loading the CLI."""

from __future__ import annotations

import importlib
import sys


def main() -> int:
    if len(sys.argv) <= 1:
        # The subcommands pull in the library, orders and jinja2 at import; the window
        # loads what it needs after its frame is on screen.
        window = importlib.import_module("app.ui.application")
        return int(window.run())
    from app.cli import main as cli_main

    return cli_main()
