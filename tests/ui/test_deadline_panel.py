"""The order-dates panel: which dates it asks for, and the deadlines it shows."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app.base.platforms import Platform, load_platforms
from app.deadlines.schedule import OrderDates
from app.ui.deadline_panel import DeadlinePanel


@pytest.fixture
def platforms() -> dict[str, Platform]:
    return load_platforms({})


def make_panel(qtbot: QtBot, now: datetime) -> DeadlinePanel:
    panel = DeadlinePanel(clock=lambda: now)
    qtbot.addWidget(panel)
    return panel


def visible_rows(panel: DeadlinePanel) -> list[str]:
    return [name for name, (known, _) in panel.rows.items() if panel.form.isRowVisible(known)]


def test_only_the_dates_the_platform_reads_are_asked_for(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["amazon_jp"])
    assert visible_rows(panel) == ["delivered", "last_buyer_message"]
    panel.set_platform(platforms["mercari_jp"])
    assert "shipping_notice" in visible_rows(panel)
    assert "delivered" not in visible_rows(panel)


def test_ticking_a_date_takes_now_and_shows_its_deadline(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0, 42))
    panel.set_platform(platforms["mercari_jp"])
    known, edit = panel.rows["shipping_notice"]
    assert not edit.isEnabled()
    with qtbot.waitSignal(panel.changed):
        known.setChecked(True)
    assert edit.isEnabled()
    assert panel.order_dates().shipping_notice == datetime(2026, 12, 2, 18, 0)
    assert panel.deadlines()["auto_complete"] == datetime(2026, 12, 11, 13, 0)
    assert "自動で取引完了する日時: <b>12月11日(金) 13:00</b>" in panel.summary.text()


def test_editing_a_date_moves_the_deadline(qtbot: QtBot, platforms: dict[str, Platform]) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["mercari_us"])
    panel.rows["paid"][0].setChecked(True)
    with qtbot.waitSignal(panel.changed):
        panel.rows["paid"][1].setDateTime(datetime(2026, 11, 20, 9, 0))
    assert panel.deadlines()["ship_by"] == date(2026, 11, 23)


def test_passed_limits_and_open_possibilities_are_marked(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 12, 9, 0))
    panel.set_platform(platforms["mercari_jp"])
    panel.set_choices({"ship_option": "2_3"})
    panel.set_order_dates(OrderDates(paid=date(2026, 12, 1), shipping_notice=date(2026, 12, 2)))
    lines = panel.summary.text().split("<br>")
    assert lines[0].startswith("発送期限") and "(passed)" in lines[0]
    assert lines[1].startswith("自動で取引完了") and "(reached)" in lines[1]


def test_dates_round_trip_and_clearing_removes_the_deadline(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["rakuma"])
    dates = OrderDates(shipping_notice=datetime(2016, 12, 9, 10, 57))
    panel.set_order_dates(dates)
    assert panel.order_dates() == dates
    assert dict(panel.deadlines()) == {
        "operator_request": date(2016, 12, 23),
        "operator_acts": date(2016, 12, 26),
    }
    with qtbot.waitSignal(panel.changed):
        panel.rows["shipping_notice"][0].setChecked(False)
    assert len(panel.deadlines()) == 0
    assert "Set the dates above" in panel.summary.text()


def test_english_labels_follow_the_language(qtbot: QtBot, platforms: dict[str, Platform]) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["amazon_jp"])
    panel.set_language("en")
    panel.set_order_dates(OrderDates(delivered=date(2028, 1, 30)))
    assert panel.rows["delivered"][0].text() == "Delivered"
    assert "Return window ends: <b>Tue, Feb 29</b>" in panel.summary.text()


def test_a_broken_setting_is_shown_not_raised(qtbot: QtBot) -> None:
    broken = load_platforms({"rakuma": {"deadlines": {"operator_request_days": "two weeks"}}})
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(broken["rakuma"])
    panel.set_order_dates(OrderDates(shipping_notice=date(2026, 12, 2)))
    assert "operator_request_days for rakuma must be a whole number" in panel.summary.text()
    assert len(panel.deadlines()) == 0


def test_labels_follow_a_language_source_on_language_change(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    language = ["ja"]
    panel = DeadlinePanel(clock=lambda: datetime(2026, 12, 2), language=lambda: language[0])
    qtbot.addWidget(panel)
    panel.set_platform(platforms["amazon_jp"])
    assert panel.rows["delivered"][0].text() == "到着日時"
    language[0] = "en"
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.rows["delivered"][0].text() == "Delivered"


def test_a_new_clock_marks_what_has_passed_by_then(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 1, 9, 0))
    panel.set_platform(platforms["mercari_jp"])
    panel.set_choices({"ship_option": "2_3"})
    panel.set_order_dates(OrderDates(paid=date(2026, 12, 1), shipping_notice=date(2026, 12, 2)))
    assert "(passed)" not in panel.summary.text()
    panel.set_clock(lambda: datetime(2026, 12, 12, 9, 0))
    assert "(passed)" in panel.summary.text().split("<br>")[0]
    panel.rows["delivered"][0].setChecked(True)
    assert panel.order_dates().delivered == datetime(2026, 12, 12, 9, 0)


def test_a_narrow_panel_puts_date_boxes_under_their_labels(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["mercari_jp"])
    known, edit = panel.rows["shipping_notice"]
    panel.resize(known.sizeHint().width() + edit.minimumSizeHint().width() // 2, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert edit.geometry().top() >= known.geometry().bottom()
    assert edit.geometry().right() <= panel.contentsRect().right()


def test_a_deadline_that_needs_the_listings_option_says_so(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["mercari_jp"])
    panel.set_order_dates(OrderDates(paid=datetime(2027, 1, 1, 12, 30)))
    assert "ship_by" not in panel.deadlines()
    assert panel.summary.text().startswith("発送期限: 不明です。出品時の発送日数")
    assert panel.set_choices({"ship_option": "2_3", "buyer_name": "佐藤"})
    assert not panel.set_choices({"ship_option": "2_3"})
    assert panel.deadlines()["ship_by"] == datetime(2027, 1, 4, 12, 30)
    assert "発送期限: <b>1月4日(月) 12:30</b>" in panel.summary.text()


def test_each_deadline_shows_its_basis_and_its_source_in_the_tooltip(
    qtbot: QtBot, platforms: dict[str, Platform]
) -> None:
    panel = make_panel(qtbot, datetime(2026, 12, 2, 18, 0))
    panel.set_platform(platforms["rakuma"])
    panel.set_language("en")
    panel.set_order_dates(OrderDates(shipping_notice=date(2016, 12, 9)))
    lines = panel.summary.text().split("<br>")
    assert "[third-party]" in lines[0] and "[seller report]" in lines[1]
    tip = panel.summary.toolTip()
    assert "rakuma-guide.com/cancel" in tip and "seller report: seed 001" in tip
    assert "counted in calendar days" in tip
    panel.set_platform(platforms["ebay"])
    panel.set_choices({"handling_days": "2"})
    panel.set_order_dates(OrderDates(paid=date(2026, 11, 25)))
    assert panel.deadlines()["ship_by"] == date(2026, 11, 30)
    tip = panel.summary.toolTip()
    assert "weekends and US public holidays skipped" in tip and "handling-time.html" in tip
    assert "[official]" in panel.summary.text().split("<br>")[0]
    # A figure nobody could source says so, in the row and in the tooltip.
    panel.set_order_dates(OrderDates(ordered=date(2026, 11, 24), paid=date(2026, 11, 25)))
    window = panel.summary.text().split("<br>")[1]
    assert window.startswith("Messages allowed until") and "[no source]" in window
    assert "no source" in panel.summary.toolTip()
    # The generic profile's figure is Teinei's own, as `teinei rules` lists it.
    panel.set_platform(platforms["other"])
    panel.set_order_dates(OrderDates(paid=date(2026, 11, 25)))
    assert "[Teinei's own]" in panel.summary.text().split("<br>")[0]
    assert "without its own profile" in panel.summary.toolTip()
    assert "no source" not in panel.summary.toolTip()
