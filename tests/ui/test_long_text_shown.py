"""A megabyte on one line in any of an order's texts: every place the window shows it
shows a bounded start, and the order keeps it whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.orders import Order, OrderStore
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.paste_fill_dialog import PASTE_CHARS, PasteFillDialog

MEGABYTE = "双眼鏡を箱に入れて" * 120_000  # over a megabyte, with no line break
# What any one place may show: a box shows a long text's first 2,000 characters; the
# message preview is at most 50,000 by the render limits, and a 1 MB value stops it.
SHOWN = 2_001
LINE = 1_001


@pytest.fixture(autouse=True)
def english_ui():
    translations().switch("en")
    yield
    translations().switch("en")


def shown_texts(window: QWidget) -> list[tuple[str, int]]:
    """Every text the window shows or would show on hover, and its length."""
    found: list[tuple[str, int]] = [("window title", len(window.windowTitle()))]
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        found.append((name + " tooltip", len(widget.toolTip())))
        if isinstance(widget, QLineEdit):
            found.append((name, len(widget.text())))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append((name, len(widget.toPlainText())))
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, len(widget.text())))
        elif isinstance(widget, QComboBox):
            found.append((name, len(widget.currentText())))
    return found


def test_a_megabyte_in_every_text_of_an_order_is_shown_bounded_and_kept_whole(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    store = OrderStore(tmp_path / "orders.sqlite3")
    orders = window.attach_orders(store)
    order = store.save(
        Order(
            platform="mercari_jp",
            buyer_name=MEGABYTE,
            item_name=MEGABYTE,
            order_number=MEGABYTE,
            notes=MEGABYTE,
        )
    )
    store.record(order.id or 0, "thanks", "ja", MEGABYTE)
    orders.panel.list.set_orders(store.orders())
    orders.panel.open_order(order.id or 0)
    window.desk.set_values({"item_name": MEGABYTE, "buyer_name": MEGABYTE})
    orders.panel.list.search.setText(MEGABYTE)
    too_long = [(name, size) for name, size in shown_texts(window) if size > SHOWN]
    assert too_long == []
    assert len(window.windowTitle()) <= LINE
    assert len(orders.line.button.text()) <= LINE
    # Kept whole: in the order, in the form's values, and on the timeline.
    stored = store.get(order.id or 0)
    assert stored is not None and stored.notes == MEGABYTE and stored.buyer_name == MEGABYTE
    assert window.desk.form_values()["item_name"] == MEGABYTE
    assert orders.panel.timeline.current_message().text == MEGABYTE  # type: ignore[union-attr]


def test_a_pasted_megabyte_is_read_by_its_start_and_says_so(qtbot: QtBot) -> None:
    from datetime import date

    dialog = PasteFillDialog("mercari_jp", "en", None, {}, date(2026, 11, 30))
    qtbot.addWidget(dialog)
    dialog.set_text("商品ID m81234567890\n" + MEGABYTE)
    assert len(dialog.text.toPlainText()) == PASTE_CHARS
    assert not dialog.cut_note.isHidden()
    assert [size for name, size in shown_texts(dialog) if size > PASTE_CHARS] == []
    dialog.set_text("商品ID m81234567890\n")
    assert dialog.cut_note.isHidden()
