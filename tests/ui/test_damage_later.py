"""Damage the window meets after it opened the orders: the same question as at start,
whichever panel meets it, never a traceback from a slot."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.orders import Order, OrderStore, default_path
from app.ui import damage_dialogs, dialogs
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.conftest import damage_while_open


@pytest.fixture(autouse=True)
def english_ui():
    translations().switch("en")
    yield
    translations().switch("en")


def opened(qtbot: QtBot) -> tuple[MainWindow, Path]:
    path = default_path()
    with OrderStore(path) as store:
        for number in range(200):
            store.save(Order(platform="mercari_jp", buyer_name=f"佐藤{number}", notes="x" * 500))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_orders() is not None
    return window, path


def asking(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def ask(parent: object, error: Exception) -> bool:
        asked.append(str(error))
        return answer

    monkeypatch.setattr(damage_dialogs, "ask_start_new", ask)
    return asked


def meet_damage(window: MainWindow, how: str) -> None:
    orders = window.orders
    assert orders is not None
    panel = orders.panel
    if how == "open an order":
        panel.list.order_chosen.emit(150)  # a slot, as a click on the list runs it
    elif how == "save typing":
        window.desk.update_order(notes="届きました")
        panel.flush()
    elif how == "new order":
        panel.list.new_requested.emit()
    elif how == "export":
        orders.ask_export_path = lambda: Path(default_path().parent / "out.csv")
        orders.export_action.trigger()


WAYS = ["open an order", "save typing", "export"]


@pytest.mark.parametrize("how", WAYS)
def test_damage_after_opening_asks_once_and_keeps_the_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    window, path = opened(qtbot)
    window.desk.update_order(buyer_name="山田", notes="x" * 500)
    window.orders.panel.flush()
    asked = asking(monkeypatch, False)
    damage_while_open(path)
    damaged = path.read_bytes()
    meet_damage(window, how)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "orders.sqlite3" in asked[0]
    meet_damage(window, how)  # "Not now": the status line says it, the question is not repeated
    window.desk.update_order(notes="もう一度")
    qtbot.waitUntil(lambda: not window.orders.trouble.waiting())
    assert len(asked) == 1
    assert "orders.sqlite3" in window.statusBar().currentMessage()
    assert path.read_bytes() == damaged


def test_keep_a_copy_and_start_new_after_opening_keeps_the_order_on_the_desk(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = opened(qtbot)
    window.desk.update_order(buyer_name="山田", notes="届いたら連絡します")
    assert window.orders is not None
    window.orders.panel.flush()
    asked = asking(monkeypatch, True)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    damage_while_open(path)
    meet_damage(window, "save typing")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert path.with_name("orders.sqlite3.bak").exists()
    store = window.orders.panel.session.store
    (kept,) = store.orders()  # the new database holds the order the seller was typing
    assert (kept.buyer_name, kept.notes) == ("山田", "届きました")
    assert window.orders.panel.list.proxy.rowCount() == 1
    assert "orders.sqlite3.bak" in window.statusBar().currentMessage()
