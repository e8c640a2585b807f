"""Paste to fill, the order's own facts: which platform, when ordered and paid, the carrier.

Like app/orders/paste_fill.py, every find keeps the span of the pasted text it came from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time

from app.base.normalized_text import NormalizedText
from app.base.typed_dates import TypedDateError, read_date
from app.orders.paste_fill import Found, _label_pattern, _labels, _value_after, recognise
from app.templates.fields import Choice

# Words a page shows that name its marketplace, most telling first (after NFKC).
_PLATFORM_WORDS: tuple[tuple[str, str], ...] = (
    ("mercari_jp", r"らくらくメルカリ便|ゆうゆうメルカリ便|メルカリ便|メルカリ事務局|メルカリ"),
    ("rakuma", r"かんたんラクマパック|ラクマ事務局|ラクマ"),
    ("yahoo_fleamarket", r"Yahoo!フリマ|PayPayフリマ"),
    ("yahoo_auctions", r"ヤフオク!?|Yahoo!オークション|オークションID|取引ナビ|落札者"),
    ("amazon_jp", r"セラーセントラル|Seller Central|Amazon|アマゾン"),
    ("ebay", r"eBay"),
    ("mercari_us", r"Mercari"),
)
# Order-number shapes that give the platform away when no word does.
_PLATFORM_SHAPES: tuple[tuple[str, str], ...] = (
    ("amazon_jp", r"(?<![0-9])\d{3}-\d{7}-\d{7}(?![0-9])"),
    ("ebay", r"(?<![0-9])\d{2}-\d{5}-\d{5}(?![0-9])"),
    ("mercari", r"(?<![0-9A-Za-z])m\d{11}(?![0-9])"),
)
DATE_LABELS: dict[str, tuple[str, ...]] = {
    "ordered": (
        "購入日時",
        "注文日時",
        "注文日",
        "購入日",
        "落札日時",
        "終了日時",
        "Order date",
        "Ordered on",
        "Date sold",
        "Sold on",
        "Purchased on",
    ),
    "paid": (
        "支払い日時",
        "お支払い日時",
        "支払日時",
        "支払い完了日時",
        "入金日時",
        "決済日時",
        "Paid on",
        "Payment date",
        "Paid",
    ),
}
CARRIER_LABELS = ("配送方法", "発送方法", "配送サービス", "配送業者", "Shipping service", "Carrier")
_DAY = re.compile(
    r"\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?|\d{1,2}\s*[月/]\s*\d{1,2}\s*日?"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
)
_TIME = re.compile(r"(\d{1,2})\s*[:時]\s*(\d{2})\s*分?(?:\s*([AaPp])\.?[Mm]\.?)?")


def read_order_page(
    text: str,
    platform: str,
    today: date,
    carriers: Mapping[str, tuple[Choice, ...]] | None = None,
) -> list[Found]:
    """Everything paste to fill reads: the order's details (app.orders.paste_fill) and its facts.

    The platform the page shows (if any) decides how its details and carrier are read;
    ``carriers`` gives each platform's carrier choices (key, {ja, en})."""
    pasted = NormalizedText.of(text)
    plain = pasted.norm
    facts: list[tuple[str, str, tuple[int, int]]] = []
    shown = _platform(plain)
    if shown is not None:
        facts.append(("platform", shown[0], shown[1]))
    reading_as = shown[0] if shown is not None else platform
    for name in DATE_LABELS:
        moment = _moment(plain, name, today)
        if moment is not None:
            facts.append((name, moment[0], moment[1]))
    carrier = _carrier(plain, (carriers or {}).get(reading_as, ()))
    if carrier is not None:
        facts.append(("carrier", carrier[0], carrier[1]))
    found = recognise(text, reading_as)
    return found + [Found(name, value, *pasted.original(*where)) for name, value, where in facts]


def _platform(plain: str) -> tuple[str, tuple[int, int]] | None:
    for platform, words in _PLATFORM_WORDS:
        match = re.search(words, plain)
        if match is not None:
            return platform, match.span()
    for platform, shape in _PLATFORM_SHAPES:
        match = re.search(shape, plain)
        if match is not None:
            if platform == "mercari":  # an m-number: Mercari US pages are in English
                platform = "mercari_us" if plain.isascii() else "mercari_jp"
            return platform, match.span()
    return None


def _moment(plain: str, name: str, today: date) -> tuple[str, tuple[int, int]] | None:
    """The labelled date (with its time, if shown) as ISO text, and where it was."""
    for match in _labels(_label_pattern(DATE_LABELS[name]), plain):
        where = _value_after(plain, match)
        if where is None:
            continue
        value = plain[where[0] : where[1]]
        day_match = _DAY.search(value)
        if day_match is None:
            continue
        try:
            day = read_date(day_match.group(), today)
        except TypedDateError:
            continue
        end = day_match.end()
        clock = _TIME.search(value, day_match.end())
        at = time()
        if clock is not None:
            hour, minute = int(clock[1]), int(clock[2])
            if clock[3]:
                hour = hour % 12 + (12 if clock[3].lower() == "p" else 0)
            if hour < 24 and minute < 60:
                at, end = time(hour, minute), clock.end()
        moment = datetime.combine(day, at)
        return moment.isoformat(timespec="minutes"), (where[0] + day_match.start(), where[0] + end)
    return None


def _carrier(plain: str, choices: tuple[Choice, ...]) -> tuple[str, tuple[int, int]] | None:
    """The carrier key whose name the page shows, preferring one after a carrier label."""
    names = sorted(
        ((label, key) for key, labels in choices for label in labels.values() if label),
        key=lambda pair: -len(pair[0]),
    )
    # A name with its company in brackets is also found without them: "ゆうパック".
    variants = [(name, key) for name, key in names] + [
        (re.sub(r"\s*\(.*\)$", "", name), key) for name, key in names if "(" in name
    ]
    regions = [
        where
        for match in _labels(_label_pattern(CARRIER_LABELS), plain)
        if (where := _value_after(plain, match)) is not None
    ] + [(0, len(plain))]
    for start, end in regions:
        for name, key in variants:
            position = plain.find(name, start, end)
            if name and position >= 0:
                return key, (position, position + len(name))
    return None
