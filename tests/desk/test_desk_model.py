"""The desk model without Qt: one order, what the window shows of it, and copies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.deadlines import OrderDates
from app.desk.model import Desk
from app.library import builtin_source, load_library
from app.orders import OrderStore
from app.orders.session import OrderSession
from app.platforms import load_platforms


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library([builtin_source()])


def make_desk(library, template_id: str = "apology", platform_id: str = "mercari_jp") -> Desk:  # type: ignore[no-untyped-def]
    desk = Desk(library, load_platforms(overrides={}), platform_id=platform_id)
    desk.show(template_id)
    return desk


def test_a_key_press_renders_each_language_once_and_checks_once(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    told: list[str] = []
    desk.message_changed.connect(lambda: told.append("message"))
    desk.findings_changed.connect(lambda: told.append("findings"))
    renders, checks = desk.composer.renders, desk.checks
    desk.set_value("buyer_name", "田中")
    assert desk.composer.renders - renders == 2  # the message and its English twin
    assert desk.checks - checks == 1
    assert told == ["message", "findings"]
    assert desk.preview is not None and "田中様" in desk.preview.text


def test_values_are_kept_when_another_template_opens(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    desk.set_value("buyer_name", "田中 一郎")
    assert desk.open_template("partial_refund_offer")
    assert desk.form_values()["buyer_name"] == "田中 一郎"
    assert "buyer_name" not in desk.missing and "refund_amount" in desk.missing


def test_a_copy_is_blocked_by_missing_fields_and_broken_rules(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    check = desk.copy_check()
    assert check.blocked and "buyer_name" in check.missing
    for field in desk.template.fields if desk.template else ():
        desk.set_value(field.name, "x" if field.type in ("text", "multiline") else None)
    desk.set_value("buyer_name", "田中")
    assert desk.copy_check().text is not None


def test_dates_give_deadlines_that_reach_the_message(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    changed: list[bool] = []
    desk.dates_changed.connect(lambda: changed.append(True))
    desk.set_dates(OrderDates(paid=datetime(2026, 12, 7, 10, 0)))
    assert changed == [True]
    assert str(desk.deadlines["ship_by"]) == "2026-12-10"
    desk.new_order()
    assert desk.dates == OrderDates() and not desk.deadlines and not desk.values


def test_a_platform_without_the_template_opens_the_same_situation(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    offered_elsewhere = {t.id for t in library.for_lang("ja")} - {
        t.id for t in library.for_lang("ja") if "amazon_jp" in t.platforms
    }
    gone_id = next(iter(sorted(offered_elsewhere)), None)
    if gone_id is None:
        pytest.skip("every built-in template is offered on Amazon")
    desk.open_template(gone_id)
    seen: list[tuple[str, str]] = []
    desk.replaced.connect(lambda gone, chosen: seen.append((gone.id, chosen.id)))
    desk.set_platform("amazon_jp")
    assert seen and seen[0][0] == gone_id
    assert desk.template is not None and "amazon_jp" in desk.template.platforms


def test_next_steps_and_cautions_come_from_the_stored_order(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    platforms = load_platforms(overrides={})
    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: datetime(2026, 12, 7, 20, 0))
    session = OrderSession(store, platforms)
    desk = make_desk(library, "shipping_notice", "rakuma")
    desk.attach_orders(session)
    session.new("rakuma")
    copies: list[tuple[str, str, str]] = []
    desk.copied.connect(lambda *copy: copies.append(copy))
    desk.record_copy("本日発送しました。")
    assert copies == [("shipping_notice", "ja", "本日発送しました。")]
    session.record_copy(*copies[0])
    assert [m.template_id for m in session.timeline()] == ["shipping_notice"]
    assert desk.copy_check().cautions  # the notice was copied already
    assert desk.next_steps()
