"""An export killed between writing its two CSV files leaves a pair that agrees once
Teinei starts again: the kill is real (the process ends at that rename, no clean-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.base.config import clean_stale_saves
from app.orders.export import timeline_path

KILLED_AT = """
import os, sys
from pathlib import Path
from app.orders.export import write_pair

first, second, dies_at = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
real_replace = os.replace

def replace(source, destination):
    if str(destination) == dies_at:
        os._exit(9)  # a kill: no finally, no clean-up
    real_replace(source, destination)

os.replace = replace
write_pair((first, "new orders"), (second, "new timeline"))
"""


def killed_export(first: Path, dies_at: Path) -> None:
    second = timeline_path(first)
    args = [sys.executable, "-c", KILLED_AT, str(first), str(second), str(dies_at)]
    assert subprocess.run(args, check=False).returncode == 9


@pytest.mark.parametrize("dies_at", ["orders.csv", "orders-timeline.csv"])
def test_a_pair_killed_at_either_rename_agrees_at_the_next_start(
    tmp_path: Path, dies_at: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    first, second = folder / "orders.csv", folder / "orders-timeline.csv"
    first.write_text("old orders", encoding="utf-8")
    second.write_text("old timeline", encoding="utf-8")
    killed_export(first, folder / dies_at)
    clean_stale_saves()  # what every start (window or CLI) does first
    pair = (first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8"))
    if dies_at == "orders.csv":  # nothing was in place yet: the old pair stays
        assert pair == ("old orders", "old timeline")
    else:  # the orders were new: their timeline is put in place too
        assert pair == ("new orders", "new timeline")
    assert sorted(p.name for p in folder.iterdir()) == ["orders-timeline.csv", "orders.csv"]


def test_a_first_export_killed_between_renames_is_completed(tmp_path: Path) -> None:
    first = tmp_path / "orders.csv"
    killed_export(first, timeline_path(first))
    assert not timeline_path(first).exists()  # the moment the two disagree
    clean_stale_saves()
    assert timeline_path(first).read_text(encoding="utf-8") == "new timeline"
    assert first.read_text(encoding="utf-8") == "new orders"
