import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.orders import Order, OrderError, OrderStore, OrderStoreError
from tests.conftest import REPO


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 20, 9, 30))


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> OrderStore:
    return OrderStore(tmp_path / "orders.sqlite3", clock=clock)


def test_a_saved_order_comes_back_with_every_value(store: OrderStore) -> None:
    order = Order(
        platform="mercari_jp",
        buyer_name="山田 花子",
        item_name="相棒 season 10 ブルーレイBOX",
        order_number="m12345678901",
        price=Decimal("8000"),
        ordered=datetime(2026, 11, 19, 21, 5),
        paid=datetime(2026, 11, 19, 21, 6),
        notes="箱の角に注意",
    )
    saved = store.save(order)
    assert saved.id is not None
    assert saved.created == saved.updated == datetime(2026, 11, 20, 9, 30)
    assert store.get(saved.id) == saved


def test_updating_an_order_keeps_its_created_time(store: OrderStore, clock: Clock) -> None:
    saved = store.save(Order(platform="rakuma", buyer_name="佐藤"))
    clock.advance(days=2)
    again = store.save(saved.replace(status="shipped"))
    stored = store.get(again.id or 0)
    assert stored is not None
    assert stored.status == "shipped"
    assert stored.created == datetime(2026, 11, 20, 9, 30)
    assert stored.updated == datetime(2026, 11, 22, 9, 30)


def test_orders_filter_by_status_and_platform_most_recent_first(
    store: OrderStore, clock: Clock
) -> None:
    first = store.save(Order(platform="rakuma", buyer_name="A"))
    clock.advance(hours=1)
    store.save(Order(platform="ebay", buyer_name="B", status="completed"))
    clock.advance(hours=1)
    store.save(Order(platform="rakuma", buyer_name="C"))
    assert [o.buyer_name for o in store.orders()] == ["C", "B", "A"]
    assert [o.buyer_name for o in store.orders(status="open")] == ["C", "A"]
    assert [o.buyer_name for o in store.orders(platform="ebay")] == ["B"]
    clock.advance(hours=1)
    store.record(first.id or 0, "thanks", "ja", "ありがとうございます。")
    assert store.orders()[0].buyer_name == "A"


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(OrderError, match="status"):
        Order(platform="rakuma", status="lost")


def test_the_timeline_keeps_messages_in_time_order(store: OrderStore, clock: Clock) -> None:
    order = store.save(Order(platform="mercari_jp"))
    store.record(order.id or 0, "thanks", "ja", "ご購入ありがとうございます。")
    clock.advance(days=1)
    store.record(order.id or 0, "shipping_notice", "ja", "本日発送しました。")
    timeline = store.timeline(order.id or 0)
    assert [(m.template_id, m.sent_at.day) for m in timeline] == [
        ("thanks", 20),
        ("shipping_notice", 21),
    ]
    assert timeline[1].text == "本日発送しました。"


def test_recording_for_a_missing_order_is_an_error(store: OrderStore) -> None:
    with pytest.raises(OrderError, match="not in the database"):
        store.record(99, "thanks", "ja", "text")
    assert store.all_messages() == []


def test_deleting_an_order_removes_its_timeline(store: OrderStore) -> None:
    order = store.save(Order(platform="ebay"))
    store.record(order.id or 0, "thanks", "en", "Thank you!")
    store.delete(order.id or 0)
    assert store.orders() == [] and store.all_messages() == []


def test_a_failed_transaction_stores_none_of_its_writes(store: OrderStore) -> None:
    kept = store.save(Order(platform="rakuma", buyer_name="kept"))
    with pytest.raises(RuntimeError), store.transaction():
        store.save(Order(platform="rakuma", buyer_name="lost"))
        store.record(kept.id or 0, "thanks", "ja", "lost too")
        raise RuntimeError("power cut")
    assert [o.buyer_name for o in store.orders()] == ["kept"]
    assert store.timeline(kept.id or 0) == []


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from pathlib import Path
    from app.orders import Order, OrderStore

    store = OrderStore(Path(sys.argv[1]), clock=lambda: datetime(2026, 11, 20, 12, 0))
    for n in range(3):
        order = store.save(Order(platform="mercari_jp", buyer_name=f"committed {n}"))
        store.record(order.id, "thanks", "ja", f"message {n}")
    with store.transaction():
        for n in range(50):
            store.save(Order(platform="mercari_jp", buyer_name=f"in flight {n}"))
        print("inside", flush=True)
        sys.stdin.readline()  # killed here, mid-transaction
    """
)


def test_a_killed_writer_loses_nothing_already_committed(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "inside"
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
    finally:
        if writer.poll() is None:
            writer.kill()
        for stream in (writer.stdin, writer.stdout):
            if stream is not None:
                stream.close()
    with OrderStore(path) as store:
        names = sorted(o.buyer_name for o in store.orders())
        assert names == ["committed 0", "committed 1", "committed 2"]
        assert [m.text for m in store.all_messages()] == ["message 0", "message 1", "message 2"]
        saved = store.save(Order(platform="rakuma", buyer_name="after the crash"))
        assert store.get(saved.id or 0) == saved


def test_a_write_that_cannot_happen_is_a_plain_error_and_keeps_what_was_saved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "orders.sqlite3"
    store = OrderStore(path, busy_timeout=0.05)
    kept = store.save(Order(platform="rakuma", buyer_name="kept"))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window is in the middle of a write
    try:
        with pytest.raises(OrderStoreError, match="Could not save") as caught:
            store.save(kept.replace(buyer_name="changed"))
        assert "Nothing was lost" in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.get(kept.id or 0) == kept
    assert store.save(kept.replace(buyer_name="changed")).buyer_name == "changed"
