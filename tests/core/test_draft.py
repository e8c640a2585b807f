from app.draft import Draft
from app.library import builtin_source, load_library


def test_values_are_shared_by_every_template_that_names_them() -> None:
    library = load_library([builtin_source()])
    draft = Draft()
    draft.set("buyer_name", "田中 一郎")
    draft.set("item_name", "双眼鏡")
    apology = library.get("apology", "ja")
    refund = library.get("partial_refund_offer", "ja")
    assert apology is not None and refund is not None
    assert draft.typed_for(apology) == ["buyer_name", "item_name"]
    assert draft.typed_for(refund) == ["buyer_name", "item_name"]


def test_a_blank_value_forgets_the_field() -> None:
    draft = Draft()
    assert draft.set("buyer_name", "田中") is True
    assert draft.set("buyer_name", "田中") is False
    assert draft.set("buyer_name", "  ") is True
    assert "buyer_name" not in draft.values
    assert draft.set("offer_return", False) is True  # unticking is a choice, not a blank
    assert draft.get("offer_return") is False
