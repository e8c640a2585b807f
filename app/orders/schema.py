"""The orders database: opening it, its schema version and the steps that migrate it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.base.messages import Message, join, message_of, say, text_in

# Each step takes the database from version N to N + 1 (MIGRATIONS[0]: empty -> 1).
# Steps are only ever appended; an old step never changes once released.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            buyer_name TEXT NOT NULL DEFAULT '',
            item_name TEXT NOT NULL DEFAULT '',
            order_number TEXT NOT NULL DEFAULT '',
            price TEXT,
            ordered TEXT,
            paid TEXT,
            shipping_notice TEXT,
            delivered TEXT,
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
    ),
    (
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            sent_at TEXT NOT NULL,
            template_id TEXT NOT NULL,
            lang TEXT NOT NULL,
            text TEXT NOT NULL
        )""",
        "CREATE INDEX messages_by_order ON messages(order_id, sent_at)",
    ),
    (
        # The buyer's last message sets Amazon's reply clock and pushes Mercari's completion.
        "ALTER TABLE orders ADD COLUMN last_buyer_message TEXT",
        "CREATE INDEX orders_by_status ON orders(status, platform)",
    ),
    (
        # The day shipped or promised, apart from the shipping notice that starts the clocks.
        "ALTER TABLE orders ADD COLUMN ship_date TEXT",
    ),
    (
        # The listing's settings the ship-by counts from: Mercari JP's 発送までの日数
        # and eBay's handling time, so a stored order's next steps know its ship-by.
        "ALTER TABLE orders ADD COLUMN ship_option TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE orders ADD COLUMN handling_days INTEGER",
    ),
    (
        # Amazon: FBA (Amazon ships, handles returns) or shipped by the seller ("self").
        "ALTER TABLE orders ADD COLUMN fulfilment TEXT NOT NULL DEFAULT ''",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class OrderStoreError(RuntimeError):
    """The orders database cannot be used; the message says why and what to do."""

    def message_in(self, lang: str) -> str:
        """The sentence in ``lang``; ``str(self)`` is English."""
        return text_in(message_of(self), lang)


class NewerSchemaError(OrderStoreError):
    """Written by a newer Teinei: left alone, never migrated down or replaced."""


class DamagedDatabaseError(OrderStoreError):
    """The file is not a readable SQLite database."""


def connect(path: Path, busy_timeout: float = 5.0) -> sqlite3.Connection:
    """Open (creating or migrating) the database at ``path``.

    A database written by a newer Teinei is refused before anything is written to it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        _refuse_newer(path)
    # isolation_level=None: transactions are opened and closed by us, explicitly.
    connection = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise OrderStoreError(say("store_no_wal", path=path))
        connection.execute("PRAGMA synchronous = FULL")
        migrate(connection)
        _check_pages(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise DamagedDatabaseError(say("store_damaged", path=path, detail=str(error))) from None
    except BaseException:
        connection.close()
        raise
    return connection


def _check_pages(connection: sqlite3.Connection) -> None:
    """A file with a sound header can still have damaged pages; reading them later would
    fail in the middle of the seller's work. quick_check reads every page once (ms for a
    seller's orders)."""
    found = connection.execute("PRAGMA quick_check(1)").fetchone()
    if found is None or found[0] != "ok":
        raise sqlite3.DatabaseError(found[0] if found else "the integrity check gave no answer")


def is_damage(error: sqlite3.Error) -> bool:
    """Whether an error means the file is damaged (not busy, locked or full)."""
    return type(error) is sqlite3.DatabaseError or "malformed" in str(error)


def version_of(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Run every step past the database's version, each in its own transaction."""
    current = version_of(connection)
    if current > SCHEMA_VERSION:
        raise NewerSchemaError(_newer_message(current))
    for number in range(current, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number]:
                connection.execute(statement)
            # user_version lives in the file header and commits with the step.
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _refuse_newer(path: Path) -> None:
    try:
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # connect() reports it
    try:
        version = version_of(probe)
    except sqlite3.DatabaseError:
        return
    finally:
        probe.close()
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(join(str(path), ": ", _newer_message(version)))


def _newer_message(version: int) -> Message:
    return say("store_newer", version=version, supported=SCHEMA_VERSION)
