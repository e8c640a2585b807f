"""Paste to fill: recognise order details in text copied from a marketplace's order page.

Nothing is filled silently: each find carries the span of the pasted text it came
from, so the window can show it for the seller to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.base.normalized_text import NormalizedText

# Order numbers each marketplace prints in a recognisable shape (after NFKC).
_EDGE_L, _EDGE_R = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
ID_SHAPES: dict[str, str] = {
    "mercari_jp": r"m\d{11}",  # 商品ID: m + 11 digits
    "mercari_us": r"m\d{11}",
    "amazon_jp": r"\d{3}-\d{7}-\d{7}",  # 249-1234567-1234567
    "yahoo_auctions": r"[a-z]\d{9,10}",  # オークションID: a letter + 9 or 10 digits
    "ebay": r"\d{2}-\d{5}-\d{5}",  # 12-34567-89012
}
# Labels per field, most specific first; matched at the start of a line.
LABELS: dict[str, tuple[str, ...]] = {
    "order_id": (
        "オークションID",
        "注文番号",
        "取引ID",
        "取引番号",
        "商品ID",
        "Order number",
        "Order ID",
        "Order #",
        "Item ID",
    ),
    "item_name": ("商品名", "落札商品", "商品情報", "Item name", "Item title", "Item", "Title"),
    "price": (
        "商品代金",
        "販売価格",
        "落札価格",
        "商品価格",
        "商品の小計",
        "価格",
        "Item price",
        "Sold for",
        "Price",
        "お支払い金額",
        "注文合計",
        "合計",
        "Order total",
        "Total",
    ),
    "buyer_name": ("購入者名", "購入者", "落札者", "Buyer name", "Buyer", "Sold to"),
}
# Labels of an address block; the name is its first line without digits.
ADDRESS_LABELS = ("お届け先", "配送先", "送付先", "Ship to", "Shipping address")
_AMOUNT = re.compile(
    r"(?P<cur>[¥$])?[ ]?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<cents>\d{1,2}))?[ ]?"
    r"(?P<unit>円|USD|JPY)?"
)
_HONORIFICS = ("様", "さま", "さん", "殿")


_Hit = tuple[str, tuple[int, int]]  # a value and its span in the NFKC text


@dataclass(frozen=True)
class Found:
    """A value for the form's field ``field``, read from ``text[start:end]``."""

    field: str
    value: str
    start: int
    end: int


def recognise(text: str, platform: str) -> list[Found]:
    """What can be read from ``text`` for ``platform``: at most one find per field."""
    pasted = NormalizedText.of(text)
    plain = pasted.norm
    hits: dict[str, _Hit | None] = {
        "order_id": _order_id(plain, platform),
        "buyer_name": _labelled(plain, "buyer_name") or _from_address(plain),
        "price": _price(plain),
        "item_name": _labelled(plain, "item_name"),
    }
    price = hits["price"]
    if hits["item_name"] is None and platform in ("mercari_jp", "mercari_us") and price:
        hits["item_name"] = _line_above(plain, price[1][0])  # title sits above the price
    return [
        Found(field, hit[0], *pasted.original(*hit[1]))
        for field, hit in hits.items()
        if hit is not None
    ]


def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(label) for label in labels)
    # A label opens a line; its value follows on the same line or alone on the next.
    return re.compile(
        rf"^[ \t]*[【■・\[]?[ \t]*(?P<label>{names})[】\]]?(?P<sep>[ \t]*:|[ \t]+|$)[ \t]*"
        r"(?P<rest>[^\n]*)",
        re.MULTILINE | re.IGNORECASE,
    )


def _labels(pattern: re.Pattern[str], plain: str) -> list[re.Match[str]]:
    """Label matches, without English words merely followed by one space ("Item ID")."""
    return [
        m
        for m in pattern.finditer(plain)
        if not (m.group("label").isascii() and m.group("sep") == " ")
    ]


def _value_after(plain: str, match: re.Match[str]) -> tuple[int, int] | None:
    """Where a label's value is: the rest of its line, or the next non-empty line."""
    if match.group("rest").strip():
        return _trimmed(plain, match.start("rest"), match.end("rest"))
    for line in re.finditer(r"[^\n]+", plain[match.end() :]):
        if line.group().strip():
            return _trimmed(plain, match.end() + line.start(), match.end() + line.end())
    return None


def _labelled(plain: str, field: str) -> _Hit | None:
    pattern = _label_pattern(LABELS[field])
    # Earlier labels in LABELS are more specific: the item's price before the total.
    rank = {label.lower(): n for n, label in enumerate(LABELS[field])}
    for match in sorted(_labels(pattern, plain), key=lambda m: rank[m.group("label").lower()]):
        where = _value_after(plain, match)
        if where is None:
            continue
        if field == "buyer_name":
            where = _clean_name(plain, where)
        if where[1] > where[0]:
            return plain[where[0] : where[1]], where
    return None


def _order_id(plain: str, platform: str) -> _Hit | None:
    shape = ID_SHAPES.get(platform)
    if shape is not None:
        match = re.search(_EDGE_L + shape + _EDGE_R, plain)
        if match:
            return match.group(), match.span()
    for match in _labels(_label_pattern(LABELS["order_id"]), plain):
        where = _value_after(plain, match)
        if where is None:
            continue
        token = re.search(r"[0-9A-Za-z][0-9A-Za-z-]{4,}", plain[where[0] : where[1]])
        if token:
            return token.group(), (where[0] + token.start(), where[0] + token.end())
    return None


def _price(plain: str) -> _Hit | None:
    labelled = _labelled(plain, "price")
    if labelled is not None:
        start, end = labelled[1]
        amount = _AMOUNT.search(plain, start, end)
        if amount:
            return _amount_text(amount), amount.span()
    for amount in _AMOUNT.finditer(plain):
        if amount.group("cur") or amount.group("unit"):
            return _amount_text(amount), amount.span()
    return None


def _amount_text(amount: re.Match[str]) -> str:
    number = amount.group("num").replace(",", "")
    if amount.group("cents"):
        number += "." + amount.group("cents")
    return str(Decimal(number))


def _from_address(plain: str) -> _Hit | None:
    for match in _labels(_label_pattern(ADDRESS_LABELS), plain):
        position = match.start("rest") if match.group("rest").strip() else match.end()
        for line in list(re.finditer(r"[^\n]+", plain[position:]))[:5]:
            where = _trimmed(plain, position + line.start(), position + line.end())
            if where[1] > where[0] and not re.search(r"\d|〒", plain[where[0] : where[1]]):
                where = _clean_name(plain, where)
                if where[1] > where[0]:
                    return plain[where[0] : where[1]], where
    return None


def _line_above(plain: str, position: int) -> _Hit | None:
    line_start = plain.rfind("\n", 0, position)
    if line_start <= 0:
        return None
    where = _trimmed(plain, plain.rfind("\n", 0, line_start) + 1, line_start)
    text = plain[where[0] : where[1]]
    if not text or ":" in text or not re.search(r"[^\d\s¥$,.]", text):
        return None
    return text, where


def _clean_name(plain: str, where: tuple[int, int]) -> tuple[int, int]:
    """Drop a user id in brackets and an honorific: "Emily (emily_c)" -> "Emily"."""
    start, end = where
    text = plain[start:end]
    bracket = re.search(r"\s*[(（][^()（）]*[)）]\s*$", text)
    if bracket and bracket.start() > 0:
        end = start + bracket.start()
    text = plain[start:end].rstrip()
    for honorific in _HONORIFICS:
        if text.endswith(honorific) and len(text) > len(honorific):
            text = text[: -len(honorific)].rstrip()
    return start, start + len(text)


def _trimmed(plain: str, start: int, end: int) -> tuple[int, int]:
    while start < end and plain[start].isspace():
        start += 1
    while end > start and plain[end - 1].isspace():
        end -= 1
    return start, end
