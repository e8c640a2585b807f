from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.base.platforms import load_platforms
from app.orders import OrderStore
from app.orders.session import OrderSession


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 20, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(tmp_path: Path, clock: Clock) -> OrderSession:
    store = OrderStore(tmp_path / "orders.sqlite3", clock=clock)
    return OrderSession(store, load_platforms(overrides={}))


def test_a_new_order_is_stored_only_once_it_has_a_value(session: OrderSession) -> None:
    session.new("mercari_jp")
    session.new("mercari_jp")
    assert session.store.orders() == []
    assert session.apply_values({"buyer_name": ""}) is False
    assert session.apply_values({"buyer_name": "山田 花子"}) is True
    (stored,) = session.store.orders()
    assert stored.buyer_name == "山田 花子" and stored.id == session.current.id


def test_switching_orders_gives_each_its_own_values(session: OrderSession) -> None:
    session.new("mercari_jp")
    session.apply_values({"buyer_name": "山田 花子", "price": "8000"})
    first = session.current.id or 0
    session.new("rakuma")
    assert session.values() == {}
    session.apply_values({"buyer_name": "佐藤 美咲"})
    session.open(first)
    assert session.values()["buyer_name"] == "山田 花子"
    assert str(session.values()["price"]) == "8000"


def test_copying_the_shipping_notice_dates_it_and_marks_the_order_shipped(
    session: OrderSession, clock: Clock
) -> None:
    session.new("mercari_jp")
    session.record_copy("thanks", "ja", "ご購入ありがとうございます。")
    assert session.current.id is not None  # a copy alone is worth keeping
    clock.now += timedelta(days=1, hours=-8)
    session.record_copy("shipping_notice", "ja", "本日発送しました。")
    assert session.current.shipping_notice == datetime(2026, 12, 8, 12, 0)
    assert session.current.status == "shipped"
    assert [m.template_id for m in session.timeline()] == ["thanks", "shipping_notice"]
    (caution,) = session.cautions("shipping_notice")
    assert "12月8日(火) 12:00にコピー済み" in caution.message("ja")


def test_next_steps_follow_the_current_order_and_clock(session: OrderSession, clock: Clock) -> None:
    session.new("rakuma")
    assert session.next_steps()[0].template_id == "thanks"
    session.record_copy("thanks", "ja", "…")
    session.record_copy("shipping_notice", "ja", "…")
    clock.now += timedelta(days=4)
    (step,) = session.next_steps()
    assert step.template_id == "rating_reminder_first" and step.state == "now"


def test_a_shipping_date_the_seller_gave_is_kept_when_the_notice_is_copied(
    session: OrderSession,
) -> None:
    session.new("ebay")
    session.update(shipping_notice=datetime(2026, 12, 5, 10), status="shipped")
    session.record_copy("shipping_notice", "en", "Your order is on its way.")
    assert session.current.shipping_notice == datetime(2026, 12, 5, 10)


def test_two_windows_editing_one_order_keep_each_others_changes(
    tmp_path: Path, clock: Clock
) -> None:
    platforms = load_platforms(overrides={})
    path = tmp_path / "orders.sqlite3"
    first = OrderSession(OrderStore(path, clock=clock), platforms)
    first.new("mercari_jp")
    first.update(notes="届いたら連絡", buyer_name="佐藤")
    order_id = first.current.id
    assert order_id is not None
    second = OrderSession(OrderStore(path, clock=clock), platforms)
    second.open(order_id)

    first.update(notes="届いたら連絡。箱に傷あり")  # one window writes the notes
    second.update(status="shipped")  # the other, still showing the old notes, the status

    stored = OrderStore(path, clock=clock).get(order_id)
    assert stored is not None
    assert (stored.notes, stored.status) == ("届いたら連絡。箱に傷あり", "shipped")
    assert second.current.notes == "届いたら連絡。箱に傷あり"  # and it now shows them
