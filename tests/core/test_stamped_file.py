import pickle
from datetime import date
from pathlib import Path

from app.base.stamped_file import read_stamped, write_stamped

ALLOWED = frozenset({("datetime", "date")})


def test_entries_come_back_while_the_stamp_matches(tmp_path: Path) -> None:
    path = tmp_path / "memo.pickle"
    assert read_stamped(path, ("v1",), ALLOWED) == ({}, False)
    assert write_stamped(path, ("v1",), {"a": date(2026, 12, 9)})
    assert read_stamped(path, ("v1",), ALLOWED) == ({"a": date(2026, 12, 9)}, False)
    assert read_stamped(path, ("v2",), ALLOWED) == ({}, True)


def test_a_foreign_or_damaged_file_is_started_afresh(tmp_path: Path) -> None:
    path = tmp_path / "memo.pickle"
    path.write_bytes(pickle.dumps((("v1",), {"a": Path("/etc/passwd")})))
    assert read_stamped(path, ("v1",), ALLOWED) == ({}, True)
    path.write_bytes(b"\x80\x05truncated")
    assert read_stamped(path, ("v1",), ALLOWED) == ({}, True)


def test_an_unwritable_place_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert write_stamped(blocker / "memo.pickle", ("v1",), {}) is False
