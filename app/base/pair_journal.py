"""A note that an export's two files are being put in place, so a kill between the two
renames is completed at the next start.

The note is written (atomically) once both files are staged and removed once both are
renamed. A note found at start means the process died in between: if the first file's
staged copy is gone, it was renamed, so the second is renamed too (the pair is the new
export); if it is still there, nothing was renamed and both staged copies are removed
(the pair is the old export). Either way the two files agree.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from app.base import paths
from app.base.atomic import write_text_atomic


def journal_dir() -> Path:
    return paths.data_dir() / "exports-in-progress"


def begin(staged: list[tuple[Path, str]], kept: Path) -> Path:
    """Note the staged pair before the first rename; returns the note to end."""
    (first, first_temp), (second, second_temp) = staged
    import uuid  # only when a pair is written; every start reads this module

    note = journal_dir() / f"{uuid.uuid4().hex}.json"
    note.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "first": str(first),
        "first_temp": first_temp,
        "second": str(second),
        "second_temp": second_temp,
        "kept": str(kept),
    }
    write_text_atomic(note, json.dumps(record, ensure_ascii=False))
    return note


def end(note: Path) -> None:
    note.unlink(missing_ok=True)


def finish_interrupted() -> list[Path]:
    """Complete or undo every pair a killed export left; returns the files completed."""
    completed: list[Path] = []
    try:
        notes = sorted(journal_dir().glob("*.json"))
    except OSError:
        return completed
    for note in notes:
        try:
            record = json.loads(note.read_text(encoding="utf-8"))
            first_temp, second_temp = Path(record["first_temp"]), Path(record["second_temp"])
            second, kept = Path(record["second"]), Path(record["kept"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not ours to read; left for a person to look at
        with contextlib.suppress(OSError):
            if first_temp.exists():  # killed before the first rename: keep the old pair
                first_temp.unlink()
                second_temp.unlink(missing_ok=True)
            elif second_temp.exists():  # the first is new: the second must be too
                os.replace(second_temp, second)
                completed.append(second)
            kept.unlink(missing_ok=True)
            note.unlink()
    return completed
