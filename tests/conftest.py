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


def damage_database(path: Path) -> None:
    """An orders database whose header is sound and whose pages are not."""
    import sqlite3

    from app.orders import Order, OrderStore

    with OrderStore(path) as store:
        for number in range(200):
            store.save(Order(platform="mercari_jp", buyer_name=f"佐藤{number}", notes="x" * 500))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage_pages(path)


def damage_pages(path: Path) -> None:
    """Overwrite some of a database's pages, as a failing disk or a sync tool would."""
    with path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"Z" * (4096 * 3))


def damage_while_open(path: Path) -> None:
    """Damage the pages of a database a store has open, then change it from another
    connection (as the CLI or a sync tool would), so the store reads the file again."""
    import sqlite3

    damage_pages(path)
    connection = sqlite3.connect(path)
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(f"PRAGMA user_version = {version}")
    connection.commit()
    connection.close()
