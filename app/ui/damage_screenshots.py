"""Screenshots of what the window says about hostile or damaged input: a render stopped
by its limits, a damaged orders database, a damaged settings file, a megabyte of notes,
a megabyte in every text of an order open in the window, a megabyte pasted to fill.
Each at 1366x768 and 1920x1080, in English and Japanese; a dialog is drawn over the
window it belongs to.

QT_QPA_PLATFORM=offscreen python -m app.ui.damage_screenshots screenshots
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.base import paths
from app.base.messages import say
from app.base.platforms import load_platforms
from app.desk.model import Desk
from app.orders import Order, OrderStore
from app.orders.schema import DamagedDatabaseError
from app.orders.session import OrderSession
from app.templates.library import load_library
from app.ui.damage_dialogs import config_problem_box, damaged_orders_box
from app.ui.desk_signals import DeskSignals
from app.ui.i18n import translations
from app.ui.orders_panel import OrdersPanel
from app.ui.paste_fill_dialog import PasteFillDialog
from app.ui.shots import Shots, session

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SIZES = ((1366, 768), (1920, 1080))
RUNAWAY = (
    '+++\ntitle = "止まらないお礼"\ncategory = "thanks"\n+++\n'
    "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}\n"
)


def with_dialog(shots: Shots, window: QWidget, dialog: QWidget, name: str) -> Path:
    """The window with the dialog drawn centred over it, as the seller sees them."""
    dialog.show()  # a message box settles its size only when shown
    shots.application.processEvents()
    picture = window.grab()
    over = dialog.grab()
    dialog.hide()
    painter = QPainter(picture)
    corner = QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2)
    painter.drawPixmap(corner, over)
    painter.end()
    path = shots.out / name
    if not picture.save(str(path)):
        raise SystemExit(f"screenshots: could not write {path}")
    shots.written.append(path)
    return path


def long_notes_panel(home: Path) -> OrdersPanel:
    """The orders panel showing a deal whose notes hold a megabyte pasted on one line."""
    store = OrderStore(home / "orders.sqlite3")
    notes = "購入者様からのメッセージを貼り付け:" + "お願いします。" * 150_000
    order = store.save(
        Order(
            platform="mercari_jp", buyer_name="はなこ", item_name="ニットカーディガン", notes=notes
        )
    )
    platforms = load_platforms(overrides={})
    desk = Desk(load_library(), platforms)
    desk.show()
    desk.attach_orders(OrderSession(store, platforms))
    panel = OrdersPanel(desk, DeskSignals(desk))
    panel.open_order(order.id or 0)
    panel.show()
    return panel


def long_text_window(home: Path) -> MainWindow:
    """The window with a deal whose buyer, item and notes each hold a megabyte."""
    from app.ui.main_window import MainWindow

    pasted = "ニットカーディガン(購入者様のメモを貼り付け)" + "よろしくお願いします。" * 100_000
    window = MainWindow()
    window.show()
    window.set_platform("mercari_jp")
    window.set_message_language("ja")
    store = OrderStore(home / "long.sqlite3")
    orders = window.attach_orders(store)
    order = store.save(
        Order(platform="mercari_jp", buyer_name="はなこ", item_name=pasted, notes=pasted)
    )
    store.record(order.id or 0, "thanks", "ja", pasted)
    orders.panel.list.set_orders(store.orders())
    orders.panel.open_order(order.id or 0)
    window.browser.select("thanks")  # a template whose form asks for the item
    window.desk.set_values({"item_name": pasted})
    return window


def main(out: Path) -> None:
    with session(out, "teinei-damage-shots-") as shots:
        folder = paths.user_templates_dir() / "ja"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "runaway_thanks.jinja").write_text(RUNAWAY, encoding="utf-8")
        from app.ui.main_window import MainWindow

        window = MainWindow()
        window.show()
        window.set_platform("mercari_jp")
        window.set_message_language("ja")
        window.browser.select("runaway_thanks")
        damaged = DamagedDatabaseError(
            say(
                "store_damaged",
                path=paths.data_dir() / "orders.sqlite3",
                detail="database disk image is malformed",
            )
        )
        config = paths.config_file()
        problem = say(
            "config_damaged",
            path=config,
            detail="Expected '=' after a key in a key/value pair (at line 3, column 6)",
            backup=config.name + ".bak",
        )
        panel = long_notes_panel(shots.home)
        long_window = long_text_window(shots.home)
        for lang in ("en", "ja"):
            translations().switch(lang)
            window.set_ui_language(lang)
            panel.set_lang(lang)
            # The dialog's words are set as it opens, in the language of the moment.
            paste = PasteFillDialog("mercari_jp", lang, long_window, {}, date(2026, 11, 30))
            paste.set_text("商品ID m81234567890\n" + "お願いします。" * 150_000)
            for width, height in SIZES:
                window.resize(width, height)
                shots.application.processEvents()
                size = f"{width}x{height}"
                shots.save(window, f"render-stopped-{lang}-{size}.png")
                box = damaged_orders_box(window, damaged)
                with_dialog(shots, window, box, f"orders-damaged-{lang}-{size}.png")
                box.deleteLater()
                box = config_problem_box(window, problem)
                with_dialog(shots, window, box, f"config-damaged-{lang}-{size}.png")
                box.deleteLater()
                panel.resize(width, height)
                shots.save(panel, f"orders-long-notes-{lang}-{size}.png")
                long_window.resize(width, height)
                shots.application.processEvents()
                shots.save(long_window, f"long-text-window-{lang}-{size}.png")
                with_dialog(shots, long_window, paste, f"paste-cut-{lang}-{size}.png")
        translations().switch("en")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
