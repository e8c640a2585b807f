from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.paste_fill_dialog import PasteFillDialog

AMAZON = """注文番号: # 249-1234567-1234567
購入者名: 佐藤 健一
商品名: ステンレス保存容器 3個セット
商品の小計: ￥３，４８０
"""


def test_the_dialog_shows_each_find_with_the_text_it_came_from(qtbot) -> None:
    dialog = PasteFillDialog("amazon_jp", "ja")
    qtbot.addWidget(dialog)
    dialog.set_text(AMAZON)
    rows = {
        dialog.table.item(r, 0).text(): (
            dialog.table.item(r, 1).text(),
            dialog.table.item(r, 2).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert rows == {
        "注文番号": ("249-1234567-1234567", "249-1234567-1234567"),
        "購入者のお名前": ("佐藤 健一", "佐藤 健一"),
        "商品名": ("ステンレス保存容器 3個セット", "ステンレス保存容器 3個セット"),
        "価格": ("3480", "￥３，４８０"),
    }
    marks = dialog.text.extraSelections()
    assert sorted(m.cursor.selectedText() for m in marks)[0] == "249-1234567-1234567"


def test_only_ticked_and_edited_values_are_filled(qtbot) -> None:
    dialog = PasteFillDialog("amazon_jp", "ja")
    qtbot.addWidget(dialog)
    dialog.set_text(AMAZON)
    fields = [f.field for f in dialog.found]
    dialog.table.item(fields.index("buyer_name"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(fields.index("item_name"), 1).setText("保存容器 3個")
    assert dialog.values() == {
        "order_id": "249-1234567-1234567",
        "item_name": "保存容器 3個",
        "price": "3480",
    }


def test_text_with_nothing_to_fill_says_so_and_cannot_be_confirmed(qtbot) -> None:
    dialog = PasteFillDialog("ebay", "en")
    qtbot.addWidget(dialog)
    dialog.set_text("Thanks so much, can't wait!")
    assert not dialog.nothing.isHidden()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.values() == {}


MERCARI_PAGE = """商品ID m81234567890
購入日時 12月7日 20:05
配送方法 らくらくメルカリ便
購入者 はなこ
"""


def test_the_page_picks_its_platform_dates_and_carrier(qtbot) -> None:
    from datetime import date

    from app.base.platforms import load_platforms

    dialog = PasteFillDialog("amazon_jp", "ja", None, load_platforms(), date(2026, 12, 8))
    qtbot.addWidget(dialog)
    dialog.set_text(MERCARI_PAGE)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["注文日時"] == "12月7日(月) 20:05"
    assert rows["配送方法"] == "らくらくメルカリ便"
    assert "メルカリ" in rows.values()
    assert dialog.values() == {
        "order_id": "m81234567890",
        "buyer_name": "はなこ",
        "platform": "mercari_jp",
        "ordered": "2026-12-07T20:05",
        "carrier": "rakuraku",
    }
