import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import launch
from app.ui import preflight
from tests.conftest import REPO


def loads_all_but(*absent: str):
    return lambda library: library not in absent


@pytest.fixture
def x11(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(preflight, "xcb_plugin", lambda: None)
    return monkeypatch


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libGL.so.1", "libgl1"),
        ("libxcb-foo.so.2", "libxcb-foo2"),
    ],
)
def test_library_names_map_to_debian_packages(library: str, package: str) -> None:
    assert preflight.package_for(library) == package


def test_missing_x11_libraries_are_named_with_the_install_line(x11: pytest.MonkeyPatch) -> None:
    x11.setattr(preflight, "loadable", loads_all_but("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    (problem,) = preflight.problems()
    assert "not installed: libxcb-icccm4, libxcb-keysyms1." in problem
    assert preflight.INSTALL_LINE in problem


def test_a_library_only_the_plugin_knows_is_found_with_ldd(x11: pytest.MonkeyPatch) -> None:
    plugin = Path("/qt/plugins/platforms/libqxcb.so")
    x11.setattr(preflight, "xcb_plugin", lambda: plugin)
    x11.setattr(preflight, "loadable", loads_all_but(str(plugin)))
    x11.setattr(preflight, "missing_libraries", lambda found: ["libxcb-foo.so.2"])
    (problem,) = preflight.problems()
    assert "not installed: libxcb-foo2." in problem


def test_no_display_is_said_plainly(x11: pytest.MonkeyPatch) -> None:
    x11.delenv("DISPLAY")
    x11.setattr(preflight, "loadable", loads_all_but())
    assert [p.split(" (")[0] for p in preflight.problems()] == ["No display was found"]


def test_offscreen_needs_qt_gui_libraries_but_no_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(preflight, "loadable", loads_all_but(*preflight.X11_LIBRARIES))
    assert preflight.problems() == []
    monkeypatch.setattr(preflight, "loadable", loads_all_but("libGL.so.1"))
    (problem,) = preflight.problems()
    assert "not installed: libgl1." in problem


def test_a_wayland_session_needs_no_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setattr(preflight, "loadable", loads_all_but(*preflight.X11_LIBRARIES))
    assert preflight.problems() == []


def test_before_install_a_missing_japanese_font_is_named(x11: pytest.MonkeyPatch) -> None:
    x11.setattr(preflight, "loadable", loads_all_but())
    x11.setattr(preflight, "has_japanese_font", lambda: False)
    assert preflight.problems() == []  # the window opens; only make run asks for the font
    (problem,) = preflight.problems(before_install=True)
    assert "not installed: fonts-noto-cjk." in problem


def test_before_install_a_python_without_venv_is_named(x11: pytest.MonkeyPatch) -> None:
    x11.setattr(preflight, "loadable", loads_all_but())
    x11.setattr(preflight, "has_japanese_font", lambda: True)
    x11.setattr(preflight, "can_make_venv", lambda: False)
    assert preflight.problems() == []
    (problem,) = preflight.problems(before_install=True)
    assert problem.endswith("sudo apt-get install python3-venv")


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_need_no_check(monkeypatch: pytest.MonkeyPatch, system: str) -> None:
    monkeypatch.setattr(sys, "platform", system)
    monkeypatch.setattr(preflight, "loadable", lambda library: False)
    assert preflight.problems(before_install=True) == []


def test_a_bundle_finds_the_libraries_it_carries(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "libxcb-icccm.so.4").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert preflight.loadable("libxcb-icccm.so.4")
    assert not preflight.loadable("libteinei-nowhere.so.9")


def test_the_readme_gives_the_same_install_line() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert preflight.INSTALL_LINE in readme


def test_the_command_names_missing_libraries_instead_of_opening_qt(
    x11: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    x11.setattr(preflight, "loadable", loads_all_but("libxcb-cursor.so.0"))
    x11.setattr(sys, "argv", ["teinei"])
    x11.setattr(launch.importlib, "import_module", pytest.fail)  # the window must not start
    assert launch.main() == 1
    assert preflight.INSTALL_LINE in capsys.readouterr().err


# What every Debian and Ubuntu system has (priority "required"), and what the wheel carries.
BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}
BASE |= {"libzstd.so.1", "libpthread.so.0", "libdl.so.2", "librt.so.1"}


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) is not installed")
def test_the_table_holds_every_system_library_qt_links() -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "lib" / f"libQt6{name}.so.6" for name in ("Core", "Gui", "Widgets", "DBus")]
    binaries += [qt / "lib" / "libQt6XcbQpa.so.6", qt / "plugins/platforms/libqxcb.so"]
    needed: set[str] = set()
    for binary in binaries:
        dynamic = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True)
        needed.update(
            line.split("[")[1].rstrip("]")
            for line in dynamic.stdout.splitlines()
            if "(NEEDED)" in line
        )
    shipped = {path.name for path in (qt / "lib").iterdir()}
    system = {name for name in needed if name not in shipped and not name.startswith("ld-linux")}
    assert system - BASE <= {**preflight.GUI_LIBRARIES, **preflight.X11_LIBRARIES}.keys()
    assert "libxcb-cursor.so.0" in system  # the check reads what it should


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_stops_before_building_anything(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO), "run", f"VENV={venv}"]
        + [f"PYTHON={sys.executable}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "teinei: No display was found" in result.stderr
    assert not venv.exists()
