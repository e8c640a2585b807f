from pathlib import Path

from app.templates.labels import field_help, field_label, field_labels, made_tick_box
from app.templates.library import Source, load_library
from tests.conftest import write_template

JA = """title = "返金"
category = "partial_refund"

[fields.reason]
type = "choice"
label = "理由"
choices = { dent = { ja = "へこみ", en = "a dent" } }
"""
EN = """title = "Refund"
category = "partial_refund"

[fields.reason]
type = "choice"
label = "Reason"
help = "What went wrong"
choices = { dent = { ja = "へこみ", en = "a dent" } }

[fields.only_here]
label = "Only in English"
"""


def load(tmp_path: Path):
    write_template(tmp_path, "ja", "refund", JA, "{{ buyer_name }} {{ reason }}\n")
    write_template(tmp_path, "en", "refund", EN, "{{ buyer_name }} {{ reason }} {{ only_here }}\n")
    library = load_library([Source("user", tmp_path)])
    english = library.get("refund", "en")
    return english, library.twin(english)


def test_an_english_message_is_filled_in_with_japanese_labels(tmp_path: Path) -> None:
    english, japanese = load(tmp_path)
    assert field_label(english, "buyer_name", japanese, "ja") == "購入者のお名前"  # vocabulary
    assert field_label(english, "reason", japanese, "ja") == "理由"  # from the twin
    assert field_label(english, "only_here", japanese, "ja") == "Only in English"  # fallback
    assert field_labels(english, japanese, "en")["reason"] == "Reason"


def test_help_falls_back_the_same_way(tmp_path: Path) -> None:
    english, japanese = load(tmp_path)
    assert field_help(english, "reason", japanese, "ja") == "What went wrong"
    assert field_help(english, "buyer_name", None, "ja") == "敬称(様)は自動で付きます"


def test_only_a_tick_box_the_seller_made_is_framed_as_a_condition(tmp_path: Path) -> None:
    front = (
        'title = "写真"\ncategory = "thanks"\n\n[fields.my_tick_box]\nlabel = "写真"\ntype = "bool"'
    )
    body = "{{ buyer_name }}\n{% if my_tick_box %}\n写真を添えます。\n{% endif %}\n"
    write_template(tmp_path, "ja", "photo_note", front, body)
    bundle = 'title = "まとめ"\ncategory = "bundle"\n\n[fields.has_purchase_request]\ntype = "bool"'
    body = "{% if has_purchase_request %}\n申請\n{% endif %}\n"
    write_template(tmp_path, "ja", "bundle", bundle, body)  # a built-in's copy
    library = load_library([Source("user", tmp_path)])
    mine, copy = library.get("photo_note", "ja"), library.get("bundle", "ja")
    assert made_tick_box(mine, "my_tick_box")
    assert not made_tick_box(mine, "buyer_name")  # not a tick box
    assert not made_tick_box(copy, "has_purchase_request")  # a built-in's own words
