"""Where Teinei's files live: shipped data, the user's data and config."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "teinei"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # app/, this is app/base/


def bundle_dir() -> Path | None:
    """The unpacked folder of a standalone (PyInstaller) bundle, None when run by Python."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    return None


def _shipped(name: str) -> Path:
    # A standalone bundle carries templates/ and resources/ at its top; an installed
    # wheel as app/_data/; a source checkout (editable install) has them beside the package.
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / name
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / name


def builtin_templates_dir() -> Path:
    return _shipped("templates")


def resources_dir() -> Path:
    return _shipped("resources")


def resource_path(name: str) -> Path:
    return resources_dir() / name


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_templates_dir() -> Path:
    return data_dir() / "templates"


def config_file() -> Path:
    return config_dir() / "config.toml"
