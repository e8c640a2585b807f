"""A damaged orders database or settings file: the window says so and keeps working."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.base import paths
from app.orders import default_path
from app.ui import application, damage_dialogs, i18n, orders_dock
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from tests.conftest import damage_database


@pytest.fixture(autouse=True)
def english_ui():
    translations().switch("en")
    yield
    translations().switch("en")


def started(qtbot: QtBot) -> MainWindow:
    """The window as the app opens it, once it has tried to open the orders."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened: list[bool] = []
    window = application.open_window(app)
    qtbot.addWidget(window)
    window.orders_opened.connect(lambda: opened.append(True))
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return window


@pytest.mark.parametrize("answer", [True, False])
def test_a_damaged_database_asks_and_never_leaves_the_dock_loading(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    path = default_path()
    damage_database(path)
    damaged = path.read_bytes()
    asked: list[str] = []

    def ask(parent: object, error: Exception) -> bool:
        asked.append(str(error))
        return answer

    monkeypatch.setattr(damage_dialogs, "ask_start_new", ask)
    window = started(qtbot)
    assert len(asked) == 1 and "orders.sqlite3" in asked[0]
    docks = [d for d in window.findChildren(orders_dock.QDockWidget) if d.isVisible()]
    assert all("Loading orders" not in getattr(d.widget(), "text", str)() for d in docks)
    if answer:
        assert window.orders is not None
        assert window.orders.panel.session.store.orders() == []
        assert (path.with_name("orders.sqlite3.bak")).read_bytes() == damaged
        assert "orders.sqlite3.bak" in window.statusBar().currentMessage()
    else:
        assert getattr(window, "orders", None) is None
        assert path.read_bytes() == damaged  # left as it was: nothing is lost


def test_the_question_names_the_file_and_offers_a_copy(qtbot: QtBot) -> None:
    from app.base.messages import say
    from app.orders.schema import DamagedDatabaseError

    error = DamagedDatabaseError(say("store_damaged", path="/x/orders.sqlite3", detail="malformed"))
    box = damage_dialogs.damaged_orders_box(None, error)
    qtbot.addWidget(box)
    labels = [button.text() for button in box.buttons()]
    assert labels == ["Keep a copy and start new", "Not now"]
    assert "/x/orders.sqlite3" in box.informativeText()


def test_a_damaged_config_is_shown_naming_the_file_and_its_copy(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[[sources]]\npath = "/team\n', encoding="utf-8")

    def fake_exec() -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.is_ready)
        return 0

    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert application.run() == 0
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [b for b in boxes if b.isVisible() and b.windowTitle() == "Settings not read"]
    assert shown, "no settings warning"
    assert str(config) in shown[0].informativeText()
    assert "config.toml.bak" in shown[0].informativeText()
    for box in shown:
        box.close()


def test_damage_found_only_by_reading_the_orders_is_explained_and_the_desk_goes_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from app.base.messages import say
    from app.orders import OrderStore
    from app.orders.schema import DamagedDatabaseError
    from app.ui import dialogs, window_orders

    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    store = OrderStore(tmp_path / "orders.sqlite3")

    def damaged(*args: object, **kwargs: object) -> list[object]:
        raise DamagedDatabaseError(say("store_damaged", path=store.path, detail="malformed"))

    monkeypatch.setattr(store, "orders", damaged)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window_orders.attach_or_say(window, store, None) is False
    assert told and "orders.sqlite3" in told[0]
    assert window.desk.book is None  # typing stays in the window, not a broken store
    window.desk.set_value("buyer_name", "田中")
    assert window.desk.save_order()
