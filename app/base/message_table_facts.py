"""Wording for deadlines that need an order's choice, and for values refused in a
message (amounts, names): key -> (English, Japanese), as in ``app.base.message_table``."""

from __future__ import annotations

DEADLINES = {
    "deadline_needs_ship_option": (
        "unknown: choose the listing's days to ship (1-2, 2-3 or 4-7)",
        "不明です。出品時の発送日数(1~2日・2~3日・4~7日)を選んでください",
    ),
    "deadline_needs_handling_days": (
        "unknown: enter the listing's handling time in business days",
        "不明です。出品時のハンドリングタイム(営業日数)を入れてください",
    ),
    "deadline_not_flag": (
        "The deadline setting {key} for {platform} must be true or false, not {value!r}.",
        "{platform} の締め切りの設定 {key} は true か false にしてください"
        "({value!r} は使えません)。",
    ),
}

VALUES = {
    "amount_wrong_currency": (
        "{value!r} is written in {mark}, but this marketplace uses {currency}",
        "{value!r} は{mark}で書かれていますが、この販売サイトの通貨は{currency}です",
    ),
    "amount_not_whole_yen": (
        "{value!r}: a yen amount must be a whole number",
        "{value!r}: 円の金額は整数で入れてください",
    ),
    "refund_not_positive": (
        "the refund must be more than zero, not {value}",
        "返金額は0より大きくしてください({value} は使えません)",
    ),
    "refund_over_price": (
        "the refund {refund} is more than the price {price}",
        "返金額 {refund} が価格 {price} を超えています",
    ),
}
