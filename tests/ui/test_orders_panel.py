from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from app.base.platforms import load_platforms
from app.desk.model import Desk
from app.orders import OrderStore, OrderStoreError
from app.orders.session import OrderSession
from app.templates.library import builtin_source, load_library
from app.ui.desk_signals import DeskSignals
from app.ui.orders_panel import OrdersPanel
from tests.ui.orders_fixtures import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 7, 20, 0))


@pytest.fixture
def panel(qtbot, tmp_path: Path, clock: Clock) -> OrdersPanel:
    store = OrderStore(tmp_path / "orders.sqlite3", clock=clock)
    platforms = load_platforms(overrides={})
    desk = Desk(load_library([builtin_source()]), platforms)
    desk.show()
    desk.attach_orders(OrderSession(store, platforms))
    widget = OrdersPanel(desk, DeskSignals(desk))
    qtbot.addWidget(widget)
    return widget


def test_typing_is_saved_after_a_pause(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("mercari_jp")
    panel.desk.set_values({"buyer_name": "山"})
    panel.desk.set_values({"buyer_name": "山田 花子"})
    assert panel.session.store.orders() == []  # not yet: the seller is still typing
    qtbot.waitUntil(lambda: len(panel.session.store.orders()) == 1)
    assert panel.session.store.orders()[0].buyer_name == "山田 花子"
    assert [o.buyer_name for o in panel.list.visible_orders()] == ["山田 花子"]


def test_switching_orders_loads_each_orders_values(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("mercari_jp")
    panel.desk.set_values({"buyer_name": "山田 花子", "item_name": "ブルーレイBOX"})
    panel.flush()
    first = panel.current.id
    panel.new_order()
    assert panel.desk.form_values() == {}  # a new order starts empty
    assert panel.list.table.selectionModel().selectedRows() == []
    panel.desk.set_values({"buyer_name": "佐藤 美咲"})
    panel.list.select(None)
    panel.list.table.selectRow(panel.list.row_in_view(first))
    assert panel.desk.form_values()["buyer_name"] == "山田 花子"
    names = sorted(o.buyer_name for o in panel.session.store.orders())
    assert names == ["佐藤 美咲", "山田 花子"]  # the pending typing was saved before the switch


def test_the_card_changes_the_orders_facts_and_the_next_step(
    qtbot, panel: OrdersPanel, clock: Clock
) -> None:
    panel.new_order("mercari_us")
    panel.desk.record("thanks", "en", "Thank you for your order!")
    panel.desk.record("shipping_notice", "en", "Your order is on its way.")
    assert "届いたら配達日を入力してください" in panel.banner.text.text()
    panel.set_lang("en")
    assert "Enter the delivery date" in panel.banner.text.text()
    clock.advance(days=3)
    panel.card.delivered.known.setChecked(True)  # ticking starts from now
    assert panel.current.delivered == datetime(2026, 12, 10, 20, 0)
    assert "First rating reminder from Fri, Dec 11" in panel.banner.text.text()
    assert panel.banner.first_template() == "rating_reminder_first"


def test_copying_again_a_message_sent_once_asks_first(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("rakuma")
    panel.desk.record("shipping_notice", "ja", "本日発送しました。")
    asked: list[str] = []

    def decline(title: str, text: str) -> bool:
        asked.append(text)
        return False

    panel.ask = decline
    panel.timeline.copy_button.click()
    assert asked and "コピー済み" in asked[0]
    assert len(panel.session.timeline()) == 1  # declined: nothing recorded
    panel.ask = lambda title, text: True
    panel.timeline.copy_button.click()
    assert QGuiApplication.clipboard().text() == "本日発送しました。"
    assert len(panel.session.timeline()) == 2


def test_paste_to_fill_fills_what_the_seller_confirms(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("ebay")
    panel.run_dialog = lambda dialog: QDialog.DialogCode.Accepted
    filled = panel.paste_fill("Order number: 12-34567-89012\nBuyer: Emily Carter (emily_c)\n")
    assert filled == {"order_id": "12-34567-89012", "buyer_name": "Emily Carter"}
    shown = panel.desk.form_values()
    assert shown["order_id"] == "12-34567-89012" and shown["buyer_name"] == "Emily Carter"
    assert panel.current.order_number == "12-34567-89012"
    panel.run_dialog = lambda dialog: QDialog.DialogCode.Rejected
    assert panel.paste_fill("Buyer: Someone Else") == {}
    assert panel.current.buyer_name == "Emily Carter"


def test_a_failed_save_is_shown_logged_and_the_typing_is_kept(
    qtbot, panel: OrdersPanel, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    panel.new_order("rakuma")
    panel.desk.set_values({"buyer_name": "佐藤 美咲"})
    panel.flush()
    real_save = panel.session.store.save

    def full_disk(order, base=None):
        raise OrderStoreError("Could not save to orders.sqlite3 (disk is full). Nothing was lost")

    monkeypatch.setattr(panel.session.store, "save", full_disk)
    panel.desk.set_values({"item_name": "ニットカーディガン"})
    assert panel.flush() is False
    assert not panel.problem.isHidden() and "disk is full" in panel.problem.text()
    assert "disk is full" in caplog.text
    panel.new_order()  # refused: the typing would be lost
    assert panel.current.buyer_name == "佐藤 美咲"
    monkeypatch.setattr(panel.session.store, "save", real_save)
    assert panel.flush() is True
    assert panel.problem.isHidden()
    assert panel.session.store.orders()[0].item_name == "ニットカーディガン"


def test_paste_to_fill_starts_from_the_clipboard(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("amazon_jp")
    QGuiApplication.clipboard().setText("注文番号: 249-1234567-1234567\n")
    seen: list[str] = []

    def look(dialog) -> int:
        seen.append(dialog.text.toPlainText())
        return QDialog.DialogCode.Accepted

    panel.run_dialog = look
    assert panel.paste_fill() == {"order_id": "249-1234567-1234567"}
    assert seen == ["注文番号: 249-1234567-1234567\n"]


def test_platform_names_follow_the_ui_language(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("mercari_jp")
    panel.desk.set_values({"buyer_name": "山田 花子", "price": "8000"})
    panel.flush()
    panel.set_lang("en")
    assert panel.card.platform.currentText() == "Mercari (Japan)"
    assert panel.list.proxy.index(0, 3).data() == "Mercari (Japan)"
    assert panel.list.proxy.index(0, 5).data() == "¥8,000"
    panel.set_lang("ja")
    assert panel.card.platform.currentText() == "メルカリ"
    assert panel.list.proxy.index(0, 5).data() == "8,000円"


def test_a_megabyte_of_notes_is_shown_by_its_start_and_kept_whole(
    qtbot, panel: OrdersPanel
) -> None:
    from app.orders import Order

    notes = "箱の角に小さな傷。" * 120_000  # over a megabyte, on one line
    stored = panel.session.store.save(Order(platform="mercari_jp", notes=notes))
    panel.open_order(stored.id or 0)
    box = panel.card.notes
    assert box.isReadOnly() and len(box.toPlainText()) <= 2_001
    assert box.toPlainText().startswith("箱の角に小さな傷。")
    assert "1,080,000 characters" in box.toolTip()
    assert panel.session.store.get(stored.id or 0).notes == notes  # type: ignore[union-attr]
    panel.new_order("mercari_jp")
    assert not box.isReadOnly() and box.toPlainText() == ""


def test_paste_to_fill_moves_the_order_to_the_platform_the_page_shows(
    qtbot, panel: OrdersPanel
) -> None:
    from datetime import datetime

    panel.new_order("amazon_jp")
    panel.run_dialog = lambda dialog: QDialog.DialogCode.Accepted
    text = "商品ID m81234567890\n購入日時 2026年12月7日 20:05\n配送方法 ゆうゆうメルカリ便\n"
    filled = panel.paste_fill(text)
    assert filled["platform"] == "mercari_jp"
    assert panel.current.platform == "mercari_jp"
    assert panel.current.ordered == datetime(2026, 12, 7, 20, 5)
    assert panel.current.order_number == "m81234567890"
    assert panel.desk.platform_id == "mercari_jp"
    assert (
        panel.desk.values.shared.get("carrier") == "yuyu"
    )  # the form's, though the order keeps none


def test_the_amazon_card_sets_fba_and_the_next_step_follows(qtbot, panel: OrdersPanel) -> None:
    panel.new_order("mercari_jp")
    assert panel.card.form.isRowVisible(panel.card.fulfilment) is False  # Amazon only
    panel.new_order("amazon_jp")
    card = panel.card
    assert card.form.isRowVisible(card.fulfilment)
    assert card.fulfilment.currentData() == ""
    card.fulfilment.setCurrentIndex(card.fulfilment.findData("fba"))
    assert panel.current.fulfilment == "fba"
    assert card.fulfilment.currentText() == "FBA(Amazonから出荷)"
    assert "Amazonが出荷" in panel.banner.text.text()
    assert panel.desk.form_values()["fulfilment"] == "fba"
    panel.set_lang("en")
    assert card.fulfilment.currentText() == "FBA (shipped by Amazon)"
