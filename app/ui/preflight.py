"""Checks before the window opens, so a missing system library is named plainly."""

from __future__ import annotations

import ctypes.util
import os
import sys


def problems() -> list[str]:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if sys.platform != "linux":
        return []
    found: list[str] = []
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        found.append(
            "No display was found (DISPLAY is not set). Run Teinei from a desktop session, "
            "or start a virtual one: Xvfb :99 & export DISPLAY=:99"
        )
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        found.append(
            "Qt needs the system library libxcb-cursor0 to open a window on X11, and it is "
            "not installed. Install it with: sudo apt-get install libxcb-cursor0"
        )
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"teinei: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
