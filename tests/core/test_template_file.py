from pathlib import Path

import pytest

from app.templates.template_file import TemplateFileError, parse_template
from tests.conftest import write_template

FRONT = 'title = "Test"\ncategory = "thanks"'


def test_fields_are_found_in_order_of_first_use(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "ja",
        "t",
        FRONT,
        "{{ buyer_name | sama }}\n{{ item_name }}を{{ ship_date | date }}に発送します。"
        "{% if has_tracking %}{{ tracking_number }}{% endif %}{{ item_name }}\n",
    )
    template = parse_template(path)
    assert [f.name for f in template.fields] == [
        "buyer_name",
        "item_name",
        "ship_date",
        "has_tracking",
        "tracking_number",
    ]


def test_vocabulary_shape_and_front_matter_give_types(tmp_path: Path) -> None:
    front = FRONT + '\n[fields.gift_note]\ntype = "multiline"\nlabel = "添え書き"'
    body = "{{ price }}{{ ship_date }}{{ include_photo_note }}{{ extra_amount }}{{ gift_note }}"
    template = parse_template(write_template(tmp_path, "ja", "t", front, body))
    types = {f.name: f.type for f in template.fields}
    assert types == {
        "price": "money",
        "ship_date": "date",
        "include_photo_note": "bool",
        "extra_amount": "money",
        "gift_note": "multiline",
    }
    note = template.field("gift_note")
    assert note is not None
    assert note.label("ja") == "添え書き"
    price = template.field("price")
    assert price is not None
    assert (price.label("ja"), price.label("en")) == ("価格", "Price")


def test_platforms_all_means_every_platform(tmp_path: Path) -> None:
    template = parse_template(write_template(tmp_path, "en", "t", FRONT, "Hi\n"))
    assert "mercari_us" in template.platforms
    assert len(template.platforms) == 8
    assert template.addressee == "buyer"
    assert template.amazon_message == "reply"


def test_an_amazon_template_says_whether_the_seller_starts_it(tmp_path: Path) -> None:
    front = FRONT + '\namazon_message = "proactive"'
    template = parse_template(write_template(tmp_path, "en", "t", front, "Hi\n"))
    assert template.amazon_message == "proactive"


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ('title = "x"\ncategory = "party"', 3, "unknown category"),
        ('title = "x"\ncategory = "thanks"\nplatforms = ["mars"]', 4, "unknown platform"),
        ('title = "x"\ncategory = "thanks"\ncolour = "red"', 4, "unknown front matter key"),
        ('title = "x"\ncategory = "thanks"\namazon_message = "ad"', 4, "amazon_message"),
        ('category = "thanks"', 1, "needs a title"),
        ('title = "x"\ncategory = = "thanks"', 3, "front matter"),
        ('title = "x"\ncategory = "thanks"\n[fields.a]\ntype = "colour"', 4, "type 'colour'"),
    ],
)
def test_front_matter_errors_name_the_line(
    tmp_path: Path, front: str, line: int, words: str
) -> None:
    path = write_template(tmp_path, "ja", "t", front, "{{ a }}\n")
    with pytest.raises(TemplateFileError) as caught:
        parse_template(path)
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_jinja_syntax_error_points_at_the_file_line(tmp_path: Path) -> None:
    path = write_template(tmp_path, "ja", "t", FRONT, "一行目\n二行目\n{% if x %}\n")
    with pytest.raises(TemplateFileError) as caught:
        parse_template(path)
    # front matter is lines 1-4, so the body's third line is line 7
    assert caught.value.line in (7, 8)


def test_unknown_filter_is_caught_before_rendering(tmp_path: Path) -> None:
    path = write_template(tmp_path, "ja", "t", FRONT, "\n{{ price | yen }}\n")
    with pytest.raises(TemplateFileError, match="yen") as caught:
        parse_template(path)
    assert caught.value.line == 5


def test_undecodable_bytes_are_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "ja" / "t.jinja"
    path.parent.mkdir()
    path.write_bytes(b'+++\ntitle = "x"\ncategory = "thanks"\n+++\n\x82\xa0\xff\n')
    with pytest.raises(TemplateFileError, match="UTF-8") as caught:
        parse_template(path)
    assert caught.value.line == 5


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = write_template(tmp_path, "ja", "t", FRONT, "あ" * 4_000_000)
    with pytest.raises(TemplateFileError, match="bytes"):
        parse_template(path)


def test_missing_fences_and_folder_rules(tmp_path: Path) -> None:
    bare = tmp_path / "ja" / "bare.jinja"
    bare.parent.mkdir()
    bare.write_text("{{ buyer_name }}\n", encoding="utf-8")
    with pytest.raises(TemplateFileError, match=r"\+\+\+"):
        parse_template(bare)
    wrong = write_template(tmp_path, "fr", "t", FRONT, "x\n")
    with pytest.raises(TemplateFileError, match="ja/ or en/"):
        parse_template(wrong)
    bad_name = write_template(tmp_path, "ja", "Bad-Name", FRONT, "x\n")
    with pytest.raises(TemplateFileError, match="lower-case"):
        parse_template(bad_name)


def test_example_amounts_can_be_given_per_currency(tmp_path: Path) -> None:
    front = FRONT + "\n[example]\nprice = { JPY = 8000, USD = 80 }\nitem_name = 'x'"
    template = parse_template(write_template(tmp_path, "ja", "t", front, "{{ price }}\n"))
    assert template.example_for("USD")["price"] == 80
    assert template.example_for("JPY") == {"price": 8000, "item_name": "x"}
