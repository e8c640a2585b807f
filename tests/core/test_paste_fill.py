"""Paste to fill on text as sellers copy it from each marketplace's order page."""

import pytest

from app.orders.paste_fill import Found, recognise

# The transaction screen in the Mercari app, copied whole (full-width digits as shown).
MERCARI_JP = """取引画面
購入者が支払いを完了しました。商品を発送してください。

商品情報
ニットカーディガン ベージュ Mサイズ
¥２，８００
商品ID　m８１２３４５６７８９０
購入日時　2026年12月7日 20:05

取引情報
購入者　はなこ
配送方法　らくらくメルカリ便
お届け先
〒１５０-０００１
東京都渋谷区神宮前１-２-３
山田 花子 様
"""

AMAZON_JP = """注文の詳細
注文番号: # 249-1234567-1234567
注文日: 2026年12月5日(土) 21:40 JST
配送先
佐藤 健一
〒560-0012
大阪府豊中市上野坂2-15-8
商品名: ステンレス保存容器 3個セット(角型・フタ付き)
ASIN: B0ABCD1234
SKU: KT-0042
数量: 1
商品の小計: ￥3,480
配送料: ￥0
注文合計: ￥3,480
"""

RAKUMA = """取引画面
発送待ち
購入者：みさき＠プロフ必読
商品名：【美品】ノースフェイス マウンテンパーカー ブラック L
商品価格：￥１２，８００
支払い方法：クレジットカード
取引ID：r２０２６１２０９１０５８３２
"""

YAHOO_AUCTIONS = """取引ナビ
オークションID：x１２３４５６７８９
商品名：SONY ウォークマン NW-A306 ブルー 32GB 動作品
落札価格：12,500 円(税込)
落札者：taro_yamada2020 さん
終了日時：12月6日 22時14分
"""

EBAY = """Order details
Order number: 12-34567-89012
Date sold: Dec 3, 2026
Buyer: Emily Carter (emily_c_2019)
Item: Vintage Seiko 5 Automatic Watch SNK809 Black Dial
Sold for: $142.50
Shipping: $18.00
Order total: $160.50
Ship to
Emily Carter
1234 Maple Ave Apt 5
Portland, OR 97201
United States
"""

# Copied from the order page in a browser: the details table comes with tabs.
MERCARI_US = """Order details
Nintendo Switch Pro Controller - Black
$48.00
Item ID\tm73920184561
Buyer\tjordan_m
Ship by\tMon, Dec 8
"""

YAHOO_FLEAMARKET = """取引情報
商品ID：z１２３４５６７８９
商品名：無印良品 ポリプロピレン収納ケース 引出式 深型 2個
販売価格：1,800円
購入者：ゆう
"""


def values(found: list[Found]) -> dict[str, str]:
    return {f.field: f.value for f in found}


@pytest.mark.parametrize(
    ("platform", "text", "expected"),
    [
        (
            "mercari_jp",
            MERCARI_JP,
            {
                "order_id": "m81234567890",
                "item_name": "ニットカーディガン ベージュ Mサイズ",
                "price": "2800",
                "buyer_name": "はなこ",
            },
        ),
        (
            "amazon_jp",
            AMAZON_JP,
            {
                "order_id": "249-1234567-1234567",
                "item_name": "ステンレス保存容器 3個セット(角型・フタ付き)",
                "price": "3480",
                "buyer_name": "佐藤 健一",
            },
        ),
        (
            "rakuma",
            RAKUMA,
            {
                "order_id": "r20261209105832",
                "item_name": "【美品】ノースフェイス マウンテンパーカー ブラック L",
                "price": "12800",
                "buyer_name": "みさき@プロフ必読",
            },
        ),
        (
            "yahoo_auctions",
            YAHOO_AUCTIONS,
            {
                "order_id": "x123456789",
                "item_name": "SONY ウォークマン NW-A306 ブルー 32GB 動作品",
                "price": "12500",
                "buyer_name": "taro_yamada2020",
            },
        ),
        (
            "ebay",
            EBAY,
            {
                "order_id": "12-34567-89012",
                "item_name": "Vintage Seiko 5 Automatic Watch SNK809 Black Dial",
                "price": "142.50",
                "buyer_name": "Emily Carter",
            },
        ),
        (
            "mercari_us",
            MERCARI_US,
            {
                "order_id": "m73920184561",
                "item_name": "Nintendo Switch Pro Controller - Black",
                "price": "48.00",
                "buyer_name": "jordan_m",
            },
        ),
        (
            "yahoo_fleamarket",
            YAHOO_FLEAMARKET,
            {
                "order_id": "z123456789",
                "item_name": "無印良品 ポリプロピレン収納ケース 引出式 深型 2個",
                "price": "1800",
                "buyer_name": "ゆう",
            },
        ),
    ],
)
def test_each_platforms_order_page_fills_the_four_fields(
    platform: str, text: str, expected: dict[str, str]
) -> None:
    assert values(recognise(text, platform)) == expected


def test_spans_point_at_the_pasted_text_even_in_full_width() -> None:
    by_field = {f.field: f for f in recognise(MERCARI_JP, "mercari_jp")}
    order_id = by_field["order_id"]
    assert MERCARI_JP[order_id.start : order_id.end] == "m８１２３４５６７８９０"
    price = by_field["price"]
    assert MERCARI_JP[price.start : price.end] == "¥２，８００"
    name = by_field["buyer_name"]
    assert MERCARI_JP[name.start : name.end] == "はなこ"


def test_the_item_price_wins_over_the_order_total() -> None:
    price = {f.field: f for f in recognise(EBAY, "ebay")}["price"]
    assert EBAY[price.start : price.end] == "$142.50"


def test_an_address_gives_the_buyers_name_when_no_buyer_line_is_pasted() -> None:
    text = "お届け先\n〒150-0001\n東京都渋谷区神宮前1-2-3\n山田 花子 様\n"
    (found,) = recognise(text, "mercari_jp")
    assert (found.field, found.value) == ("buyer_name", "山田 花子")
    assert text[found.start : found.end] == "山田 花子"


def test_a_sentence_that_starts_with_a_label_word_is_not_a_value() -> None:
    text = "購入者が支払いを完了しました。\n発送をお願いします。"
    assert recognise(text, "mercari_jp") == []


def test_numbers_in_another_platforms_shape_are_not_taken_without_a_label() -> None:
    assert recognise("12-34567-89012", "amazon_jp") == []
    assert recognise("m81234567890", "ebay") == []
    (labelled,) = recognise("Order number: 12-34567-89012", "amazon_jp")
    assert labelled.value == "12-34567-89012"


def test_text_with_nothing_to_recognise_finds_nothing() -> None:
    assert recognise("よろしくお願いします。\n\n", "rakuma") == []
    assert recognise("", "ebay") == []


def test_half_width_kana_with_voiced_marks_read_as_whole_letters() -> None:
    pasted = "購入者　ﾊﾟｸ ｼﾞｭﾝ\n"
    (found,) = recognise(pasted, "mercari_jp")
    assert found.value == "パク ジュン"  # not ハ゜ク: the mark joins its letter
    assert pasted[found.start : found.end] == "ﾊﾟｸ ｼﾞｭﾝ"
