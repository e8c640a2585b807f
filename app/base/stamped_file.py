"""A small file of remembered results, valid only while its stamp (the code and versions
that made it) matches. Unpickling admits only the classes the caller names, so a foreign
or tampered file cannot run code; a damaged or stale file is simply started afresh."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

from app.base.atomic import write_bytes_atomic
from app.base.safe_read import read_regular

# Far above any real library; a bigger file is not ours and is started afresh.
MAX_BYTES = 64 << 20


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, allowed: frozenset[tuple[str, str]]) -> None:
        super().__init__(io.BytesIO(data))
        self.allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self.allowed:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed here")
        return super().find_class(module, name)


def read_stamped(
    path: Path, stamp: object, allowed: frozenset[tuple[str, str]]
) -> tuple[dict[Any, Any], bool]:
    """The entries, and whether the file must be rewritten (damaged, foreign or stale)."""
    try:
        data = read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        return {}, False
    except OSError:
        return {}, True
    try:
        found, entries = _Unpickler(data, allowed).load()
    except Exception:  # truncated, foreign, old classes: start afresh
        return {}, True
    if found != stamp or not isinstance(entries, dict):
        return {}, True
    return entries, False


def write_stamped(path: Path, stamp: object, entries: dict[Any, Any]) -> bool:
    """Write atomically; False when it could not be written (it is then simply not kept)."""
    try:
        data = pickle.dumps((stamp, entries), protocol=pickle.HIGHEST_PROTOCOL)
        write_bytes_atomic(path, data)
    except (OSError, RecursionError, pickle.PicklingError):
        return False
    return True
