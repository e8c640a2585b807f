"""Every test runs headless and with its own, empty user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data and config folders into tmp_path; no test reads the real home."""
    home = tmp_path / "home"
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        folder = home / sub
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


def write_template(folder: Path, lang: str, template_id: str, front: str, body: str) -> Path:
    """Write a template file the way a user would, and return its path."""
    path = folder / lang / f"{template_id}.jinja"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"+++\n{front.strip()}\n+++\n{body}", encoding="utf-8")
    return path
