"""Show as QR code: a phone reading the code gets exactly the message."""

import pytest
import zxingcpp
from PySide6.QtGui import QImage

from app.ui.qr_dialog import QrDialog
from tests.ui.main_window_helpers import type_into

pytestmark = pytest.mark.usefixtures("english_ui_and_a_known_template")


def read_back(image: QImage) -> str:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    line = image.bytesPerLine()
    data = bytes(image.constBits())[: line * height]
    rows = b"".join(data[y * line : y * line + width] for y in range(height))
    found = zxingcpp.read_barcodes(memoryview(rows).cast("B", (height, width)))
    assert len(found) == 1
    return found[0].text


def test_the_japanese_message_comes_back_exactly_and_is_recorded(window, qtbot) -> None:
    window.set_message_language("ja")
    window.open_template("order_note")
    type_into(qtbot, window, "buyer_name", "田中 一郎")
    type_into(qtbot, window, "item_name", "双眼鏡")
    with qtbot.waitSignal(window.message_copied) as copied:
        window.commands.show_qr.trigger()
    dialog = window.qr_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert read_back(dialog.picture.pixmap().toImage()) == "田中 一郎様\n\n双眼鏡の件です。"
    assert copied.args[0] == "order_note"


def test_a_message_too_long_for_a_code_is_explained(qtbot) -> None:
    dialog = QrDialog("あ" * 1000)
    qtbot.addWidget(dialog)
    assert dialog.image is None
    assert "3,000 bytes" in dialog.note.text() and "2,953" in dialog.note.text()
