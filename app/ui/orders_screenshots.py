"""Screenshots of the orders parts with a realistic week of deals (offscreen Qt).

QT_QPA_PLATFORM=offscreen python -m app.ui.orders_screenshots screenshots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.orders import OrderStore
from app.platforms import load_platforms
from app.ui.orders_panel import OrdersPanel
from app.ui.paste_fill_dialog import PasteFillDialog

PASTED = """取引画面
商品情報
ニットカーディガン ベージュ Mサイズ
¥２，８００
商品ID　m８１２３４５６７８９０
購入者　はなこ
"""


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 20, 10)

    def __call__(self) -> datetime:
        return self.now


def build_panel(folder: Path, clock: _Clock) -> OrdersPanel:
    """A panel over a store holding four deals at different stages."""
    store = OrderStore(folder / "orders.sqlite3", clock=clock)
    panel = OrdersPanel(store, load_platforms(overrides={}))
    deals = [
        ("mercari_jp", "山田 花子", "相棒 season 10 ブルーレイBOX", "8000", "m81234567890"),
        ("ebay", "Emily Carter", "Vintage Seiko 5 SNK809", "142.50", "12-34567-89012"),
        ("amazon_jp", "佐藤 健一", "ステンレス保存容器 3個セット", "3480", "249-1234567-1234567"),
    ]
    for platform, buyer, item, price, number in deals:
        clock.now += timedelta(hours=5)
        panel.new_order(platform)
        panel.take_values(
            {"buyer_name": buyer, "item_name": item, "price": price, "order_id": number}
        )
        panel.flush()
    panel.update_current(status="completed")
    clock.now = datetime(2026, 12, 7, 21, 0)
    panel.new_order("rakuma")
    panel.take_values(
        {"buyer_name": "佐藤 美咲", "item_name": "ニットカーディガン", "price": "2800"}
    )
    panel.record_copy(
        "thanks", "ja", "佐藤 美咲様\n\nご購入ありがとうございます。\n明日発送いたします。"
    )
    clock.now = datetime(2026, 12, 8, 18, 30)
    panel.record_copy(
        "shipping_notice",
        "ja",
        "佐藤 美咲様\n\n本日、かんたんラクマパックで発送しました。\n"
        "到着まで今しばらくお待ちください。",
    )
    clock.now = datetime(2026, 12, 12, 10, 0)
    panel.record_copy(
        "rating_reminder_first",
        "ja",
        "佐藤 美咲様\n\n商品はお手元に届きましたでしょうか。\n"
        "お手すきの際に受取評価をお願いいたします。",
    )
    clock.now = datetime(2026, 12, 16, 9, 30)
    panel.refresh()
    return panel


def main(folder: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        panel = build_panel(Path(data), _Clock())
        panel.resize(1100, 640)
        panel.show()
        app.processEvents()
        panel.grab().save(str(target / "orders_view.png"))
        panel.timeline.resize(520, 520)
        panel.timeline.grab().save(str(target / "timeline.png"))
        dialog = PasteFillDialog("mercari_jp", "ja")
        dialog.set_text(PASTED)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(target / "paste_fill.png"))
        dialog.close()
        panel.close()
        panel.session.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
