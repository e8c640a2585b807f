import pytest

from app.base.file_errors import StorageError
from app.templates.library import Source
from app.templates.template_file import parse_template
from app.templates.template_maker import Plan, create, make_id, new_field_name

ALL = ("mercari_jp", "mercari_us", "rakuma", "amazon_jp", "yahoo_auctions")


def test_a_japanese_title_gives_an_id_from_the_situation() -> None:
    assert make_id("返信が遅れたお詫び", "apology", set()) == "my_apology"
    assert make_id("返信が遅れたお詫び", "apology", {"my_apology"}) == "my_apology_2"
    assert make_id("返信が遅れたお詫び", "apology", {"my_apology", "my_apology_2"}) == (
        "my_apology_3"
    )


def test_an_english_title_gives_its_words_and_a_clash_a_number() -> None:
    assert make_id("Late reply, sorry!", "apology", set()) == "late_reply_sorry"
    assert make_id("Thanks", "thanks", {"thanks"}) == "thanks_2"
    assert make_id("CON", "thanks", set()) == "my_thanks"  # a name Windows keeps
    assert make_id("2 items", "bundle", set()) == "my_bundle"


def test_problems_name_every_missing_choice() -> None:
    problems = Plan("  ", "", (), "ja").problems()
    assert [p.ja for p in problems] == [
        "テンプレートのタイトルを入力してください。",
        "どんなときのメッセージか選んでください。",
        "使う販売サイトを1つ以上選んでください。",
    ]
    assert (
        Plan("あ" * 61, "apology", ("rakuma",), "ja")
        .problems()[0]
        .en.startswith("Keep the title to 60")
    )
    assert Plan("お詫び", "apology", ("rakuma",), "ja").problems() == []


def test_create_writes_both_languages_with_an_empty_twin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = Source("user", tmp_path, True)
    plan = Plan("発送が遅れるお詫び", "apology", ("mercari_jp", "rakuma"), "ja")
    template_id, paths = create(plan, target, {"apology"})
    assert template_id == "my_apology"
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "ja/my_apology.jinja",
        "en/my_apology.jinja",
    ]
    assert paths[1].read_text(encoding="utf-8") == (
        '+++\ntitle = "発送が遅れるお詫び"\ncategory = "apology"\n'
        'platforms = ["mercari_jp", "rakuma"]\n+++\n'
    )
    ja, en = (parse_template(p, "user") for p in paths)
    assert ja.title == "発送が遅れるお詫び" and ja.platforms == ("mercari_jp", "rakuma")
    assert ja.unwritten and en.unwritten
    again, _paths = create(plan, target, {"apology"})
    assert again == "my_apology_2"  # the first one is on disk now


def test_create_refuses_an_incomplete_plan_and_writes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StorageError):
        create(Plan("", "apology", ALL, "en"), Source("user", tmp_path, True), set())
    assert not list(tmp_path.rglob("*.jinja"))


def test_a_value_named_like_a_shared_field_is_that_field_in_either_language() -> None:
    assert new_field_name("注文番号", set(), "text") == "order_id"
    assert new_field_name(" Order number ", set(), "text") == "order_id"
    assert new_field_name("支払い済み", set(), "bool") == "is_paid"
    # Same words, another kind: the seller meant something else, so it gets its own name.
    assert new_field_name("注文番号", set(), "money") == "my_amount"


def test_a_japanese_label_gets_a_name_from_its_kind_and_keeps_it() -> None:
    assert new_field_name("保証期間", set(), "date") == "my_date"
    assert new_field_name("保証期間", {"my_date"}, "date") == "my_date_2"
    assert new_field_name("同梱の有無", set(), "bool") == "my_tick_box"
    assert new_field_name("Warranty", set(), "text") == "warranty"
    # Naming a value the template already has gives that value again, not a twin.
    own = {"my_date": "保証期間", "warranty": "Warranty"}
    assert new_field_name("保証期間", set(own), "date", own) == "my_date"
    assert new_field_name("warranty", set(own), "text", own) == "warranty"
