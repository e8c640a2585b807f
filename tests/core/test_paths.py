"""Where Teinei's files are: in a bundle, a wheel or a checkout; per system via platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest
from platformdirs import macos, windows

from app.base import paths
from app.orders import store
from app.templates import library_cache


def test_a_bundle_reads_the_templates_and_resources_it_carries(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.builtin_templates_dir() == tmp_path / "templates"
    assert paths.resource_path("platforms.toml") == tmp_path / "resources" / "platforms.toml"


def test_run_by_python_the_shipped_library_is_found() -> None:
    assert paths.bundle_dir() is None
    assert (paths.builtin_templates_dir() / "ja" / "apology.jinja").is_file()


def test_a_rebuilt_bundle_throws_the_parse_cache_away(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A bundle carries its modules compiled (name.pyc); a new build writes new ones.
    (tmp_path / "templates").mkdir()
    compiled = tmp_path / "templates" / "template_file.pyc"
    compiled.write_bytes(b"build one")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    before = library_cache.source_stamps(["templates"], app_dir=tmp_path)
    assert before != ()
    compiled.write_bytes(b"build two, longer")
    assert library_cache.source_stamps(["templates"], app_dir=tmp_path) != before


def test_on_windows_everything_stays_in_one_local_teinei_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folders = {"CSIDL_LOCAL_APPDATA": tmp_path / "Local", "CSIDL_APPDATA": tmp_path / "Roaming"}
    monkeypatch.setattr(platformdirs, "PlatformDirs", windows.Windows)
    monkeypatch.setattr(windows, "get_win_folder", lambda csidl: str(folders[csidl]))
    home = tmp_path / "Local" / "teinei"  # not teinei\teinei: no author folder
    assert paths.data_dir() == home
    assert paths.user_templates_dir() == home / "templates"
    assert paths.config_file() == home / "config.toml"
    assert store.default_path() == home / "orders.sqlite3"
    assert library_cache.cache_path() == home / "Cache" / "library.pickle"


def test_on_macos_data_and_cache_are_in_the_library_folders(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(platformdirs, "PlatformDirs", macos.MacOS)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name)  # a Mac has none; platformdirs would follow them
    support = tmp_path / "Library" / "Application Support" / "teinei"
    assert paths.user_templates_dir() == support / "templates"
    assert paths.config_file() == support / "config.toml"
    assert library_cache.cache_path() == tmp_path / "Library/Caches/teinei/library.pickle"
