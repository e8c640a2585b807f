"""Orders and their timelines in SQLite; every write is one transaction."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from app.base import paths
from app.base.messages import join, message_of, say
from app.orders.model import (
    ORDER_FIELDS,
    Order,
    OrderError,
    SentMessage,
    from_iso,
    order_from_plain,
    plain_record,
    to_iso,
)
from app.orders.schema import DamagedDatabaseError, OrderStoreError, connect, is_damage

Clock = Callable[[], datetime]

# The id is the table's key; every other field of an order is a column of the same name.
_ORDER_COLUMNS = tuple(name for name in ORDER_FIELDS if name != "id")


def default_path() -> Path:
    return paths.data_dir() / "orders.sqlite3"


def local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


def open_store(
    path: Path | None = None,
    clock: Clock = local_now,
    *,
    start_new: Callable[[DamagedDatabaseError], bool] = lambda error: True,
) -> tuple[OrderStore | None, str | None]:
    """Open the orders for the window: the store, and a sentence to show if anything failed.

    A damaged file is moved aside (``.bak``) and a new database started when
    ``start_new`` (the window asks the seller) says so; otherwise orders are unavailable
    and the file is left as it is. A database from a newer Teinei is left alone and
    orders are unavailable until Teinei is updated.
    """
    path = path or default_path()
    try:
        return OrderStore(path, clock), None
    except DamagedDatabaseError as error:
        if not start_new(error):
            return None, message_of(error)
        backup = _free_name(path.with_name(path.name + ".bak"))
        path.replace(backup)
        for extra in ("-wal", "-shm"):
            stale = path.with_name(path.name + extra)
            if stale.exists():
                stale.replace(backup.with_name(backup.name + extra))
        moved = say("store_moved_aside", backup=backup.name)
        return OrderStore(path, clock), join(message_of(error), " ", moved)
    except OrderStoreError as error:
        return None, message_of(error)


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.{number}")
    return candidate


class OrderStore:
    """The seller's orders. Times come from ``clock`` so tests can set the day."""

    def __init__(
        self, path: Path | None = None, clock: Clock = local_now, busy_timeout: float = 5.0
    ) -> None:
        self.path = path or default_path()
        self.clock = clock
        # How long a write waits for another Teinei window to finish its own.
        self._connection = connect(self.path, busy_timeout)
        self._depth = 0

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> OrderStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them are stored, or none (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _write_error(self.path, error) from None
        self._depth = 1
        try:
            yield
            self._connection.execute("COMMIT")
        except BaseException as error:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error) and not isinstance(error, sqlite3.IntegrityError):
                raise _write_error(self.path, error) from None
            raise
        finally:
            self._depth = 0

    # Orders

    def save(self, order: Order, base: Order | None = None) -> Order:
        """Insert a new order or update a stored one; returns it with id and times set.

        With ``base`` (the order as it was read), only the fields that differ from it are
        written, and the order comes back as stored: another window's (or the CLI's)
        change to other fields since then is kept, not undone.
        """
        now = self.clock()
        if order.id is None:
            order = order.replace(created=now, updated=now)
        else:
            order = order.replace(updated=now, created=order.created or now)
        row = _order_row(order)
        with self.transaction():
            if order.id is None:
                names = ", ".join(_ORDER_COLUMNS)
                marks = ", ".join("?" for _ in _ORDER_COLUMNS)
                cursor = self._connection.execute(
                    f"INSERT INTO orders ({names}) VALUES ({marks})", row
                )
                return order.replace(id=cursor.lastrowid)
            columns = list(_ORDER_COLUMNS)
            if base is not None:
                before = dict(zip(_ORDER_COLUMNS, _order_row(base), strict=True))
                now_row = dict(zip(_ORDER_COLUMNS, row, strict=True))
                columns = [name for name in columns if now_row[name] != before[name]]
                columns = [name for name in columns if name != "updated"] + ["updated"]
            values = [row[_ORDER_COLUMNS.index(name)] for name in columns]
            sets = ", ".join(f"{name} = ?" for name in columns)
            cursor = self._connection.execute(
                f"UPDATE orders SET {sets} WHERE id = ?", (*values, order.id)
            )
            if cursor.rowcount != 1:
                raise OrderError(f"order {order.id} is not in the database")
            if base is None:
                return order
            stored = self.get(order.id)
        return stored or order

    def _rows(self, sql: str, params: Any = ()) -> list[Any]:
        """The rows of a read; damage found now is a DamagedDatabaseError, like at open."""
        try:
            return self._connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            if is_damage(error):
                raise DamagedDatabaseError(
                    say("store_damaged", path=self.path, detail=str(error))
                ) from None
            raise OrderStoreError(say("store_read", path=self.path, detail=str(error))) from None

    def get(self, order_id: int) -> Order | None:
        rows = self._rows(
            f"SELECT id, {', '.join(_ORDER_COLUMNS)} FROM orders WHERE id = ?", (order_id,)
        )
        return _order_from_row(rows[0]) if rows else None

    def orders(self, status: str | None = None, platform: str | None = None) -> list[Order]:
        """Orders, the most recently changed first, optionally by status and platform."""
        where, params = [], []
        if status is not None:
            where.append("status = ?")
            params.append(status)
        if platform is not None:
            where.append("platform = ?")
            params.append(platform)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._rows(
            f"SELECT id, {', '.join(_ORDER_COLUMNS)} FROM orders{clause} "
            "ORDER BY updated DESC, id DESC",
            params,
        )
        return [_order_from_row(row) for row in rows]

    def delete(self, order_id: int) -> None:
        """Remove an order and its timeline."""
        with self.transaction():
            self._connection.execute("DELETE FROM orders WHERE id = ?", (order_id,))

    # Timeline

    def record(self, order_id: int, template_id: str, lang: str, text: str) -> SentMessage:
        """Add a copied message to the order's timeline, at the clock's time."""
        message = SentMessage(order_id, self.clock(), template_id, lang, text)
        with self.transaction():
            try:
                cursor = self._connection.execute(
                    "INSERT INTO messages (order_id, sent_at, template_id, lang, text) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (order_id, to_iso(message.sent_at), template_id, lang, text),
                )
            except sqlite3.IntegrityError:
                raise OrderError(f"order {order_id} is not in the database") from None
            self._connection.execute(
                "UPDATE orders SET updated = ? WHERE id = ?", (to_iso(message.sent_at), order_id)
            )
        return dataclasses.replace(message, id=cursor.lastrowid)

    def timeline(self, order_id: int) -> list[SentMessage]:
        """The order's messages, oldest first."""
        rows = self._rows(
            "SELECT id, order_id, sent_at, template_id, lang, text FROM messages "
            "WHERE order_id = ? ORDER BY sent_at, id",
            (order_id,),
        )
        return [_message_from_row(row) for row in rows]

    def all_messages(self) -> list[SentMessage]:
        rows = self._rows(
            "SELECT id, order_id, sent_at, template_id, lang, text FROM messages "
            "ORDER BY order_id, sent_at, id"
        )
        return [_message_from_row(row) for row in rows]


def _write_error(path: Path, error: sqlite3.Error) -> OrderStoreError:
    if is_damage(error):  # damage is damage whether a read or a write meets it
        return DamagedDatabaseError(say("store_damaged", path=path, detail=str(error)))
    return OrderStoreError(say("store_write", path=path, detail=str(error)))


def _order_row(order: Order) -> tuple[Any, ...]:
    record = plain_record(order)
    return tuple(record[name] for name in _ORDER_COLUMNS)


def _order_from_row(row: tuple[Any, ...]) -> Order:
    return order_from_plain(dict(zip(("id", *_ORDER_COLUMNS), row, strict=True)))


def _message_from_row(row: tuple[Any, ...]) -> SentMessage:
    sent_at = from_iso(row[2])
    if sent_at is None:
        raise OrderStoreError(f"message {row[0]} has no time")
    return SentMessage(
        id=row[0], order_id=row[1], sent_at=sent_at, template_id=row[3], lang=row[4], text=row[5]
    )
