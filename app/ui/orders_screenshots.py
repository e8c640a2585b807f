"""Screenshots of the orders: the window with a deal, the panel, a timeline, paste-to-fill.

QT_QPA_PLATFORM=offscreen python -m app.ui.orders_screenshots screenshots
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from app.base.platforms import load_platforms
from app.desk.model import Desk
from app.orders import OrderStore
from app.orders.session import OrderSession
from app.templates.library import load_library
from app.ui.desk_signals import DeskSignals
from app.ui.orders_panel import OrdersPanel
from app.ui.paste_fill_dialog import PasteFillDialog
from app.ui.shots import session

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DESK_SIZES = ((1366, 768), (1920, 1080))
PASTED = """取引画面
商品情報
ニットカーディガン ベージュ Mサイズ
¥２，８００
商品ID　m８１２３４５６７８９０
購入日時　12月7日 20:05
配送方法　らくらくメルカリ便
購入者　はなこ
"""


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 20, 10)

    def __call__(self) -> datetime:
        return self.now


def build_panel(folder: Path, clock: _Clock) -> OrdersPanel:
    """A panel over a store holding four deals at different stages."""
    (folder / "panel").mkdir(parents=True, exist_ok=True)
    store = OrderStore(folder / "panel" / "orders.sqlite3", clock=clock)
    platforms = load_platforms(overrides={})
    desk = Desk(load_library(), platforms)
    desk.show()
    desk.attach_orders(OrderSession(store, platforms))
    panel = OrdersPanel(desk, DeskSignals(desk))
    deals = [
        ("mercari_jp", "山田 花子", "相棒 season 10 ブルーレイBOX", "8000", "m81234567890"),
        ("ebay", "Emily Carter", "Vintage Seiko 5 SNK809", "142.50", "12-34567-89012"),
        ("amazon_jp", "佐藤 健一", "ステンレス保存容器 3個セット", "3480", "249-1234567-1234567"),
    ]
    for platform, buyer, item, price, number in deals:
        clock.now += timedelta(hours=5)
        panel.new_order(platform)
        desk.set_values(
            {"buyer_name": buyer, "item_name": item, "price": price, "order_id": number}
        )
        panel.flush()
    desk.update_order(status="completed")
    clock.now = datetime(2026, 12, 7, 21, 0)
    panel.new_order("rakuma")
    desk.set_values({"buyer_name": "佐藤 美咲", "item_name": "ニットカーディガン", "price": "2800"})
    desk.record("thanks", "ja", "佐藤 美咲様\n\nご購入ありがとうございます。\n明日発送いたします。")
    clock.now = datetime(2026, 12, 8, 18, 30)
    desk.record(
        "shipping_notice",
        "ja",
        "佐藤 美咲様\n\n本日、かんたんラクマパックで発送しました。\n"
        "到着まで今しばらくお待ちください。",
    )
    clock.now = datetime(2026, 12, 12, 10, 0)
    desk.record(
        "rating_reminder_first",
        "ja",
        "佐藤 美咲様\n\n商品はお手元に届きましたでしょうか。\n"
        "お手すきの際に受取評価をお願いいたします。",
    )
    clock.now = datetime(2026, 12, 16, 9, 30)
    panel.refresh()
    return panel


def copy_without_asking(window: MainWindow) -> None:
    """Copy as the scripted seller does; a question would wait for a click that never
    comes offscreen, so one stops the run and says why instead."""
    from app.ui import dialogs

    def refuse(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        raise SystemExit(f"screenshots: the scripted copy asked {title!r} first:\n{text}")

    real, dialogs.ask = dialogs.ask, refuse
    try:
        if not window.copy_message():
            raise SystemExit("screenshots: the scripted copy did not copy")
    finally:
        dialogs.ask = real


def window_with_deal(folder: Path, clock: _Clock) -> MainWindow:
    """The main window with orders, after a thank-you and a shipping notice were copied."""
    from app.ui.main_window import MainWindow

    window = MainWindow()
    orders = window.attach_orders(OrderStore(folder / "window.sqlite3", clock=clock))
    window.set_platform("mercari_jp")
    window.set_message_language("ja")
    clock.now = datetime(2026, 12, 7, 20, 0)
    window.open_template("thanks")
    window.desk.set_values(
        {"buyer_name": "山田 花子", "item_name": "ボトムス2点セット", "ship_option": "1_2"}
    )
    window.desk.set_value("days_to_ship", 2)
    copy_without_asking(window)
    clock.now = datetime(2026, 12, 8, 18, 30)
    window.open_template("shipping_notice")
    window.desk.set_values({"ship_date": date(2026, 12, 8), "arrival_date": date(2026, 12, 10)})
    carrier = window.form.editor("carrier")
    if carrier is not None and isinstance(carrier.input, QComboBox):
        carrier.input.setCurrentIndex(1)
    copy_without_asking(window)
    clock.now = datetime(2026, 12, 12, 10, 0)
    window.open_template("rating_reminder_first")
    orders.panel.refresh()
    window.statusBar().showMessage("")
    return window


def main(folder: str) -> int:
    with session(Path(folder), prefix="teinei-orders-shots-") as shots:
        from app.ui.i18n import translations

        for ui_lang in ("ja", "en"):
            translations().switch(ui_lang)
            window = window_with_deal(shots.home / ui_lang, _Clock())
            window.resize(1280, 900)
            window.show()
            shots.save(window, f"window_orders_{ui_lang}.png")
            for width, height in DESK_SIZES:  # the laptop and the desktop screen
                window.resize(width, height)
                shots.save(window, f"desk_ui_{ui_lang}_{width}x{height}.png")
            window.close()
        translations().switch("ja")
        panel = build_panel(shots.home, _Clock())
        panel.resize(1100, 640)
        panel.show()
        shots.save(panel, "orders_view.png")
        panel.timeline.resize(520, 520)
        shots.save(panel.timeline, "timeline.png")
        # Pasted while the order says Amazon: the page's own platform is offered.
        today = _Clock().now.date()
        dialog = PasteFillDialog("amazon_jp", "ja", None, load_platforms(), today)
        dialog.set_text(PASTED)
        dialog.show()
        shots.save(dialog, "paste_fill.png")
        dialog.close()
        panel.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
