"""Orders and their timelines as CSV or JSON files, written atomically."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.base import pair_journal
from app.base.atomic import TEMP_SUFFIX, stage, write_text_atomic
from app.base.file_errors import failed, refuse_special_target
from app.orders.model import ORDER_FIELDS, Order, SentMessage, plain_record, to_iso

FORMATS = ("csv", "json")
_FORMULA_STARTS = frozenset("=+-@\t\r")
# A seller's spreadsheet starts with which order, where and how far along it is.
_FIRST = ("id", "platform", "status")
ORDER_KEYS = _FIRST + tuple(name for name in ORDER_FIELDS if name not in _FIRST)
MESSAGE_KEYS = ("order_id", "sent_at", "template_id", "lang", "text")


def order_record(order: Order) -> dict[str, Any]:
    """The order as plain JSON values: ISO times, the price as a decimal string."""
    record = plain_record(order)
    return {key: record[key] for key in ORDER_KEYS}


def message_record(message: SentMessage) -> dict[str, Any]:
    return {
        "order_id": message.order_id,
        "sent_at": to_iso(message.sent_at),
        "template_id": message.template_id,
        "lang": message.lang,
        "text": message.text,
    }


def to_json(orders: Sequence[Order], messages: Iterable[SentMessage]) -> str:
    """One object per order, each with its timeline (oldest first)."""
    by_order: dict[int | None, list[dict[str, Any]]] = {}
    for message in sorted(messages, key=lambda m: (m.sent_at, m.id or 0)):
        by_order.setdefault(message.order_id, []).append(message_record(message))
    data = [{**order_record(o), "timeline": by_order.get(o.id, [])} for o in orders]
    return json.dumps({"version": 1, "orders": data}, ensure_ascii=False, indent=2) + "\n"


def to_csv(orders: Sequence[Order], messages: Iterable[SentMessage]) -> tuple[str, str]:
    """Two tables: the orders, and every message with its order id."""
    wanted = {o.id for o in orders}
    return (
        _table(ORDER_KEYS, (order_record(o) for o in orders)),
        _table(
            MESSAGE_KEYS,
            (message_record(m) for m in messages if m.order_id in wanted),
        ),
    )


def timeline_path(path: Path) -> Path:
    """Where a CSV export puts the timelines: beside the orders file."""
    return path.with_name(f"{path.stem}-timeline{path.suffix or '.csv'}")


def export(
    path: Path, fmt: str, orders: Sequence[Order], messages: Iterable[SentMessage]
) -> list[Path]:
    """Write the export; returns the files written (CSV writes two, or neither).

    Raises StorageError naming the file that could not be written; a path that is a
    link, a device or a folder is refused before anything is written.
    """
    if fmt == "json":
        refuse_special_target(path)
        try:
            write_text_atomic(path, to_json(orders, messages))
        except OSError as error:
            raise failed("write", path, error) from None
        return [path]
    if fmt == "csv":
        order_table, message_table = to_csv(orders, messages)
        second = timeline_path(path)
        # Excel opens UTF-8 CSV with Japanese text correctly only with a BOM.
        write_pair((path, "\ufeff" + order_table), (second, "\ufeff" + message_table))
        return [path, second]
    raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")


def write_pair(first: tuple[Path, str], second: tuple[Path, str]) -> None:
    """Write both files or neither: a timeline without its orders (or the other way
    round) would be read as the whole export."""
    for path, _text in (first, second):
        refuse_special_target(path)
    staged: list[tuple[Path, str]] = []
    try:
        for path, text in (first, second):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                staged.append((path, stage(path, text.encode("utf-8"))))
            except OSError as error:
                raise failed("write", path, error) from None
        _replace_both(staged)
    finally:
        for _path, temp in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)


def _replace_both(staged: list[tuple[Path, str]]) -> None:
    (path, temp), (other, other_temp) = staged
    # The first file's old content is kept until the second is in place, to put it back.
    # Its name is a temp file's, so a crash leaves nothing clean_stale_temps misses.
    kept = path.with_name(f".{path.name}.keep_old{TEMP_SUFFIX}")
    had_old = path.exists()
    try:
        note = pair_journal.begin(staged, kept)
    except OSError as error:
        raise failed("write", path, error) from None
    try:
        try:
            if had_old:
                _keep_copy(path, kept)
            os.replace(temp, path)
        except OSError as error:
            raise failed("write", path, error) from None
        try:
            os.replace(other_temp, other)
        except OSError as error:
            with contextlib.suppress(OSError):
                if had_old:
                    os.replace(kept, path)
                else:
                    path.unlink()
            raise failed("write", other, error) from None
    finally:
        kept.unlink(missing_ok=True)
        pair_journal.end(note)


def _keep_copy(path: Path, kept: Path) -> None:
    kept.unlink(missing_ok=True)
    try:
        os.link(path, kept)
    except OSError:  # a disk without hard links
        shutil.copy2(path, kept)


def _table(keys: Sequence[str], records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(keys), lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: "" if record[k] is None else inert(record[k]) for k in keys})
    return buffer.getvalue()


def inert(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs: OWASP's advice for CSV injection.

    A buyer's name or note starting with = + - @ (or a tab or carriage return) would be
    read as a formula by Excel or LibreOffice; a leading ' makes it plain text. JSON
    keeps every value exact.
    """
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value
    return value
