from pathlib import Path

import pytest

from app.ui import preflight


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ],
)
def test_library_names_map_to_debian_packages(library: str, package: str) -> None:
    assert preflight.package_for(library) == package


def test_missing_x11_libraries_are_named_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(preflight.ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(preflight, "xcb_plugin", lambda: Path("/qt/libqxcb.so"))
    monkeypatch.setattr(preflight, "missing_libraries", lambda plugin: ["libxcb-icccm.so.4"])
    (problem,) = preflight.problems()
    assert "libxcb-cursor0" in problem
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in problem


def test_no_display_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(preflight, "xcb_plugin", lambda: None)
    monkeypatch.setattr(preflight.ctypes.util, "find_library", lambda name: "libxcb-cursor.so.0")
    assert [p.split(" (")[0] for p in preflight.problems()] == ["No display was found"]


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert preflight.problems() == []
