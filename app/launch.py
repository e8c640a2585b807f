"""The teinei command: with no arguments the window opens without loading the CLI."""

from __future__ import annotations

import gc
import importlib
import sys

# Internal: open the window, report what it shows and quit (app/ui/self_check.py).
SELF_CHECK = "--self-check"
# Qt-free modules the window's frame needs anyway, loaded before Qt is: once Qt's Python
# binding is in, it reads the source of every module imported after it (looking for its
# __feature__ switches), ~0.1 ms a module. A test checks that the frame needs each one.
BEFORE_QT = (
    "json",
    "app.base.config",
    "app.base.langs",
    "app.base.messages",
    "app.base.pair_journal",
    "app.base.paths",
    "app.templates.search",
)


def main() -> int:
    args = sys.argv[1:]
    if not args or args == [SELF_CHECK]:
        # A start makes ~50,000 objects that last (modules, classes, Qt wrappers) and
        # little to collect; sweeping them again and again cost ~8 ms before the desk is
        # painted. The collector is back on, with them frozen, after the start's last
        # step (app/ui/startup.py).
        gc.disable()
        # Qt's own words for a missing system library tell a seller nothing.
        from app.ui import preflight

        if preflight.main([]):
            return 1
        for name in BEFORE_QT:
            importlib.import_module(name)
        # The subcommands pull in the library, orders and jinja2 at import; the window
        # loads what it needs after its frame is on screen.
        window = importlib.import_module("app.ui.application")
        return int(window.run(self_check=bool(args)))
    from app.cli import main as cli_main

    return cli_main()
