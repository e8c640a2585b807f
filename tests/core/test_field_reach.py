"""The form asks only for what a template can print on the chosen platform."""

from __future__ import annotations

from pathlib import Path

from app.base import paths
from app.base.platforms import Platform
from app.cli import main
from app.rendering.preview import compose
from app.templates.field_reach import fields_for
from app.templates.library import Library, load_library
from tests.conftest import write_template


def names(library: Library, template_id: str, platform: Platform, lang: str = "ja") -> list[str]:
    template = library.get(template_id, lang)
    assert template is not None
    return [field.name for field in fields_for(template, platform)]


def test_the_days_to_ship_is_asked_once_per_platform(
    library: Library, platforms: dict[str, Platform]
) -> None:
    ship = {"ship_option", "days_to_ship", "handling_days"}
    for lang in ("ja", "en"):
        asked = {
            pid: ship & set(names(library, "thanks", platforms[pid], lang))
            for pid in ("mercari_jp", "ebay", "rakuma", "yahoo_auctions", "mercari_us")
        }
        assert asked == {
            "mercari_jp": {"ship_option"},
            "ebay": {"handling_days"},
            "rakuma": {"ship_option"},
            "yahoo_auctions": {"days_to_ship"},
            "mercari_us": {"days_to_ship"},
        }


def test_no_builtin_asks_for_the_days_to_ship_twice(
    library: Library, platforms: dict[str, Platform]
) -> None:
    ship = {"ship_option", "days_to_ship", "handling_days"}
    for template in library.templates:
        for pid in template.platforms:
            asked = ship & {f.name for f in fields_for(template, platforms[pid])}
            assert len(asked) <= 1, (template.lang, template.id, pid, asked)


def test_amazons_fulfilment_is_asked_only_on_amazon(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for template_id in ("return_accept", "return_warranty"):
        template = library.get(template_id, "en")
        assert template is not None
        for pid in template.platforms:
            asked = "fulfilment" in names(library, template_id, platforms[pid], "en")
            assert asked == (pid == "amazon_jp"), (template_id, pid)


def test_platform_settings_and_in_lists_are_folded(
    library: Library, platforms: dict[str, Platform]
) -> None:
    # 購入申請 is a Rakuma setting; Mercari US and eBay never agree on a price in messages.
    assert "has_purchase_request" in names(library, "bundle", platforms["rakuma"])
    assert "has_purchase_request" not in names(library, "bundle", platforms["mercari_jp"])
    assert "agreed" not in names(library, "price_offer", platforms["ebay"])
    assert "agreed" in names(library, "price_offer", platforms["mercari_jp"])
    assert "include_cancel_offer" not in names(library, "late_shipment", platforms["amazon_jp"])
    assert "include_cancel_offer" in names(library, "late_shipment", platforms["rakuma"])


def test_a_condition_the_order_decides_keeps_both_branches(
    isolated_home: Path, platforms: dict[str, Platform]
) -> None:
    body = (
        "{% if platform.id == 'ebay' and is_gift %}{{ gift_note }}"
        "{% elif platform.partial_refund %}{{ refund_amount | money }}"
        "{% elif deadlines.ship_by is defined %}{{ by_note }}{% else %}{{ other_note }}{% endif %}"
        "{{ a if platform.id in ('rakuma', 'ebay') else b }}"
        "{{ unknown_platform_word if platform.nonexistent }}"
    )
    write_template(
        paths.user_templates_dir(), "en", "folding", 'title = "t"\ncategory = "apology"', body
    )
    template = load_library().get("folding", "en")
    assert template is not None
    on_ebay = [f.name for f in fields_for(template, platforms["ebay"])]
    on_rakuma = [f.name for f in fields_for(template, platforms["rakuma"])]
    # eBay: the gift branch may print; it refunds partly, so later branches never run.
    assert on_ebay == ["is_gift", "gift_note", "refund_amount", "a", "unknown_platform_word"]
    # Rakuma has no partial refund: the deadline decides between the last two.
    assert on_rakuma == ["by_note", "other_note", "a", "unknown_platform_word"]


def test_the_missing_list_names_only_what_this_platform_prints(
    library: Library, platforms: dict[str, Platform]
) -> None:
    template = library.get("thanks", "ja")
    assert template is not None
    values = {"buyer_name": "山田 花子", "item_name": "ボトムス2点セット"}
    preview = compose(template, values, platforms["mercari_jp"])
    assert preview.missing == ("ship_option",)
    preview = compose(template, values, platforms["ebay"])
    assert preview.missing == ("handling_days",)


def test_the_fields_command_lists_the_platforms_fields(capsys) -> None:
    assert main(["fields", "thanks", "--lang", "ja", "--platform", "mercari_jp"]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert "ship_option" in listed and "days_to_ship" not in listed
