"""Orders and their timelines as CSV or JSON files, written atomically."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.atomic import write_text_atomic
from app.orders.model import ORDER_FIELDS, Order, SentMessage, plain_record, to_iso

FORMATS = ("csv", "json")
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
    """Write the export; returns the files written (CSV writes two)."""
    if fmt == "json":
        write_text_atomic(path, to_json(orders, messages))
        return [path]
    if fmt == "csv":
        order_table, message_table = to_csv(orders, messages)
        # Excel opens UTF-8 CSV with Japanese text correctly only with a BOM.
        write_text_atomic(path, "\ufeff" + order_table)
        second = timeline_path(path)
        write_text_atomic(second, "\ufeff" + message_table)
        return [path, second]
    raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")


def _table(keys: Sequence[str], records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(keys), lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: "" if record[k] is None else record[k] for k in keys})
    return buffer.getvalue()
