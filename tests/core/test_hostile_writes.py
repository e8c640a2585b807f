"""Files we write: only regular files, permissions kept, no litter, exports whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from app.base import atomic
from app.base.atomic import clean_stale_temps, write_text_atomic
from app.base.file_errors import StorageError
from app.base.paths import user_templates_dir
from app.cli import main
from app.orders import Order, OrderStore, default_path
from app.orders.export import export, timeline_path
from tests.conftest import write_template

HOSTILE_NOTE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def store(tmp_path: Path) -> OrderStore:
    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: datetime(2026, 11, 20, 9, 0))
    order = store.save(
        Order(platform="mercari_jp", buyer_name="@佐藤", notes=HOSTILE_NOTE, item_name="-1+2")
    )
    store.record(order.id or 0, "thanks", "ja", "+81 90 1234 5678 へどうぞ")
    return store


def targets(tmp_path: Path) -> dict[str, Path]:
    real = tmp_path / "real.txt"
    real.write_text("大事なファイル", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    return {"link": link, "device": Path("/dev/full"), "folder": folder}


@pytest.mark.parametrize("kind", ["link", "device", "folder"])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_orders_export_refuses_anything_but_a_regular_file(
    store: OrderStore, tmp_path: Path, kind: str, fmt: str
) -> None:
    target = targets(tmp_path)[kind]
    with pytest.raises(StorageError) as caught:
        export(target, fmt, store.orders(), store.all_messages())
    assert str(target) in caught.value.message and "nothing was written" in caught.value.message
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == "大事なファイル"
    assert not (tmp_path / "link-timeline.csv").exists()


@pytest.mark.parametrize("kind", ["link", "device", "folder"])
def test_both_exports_on_the_command_line_refuse_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    write_template(user_templates_dir(), "ja", "mine", 'title = "t"\ncategory = "thanks"', "x\n")
    with OrderStore(default_path()) as orders:
        orders.save(Order(platform="mercari_jp", buyer_name="佐藤"))
    target = str(targets(tmp_path)[kind])
    assert main(["export", "-o", target]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert main(["orders", "export", "--format", "csv", "-o", target]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == "大事なファイル"


def test_a_save_keeps_the_files_permissions_and_a_new_file_follows_the_umask(
    tmp_path: Path,
) -> None:
    shared = tmp_path / "shared.jinja"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o664)
    write_text_atomic(shared, "new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    previous = os.umask(0o002)
    try:
        fresh = tmp_path / "fresh.jinja"
        write_text_atomic(fresh, "new")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o664


def test_an_interrupted_save_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    path = folder / "note.txt"

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(path, "text")
    assert list(folder.iterdir()) == []


def test_temp_files_a_crash_left_are_removed_at_the_next_start(tmp_path: Path) -> None:
    tmp_path = tmp_path / "folder"
    tmp_path.mkdir()
    stale = tmp_path / ".orders.csv.k3j_9xQz.tmp"
    stale.write_text("half", encoding="utf-8")
    fresh = tmp_path / ".config.toml.Ab12cd34.tmp"
    fresh.write_text("being written now", encoding="utf-8")
    killed_editor = tmp_path / "thanks.jinja.aB3dE9"
    killed_editor.write_text("half a template", encoding="utf-8")
    mine = tmp_path / ".notes.tmp"
    mine.write_text("the seller's own file", encoding="utf-8")
    now = stale.stat().st_mtime + atomic.STALE_SECONDS + 1
    os.utime(fresh, (now - 5, now - 5))
    removed = clean_stale_temps([tmp_path], now=lambda: now)
    assert sorted(removed) == sorted([stale, killed_editor])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".config.toml.Ab12cd34.tmp", ".notes.tmp"]


def test_a_failed_timeline_leaves_neither_file_and_names_it(
    store: OrderStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "orders.csv"
    target.write_text("the last export", encoding="utf-8")
    real_replace = os.replace

    def full_on_timeline(source: str, destination: object) -> None:
        if str(destination).endswith("orders-timeline.csv"):
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", full_on_timeline)
    with pytest.raises(StorageError) as caught:
        export(target, "csv", store.orders(), store.all_messages())
    assert "orders-timeline.csv" in caught.value.message
    assert "the disk is full" in caught.value.message
    assert target.read_text(encoding="utf-8") == "the last export"
    assert not timeline_path(target).exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_csv_cells_never_run_as_formulas_and_json_keeps_the_text(
    store: OrderStore, tmp_path: Path
) -> None:
    target = tmp_path / "orders.csv"
    export(target, "csv", store.orders(), store.all_messages())
    (row,) = csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")))
    assert row["notes"] == "'" + HOSTILE_NOTE
    assert row["buyer_name"] == "'@佐藤"
    assert row["item_name"] == "'-1+2"
    (message,) = csv.DictReader(io.StringIO(timeline_path(target).read_text("utf-8-sig")))
    assert message["text"] == "'+81 90 1234 5678 へどうぞ"
    as_json = tmp_path / "orders.json"
    export(as_json, "json", store.orders(), store.all_messages())
    (order,) = json.loads(as_json.read_text(encoding="utf-8"))["orders"]
    assert (order["notes"], order["buyer_name"]) == (HOSTILE_NOTE, "@佐藤")
