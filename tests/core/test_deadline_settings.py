"""Deadline settings from the profile and the user's corrections, and what a deadline
looks like: labels, limit days, time zones, order, and templates reading them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.base.paths import config_file
from app.base.platforms import Platform, load_platforms
from app.deadlines.schedule import (
    DATE_LABELS,
    LABELS,
    Deadline,
    Deadlines,
    DeadlineSettingError,
    OrderDates,
    add_business_days,
    compute_deadlines,
    dates_used,
)
from app.rendering.render import render
from app.templates.template_file import parse_template
from tests.conftest import write_template
from tests.core.deadline_helpers import CHOICES, deadlines

# --- Settings come from the profile and the user's corrections -----------------------------


def test_a_users_corrected_days_are_used(isolated_home: Path) -> None:
    config = config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        "[platforms.rakuma.deadlines]\noperator_request_days = 10\n"
        '[platforms.mercari_jp.deadlines]\nauto_complete_time = "15:30"\n',
        encoding="utf-8",
    )
    platforms = load_platforms()
    rakuma = deadlines(platforms["rakuma"], shipping_notice=date(2016, 12, 9))
    assert rakuma["operator_request"] == date(2016, 12, 19)
    assert rakuma["operator_acts"] == date(2016, 12, 22)
    mercari = deadlines(platforms["mercari_jp"], shipping_notice=date(2026, 12, 2))
    assert mercari["auto_complete"] == datetime(2026, 12, 11, 15, 30)


def test_a_new_setting_turns_on_a_deadline() -> None:
    platform = load_platforms({"amazon_jp": {"deadlines": {"ship_business_days": 2}}})["amazon_jp"]
    assert deadlines(platform, paid=date(2026, 12, 4))["ship_by"] == date(2026, 12, 8)


@pytest.mark.parametrize(
    ("override", "problem"),
    [
        (
            {"ship_days_by_option": {"2_3": "three"}},
            "ship_days_by_option.2_3 for mercari_jp must be a whole number",
        ),
        ({"ship_days_by_option": {"2_3": -1}}, "ship_days_by_option.2_3 for mercari_jp"),
        ({"ship_days_by_option": 3}, "ship_days_by_option for mercari_jp"),
        (
            {"auto_complete_time": "1pm"},
            'auto_complete_time for mercari_jp must be a time like "13:00"',
        ),
        ({"auto_complete_time": "25:00"}, "auto_complete_time"),
    ],
)
def test_a_nonsense_setting_is_a_clear_error(override: dict[str, object], problem: str) -> None:
    platform = load_platforms({"mercari_jp": {"deadlines": override}})["mercari_jp"]
    with pytest.raises(DeadlineSettingError, match=problem):
        compute_deadlines(
            platform, OrderDates(paid=date(2026, 12, 1), shipping_notice=date(2026, 12, 2)), CHOICES
        )


# --- The result: labels, limits, time zones, templates -------------------------------------


def test_every_deadline_has_a_label_in_both_languages() -> None:
    for key in LABELS:
        entry = Deadline(key, date(2026, 12, 9))
        assert entry.label("ja") and entry.label("en")
        assert entry.label("ja") != entry.label("en")
    assert Deadline("ship_by", date(2026, 12, 9)).label("ja") == "発送期限"


def test_a_limit_day_lasts_until_its_end_and_a_from_day_starts_at_midnight() -> None:
    ship_by = Deadline("ship_by", date(2026, 12, 9))
    assert ship_by.is_limit
    assert not ship_by.is_reached(datetime(2026, 12, 9, 23, 59))
    assert ship_by.is_reached(datetime(2026, 12, 10, 0, 0))
    request = Deadline("operator_request", date(2026, 12, 9))
    assert not request.is_limit
    assert not request.is_reached(datetime(2026, 12, 8, 23, 59))
    assert request.is_reached(datetime(2026, 12, 9, 0, 0))


def test_a_time_zone_on_the_notice_is_kept(platforms: dict[str, Platform]) -> None:
    jst = timezone(timedelta(hours=9))
    found = deadlines(platforms["mercari_jp"], shipping_notice=datetime(2026, 12, 2, 9, tzinfo=jst))
    assert found["auto_complete"] == datetime(2026, 12, 11, 13, 0, tzinfo=jst)


def test_deadlines_come_in_the_order_a_seller_meets_them(platforms: dict[str, Platform]) -> None:
    found = compute_deadlines(
        platforms["amazon_jp"],
        OrderDates(last_buyer_message=date(2026, 12, 1), delivered=date(2026, 12, 3)),
    )
    keys = ["reply_by", "return_window_end", "proactive_until"]
    assert list(found) == keys
    assert [entry.key for entry in found.all()] == keys


def test_templates_read_deadlines_by_name(tmp_path: Path, platforms: dict[str, Platform]) -> None:
    path = write_template(
        tmp_path,
        "ja",
        "notice",
        'title = "t"\ncategory = "support_notice"',
        "{{ deadlines.operator_request | datetime }}以降に事務局へ相談いたします。\n",
    )
    found = compute_deadlines(
        platforms["mercari_jp"], OrderDates(shipping_notice=datetime(2026, 12, 2, 18, 0))
    )
    text = render(parse_template(path, "user"), {}, platforms["mercari_jp"], deadlines=found)
    assert text == "12月11日(金) 13:00以降に事務局へ相談いたします。"


def test_a_template_can_ask_whether_a_deadline_is_known(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    path = write_template(
        tmp_path,
        "ja",
        "thanks",
        'title = "t"\ncategory = "thanks"',
        "{% if deadlines.ship_by is defined %}{{ deadlines.ship_by | date }}までに{% endif %}"
        "発送いたします。\n",
    )
    template = parse_template(path, "user")
    mercari = platforms["mercari_jp"]
    assert render(template, {}, mercari) == "発送いたします。"
    found = compute_deadlines(mercari, OrderDates(paid=date(2026, 12, 6)), CHOICES)
    assert render(template, {}, mercari, deadlines=found) == "12月9日(水)までに発送いたします。"
    unknown = compute_deadlines(mercari, OrderDates(paid=date(2026, 12, 6)))
    assert render(template, {}, mercari, deadlines=unknown) == "発送いたします。"


def test_business_days_skip_weekends() -> None:
    assert add_business_days(date(2026, 12, 4), 0) == date(2026, 12, 4)
    assert add_business_days(date(2026, 12, 4), 1) == date(2026, 12, 7)
    assert add_business_days(date(2026, 12, 4), 5) == date(2026, 12, 11)
    assert len(Deadlines()) == 0


def test_each_platform_asks_only_for_the_dates_its_settings_read(
    platforms: dict[str, Platform],
) -> None:
    assert dates_used(platforms["mercari_jp"]) == ["ordered", "paid", "shipping_notice"]
    assert dates_used(platforms["mercari_us"]) == ["ordered", "paid", "delivered"]
    assert dates_used(platforms["amazon_jp"]) == ["delivered", "last_buyer_message"]
    assert dates_used(platforms["rakuma"]) == ["ordered", "paid", "shipping_notice"]
    for name in DATE_LABELS:
        assert name in OrderDates.__dataclass_fields__


def test_every_date_a_platform_asks_for_changes_a_deadline(
    platforms: dict[str, Platform],
) -> None:
    full = {
        "ordered": datetime(2026, 11, 30, 10, 0),
        "paid": datetime(2026, 12, 1, 10, 0),
        "shipping_notice": datetime(2026, 12, 2, 10, 0),
        "delivered": datetime(2026, 12, 4, 10, 0),
        "last_buyer_message": datetime(2026, 12, 20, 10, 0),
    }
    for platform in platforms.values():
        everything = dict(compute_deadlines(platform, OrderDates(**full), CHOICES))
        for name in dates_used(platform):
            # The payment date wins over the order date, so drop both to see the order date.
            dropped = {name, "paid"} if name == "ordered" else {name}
            partial = {key: value for key, value in full.items() if key not in dropped}
            assert (
                dict(compute_deadlines(platform, OrderDates(**partial), CHOICES)) != everything
            ), (
                platform.id,
                name,
            )
