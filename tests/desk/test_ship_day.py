from datetime import date, datetime

from app.deadlines.schedule import OrderDates
from app.desk.ship_day import notice_moved_to


def test_a_notice_already_given_moves_to_the_typed_day_keeping_its_time() -> None:
    dates = OrderDates(shipping_notice=datetime(2026, 12, 2, 18, 5))
    moved = notice_moved_to(dates, date(2026, 12, 4))
    assert moved == OrderDates(shipping_notice=datetime(2026, 12, 4, 18, 5))


def test_a_notice_on_that_day_or_not_given_yet_does_not_move() -> None:
    assert notice_moved_to(OrderDates(), date(2026, 12, 4)) is None
    same = OrderDates(shipping_notice=datetime(2026, 12, 4, 9, 0))
    assert notice_moved_to(same, date(2026, 12, 4)) is None


def test_a_notice_given_as_a_day_moves_to_the_start_of_the_typed_day() -> None:
    moved = notice_moved_to(OrderDates(shipping_notice=date(2026, 12, 2)), date(2026, 12, 4))
    assert moved == OrderDates(shipping_notice=datetime(2026, 12, 4, 0, 0))
