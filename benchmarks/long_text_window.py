"""Time to open an order holding a megabyte on one line in each of its texts (buyer,
item, number, notes, a copied message), beside an ordinary order opened in the same
run (the baseline); and how long a keystroke waits when the open template and its twin
would run for ever.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/long_text_window.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

MEGABYTE = "双眼鏡を箱に入れて" * 120_000
RUNAWAY = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}\n"


def main() -> None:
    home = Path(tempfile.mkdtemp())
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.base import paths
    from app.orders import Order, OrderStore
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    for lang in ("ja", "en"):
        folder = paths.user_templates_dir() / lang
        folder.mkdir(parents=True, exist_ok=True)
        front = '+++\ntitle = "止まらない"\ncategory = "thanks"\n+++\n'
        (folder / "runaway.jinja").write_text(front + RUNAWAY, encoding="utf-8")
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    store = OrderStore(home / "orders.sqlite3")
    orders = window.attach_orders(store)
    texts = {"buyer_name": "山田 花子", "item_name": "双眼鏡", "notes": "箱に傷"}
    plain = store.save(Order(platform="mercari_jp", **texts))
    huge = store.save(
        Order(platform="mercari_jp", **{k: MEGABYTE for k in texts}, order_number=MEGABYTE)
    )
    for order in (plain, huge):
        store.record(order.id or 0, "thanks", "ja", MEGABYTE if order is huge else "お礼")
    orders.panel.list.set_orders(store.orders())

    def opened(order_id: int) -> float:
        start = time.perf_counter()
        orders.panel.open_order(order_id)
        app.processEvents()  # the repaint the seller waits for
        return time.perf_counter() - start

    timings: dict[str, list[float]] = {"ordinary order": [], "1 MB in every text": []}
    for _ in range(3):
        timings["ordinary order"].append(opened(plain.id or 0))
        timings["1 MB in every text"].append(opened(huge.id or 0))
    base = min(timings["ordinary order"])
    print("open an order in the window (1366x768, offscreen), best of 3")
    for name, runs in timings.items():
        print(f"{name:22}{min(runs) * 1000:9.1f} ms   x{min(runs) / base:.1f}")

    window.set_message_language("ja")
    keys = []
    for _ in range(3):
        start = time.perf_counter()
        window.browser.select("runaway")
        window.desk.refresh()  # a keystroke: the message and its twin rendered again
        keys.append(time.perf_counter() - start)
    print(f"\nkeystroke with a runaway message and twin: {min(keys) * 1000:.0f} ms (best of 3)")


if __name__ == "__main__":
    main()
