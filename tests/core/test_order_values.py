from app.desk.order_values import OrderValues
from app.templates.fields import Field
from app.templates.library import builtin_source, load_library


def test_values_are_shared_by_every_template_that_names_them() -> None:
    library = load_library([builtin_source()])
    values = OrderValues()
    values.set("buyer_name", "田中 一郎")
    values.set("item_name", "双眼鏡")
    apology = library.get("apology", "ja")
    refund = library.get("partial_refund_offer", "ja")
    assert apology is not None and refund is not None
    for template in (apology, refund):
        seen = values.for_template(template)
        assert seen["buyer_name"] == "田中 一郎" and seen["item_name"] == "双眼鏡"


def test_a_blank_value_forgets_the_field() -> None:
    values = OrderValues()
    assert values.set("buyer_name", "田中") is True
    assert values.set("buyer_name", "田中") is False
    assert values.set("buyer_name", "  ") is True
    assert "buyer_name" not in values.shared
    assert values.set("offer_return", False) is True  # unticking is a choice, not a blank
    assert values.shared["offer_return"] is False


def test_free_text_is_written_once_per_language() -> None:
    library = load_library([builtin_source()])
    ja = next(t for t in library.for_lang("ja") if any(f.type == "multiline" for f in t.fields))
    en = library.twin(ja)
    assert en is not None
    name = next(f.name for f in ja.fields if f.type == "multiline")
    values = OrderValues()
    values.put(name, "箱の角がつぶれていました。", ja)
    values.put("buyer_name", "田中", ja)
    assert values.for_template(ja)[name] == "箱の角がつぶれていました。"
    assert name not in values.for_template(en)  # the English message does not borrow it
    assert values.for_template(en)["buyer_name"] == "田中"
    values.put(name, "The box corner was crushed.", en)
    assert values.for_template(ja)[name] == "箱の角がつぶれていました。"
    assert values.for_template(en)[name] == "The box corner was crushed."


def test_pasted_or_stored_values_are_words_of_the_orders_language() -> None:
    library = load_library([builtin_source()])
    ja, en = library.get("apology", "ja"), library.get("apology", "en")
    assert ja is not None and en is not None
    values = OrderValues()
    values.replace({"buyer_name": "田中 一郎", "item_name": "双眼鏡", "price": 3000}, "ja")
    assert values.for_template(ja)["item_name"] == "双眼鏡"
    assert "item_name" not in values.for_template(en)  # not "your 双眼鏡"
    assert values.for_template(en)["buyer_name"] == "田中 一郎"
    assert values.for_template(en)["price"] == 3000
    assert values.references(en) == {"item_name": "双眼鏡"}  # shown beside the box
    assert values.unwritten_in(en) == ("item_name",)
    values.put("item_name", "binoculars", en)
    assert values.unwritten_in(en) == () and values.for_template(ja)["item_name"] == "双眼鏡"
    values.clear()
    assert not values


def test_every_text_box_is_per_language_except_names_and_numbers() -> None:
    library = load_library([builtin_source()])
    ja = library.get("shipping_notice", "ja")
    assert ja is not None
    values = OrderValues()
    for name, value in (
        ("item_name", "ブルーレイBOX"),
        ("seller_name", "佐藤"),
        ("tracking_number", "1234-5678-9012"),
        ("order_id", "m123456789"),
        ("buyer_name", "田中"),
        ("listing_title", "相棒 10 ブルーレイBOX"),
        ("gift_message", "お誕生日おめでとう"),  # a user template's own, undeclared field
        ("listing_id", "x9"),  # undeclared too, but an id reads the same in both
    ):
        values.put_in("ja", name, value)
    assert set(values.written["ja"]) == {"item_name", "seller_name", "gift_message"}
    assert set(values.shared) == {
        "tracking_number",
        "order_id",
        "buyer_name",
        "listing_title",
        "listing_id",
    }


def test_a_choices_own_words_are_per_language_and_a_chosen_item_is_shared() -> None:
    problem = Field(
        "problem",
        "choice",
        choices=(("damaged", {"ja": "破損", "en": "Damaged"}),),
    )
    values = OrderValues()
    values.put_in("ja", "problem", "色が違う", problem)
    assert values.written["ja"] == {"problem": "色が違う"} and "problem" not in values.shared
    values.put_in("en", "problem", "damaged", problem)
    assert values.shared["problem"] == "damaged"
    values.put_in("ja", "problem", "damaged", problem)  # the item replaces the own words
    assert values.written["ja"] == {} and values.shared["problem"] == "damaged"
    values.put_in("ja", "problem", None, problem)
    assert "problem" not in values.shared
