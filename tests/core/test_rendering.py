import re
from datetime import date
from pathlib import Path

import pytest

from app.base.platforms import Platform, load_platforms
from app.rendering.render import (
    FieldValueError,
    MissingFieldsError,
    TemplateError,
    example_values,
    render,
)
from app.templates.template_file import Template, parse_template
from tests.conftest import write_template


@pytest.fixture(scope="module")
def platforms() -> dict[str, Platform]:
    return load_platforms({})


def make(tmp_path: Path, body: str, front: str = "", lang: str = "ja") -> Template:
    head = f'title = "t"\ncategory = "thanks"\n{front}'
    return parse_template(write_template(tmp_path, lang, "t", head, body))


def test_renders_values_through_the_platform_profile(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(
        tmp_path,
        "{{ buyer_name | sama }}\n{{ refund_amount | money }}を返金します。\n"
        "{{ platform.support_name }}:{{ platform.support_path }}\n",
    )
    text = render(template, {"buyer_name": "山田", "refund_amount": "3000"}, platforms["rakuma"])
    assert text == (
        "山田様\n3,000円を返金します。\n"
        "ラクマ事務局:ラクマアプリのメニュー > ヘルプ > 該当する項目 > お問い合わせする"
    )


def test_every_missing_field_is_named_in_order(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(tmp_path, "{{ buyer_name | sama }}\n{{ item_name }}\n{{ price | money }}\n")
    with pytest.raises(MissingFieldsError) as caught:
        render(template, {"item_name": "  "}, platforms["mercari_jp"])
    assert caught.value.names == ("buyer_name", "item_name", "price")
    assert "購入者のお名前" in str(caught.value)


def test_fields_of_a_skipped_section_are_not_required(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(
        tmp_path,
        "発送しました。\n{% if has_tracking %}\n追跡番号: {{ tracking_code }}\n{% endif %}\n"
        "{% if note %}{{ note }}{% endif %}\n",
    )
    assert render(template, {}, platforms["mercari_jp"]) == "発送しました。"
    with pytest.raises(MissingFieldsError) as caught:
        render(template, {"has_tracking": "true"}, platforms["mercari_jp"])
    assert caught.value.names == ("tracking_code",)


def test_optional_section_leaves_no_blank_line_runs(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(tmp_path, "一\n\n{% if include_x %}\n二\n{% endif %}\n\n\n三  \n")
    assert render(template, {"include_x": False}, platforms["rakuma"]) == "一\n\n三"


def test_choice_shows_the_label_of_the_template_language(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    ja = make(tmp_path / "a", "{{ carrier }}で発送しました。\n")
    en = make(tmp_path / "b", "Sent by {{ carrier }}.\n", lang="en")
    values = {"carrier": "clickpost"}
    assert render(ja, values, platforms["mercari_jp"]) == "クリックポストで発送しました。"
    assert render(en, values, platforms["mercari_jp"]) == "Sent by Click Post (Japan Post)."


def test_a_template_can_branch_on_a_choice_key_whatever_its_label(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    body = '{% if fulfilment.key == "fba" %}Amazon refunds it.{% else %}I refund it.{% endif %}\n'
    template = make(tmp_path, body, lang="en")
    assert render(template, {"fulfilment": "fba"}, platforms["amazon_jp"]) == "Amazon refunds it."
    assert render(template, {"fulfilment": "self"}, platforms["amazon_jp"]) == "I refund it."


def test_currency_and_dates_follow_platform_and_language(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(tmp_path, "{{ price | money }} / {{ ship_date | date }}\n", lang="en")
    values = {"price": "12.5", "ship_date": "2026-12-09"}
    assert render(template, values, platforms["mercari_us"]) == "$12.50 / Wed, Dec 9"
    whole = {**values, "price": "13"}
    assert render(template, whole, platforms["amazon_jp"]) == "¥13 / Wed, Dec 9"


@pytest.mark.parametrize(
    ("platform", "typed", "problem"),
    [
        ("ebay", "¥3,000", "'¥3,000' is written in yen, but this marketplace uses US dollars"),
        ("ebay", "3000円", "written in yen"),
        ("mercari_us", "JPY 3000", "written in yen"),
        ("mercari_jp", "$20", "'$20' is written in US dollars, but this marketplace uses yen"),
        ("rakuma", "20 USD", "written in US dollars"),
        ("mercari_jp", "1000.5", "a yen amount must be a whole number"),
    ],
)
def test_an_amount_in_the_wrong_currency_or_part_yen_is_refused(
    tmp_path: Path, platforms: dict[str, Platform], platform: str, typed: str, problem: str
) -> None:
    template = make(tmp_path, "{{ refund_amount | money }}\n", lang="en")
    with pytest.raises(FieldValueError, match=re.escape(problem)) as caught:
        render(template, {"refund_amount": typed}, platforms[platform])
    assert caught.value.name == "refund_amount"


def test_the_refusal_reads_in_japanese_too(tmp_path: Path, platforms: dict[str, Platform]) -> None:
    template = make(tmp_path, "{{ refund_amount | money }}\n")
    with pytest.raises(FieldValueError) as caught:
        render(template, {"refund_amount": "$20"}, platforms["mercari_jp"])
    assert caught.value.message_in("ja") == (
        "返金額: '$20' は米ドルで書かれていますが、この販売サイトの通貨は円です"
    )


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"refund_amount": "0"}, "the refund must be more than zero"),
        ({"refund_amount": "-500"}, "the refund must be more than zero"),
        (
            {"refund_amount": "5000", "price": "3,000円"},
            "the refund 5,000円 is more than the price 3,000円",
        ),
    ],
)
def test_a_refund_of_nothing_or_more_than_the_price_is_refused(
    tmp_path: Path, platforms: dict[str, Platform], values: dict[str, str], problem: str
) -> None:
    template = make(tmp_path, "{{ refund_amount | money }}を返金いたします。\n")
    with pytest.raises(FieldValueError, match=problem):
        render(template, values, platforms["mercari_jp"])


def test_a_refund_up_to_the_price_is_fine(tmp_path: Path, platforms: dict[str, Platform]) -> None:
    template = make(tmp_path, "{{ refund_amount | money }}を返金いたします。\n")
    values = {"refund_amount": "3000", "price": "3000"}
    assert render(template, values, platforms["mercari_jp"]) == "3,000円を返金いたします。"
    assert render(template, {"refund_amount": "¥1,000"}, platforms["mercari_jp"]) == (
        "1,000円を返金いたします。"
    )
    usd = {"refund_amount": "$12.50", "price": "$20"}
    assert render(template, usd, platforms["ebay"]) == "$12.50を返金いたします。"


def test_deadlines_are_visible_to_templates(tmp_path: Path, platforms: dict[str, Platform]) -> None:
    template = make(tmp_path, "{{ deadlines.operator_request | date }}から依頼できます。\n")
    text = render(
        template, {}, platforms["rakuma"], deadlines={"operator_request": date(2016, 12, 23)}
    )
    assert text == "12月23日(金)から依頼できます。"
    # Without the dates it is missing, named by what it is and where it comes from.
    with pytest.raises(MissingFieldsError) as missing:
        render(template, {}, platforms["rakuma"])
    assert missing.value.names == ("deadlines.operator_request",)
    assert missing.value.labels == ("事務局に依頼できる日時(取引の日時から)",)


def test_a_bad_value_names_its_field(tmp_path: Path, platforms: dict[str, Platform]) -> None:
    template = make(tmp_path, "{{ price | money }}\n")
    with pytest.raises(TemplateError, match="価格"):
        render(template, {"price": "たくさん"}, platforms["mercari_jp"])


@pytest.mark.parametrize(
    "body",
    [
        "{{ platform.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ platform._view }}",
        "{{ 10 ** 100000 }}",
    ],
)
def test_sandbox_refuses_reaching_for_internals(
    tmp_path: Path, platforms: dict[str, Platform], body: str
) -> None:
    template = make(tmp_path, body + "\n")
    with pytest.raises(TemplateError, match=r"not do|does not exist|may not") as caught:
        render(template, {}, platforms["mercari_jp"])
    assert caught.value.path == template.path


@pytest.mark.parametrize(
    "body",
    ["{% include '/etc/passwd' %}", "{% import 'x.jinja' as x %}", "{{ open('/etc/passwd') }}"],
)
def test_templates_cannot_touch_files(
    tmp_path: Path, platforms: dict[str, Platform], body: str
) -> None:
    template = make(tmp_path, body + "\n")
    with pytest.raises(TemplateError) as caught:
        render(template, {}, platforms["mercari_jp"])
    assert "root:" not in caught.value.message


def test_unknown_platform_attribute_is_a_template_error_not_a_missing_field(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(tmp_path, "{{ buyer_name }} {{ platform.suport_name }}\n")
    with pytest.raises(TemplateError, match="suport_name") as caught:
        render(template, {"buyer_name": "x"}, platforms["mercari_jp"])
    assert not isinstance(caught.value, MissingFieldsError)


def test_runtime_failures_become_plain_errors(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    template = make(tmp_path, "{{ 1 // days_count }}\n")
    with pytest.raises(TemplateError, match="ZeroDivisionError"):
        render(template, {"days_count": 0}, platforms["mercari_jp"])


def test_example_values_fit_the_platform(tmp_path: Path, platforms: dict[str, Platform]) -> None:
    front = "[example]\ncarrier = 'usps'\nprice = { JPY = 8000, USD = 80 }"
    template = make(tmp_path, "{{ carrier }} {{ price | money }}\n", front=front, lang="en")
    us = example_values(template, platforms["mercari_us"])
    assert render(template, us, platforms["mercari_us"]) == "USPS $80.00"
    jp = example_values(template, platforms["mercari_jp"])
    assert render(template, jp, platforms["mercari_jp"]) == "Rakuraku Mercari-bin (Yamato) ¥8,000"


def test_an_optional_line_with_no_value_prints_nothing(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    front = "[fields.tracking_number]\nrequired = false\n[fields.carrier_note]\nrequired = false"
    body = (
        "{{ buyer_name | sama }}\n本日発送いたしました。\n"
        '{{ tracking_number | line("追跡番号: ") }}\n'
        '{{ carrier_note | line("(", ")") }}\n'
        "よろしくお願いいたします。\n"
    )
    template = make(tmp_path, body, front=front)
    empty = render(template, {"buyer_name": "佐藤さん"}, platforms["mercari_jp"])
    assert empty == "佐藤様\n本日発送いたしました。\nよろしくお願いいたします。"
    given = {"buyer_name": "佐藤", "tracking_number": "1234-5678", "carrier_note": "ネコポス"}
    assert render(template, given, platforms["mercari_jp"]) == (
        "佐藤様\n本日発送いたしました。\n追跡番号: 1234-5678\n(ネコポス)\n"
        "よろしくお願いいたします。"
    )
