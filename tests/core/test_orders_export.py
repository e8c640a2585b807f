import csv
import io
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.orders import Order, OrderStore
from app.orders.export import export, timeline_path


@pytest.fixture
def store(tmp_path: Path) -> OrderStore:
    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: datetime(2026, 11, 20, 9, 0))
    first = store.save(
        Order(platform="mercari_jp", buyer_name="山田 花子", price=Decimal("8000"), notes="a, b")
    )
    store.save(Order(platform="ebay", buyer_name="Emily Carter", price=Decimal("42.50")))
    store.record(first.id or 0, "thanks", "ja", "山田 花子様\nご購入ありがとうございます。")
    return store


def test_json_export_holds_each_order_with_its_timeline(store: OrderStore, tmp_path: Path) -> None:
    target = tmp_path / "out" / "orders.json"
    assert export(target, "json", store.orders(), store.all_messages()) == [target]
    data = json.loads(target.read_text(encoding="utf-8"))
    by_buyer = {o["buyer_name"]: o for o in data["orders"]}
    assert by_buyer["Emily Carter"]["price"] == "42.50"
    assert by_buyer["Emily Carter"]["timeline"] == []
    (message,) = by_buyer["山田 花子"]["timeline"]
    assert message["template_id"] == "thanks"
    assert message["text"].startswith("山田 花子様\n")
    assert message["sent_at"] == "2026-11-20T09:00:00"


def test_csv_export_writes_orders_and_timeline_tables(store: OrderStore, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    written = export(target, "csv", store.orders(), store.all_messages())
    assert written == [target, timeline_path(target)]
    assert timeline_path(target).name == "orders-timeline.csv"
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["buyer_name"]: r["notes"] for r in rows} == {"山田 花子": "a, b", "Emily Carter": ""}
    timeline = list(
        csv.DictReader(io.StringIO(timeline_path(target).read_text(encoding="utf-8-sig")))
    )
    assert [r["text"] for r in timeline] == ["山田 花子様\nご購入ありがとうございます。"]


def test_exporting_over_an_old_file_replaces_it_whole(store: OrderStore, tmp_path: Path) -> None:
    target = tmp_path / "orders.json"
    target.write_text("old export " * 1000, encoding="utf-8")
    export(target, "json", store.orders()[:1], [])
    assert json.loads(target.read_text(encoding="utf-8"))["orders"][0]["buyer_name"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_csv_columns_keep_their_order(store: OrderStore, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    export(target, "csv", store.orders(), store.all_messages())
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",") == [
        "id",
        "platform",
        "status",
        "buyer_name",
        "item_name",
        "order_number",
        "price",
        "ordered",
        "paid",
        "shipping_notice",
        "ship_date",
        "delivered",
        "last_buyer_message",
        "notes",
        "created",
        "updated",
        "ship_option",
        "handling_days",
        "fulfilment",
    ]
