from datetime import date, datetime
from decimal import Decimal

from app.deadlines.schedule import OrderDates
from app.orders import Order, order_to_values, values_to_order
from app.orders.model import (
    DATE_FIELDS,
    HANDLING_DAYS_FIELD,
    MONEY_FIELDS,
    SHIP_DATE_FIELD,
    SHIP_OPTION_FIELD,
    TEXT_FIELDS,
    order_from_plain,
    plain_record,
)
from app.templates.fields import vocabulary


def test_every_form_name_an_order_fills_is_in_the_shared_vocabulary() -> None:
    names = set(TEXT_FIELDS) | set(DATE_FIELDS) | set(MONEY_FIELDS)
    names |= {SHIP_DATE_FIELD, SHIP_OPTION_FIELD, HANDLING_DAYS_FIELD}
    assert names <= set(vocabulary())


def test_an_order_becomes_the_forms_values() -> None:
    order = Order(
        platform="mercari_jp",
        buyer_name="山田 花子",
        item_name="ブルーレイBOX",
        order_number="m12345678901",
        price=Decimal("8000"),
        paid=datetime(2026, 11, 19, 21, 6),
        shipping_notice=datetime(2026, 11, 21, 10, 0),
    )
    assert order_to_values(order) == {
        "buyer_name": "山田 花子",
        "item_name": "ブルーレイBOX",
        "order_id": "m12345678901",
        "price": Decimal("8000"),
        "payment_date": date(2026, 11, 19),
        "ship_date": date(2026, 11, 21),
    }


def test_a_new_order_gives_an_empty_form() -> None:
    assert order_to_values(Order(platform="rakuma")) == {}


def test_form_values_update_the_order_and_full_width_input_is_read() -> None:
    order = Order(platform="rakuma", paid=datetime(2026, 12, 1, 9, 15))
    updated = values_to_order(
        order,
        {
            "buyer_name": " 佐藤 美咲 ",
            "price": "２，８００円",
            "payment_date": "２０２６/１２/０１",
            "delivery_date": "2026-12-04",
            "seller_name": "not an order value",
        },
    )
    assert updated.buyer_name == "佐藤 美咲"
    assert updated.price == Decimal("2800")
    # Same day as recorded: the recorded time of the payment is kept.
    assert updated.paid == datetime(2026, 12, 1, 9, 15)
    assert updated.delivered == datetime(2026, 12, 4)


def test_a_promised_ship_date_does_not_mark_the_order_shipped() -> None:
    order = values_to_order(Order(platform="mercari_jp"), {"ship_date": "2026-12-09"})
    assert order.ship_date == date(2026, 12, 9)
    assert order.shipping_notice is None
    assert order_to_values(order)["ship_date"] == date(2026, 12, 9)


def test_a_half_typed_value_keeps_the_stored_one_and_a_cleared_value_clears_it() -> None:
    order = Order(platform="rakuma", price=Decimal(2800), paid=datetime(2026, 12, 1))
    typing = values_to_order(order, {"price": "2,8x", "payment_date": "2026-12"})
    assert typing.price == Decimal(2800) and typing.paid == datetime(2026, 12, 1)
    cleared = values_to_order(order, {"price": "", "payment_date": None, "buyer_name": None})
    assert cleared.price is None and cleared.paid is None and cleared.buyer_name == ""


def test_every_field_of_an_order_survives_its_plain_record() -> None:
    order = Order(
        platform="ebay",
        id=7,
        buyer_name="Emily Carter",
        item_name="Vintage Seiko 5",
        order_number="12-34567-89012",
        price=Decimal("142.50"),
        ordered=datetime(2026, 11, 19, 21, 5),
        paid=datetime(2026, 11, 19, 21, 6),
        shipping_notice=datetime(2026, 11, 21, 10, 0),
        ship_date=date(2026, 11, 21),
        delivered=datetime(2026, 11, 25, 15, 0),
        last_buyer_message=datetime(2026, 11, 26, 8, 30),
        ship_option="2_3",
        handling_days=2,
        notes="gift wrap",
        status="shipped",
        created=datetime(2026, 11, 19, 21, 7),
        updated=datetime(2026, 11, 26, 9, 0),
    )
    record = plain_record(order)
    assert record["price"] == "142.50" and record["ship_date"] == "2026-11-21"
    assert record["paid"] == "2026-11-19T21:06:00"
    assert order_from_plain(record) == order


def test_an_orders_dates_are_what_the_deadlines_read() -> None:
    order = Order(
        platform="mercari_jp",
        paid=datetime(2026, 11, 19, 21, 6),
        shipping_notice=datetime(2026, 11, 21, 10, 0),
    )
    assert order.dates() == OrderDates(
        paid=datetime(2026, 11, 19, 21, 6), shipping_notice=datetime(2026, 11, 21, 10, 0)
    )


def test_the_listings_ship_settings_round_trip_through_the_form_values() -> None:
    order = values_to_order(
        Order(platform="mercari_jp"), {"ship_option": "2_3", "handling_days": "３"}
    )
    assert (order.ship_option, order.handling_days) == ("2_3", 3)
    assert order.choices() == {"ship_option": "2_3", "handling_days": 3}
    assert order_to_values(order) == {"ship_option": "2_3", "handling_days": 3}
    # Half-typed or negative days keep the stored value; clearing clears it.
    assert values_to_order(order, {"handling_days": "-1"}).handling_days == 3
    assert values_to_order(order, {"handling_days": "1.5"}).handling_days == 3
    cleared = values_to_order(order, {"handling_days": "", "ship_option": None})
    assert (cleared.ship_option, cleared.handling_days) == ("", None)
