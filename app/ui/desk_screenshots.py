"""Pictures of the desk as a seller meets it on a laptop and a desktop screen: the first
start, an Amazon partial refund filled in with the orders panel open and closed (its
other-language twin not written yet), the orders' export dialog, the warnings bar, the
welcome and the QR code, in each UI language.

Run with ``make screenshots``; everything lives in a throwaway home.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.ui.shots import Shots, session

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SIZES = ((1366, 768), (1920, 1080))
NOW = datetime(2026, 11, 30, 10, 0)
# An Amazon buyer's Blu-ray box arrived crushed; the seller offers 3,000 yen back.
REFUND = {
    "ja": {
        "buyer_name": "佐藤 健一",
        "item_name": "相棒 season 10 ブルーレイBOX",
        "reason": "crushed",
        "refund_amount": "3000",
        "fulfilment": "self",
    },
    "en": {
        "buyer_name": "Emily Carter",
        "item_name": "Aibou Season 10 Blu-ray Box",
        "reason": "crushed",
        "refund_amount": "3000",
        "fulfilment": "self",
    },
}


class _Clock:
    def __call__(self) -> datetime:
        return NOW


def _desk(shots: Shots, lang: str, size: tuple[int, int], name: str) -> MainWindow:
    from app.orders import OrderStore
    from app.ui.main_window import MainWindow

    window = MainWindow()
    window.attach_orders(OrderStore(shots.home / f"{name}.sqlite3", clock=_Clock()))
    window.resize(*size)
    window.show()
    return window


def _refund(shots: Shots, ui_lang: str) -> None:
    for width, height in SIZES:
        window = _desk(shots, ui_lang, (width, height), f"refund_{ui_lang}_{width}")
        window.set_platform("amazon_jp")
        window.set_message_language(ui_lang)
        window.open_template("partial_refund_offer")
        desk = window.desk
        desk.set_values({**REFUND[ui_lang], "order_id": "249-1234567-1234567"})
        desk.save_order()
        window.statusBar().showMessage("")
        for state in ("open", "closed"):
            window.orders.dock.setVisible(state == "open")
            shots.save(window, f"desk_{width}x{height}_ui_{ui_lang}_orders_{state}.png")
        window.orders.dock.show()  # the next window opens the panel as this one leaves it
        if width == SIZES[0][0]:
            _export_dialog(shots, window, ui_lang)
        window.close()


def _export_dialog(shots: Shots, window: MainWindow, ui_lang: str) -> None:
    """The orders' Export dialog: Qt's own, in the window's language."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from app.ui import dialogs

    title = QCoreApplication.translate("WindowOrders", "Export orders")
    dialog = dialogs.file_dialog(window, title, "orders.csv", "CSV (*.csv);;JSON (*.json)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.resize(820, 520)
    dialog.show()
    shots.save(dialog, f"file_dialog_export_ui_{ui_lang}.png")
    dialog.close()


def _first_start(shots: Shots, ui_lang: str) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.settings import Settings

    for width, height in SIZES:
        QSettings().clear()  # as on a first start, the welcome answered
        Settings().set("welcome/done", True)
        window = _desk(shots, ui_lang, (width, height), f"first_{ui_lang}_{width}")
        window.statusBar().showMessage("")
        shots.save(window, f"desk_{width}x{height}_ui_{ui_lang}_first_start.png")
        window.close()


def _warnings(shots: Shots, ui_lang: str) -> None:
    window = _desk(shots, ui_lang, SIZES[0], f"warn_{ui_lang}")
    window.set_platform("mercari_jp")
    window.set_message_language("ja")
    window.open_template("support_redirect")
    window.desk.set_values(
        {
            "buyer_name": "田中 一郎",
            "item_name": "双眼鏡(ご不明点は 090-1234-5678 か tanaka@example.com まで)",
        }
    )
    window.desk.start_checks()
    bar = window.preview_pane.warnings
    if bar.rows.count():
        bar.rows.itemClicked.emit(bar.rows.item(0))  # its words selected in the message
    window.statusBar().showMessage("")
    shots.save(window, f"desk_1366x768_ui_{ui_lang}_warnings.png")
    window.close()


def _welcome_and_qr(shots: Shots, ui_lang: str) -> None:
    from app.base.platforms import load_platforms
    from app.ui.qr_dialog import QrDialog
    from app.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(load_platforms())
    welcome.boxes["mercari_jp"].setChecked(True)
    welcome.boxes["amazon_jp"].setChecked(True)
    welcome.show()
    shots.save(welcome, f"welcome_ui_{ui_lang}.png")
    welcome.close()
    from app.rendering.filters import format_date

    text = {
        "ja": "佐藤 健一様\n\nこのたびはご迷惑をおかけし、申し訳ございません。\n"
        f"{format_date(date(2026, 12, 4), 'ja')}までにご返信いただけますと幸いです。",
        "en": "Hi Emily,\n\nI'm so sorry about the crushed corner of the box.\n"
        f"Could you let me know by {format_date(date(2026, 12, 4), 'en')}?",
    }[ui_lang]
    dialog = QrDialog(text)
    dialog.show()
    shots.save(dialog, f"qr_code_ui_{ui_lang}.png")
    dialog.close()


def main(argv: list[str]) -> int:
    with session(Path(argv[0] if argv else "screenshots"), prefix="teinei-desk-shots-") as shots:
        from app.ui.i18n import translations

        for ui_lang in ("ja", "en"):
            translations().switch(ui_lang)
            _first_start(shots, ui_lang)
            _refund(shots, ui_lang)
            _warnings(shots, ui_lang)
            _welcome_and_qr(shots, ui_lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
