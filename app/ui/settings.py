"""Preferences and window state, kept in QSettings; only what differs is written."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

# Every preference with its default.
DEFAULTS: dict[str, Any] = {
    "ui/language": "",  # "" follows the system locale
    "message/platform": "mercari_jp",
    "message/lang": "ja",
    "message/template": "",
    "message/lang_by_platform": {},  # platform id -> the language the seller chose there
    "browser/favourites": [],
    "browser/recent": [],
    "view/twin": True,
    "welcome/done": False,  # the first start's welcome was shown
    "seller/platforms": [],  # where the seller sells (the welcome asks): first in pickers
    "editor/open": [],  # the template files open in the editor pane at the last quit
}


class Settings:
    """Typed access to the preferences; QSettings() with no arguments, so tests redirect it."""

    def __init__(self) -> None:
        self._qsettings = QSettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._qsettings.value(key)
        if raw is None:
            return default
        if isinstance(default, list | bool | dict):
            try:
                value = json.loads(str(raw))
            except ValueError:
                return default
            return value if isinstance(value, type(default)) else default
        return str(raw)

    def set(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._qsettings.remove(key)
        elif isinstance(DEFAULTS[key], list | bool | dict):
            self._qsettings.setValue(key, json.dumps(value, ensure_ascii=False))
        else:
            self._qsettings.setValue(key, str(value))

    def state(self, key: str) -> QByteArray | None:
        raw = self._qsettings.value(f"state/{key}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._qsettings.sync()
