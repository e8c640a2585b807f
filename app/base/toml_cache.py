"""The shipped TOML data (platform profiles, field vocabulary), parsed once and kept
between starts: unpickling the parsed tables takes a twentieth of parsing them, and a
start that finds them fresh does not load the TOML parser at all.

A kept table is used only while the file's bytes have the hash they were parsed from
(hashing 50 KB takes microseconds; times and sizes can stay put while a file changes)
and the same Python parsed them; otherwise the file is parsed again and the table
rewritten. A cache that cannot be read or written is passed by, never an error."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

from app.base import paths
from app.base.stamped_file import read_stamped, write_stamped

FORMAT = 1
FOLDER = "data"
# What TOML parses to beyond dicts, lists, strings, numbers and booleans: its dates,
# times and offsets. Nothing else may come out of a kept file.
_ALLOWED = frozenset(
    {
        ("datetime", "date"),
        ("datetime", "datetime"),
        ("datetime", "time"),
        ("datetime", "timedelta"),
        ("datetime", "timezone"),
    }
)


def kept_path(path: Path) -> Path:
    return paths.cache_dir() / FOLDER / f"{path.stem}.pickle"


def load_toml(path: Path, kept: Path | None = None) -> dict[str, Any]:
    """The tables of ``path`` (a TOML file), from ``kept`` when it is fresh. Raises what
    reading or parsing the file raises (OSError, tomllib.TOMLDecodeError)."""
    kept = kept or kept_path(path)
    raw = path.read_bytes()
    stamp = (FORMAT, sys.version, hashlib.blake2b(raw, digest_size=20).digest())
    entries, _ = read_stamped(kept, stamp, _ALLOWED)
    tables = entries.get("tables")
    if isinstance(tables, dict):
        return tables
    import tomllib

    tables = tomllib.loads(raw.decode("utf-8"))
    write_stamped(kept, stamp, {"tables": tables})
    return tables
