"""Parsed template files kept between starts, so a start parses only the files that changed.

The cache is a convenience: a file that cannot be read, or was written by another version
of Teinei, its parser or Python, is ignored and written afresh. An entry is used only when
the file's content has the hash it was parsed from: a synced or restored file can keep its
size and times while its text changes, and the cache must never stand in for other text.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app import __version__
from app.base import paths
from app.base.stamped_file import read_stamped, write_stamped
from app.templates.template_file import (
    Template,
    TemplateFileError,
    decode_template,
    parse_template,
    read_template_bytes,
)

FORMAT = 2
CACHE_NAME = "library.pickle"
# What a file parses to also depends on the code of these packages of app (a test
# checks that parsing imports nothing outside them) and on this data; a change to
# any of it (an update, or an edit in a source checkout) throws the whole cache away.
PARSER_PACKAGES = ("base", "templates", "rendering")
APP_DIR = Path(__file__).resolve().parent.parent
_PARSER_RESOURCES = ("fields.toml",)
# Timestamps are coarse on some disks (2 s on FAT): a file changed this recently could
# change again without its time moving, so it is parsed again next time.
RACY_NS = 3_000_000_000
# The only classes a cache file may hold; anything else means it is not ours.
_ALLOWED = frozenset(
    {
        ("app.templates.template_file", "Template"),
        ("app.templates.fields", "Field"),
        ("app.base.messages", "Message"),
        ("pathlib", "PosixPath"),
        ("pathlib", "WindowsPath"),
        ("datetime", "date"),
        ("datetime", "datetime"),
        ("datetime", "time"),
        ("datetime", "timedelta"),
        ("datetime", "timezone"),
    }
)

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
# A file's content hash, and what it parsed to: a Template, or the (line, message) of its
# problem (the message in both languages, as app.base.messages.Message).
Entry = tuple[bytes, Template | tuple[int, str]]


def cache_path() -> Path:
    return paths.cache_dir() / CACHE_NAME


def _stamp(path: Path) -> Stamp:
    info = os.stat(path)
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def source_stamps(
    packages: Iterable[str], resources: Iterable[str] = (), *, app_dir: Path = APP_DIR
) -> tuple[object, ...]:
    """The name, size and time of every module in app's ``packages``, and of each of the
    ``resources`` (None if missing)."""
    # A bundle carries the modules compiled, as name.pyc, written afresh by each build.
    suffix = ".pyc" if paths.bundle_dir() is not None else ".py"
    files: list[Path] = []
    for package in packages:
        with os.scandir(app_dir / package) as entries:
            files += sorted(Path(e.path) for e in entries if e.name.endswith(suffix))
    files += [paths.resource_path(name) for name in resources]
    stamps: list[object] = []
    for file in files:
        try:
            stamps.append((file.name, *_stamp(file)[:2]))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def _code_stamp() -> tuple[Any, ...]:
    stamps = source_stamps(PARSER_PACKAGES, _PARSER_RESOURCES)
    return (FORMAT, __version__, sys.version, jinja2_stamp(), stamps)


def jinja2_stamp() -> object:
    """Which jinja2 is installed, without importing it (that takes tens of ms)."""
    spec = importlib.util.find_spec("jinja2")
    origin = spec.origin if spec is not None else None
    try:
        return (origin, _stamp(Path(origin))[:2]) if origin else None
    except OSError:
        return None


class ParseCache:
    """Parses template files through the cache; ``save`` writes it back if it changed."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Callable[[], int] = time.time_ns,
    ) -> None:
        self.path = path or cache_path()
        self.clock = clock
        self.stamp = _code_stamp()
        self.changed = False  # whether save() has anything to write
        self.entries: dict[tuple[str, str], Entry] = self._read()

    def _read(self) -> dict[tuple[str, str], Entry]:
        entries, self.changed = read_stamped(self.path, self.stamp, _ALLOWED)
        return entries

    def parse(self, path: Path, source: str) -> Template:
        """What ``parse_template(path, source)`` returns or raises, from the cache if fresh."""
        key = (source, str(path))
        try:
            stamp = _stamp(path)
            raw = read_template_bytes(path)
        except (OSError, TemplateFileError):
            self._drop(key)
            return parse_template(path, source)  # says what is wrong with the file
        digest = hashlib.blake2b(raw, digest_size=20).digest()
        entry = self.entries.get(key)
        if entry is None or entry[0] != digest:
            entry = (digest, self._parse(path, source, raw))
            self._drop(key)
            if self.clock() - stamp[1] >= RACY_NS:
                self.entries[key] = entry
                self.changed = True
        result = entry[1]
        if isinstance(result, Template):
            return result
        line, message = result
        raise TemplateFileError(path, line, message)

    @staticmethod
    def _parse(path: Path, source: str, raw: bytes) -> Template | tuple[int, str]:
        try:
            return parse_template(path, source, text=decode_template(path, raw))
        except TemplateFileError as error:
            return (error.line, error.message)

    def _drop(self, key: tuple[str, str]) -> None:
        if self.entries.pop(key, None) is not None:
            self.changed = True

    def keep_only(self, seen: Iterable[tuple[str, str]], folders: Iterable[Path]) -> None:
        """Forget files under ``folders`` that were not ``seen`` (deleted or renamed)."""
        seen = set(seen)
        roots = [str(folder) + os.sep for folder in folders]
        for key in list(self.entries):
            if key not in seen and any(key[1].startswith(root) for root in roots):
                self._drop(key)

    def save(self) -> None:
        """Write the cache if it changed; a cache that cannot be written is simply not kept."""
        if not self.changed:
            return
        if write_stamped(self.path, self.stamp, self.entries):
            self.changed = False
