"""Shipped TOML data kept parsed between starts: the same tables as parsing, never stale,
and a cache that cannot be used is passed by."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from app.base.toml_cache import kept_path, load_toml

TEXT = '[platforms.mercari]\nmessage_limit = 1000\nchecked = 2026-11-30\nname = "メルカリ"\n'


def write(tmp_path: Path, text: str = TEXT) -> Path:
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_load_gives_the_same_tables_without_the_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path)
    first = load_toml(path)
    assert first == tomllib.loads(TEXT)
    monkeypatch.setitem(sys.modules, "tomllib", None)  # importing it now fails
    assert load_toml(path) == first


def test_a_file_changed_in_place_is_parsed_again(tmp_path: Path) -> None:
    path = write(tmp_path)
    load_toml(path)
    # Same size, written at once: its times may not move, its bytes do.
    path.write_text(TEXT.replace("1000", "2000"), encoding="utf-8")
    assert load_toml(path)["platforms"]["mercari"]["message_limit"] == 2000


def test_a_damaged_or_foreign_kept_file_is_parsed_again_and_rewritten(tmp_path: Path) -> None:
    path = write(tmp_path)
    load_toml(path)
    kept = kept_path(path)
    for junk in (b"", b"\x80\x04not a pickle", kept.read_bytes()[:20]):
        kept.write_bytes(junk)
        assert load_toml(path) == tomllib.loads(TEXT)
        assert kept.read_bytes() != junk


def test_a_cache_that_cannot_be_written_still_gives_the_tables(tmp_path: Path) -> None:
    path = write(tmp_path)
    blocked = tmp_path / "not a folder"
    blocked.write_text("", encoding="utf-8")
    assert load_toml(path, kept=blocked / "platforms.pickle") == tomllib.loads(TEXT)


def test_a_broken_file_raises_what_parsing_raises_every_time(tmp_path: Path) -> None:
    path = write(tmp_path, "[platforms\n")
    for _ in range(2):
        with pytest.raises(tomllib.TOMLDecodeError):
            load_toml(path)
