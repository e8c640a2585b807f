"""Where Teinei's files live: shipped data, the user's data and config."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "teinei"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # An installed wheel carries templates/ and resources/ as app/_data/; a source
    # checkout (editable install) has them beside the package.
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
