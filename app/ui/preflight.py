"""Checks before the window opens, so a missing system library is named plainly.

Qt's own message for a missing X11 library is "no Qt platform plugin could be
initialized", which tells a seller nothing; this names the Debian/Ubuntu packages and
prints the one line that installs them all (the README gives the same line).

Standard library only: `make run` runs it with the system's Python before the .venv
exists (``--before-install``), and the `teinei` command runs it before Qt is imported.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path

# The shared libraries PySide6's Qt links from the system (readelf -d of libQt6Core, Gui,
# Widgets, DBus, XcbQpa and the xcb plugin), with their Debian/Ubuntu packages. Every
# platform plugin needs GUI_LIBRARIES, offscreen too; the X11 window needs X11_LIBRARIES.
GUI_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
}
X11_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# Japanese text needs a font with its characters; without one every kanji is a box.
FONT_PACKAGE = "fonts-noto-cjk"


def packages() -> list[str]:
    """Every package the window needs, each once, in the table's order."""
    named = [*GUI_LIBRARIES.values(), *X11_LIBRARIES.values(), FONT_PACKAGE]
    return list(dict.fromkeys(named))


INSTALL_LINE = "sudo apt-get install " + " ".join(packages())

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def package_for(library: str) -> str:
    """The usual Debian package of a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    known = {**GUI_LIBRARIES, **X11_LIBRARIES}
    if library in known:
        return known[library]
    name, _, version = library.partition(".so.")
    version = version.split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def loadable(library: str) -> bool:
    """Whether the dynamic linker finds ``library`` (a bundle carries some beside Qt)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and (Path(bundle) / library).exists():
        return True
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def xcb_plugin() -> Path | None:
    # Found, not imported: the check runs before Qt may be loaded at all.
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """What ``ldd`` cannot find for ``plugin``: a newer Qt may need more than the table."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    import subprocess

    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return sorted(set(_NOT_FOUND.findall(result.stdout)))


def has_japanese_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    import subprocess

    found = subprocess.run(
        [fc_list, ":lang=ja", "family"], capture_output=True, text=True, check=False
    )
    return bool(found.stdout.strip())


def uses_x11() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    # In a Wayland session Qt draws with its Wayland plugin and needs no X11 library.
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_packages(before_install: bool = False) -> list[str]:
    libraries = dict(GUI_LIBRARIES)
    x11 = uses_x11()
    if x11:
        libraries.update(X11_LIBRARIES)
    missing = [package for library, package in libraries.items() if not loadable(library)]
    plugin = xcb_plugin() if x11 else None
    if plugin is not None and not missing and not loadable(str(plugin)):
        missing = [package_for(library) for library in missing_libraries(plugin)]
    if before_install and not has_japanese_font():
        missing.append(FONT_PACKAGE)
    return list(dict.fromkeys(missing))


def can_make_venv() -> bool:
    """Debian and Ubuntu ship Python's venv without pip's installer unless python3-venv."""
    import importlib.util

    return importlib.util.find_spec("ensurepip") is not None


def problems(before_install: bool = False) -> list[str]:
    """What stops the window from opening, each said plainly; empty if nothing does."""
    if sys.platform != "linux":
        return []
    found: list[str] = []
    if before_install and not can_make_venv():
        found.append(
            "This Python cannot create .venv (its ensurepip is missing). "
            "On Debian or Ubuntu: sudo apt-get install python3-venv"
        )
    if uses_x11() and not os.environ.get("DISPLAY"):
        found.append(
            "No display was found (DISPLAY is not set). Run Teinei from a desktop session, "
            "or start a virtual one: Xvfb :99 & export DISPLAY=:99"
        )
    missing = missing_packages(before_install)
    if missing:
        found.append(
            "The window needs system packages that are not installed: "
            f"{', '.join(missing)}.\nOn Debian or Ubuntu, this line installs everything "
            f"Teinei's window needs:\n\n    {INSTALL_LINE}\n"
        )
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    found = problems(before_install="--before-install" in args)
    for problem in found:
        print(f"teinei: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
