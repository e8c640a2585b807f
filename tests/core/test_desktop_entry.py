"""teinei desktop-entry: the app menu entry and icon where XDG desktops look."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.base import desktop_entry, paths
from app.cli import main

VALIDATOR = shutil.which("desktop-file-validate")


def read_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group, checked strictly: one group, key=value lines, no repeats."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys: dict[str, str] = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep and key == key.strip() and key not in keys, line
        keys[key] = value
    return keys


def test_install_puts_the_entry_and_icon_where_xdg_looks(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = isolated_home / "bin" / "teinei"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script), "desktop-entry", "install"])
    assert main() == 0
    data = isolated_home / "data"
    entry = read_entry(data / "applications" / "teinei.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Teinei"
    assert entry["Exec"] == str(script)  # the command that was installed, by its full path
    assert entry["Icon"] == "teinei"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "teinei.svg"
    assert icon.read_bytes() == paths.resource_path("icons/teinei.svg").read_bytes()


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate is not installed")
def test_desktop_file_validate_accepts_the_entry_even_for_an_odd_path(tmp_path: Path) -> None:
    where = desktop_entry.install(tmp_path, ["/opt/My Apps/teinei$1", "--x=100%"])
    result = subprocess.run([VALIDATOR, str(where.desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout
    exec_line = read_entry(where.desktop)["Exec"]
    assert exec_line == '"/opt/My Apps/teinei\\\\$1" --x=100%%'


def test_the_entry_starts_this_teinei(isolated_home: Path) -> None:
    # Run by Python (as here), the entry names this Python and its -m app.
    where = desktop_entry.install()
    args = read_entry(where.desktop)["Exec"].split(" ")
    assert args == [sys.executable, "-m", "app"] or Path(args[0]).name == "teinei"
    result = subprocess.run([*args, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("teinei ")


def test_a_bundle_names_its_own_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "teinei"))
    assert desktop_entry.command() == [str(tmp_path / "teinei")]


def test_uninstall_removes_both_files_and_says_so(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = desktop_entry.install()
    assert main(["desktop-entry", "uninstall"]) == 0
    assert not where.desktop.exists() and not where.icon.exists()
    assert str(where.desktop) in capsys.readouterr().out
    assert main(["desktop-entry", "uninstall"]) == 0
    assert capsys.readouterr().out == "Teinei was not in the app menu.\n"


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_elsewhere_the_command_says_it_is_for_linux(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], system: str
) -> None:
    monkeypatch.setattr(sys, "platform", system)
    assert main(["desktop-entry", "install"]) == 2
    assert "for Linux desktops" in capsys.readouterr().err
