"""Checks before the window opens, so a missing system library is named plainly.

Qt's own message for a missing X11 library is "no Qt platform plugin could be
initialized", which tells a seller nothing; this names the Debian/Ubuntu packages.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def package_for(library: str) -> str:
    """The usual Debian package of a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    name, _, version = library.partition(".so.")
    version = version.split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return sorted(set(_NOT_FOUND.findall(result.stdout)))


def problems() -> list[str]:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform != "linux" or (platform and not platform.startswith("xcb")):
        return []
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return []
    found: list[str] = []
    if not os.environ.get("DISPLAY"):
        found.append(
            "No display was found (DISPLAY is not set). Run Teinei from a desktop session, "
            "or start a virtual one: Xvfb :99 & export DISPLAY=:99"
        )
    packages: list[str] = []
    if ctypes.util.find_library("xcb-cursor") is None:
        packages.append("libxcb-cursor0")
    plugin = xcb_plugin()
    if plugin is not None:
        packages.extend(package_for(lib) for lib in missing_libraries(plugin))
    if packages:
        found.append(
            "Qt needs system libraries to open a window on X11 that are not installed: "
            f"{', '.join(packages)}. Install them with: "
            f"sudo apt-get install {' '.join(packages)}"
        )
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"teinei: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
