"""Teinei in a Linux desktop's app menu: the .desktop file and the icon where XDG looks.

`teinei desktop-entry install` writes, for the user alone (no root needed),
``$XDG_DATA_HOME/applications/teinei.desktop`` and the icon under
``$XDG_DATA_HOME/icons/hicolor/scalable/apps/``, with ``Exec`` naming the command that
ran it by its absolute path: the menu starts the same Teinei, a bundle or an install.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app.base import paths
from app.base.atomic import write_bytes_atomic, write_text_atomic

DESKTOP_FILE = "teinei.desktop"
ICON_FILE = "teinei.svg"
# The Desktop Entry spec's reserved characters: an argument holding one is quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Placement:
    desktop: Path
    icon: Path


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():  # the spec ignores a relative one
        return Path(value)
    return Path.home() / ".local" / "share"


def placement(home: Path | None = None) -> Placement:
    base = home or data_home()
    return Placement(
        base / "applications" / DESKTOP_FILE,
        base / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
    )


def command() -> list[str]:
    """How to start this Teinei again: the bundle, the `teinei` script, or python -m app."""
    if paths.bundle_dir() is not None:
        return [os.path.abspath(sys.executable)]
    script = Path(sys.argv[0])
    if script.name in ("teinei", "teinei.exe") and script.is_file():
        return [os.path.abspath(script)]  # a pipx link stays a link: it survives upgrades
    return [os.path.abspath(sys.executable), "-m", "app"]


def exec_value(args: list[str]) -> str:
    """``args`` as the spec's Exec value: quoted where needed, then string-escaped."""
    quoted = []
    for arg in args:
        arg = arg.replace("%", "%%")
        if _RESERVED & set(arg):
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        quoted.append(arg)
    return " ".join(quoted).replace("\\", "\\\\")


def entry_text(template: str, args: list[str]) -> str:
    lines = template.splitlines()
    if not any(line.startswith("Exec=") for line in lines):
        raise ValueError("the shipped teinei.desktop has no Exec line")
    value = exec_value(args)
    return "".join(f"Exec={value}\n" if line.startswith("Exec=") else f"{line}\n" for line in lines)


def install(home: Path | None = None, args: list[str] | None = None) -> Placement:
    where = placement(home)
    template = paths.resource_path(DESKTOP_FILE).read_text(encoding="utf-8")
    write_bytes_atomic(where.icon, paths.resource_path(f"icons/{ICON_FILE}").read_bytes())
    write_text_atomic(where.desktop, entry_text(template, args or command()))
    return where


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the entry and the icon; the paths that were there."""
    removed = []
    for path in (placement(home).desktop, placement(home).icon):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed
