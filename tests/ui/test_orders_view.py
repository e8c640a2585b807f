from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.base.platforms import load_platforms
from app.orders import Order, OrderStore
from app.ui.order_table_model import OrderTableModel
from app.ui.orders_view import OrdersView
from tests.ui.orders_fixtures import Clock


@pytest.fixture
def orders(tmp_path: Path) -> list[Order]:
    clock = Clock(datetime(2026, 12, 1, 9, 0))
    store = OrderStore(tmp_path / "orders.sqlite3", clock=clock)
    rows = [
        Order(
            platform="mercari_jp",
            buyer_name="山田 花子",
            item_name="ブルーレイBOX",
            order_number="m81234567890",
            price=Decimal(8000),
        ),
        Order(
            platform="rakuma",
            buyer_name="佐藤 美咲",
            item_name="ニットカーディガン",
            status="shipped",
            notes="ＬＩＮＥで質問あり",
        ),
        Order(
            platform="ebay",
            buyer_name="Emily Carter",
            item_name="Seiko 5 watch",
            price=Decimal("142.50"),
            status="completed",
        ),
    ]
    saved = []
    for order in rows:
        clock.advance(hours=1)
        saved.append(store.save(order))
    return store.orders()


@pytest.fixture
def view(qtbot, orders: list[Order]) -> OrdersView:
    widget = OrdersView(load_platforms(overrides={}))
    qtbot.addWidget(widget)
    widget.set_orders(orders)
    return widget


def buyers(view: OrdersView) -> list[str]:
    return [o.buyer_name for o in view.visible_orders()]


def test_the_order_model_is_a_well_behaved_table(qtmodeltester, orders: list[Order]) -> None:
    model = OrderTableModel(load_platforms(overrides={}))
    model.set_orders(orders)
    qtmodeltester.check(model)


def test_the_list_shows_the_latest_order_first_with_money_in_its_currency(view: OrdersView) -> None:
    assert buyers(view) == ["Emily Carter", "佐藤 美咲", "山田 花子"]
    prices = [view.proxy.index(r, 5).data() for r in range(3)]
    assert prices == ["$142.50", "", "8,000円"]


def test_search_matches_buyer_item_number_and_notes_in_any_width(qtbot, view: OrdersView) -> None:
    qtbot.keyClicks(view.search, "m8123")
    assert buyers(view) == ["山田 花子"]
    view.search.clear()
    qtbot.keyClicks(view.search, "line")  # the note says ＬＩＮＥ in full width
    assert buyers(view) == ["佐藤 美咲"]
    view.search.setText("seiko WATCH")
    assert buyers(view) == ["Emily Carter"]
    view.search.setText("nothing like this")
    assert buyers(view) == []


def test_filters_by_status_and_platform(view: OrdersView) -> None:
    view.status.setCurrentIndex(view.status.findData("shipped"))
    assert buyers(view) == ["佐藤 美咲"]
    view.status.setCurrentIndex(0)
    view.platform.setCurrentIndex(view.platform.findData("ebay"))
    assert buyers(view) == ["Emily Carter"]
    view.status.setCurrentIndex(view.status.findData("open"))
    assert buyers(view) == []


def test_clicking_a_row_chooses_that_order(qtbot, view: OrdersView, orders: list[Order]) -> None:
    with qtbot.waitSignal(view.order_chosen) as chosen:
        view.table.selectRow(1)
    assert chosen.args == [orders[1].id]


def test_selecting_from_code_does_not_announce_a_choice(
    qtbot, view: OrdersView, orders: list[Order]
) -> None:
    with qtbot.assertNotEmitted(view.order_chosen):
        view.select(orders[2].id)
    assert view.table.currentIndex().row() == 2


def test_a_changed_order_updates_its_row(view: OrdersView, orders: list[Order]) -> None:
    view.show_order(orders[2].replace(buyer_name="山田 花子 (再購入)"))
    assert "山田 花子 (再購入)" in buyers(view)
    view.show_order(Order(platform="amazon_jp", id=99, buyer_name="佐藤 健一"))
    assert "佐藤 健一" in buyers(view)


def test_a_megabyte_in_one_field_is_shown_and_searched_by_its_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from app.ui.order_table_model import COLUMNS, SEARCH_ROLE

    huge = "双眼鏡" * 350_000  # over a megabyte on one line, as a paste can bring
    model = OrderTableModel(load_platforms(overrides={}))
    model.set_orders([Order(id=1, platform="mercari_jp", item_name=huge, notes=huge)])
    item = model.index(0, COLUMNS.index("item"))
    shown = model.data(item, Qt.ItemDataRole.DisplayRole)
    assert shown.startswith("双眼鏡双眼鏡") and shown.endswith("…") and len(shown) <= 201
    assert len(model.data(item, Qt.ItemDataRole.ToolTipRole)) <= 1001
    assert len(model.data(item, SEARCH_ROLE)) < 50_000
