from app.desk.message_lang import message_lang


def test_english_marketplaces_start_in_english_and_japanese_ones_in_japanese() -> None:
    assert message_lang("mercari_us", {}, "ja") == "en"
    assert message_lang("ebay", {}, "ja") == "en"
    assert message_lang("rakuma", {}, "en") == "ja"


def test_the_sellers_choice_on_a_platform_wins_and_other_keeps_the_language_in_use() -> None:
    assert message_lang("ebay", {"ebay": "ja"}, "en") == "ja"
    assert message_lang("other", {}, "en") == "en"
    assert message_lang("other", {}, "ja") == "ja"
