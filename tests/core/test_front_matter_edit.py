from pathlib import Path

import pytest

from app.templates.front_matter_edit import (
    FrontMatterError,
    read_front_matter,
    remove_value,
    set_value,
)
from app.templates.library import check_text

TEXT = """+++
title = "古い題名"  # shown in the list
category = "thanks"

[fields.problem]
type = "choice"
choices = ["a", "b"]

[example]
buyer_name = "山田 花子"
+++
{{ buyer_name | sama }}
{{ problem }}
"""


def test_changing_the_title_keeps_comments_order_and_body() -> None:
    text = set_value(TEXT, "title", '新しい "題名"')
    assert text.split("\n")[1] == 'title = "新しい \\"題名\\""'
    assert text.split("\n")[2:] == TEXT.split("\n")[2:]
    assert read_front_matter(text)["title"] == '新しい "題名"'


def test_adding_platforms_goes_before_the_first_table() -> None:
    text = set_value(TEXT, "platforms", ["ebay", "mercari_us"])
    assert text.split("\n")[3] == 'platforms = ["ebay", "mercari_us"]'
    assert check_text(Path("/x/en/t.jinja"), text) == []


def test_a_field_label_is_set_inside_its_table_or_in_a_new_one() -> None:
    text = set_value(TEXT, "label", "起きたこと", table="fields.problem")
    assert read_front_matter(text)["fields"]["problem"]["label"] == "起きたこと"
    assert '[fields.problem]\ntype = "choice"\nchoices = ["a", "b"]\nlabel' in text
    text = set_value(text, "type", "multiline", table="fields.note")
    assert read_front_matter(text)["fields"]["note"] == {"type": "multiline"}
    text = set_value(text, "type", "text", table="fields.problem")
    assert read_front_matter(text)["fields"]["problem"]["type"] == "text"


def test_inline_tables_fall_back_to_a_full_rewrite_that_keeps_every_value() -> None:
    front = 'title = "x"\ncategory = "thanks"\nfields = { problem = { type = "text" } }'
    text = f"+++\n{front}\n+++\nbody\n"
    changed = set_value(text, "label", "L", table="fields.problem")
    assert read_front_matter(changed)["fields"]["problem"] == {"type": "text", "label": "L"}
    assert changed.endswith("+++\nbody\n")


def test_removing_a_value_drops_its_line() -> None:
    text = remove_value(TEXT, "type", table="fields.problem")
    assert "fields" in read_front_matter(text)
    assert "type" not in read_front_matter(text)["fields"]["problem"]
    assert remove_value(TEXT, "tags") == TEXT


def test_broken_front_matter_is_reported_not_rewritten() -> None:
    with pytest.raises(FrontMatterError):
        set_value('+++\ntitle = "x\n+++\nbody\n', "title", "y")


def test_an_amount_per_currency_is_one_inline_line_as_the_builtins_write_it() -> None:
    text = '+++\ntitle = "t"\ncategory = "thanks"\n\n[example]\nbuyer_name = "山田"\n+++\n本文\n'
    new = set_value(text, "refund_amount", {"JPY": 3000, "USD": 20}, "example")
    assert new == text.replace(
        'buyer_name = "山田"\n', 'buyer_name = "山田"\nrefund_amount = { JPY = 3000, USD = 20 }\n'
    )
