"""Japanese text in a Japanese face, on every system.

Kanji are shared with Chinese (Han unification): left to itself, Qt may draw 直 or 今 with
a Chinese face on a Windows or Linux set to another language, which a Japanese reader
sees at once. Each system's Japanese UI faces are named after its own UI face, so Latin
text keeps the system's look and Japanese falls to the right face.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

JAPANESE_FAMILIES = {
    "win32": ("Yu Gothic UI", "Meiryo UI", "Meiryo", "MS UI Gothic"),
    "darwin": ("Hiragino Sans", "Hiragino Kaku Gothic ProN"),
    "linux": ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "TakaoPGothic"),
}


def japanese_families(platform: str | None = None) -> tuple[str, ...]:
    platform = sys.platform if platform is None else platform
    for prefix, families in JAPANESE_FAMILIES.items():
        if platform.startswith(prefix):
            return families
    return JAPANESE_FAMILIES["linux"]  # the BSDs and others use fontconfig's names too


def with_japanese(font: QFont, platform: str | None = None) -> QFont:
    """``font`` with the system's Japanese faces after its own, each named once."""
    # The face the system actually chose comes first: a list starting with an alias such
    # as "monospace" or "Sans Serif" would be matched by its first real name instead.
    own = list(dict.fromkeys([QFontInfo(font).family(), *(font.families() or [font.family()])]))
    extra = [name for name in japanese_families(platform) if name not in own]
    result = QFont(font)
    result.setFamilies([*own, *extra])
    return result


def apply(application: QApplication) -> None:
    application.setFont(with_japanese(application.font()))
