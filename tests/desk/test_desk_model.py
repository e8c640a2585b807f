"""The desk model without Qt: one order, what the window shows of it, and copies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.base.platforms import load_platforms
from app.deadlines.schedule import OrderDates
from app.desk.model import Desk
from app.orders import OrderStore
from app.orders.session import OrderSession
from app.templates.library import builtin_source, load_library


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
    renders, checks = desk.composer.renders, desk.checking.count
    desk.set_value("buyer_name", "田中")
    assert desk.composer.renders - renders == 2  # the message and its English twin
    assert desk.checking.count - checks == 1
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
    assert "ship_by" not in desk.deadlines  # Mercari's needs the days to ship
    renders = desk.composer.renders
    desk.set_value("ship_option", "1_2")  # 1〜2日で発送
    assert changed == [True, True]
    assert desk.deadlines["ship_by"] == datetime(2026, 12, 9, 10, 0)
    assert desk.composer.renders - renders == 2  # still one render per language
    desk.open_template("partial_refund_offer")
    assert "ship_by" in desk.deadlines  # the choice belongs to the order, not the template
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


@pytest.fixture
def stored(library, tmp_path: Path) -> Desk:  # type: ignore[no-untyped-def]
    """A desk whose order is kept in a store (in tmp_path), on Rakuma."""
    platforms = load_platforms(overrides={})
    store = OrderStore(tmp_path / "orders.sqlite3", clock=lambda: datetime(2026, 12, 7, 20, 0))
    desk = make_desk(library, "shipping_notice", "rakuma")
    desk.attach_orders(OrderSession(store, platforms))
    return desk


def test_a_copy_is_recorded_on_the_orders_timeline_and_dates_the_shipping(
    stored: Desk,
) -> None:
    copies: list[tuple[str, str, str]] = []
    stored.copied.connect(lambda *copy: copies.append(copy))
    stored.set_value("buyer_name", "佐藤 美咲")
    assert stored.record_copy("本日発送しました。")
    assert copies == [("shipping_notice", "ja", "本日発送しました。")]
    assert [m.template_id for m in stored.timeline()] == ["shipping_notice"]
    order = stored.order
    assert order is not None and order.id is not None and order.status == "shipped"
    assert order.buyer_name == "佐藤 美咲"  # the typing was saved with it
    assert stored.dates.shipping_notice == datetime(2026, 12, 7, 20, 0)
    assert "operator_request" in stored.deadlines  # the notice starts the platform's clocks
    assert stored.copy_check().cautions  # the notice was copied already: a copy asks
    assert stored.next_steps()


def test_typing_waits_for_a_save_and_a_switch_saves_it_first(stored: Desk) -> None:
    waiting: list[bool] = []
    stored.unsaved.connect(lambda: waiting.append(True))
    stored.set_value("buyer_name", "山田 花子")
    assert waiting == [True]
    book = stored.book
    assert book is not None and book.session.store.orders() == []  # not yet saved
    first = stored.order
    assert stored.new_order()
    assert [o.buyer_name for o in book.session.store.orders()] == ["山田 花子"]
    assert stored.form_values() == {} and stored.order is not first
    saved = book.session.store.orders()[0]
    assert saved.id is not None and stored.open_order(saved.id)
    assert stored.form_values()["buyer_name"] == "山田 花子"


def test_a_failed_save_keeps_the_typing_and_refuses_a_switch(
    stored: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.orders import OrderStoreError

    book = stored.book
    assert book is not None
    problems: list[object] = []
    stored.order_failed.connect(problems.append)

    def full_disk(order, base=None):  # type: ignore[no-untyped-def]
        raise OrderStoreError("Could not save to orders.sqlite3 (disk is full).")

    real_save = book.session.store.save
    monkeypatch.setattr(book.session.store, "save", full_disk)
    stored.set_value("buyer_name", "佐藤 美咲")
    assert stored.save_order() is False
    assert isinstance(problems[-1], OrderStoreError)
    assert stored.new_order() is False  # the typing would be lost
    assert stored.form_values()["buyer_name"] == "佐藤 美咲"
    monkeypatch.setattr(book.session.store, "save", real_save)
    assert stored.save_order() is True and problems[-1] is None
    assert [o.buyer_name for o in book.session.store.orders()] == ["佐藤 美咲"]


def test_the_orders_dates_and_platform_are_the_desks(stored: Desk) -> None:
    stored.set_dates(OrderDates(paid=datetime(2026, 12, 7, 10, 0)))
    order = stored.order
    assert order is not None and order.paid == datetime(2026, 12, 7, 10, 0)
    assert stored.dates.paid == datetime(2026, 12, 7, 10, 0)
    stored.set_platform("mercari_jp")
    order = stored.order
    assert order is not None and order.platform == "mercari_jp"
    stored.update_order(platform="ebay")
    assert stored.platform_id == "ebay"


def test_dates_that_could_not_be_stored_are_shown_as_stored(
    stored: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.orders import OrderStoreError

    book = stored.book
    assert book is not None
    stored.set_dates(OrderDates(paid=datetime(2026, 12, 7, 10, 0)))
    shown: list[OrderDates] = []
    stored.dates_changed.connect(lambda: shown.append(stored.dates))

    def full_disk(order, base=None):  # type: ignore[no-untyped-def]
        raise OrderStoreError("Could not save to orders.sqlite3 (disk is full).")

    monkeypatch.setattr(book.session.store, "save", full_disk)
    stored.set_dates(OrderDates(paid=datetime(2026, 12, 8, 10, 0)))
    assert shown and shown[-1].paid == datetime(2026, 12, 7, 10, 0)  # the views snap back


def test_two_desks_on_one_order_keep_each_others_typing(library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    platforms = load_platforms(overrides={})
    path = tmp_path / "orders.sqlite3"

    def desk_on_store() -> Desk:
        desk = make_desk(library, "shipping_notice", "rakuma")
        desk.attach_orders(OrderSession(OrderStore(path), platforms))
        return desk

    first = desk_on_store()
    first.set_value("buyer_name", "佐藤 美咲")
    assert first.save_order()
    order = first.order
    assert order is not None and order.id is not None
    second = desk_on_store()
    assert second.open_order(order.id)
    first.set_value("item_name", "ニットカーディガン")  # one window types the item
    assert first.save_order()
    second.set_value("buyer_name", "佐藤 美咲様")  # the other, still without it, the name
    assert second.save_order()
    stored = OrderStore(path).get(order.id)
    assert stored is not None
    assert (stored.buyer_name, stored.item_name) == ("佐藤 美咲様", "ニットカーディガン")


def test_a_long_text_is_checked_aside_and_an_older_result_is_dropped(library) -> None:  # type: ignore[no-untyped-def]
    from collections.abc import Callable

    from app.desk.checks import SYNC_CHARS
    from app.policy.findings import Finding

    desk = make_desk(library)
    waiting: list[tuple[Callable[[], list[Finding]], Callable[[list[Finding]], None]]] = []
    desk.checking.aside = lambda work, done: waiting.append((work, done))
    long_name = "ー" * SYNC_CHARS + " 090-1234-5678 "
    desk.set_value("buyer_name", long_name)
    assert len(waiting) == 1 and desk.checked_text is None and desk.findings == []
    desk.set_value("buyer_name", long_name + "様")
    (older_work, older_done), (work, done) = waiting
    older_done(older_work())
    assert desk.checked_text is None  # the older text's warnings are not listed
    done(work())
    assert desk.preview is not None and desk.checked_text == desk.preview.text
    assert "contact.phone" in [f.rule for f in desk.findings]
    desk.set_value("buyer_name", "田中")
    assert len(waiting) == 2 and desk.checked_text == desk.preview.text  # short: at once


def test_a_language_not_written_yet_is_known_with_the_one_to_start_from(tmp_path: Path) -> None:
    from app.templates.library import Source

    front = '+++\ntitle = "お礼"\ncategory = "thanks"\n+++\n'
    for lang, body in (("ja", "ありがとうございました。\n"), ("en", "")):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "mine.jinja").write_text(front + body, encoding="utf-8")
    library = load_library([builtin_source(), Source("user", tmp_path, True)])
    desk = make_desk(library, "mine")
    assert desk.unwritten == ("en", "ja")  # the Japanese one open, its English twin empty
    desk.set_lang("en")
    assert desk.unwritten == ("en", "ja")
    (tmp_path / "ja" / "mine.jinja").write_text(front, encoding="utf-8")
    empty = make_desk(load_library([builtin_source(), Source("user", tmp_path, True)]), "mine")
    assert empty.unwritten == ("ja", None)  # nothing written yet to start from
    assert make_desk(library, "apology").unwritten is None


def test_amazon_fulfilment_is_stored_with_the_order_and_the_card_sets_it(stored: Desk) -> None:
    stored.set_platform("amazon_jp")
    stored.open_template("return_accept")
    stored.set_value("buyer_name", "佐藤 一郎")
    stored.set_value("fulfilment", "fba")
    assert stored.save_order()
    order = stored.order
    assert order is not None and order.id is not None and order.fulfilment == "fba"
    assert "FBA" in stored.next_steps()[0].message("en")
    assert stored.new_order("amazon_jp") and stored.form_values() == {}
    assert stored.open_order(order.id)
    assert stored.form_values()["fulfilment"] == "fba"
    assert stored.preview is not None and "Amazon" in stored.preview.text
    stored.update_order(fulfilment="self")  # chosen on the order card
    assert stored.form_values()["fulfilment"] == "self"
    assert not any("FBA" in step.message("en") for step in stored.next_steps())


def test_words_typed_for_one_language_are_marked_missing_in_its_twin(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)  # the Japanese apology, its English twin shown
    desk.set_value("item_name", "双眼鏡")
    twin = desk.twin_preview
    assert twin is not None and "双眼鏡" not in twin.text
    assert "[Item]" in twin.text  # marked as a missing value is, not the example's item
    assert "Aibou" not in twin.text and twin.state == "draft"
    assert desk.twin_unwritten == ("item_name",)
    desk.set_value("buyer_name", "田中 一郎")  # a name reads the same in both
    assert "田中 一郎" in desk.twin_preview.text  # type: ignore[union-attr]
    desk.set_lang("en")
    assert "item_name" in desk.missing and desk.references() == {"item_name": "双眼鏡"}
    desk.set_value("item_name", "binoculars")
    assert desk.preview is not None and "binoculars" in desk.preview.text
    assert desk.twin_preview is not None and "双眼鏡" in desk.twin_preview.text
    assert desk.twin_unwritten == ()


def test_a_stored_orders_words_open_in_its_message_language(stored: Desk) -> None:
    stored.open_template("apology")
    stored.set_value("item_name", "ブルーレイBOX")
    stored.set_lang("en")
    stored.set_value("item_name", "Blu-ray box")  # not the order's language (Rakuma: ja)
    order = stored.order
    assert stored.save_order() and order is not None
    saved = stored.order
    assert saved is not None and saved.id is not None and saved.item_name == "ブルーレイBOX"
    assert stored.new_order() and stored.open_order(saved.id)
    assert stored.form_values().get("item_name") is None  # the English message: unwritten
    assert stored.references() == {"item_name": "ブルーレイBOX"}
    stored.set_lang("ja")
    assert stored.form_values()["item_name"] == "ブルーレイBOX"


def test_a_pasted_order_page_fills_the_message_language_only(stored: Desk) -> None:
    stored.open_template("apology")
    assert stored.fill({"buyer_name": "山田 花子", "item_name": "ペン 2本"})
    assert stored.form_values()["item_name"] == "ペン 2本"
    order = stored.order
    assert order is not None and order.item_name == "ペン 2本"
    stored.set_lang("en")
    assert "item_name" not in stored.form_values()
    assert stored.form_values()["buyer_name"] == "山田 花子"
