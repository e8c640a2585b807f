from app.desk.order_values import OrderValues
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


def test_free_text_from_a_pasted_order_page_reads_in_either_language() -> None:
    library = load_library([builtin_source()])
    ja = next(t for t in library.for_lang("ja") if any(f.type == "multiline" for f in t.fields))
    name = next(f.name for f in ja.fields if f.type == "multiline")
    values = OrderValues()
    values.replace({name: "ペン 2本"})
    assert values.for_template(ja)[name] == "ペン 2本"
    values.clear()
    assert not values
