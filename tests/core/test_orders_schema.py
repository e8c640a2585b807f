import sqlite3
from pathlib import Path

import pytest

from app.orders import SCHEMA_VERSION, OrderStore, OrderStoreError, open_store
from app.orders.schema import MIGRATIONS


def columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def released(folder: Path, version: int, insert: str) -> Path:
    """A database at ``version`` as released (built by its own steps, which never change
    once released), holding the order ``insert`` adds."""
    path = folder / "orders.sqlite3"
    with sqlite3.connect(path) as db:
        for step in MIGRATIONS[:version]:
            for statement in step:
                db.execute(statement)
        db.execute(insert)
        db.execute(f"PRAGMA user_version = {version}")
    return path


def test_a_new_database_is_created_at_the_latest_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    OrderStore(path).close()
    assert user_version(path) == SCHEMA_VERSION == len(MIGRATIONS)
    assert {"last_buyer_message", "ship_date"} <= set(columns(path, "orders"))
    assert columns(path, "messages") == ["id", "order_id", "sent_at", "template_id", "lang", "text"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_store_lives_in_the_user_data_folder(isolated_home: Path) -> None:
    with OrderStore() as store:
        assert store.path == isolated_home / "data" / "teinei" / "orders.sqlite3"
    assert store.path.exists()


def test_a_version_1_database_is_migrated_and_keeps_its_orders(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    # Version 1 as it was released: orders only, no timeline, no buyer-message time.
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, platform TEXT NOT NULL, "
            "buyer_name TEXT NOT NULL DEFAULT '', item_name TEXT NOT NULL DEFAULT '', "
            "order_number TEXT NOT NULL DEFAULT '', price TEXT, ordered TEXT, paid TEXT, "
            "shipping_notice TEXT, delivered TEXT, notes TEXT NOT NULL DEFAULT '', "
            "status TEXT NOT NULL DEFAULT 'open', created TEXT NOT NULL, updated TEXT NOT NULL)"
        )
        db.execute(
            "INSERT INTO orders (platform, buyer_name, item_name, order_number, price, paid, "
            "shipping_notice, status, created, updated) VALUES ('rakuma', '佐藤 美咲', "
            "'ニットカーディガン', '', '2800', '2026-12-01T09:00:00', '2026-12-02T18:30:00', "
            "'shipped', '2026-12-01T09:00:00', '2026-12-02T18:30:00')"
        )
        db.execute("PRAGMA user_version = 1")
    with OrderStore(path) as store:
        (order,) = store.orders()
        assert order.buyer_name == "佐藤 美咲"
        assert str(order.price) == "2800"
        assert order.shipping_notice is not None and order.shipping_notice.hour == 18
        assert order.last_buyer_message is None and order.ship_date is None
        store.record(order.id or 0, "thanks", "ja", "ご購入ありがとうございます。")
        assert [m.template_id for m in store.timeline(order.id or 0)] == ["thanks"]
    assert user_version(path) == SCHEMA_VERSION


def test_a_database_from_a_newer_teinei_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, future TEXT)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(OrderStoreError, match="newer Teinei") as caught:
        OrderStore(path)
    assert "Update Teinei" in str(caught.value)
    assert path.read_bytes() == before
    assert user_version(path) == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_gets_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    path.write_text("these are my notes, not a database\n" * 40, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(OrderStoreError, match="not a readable orders database"):
        OrderStore(path)
    assert path.read_bytes() == before


def test_a_failed_migration_step_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "orders.sqlite3"
    broken = (*MIGRATIONS, ("CREATE TABLE orders (id INTEGER)",))  # clashes: table exists
    monkeypatch.setattr("app.orders.schema.MIGRATIONS", broken)
    monkeypatch.setattr("app.orders.schema.SCHEMA_VERSION", len(broken))
    with pytest.raises(OrderStoreError):
        OrderStore(path)
    assert user_version(path) == len(MIGRATIONS)


def test_the_window_moves_a_damaged_file_aside_and_starts_anew(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    path.write_bytes(b"\x00garbage" * 100)
    store, problem = open_store(path)
    assert store is not None and store.orders() == []
    assert problem is not None and "orders.sqlite3.bak" in problem
    assert (tmp_path / "orders.sqlite3.bak").read_bytes() == b"\x00garbage" * 100
    store.close()


def test_the_window_leaves_a_newer_database_alone(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    store, problem = open_store(path)
    assert store is None and problem is not None and "Update Teinei" in problem
    assert not (tmp_path / "orders.sqlite3.bak").exists()


def test_a_version_4_database_gains_the_listing_settings_and_keeps_its_orders(
    tmp_path: Path,
) -> None:
    path = released(
        tmp_path,
        4,
        "INSERT INTO orders (platform, buyer_name, paid, created, updated) VALUES "
        "('mercari_jp', '山田 花子', '2026-12-01T12:30:00', '2026-12-01T12:30:00', "
        "'2026-12-01T12:30:00')",
    )
    with OrderStore(path) as store:
        (order,) = store.orders()
        assert (order.buyer_name, order.ship_option, order.handling_days) == ("山田 花子", "", None)
        store.save(order.replace(ship_option="2_3"))
    assert user_version(path) == SCHEMA_VERSION
    assert {"ship_option", "handling_days"} <= set(columns(path, "orders"))
    with OrderStore(path) as store:
        (order,) = store.orders()
        assert order.ship_option == "2_3"


def test_a_version_5_database_gains_amazon_fulfilment_and_keeps_its_orders(
    tmp_path: Path,
) -> None:
    path = released(
        tmp_path,
        5,
        "INSERT INTO orders (platform, buyer_name, ship_option, created, updated) VALUES "
        "('amazon_jp', '佐藤 一郎', '', '2026-12-01T12:30:00', '2026-12-01T12:30:00')",
    )
    with OrderStore(path) as store:
        (order,) = store.orders()
        assert (order.buyer_name, order.fulfilment) == ("佐藤 一郎", "")
        store.save(order.replace(fulfilment="fba"))
    assert user_version(path) == SCHEMA_VERSION == 6
    with OrderStore(path) as store:
        (order,) = store.orders()
        assert order.fulfilment == "fba"
