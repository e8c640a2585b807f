from datetime import date
from pathlib import Path

from app.base.platforms import load_platforms
from app.policy.template_checks import check_draft
from app.templates.template_file import parse_template
from app.templates.template_maker import sample_deadlines

FRONT = '+++\ntitle = "t"\ncategory = "thanks"\nplatforms = {platforms}\n{extra}+++\n'


def template(tmp_path: Path, body: str, platforms: str = '["mercari_jp"]', extra: str = ""):  # type: ignore[no-untyped-def]
    path = tmp_path / "ja" / "mine.jinja"
    path.parent.mkdir(exist_ok=True)
    text = FRONT.format(platforms=platforms, extra=extra) + body
    path.write_text(text, encoding="utf-8")
    return parse_template(path, "user")


def test_each_marketplace_gets_its_length_against_its_limit(tmp_path: Path) -> None:
    long = "ありがとうございます。" * 200  # 2,200 characters
    made = template(tmp_path, long + "\n", '["mercari_jp", "amazon_jp"]')
    checks = check_draft(made, load_platforms(), "ja")
    by_id = {c.platform_id: c for c in checks.platforms}
    assert by_id["mercari_jp"].length == 2200 and by_id["mercari_jp"].over == 0
    assert by_id["amazon_jp"].limit == 2000 and by_id["amazon_jp"].over == 200


def test_a_policy_warning_names_its_words_on_the_marketplace_it_concerns(tmp_path: Path) -> None:
    made = template(tmp_path, "直接のお取引でもかまいません。\n", '["mercari_jp", "rakuma"]')
    checks = check_draft(made, load_platforms(), "ja")
    for result in checks.platforms:
        words = [result.text[f.start : f.end] for f in result.findings]
        assert any(w.startswith("直接のお取引") for w in words), result.platform_id


def test_chips_the_form_cannot_fill_are_named_by_their_label(tmp_path: Path) -> None:
    body = "{{ include_photo_note }}\n{{ item_name | money }}\n{{ refund_amount | money }}\n"
    made = template(tmp_path, body)
    problems = check_draft(made, load_platforms(), "ja").unfillable
    assert [name for name, _why in problems] == ["include_photo_note", "item_name"]
    assert problems[0][1].ja.startswith("［写真を添えた旨を書く］はフォームではチェックボックス")
    assert "［商品名］はフォームでは1行の文字の欄なので、金額として" in problems[1][1].ja


def test_an_example_that_cannot_fill_the_text_says_so_per_marketplace(tmp_path: Path) -> None:
    made = template(tmp_path, "{{ buyer_name | sama }}\n", '["rakuma"]')
    result = check_draft(made, load_platforms(), "en").platforms[0]
    assert result.error is not None and result.error.en.startswith(
        "The example order cannot fill this on Rakuma"
    )
    filled = template(
        tmp_path, "{{ buyer_name | sama }}\n", '["rakuma"]', '[example]\nbuyer_name = "山田"\n'
    )
    assert check_draft(filled, load_platforms(), "en").platforms[0].text == "山田様"


def test_a_runaway_template_is_stopped_in_the_editors_checks_too(tmp_path: Path) -> None:
    loops = "{% for i in range(99999) %}{% for j in range(99999) %}お礼{% endfor %}{% endfor %}"
    made = template(tmp_path, loops + "\n")
    result = check_draft(made, load_platforms(), "en").platforms[0]
    assert result.error is not None and "stopped" in result.error.en


def test_a_deadline_chip_is_filled_from_the_example_orders_deadlines(tmp_path: Path) -> None:
    draft = template(tmp_path, "発送期限は{{ deadlines.ship_by | date }}です。\n")
    platforms = load_platforms()
    bare = check_draft(draft, platforms, "ja").platforms[0]
    assert bare.error is not None  # an order without dates has no deadline to print
    filled = check_draft(draft, platforms, "ja", sample_deadlines(date(2026, 11, 30)))
    assert filled.platforms[0].error is None
    assert filled.platforms[0].text == "発送期限は12月3日(木)です。"
