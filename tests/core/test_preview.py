from pathlib import Path

from app.base.platforms import load_platforms
from app.rendering.preview import DRAFT, ERROR, EXAMPLE, READY, compose, over_limit
from app.templates.library import Source, builtin_source, load_library
from tests.conftest import write_template


def builtin():
    return load_library([builtin_source()]), load_platforms()


def note(tmp_path: Path):
    front = (
        'title = "注文について"\ncategory = "checking"\n'
        '[example]\nbuyer_name = "佐藤 美咲"\nitem_name = "双眼鏡"'
    )
    write_template(
        tmp_path, "ja", "note", front, "{{ buyer_name | sama }}\n{{ item_name }}の件です。\n"
    )
    return load_library([Source("user", tmp_path)]).get("note", "ja"), load_platforms()


def test_nothing_typed_shows_the_example_and_names_what_is_missing(tmp_path: Path) -> None:
    template, platforms = note(tmp_path)
    preview = compose(template, {}, platforms["mercari_jp"])
    assert preview.state == EXAMPLE
    assert preview.text == "佐藤 美咲様\n双眼鏡の件です。"
    assert preview.missing == ("buyer_name", "item_name")
    assert preview.missing_labels == ("購入者のお名前", "商品名")


def test_a_partly_filled_order_marks_the_gaps_and_never_uses_example_names(
    tmp_path: Path,
) -> None:
    template, platforms = note(tmp_path)
    preview = compose(template, {"buyer_name": "田中 一郎"}, platforms["mercari_jp"])
    assert preview.state == DRAFT
    assert preview.text == "田中 一郎様\n［商品名］の件です。"
    assert preview.missing == ("item_name",)


def test_a_filled_order_is_ready() -> None:
    library, platforms = builtin()
    template = library.get("support_redirect", "en")
    values = {"buyer_name": "Emily", "item_name": "binoculars"}
    preview = compose(template, values, platforms["ebay"])
    assert preview.state == READY
    assert preview.missing == ()
    assert preview.length == len(preview.text)


def test_an_unreadable_amount_names_the_field(tmp_path: Path) -> None:
    library, platforms = builtin()
    template = library.get("partial_refund_offer", "en")
    values = {"buyer_name": "E", "item_name": "box", "damage": "dent", "refund_amount": "lots"}
    preview = compose(template, values, platforms["ebay"])
    assert preview.state == ERROR
    assert preview.invalid == "refund_amount"
    assert "Refund amount" in preview.error


def test_a_broken_user_template_becomes_an_error_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    front = 'title = "Broken"\ncategory = "checking"'
    write_template(folder, "en", "broken", front, "Hi\n{{ platform.nmae }}\n")
    library = load_library([Source("user", folder)])
    preview = compose(library.get("broken", "en"), {}, load_platforms()["ebay"])
    assert preview.state == ERROR
    assert "broken.jinja, line" in preview.error


AMOUNTS = """title = "Refund"
category = "partial_refund"

[fields.box_count]
type = "number"

[example]
buyer_name = "Emily"
refund_amount = { JPY = 3000, USD = 20 }
ship_date = 2026-12-09
box_count = 2
"""
AMOUNTS_BODY = """Hi {{ buyer_name }},
I can refund {{ refund_amount | money }} ({{ refund_amount }}) for {{ box_count }} boxes.
Shipped {{ ship_date | date }}, that is {{ ship_date | date("long") }}.
"""


def test_missing_amounts_and_dates_are_marked_not_borrowed_from_the_example(
    tmp_path: Path,
) -> None:
    write_template(tmp_path, "en", "amounts", AMOUNTS, AMOUNTS_BODY)
    template = load_library([Source("user", tmp_path)]).get("amounts", "en")
    ebay = load_platforms()["ebay"]
    preview = compose(template, {"buyer_name": "Tanaka"}, ebay)
    assert preview.state == DRAFT
    assert (
        preview.copy_text
        == preview.text
        == (
            "Hi Tanaka,\n"
            "I can refund [Refund amount] ([Refund amount]) for [Box count] boxes.\n"
            "Shipped [Ship date], that is [Ship date]."
        )
    )


def test_copy_text_of_an_untouched_form_has_marks_never_the_example(tmp_path: Path) -> None:
    write_template(
        tmp_path, "ja", "amounts", AMOUNTS, "{{ buyer_name | sama }} {{ refund_amount | money }}\n"
    )
    template = load_library([Source("user", tmp_path)]).get("amounts", "ja")
    preview = compose(template, {}, load_platforms()["mercari_jp"])
    assert preview.state == EXAMPLE
    assert preview.text == "Emily様 3,000円"
    assert preview.copy_text == "［購入者のお名前］様 ［返金額］"


def test_over_limit_counts_only_what_is_over() -> None:
    assert over_limit(2100, 2000) == 100
    assert over_limit(1999, 2000) == 0
    assert over_limit(5000, None) == 0


def test_a_choice_this_template_or_platform_lacks_is_missing_not_printed(tmp_path: Path) -> None:
    front = 'title = "Sent"\ncategory = "shipping_notice"'
    write_template(tmp_path, "en", "sent", front, "Sent by {{ carrier }}.\n")
    template = load_library([Source("user", tmp_path)]).get("sent", "en")
    platforms = load_platforms()
    japan_only = next(
        key
        for key, _ in platforms["mercari_jp"].carriers
        if key not in {k for k, _ in platforms["ebay"].carriers}
    )
    preview = compose(template, {"carrier": japan_only}, platforms["ebay"])
    assert preview.state == DRAFT
    assert preview.text == "Sent by [Carrier]."
    assert japan_only not in preview.copy_text


def dated(tmp_path: Path):
    front = 'title = "期限"\ncategory = "checking"\n[example]\nbuyer_name = "佐藤 美咲"'
    body = (
        "{{ buyer_name | sama }}\n"
        "発送期限は{{ deadlines.ship_by | date }}です。\n"
        "{% if deadlines.reply_by is defined %}"
        "返信は{{ deadlines.reply_by | date }}まで。\n{% endif %}"
        "{{ deadlines.auto_complete | datetime }}に取引が完了します。\n"
    )
    write_template(tmp_path, "ja", "dated", front, body)
    return load_library([Source("user", tmp_path)]).get("dated", "ja"), load_platforms()


def test_a_deadline_the_dates_do_not_give_is_marked_like_a_missing_value(
    tmp_path: Path,
) -> None:
    template, platforms = dated(tmp_path)
    preview = compose(template, {"buyer_name": "田中 一郎"}, platforms["mercari_jp"])
    assert preview.state == DRAFT
    assert preview.missing == ("deadlines.ship_by", "deadlines.auto_complete")
    assert preview.missing_labels == (
        "発送期限(取引の日時から)",
        "自動で取引完了する日時(取引の日時から)",
    )
    assert preview.text == (
        "田中 一郎様\n発送期限は［発送期限(取引の日時から)］です。\n"
        "［自動で取引完了する日時(取引の日時から)］に取引が完了します。"
    )
    assert preview.copy_text == preview.text  # the copy carries the marks, never a stand-in
    assert "1911" not in preview.text and "11:11" not in preview.text


def test_a_deadline_the_dates_give_is_printed(tmp_path: Path) -> None:
    from datetime import datetime

    template, platforms = dated(tmp_path)
    deadlines = {
        "ship_by": datetime(2026, 12, 4, 12, 30),
        "auto_complete": datetime(2026, 12, 18, 13, 0),
    }
    preview = compose(
        template, {"buyer_name": "田中 一郎"}, platforms["mercari_jp"], deadlines=deadlines
    )
    assert preview.state == READY
    assert preview.text.splitlines()[1:] == [
        "発送期限は12月4日(金)です。",
        "12月18日(金) 13:00に取引が完了します。",
    ]
