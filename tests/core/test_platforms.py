import pytest

from app.platforms import PLATFORM_IDS, PlatformError, load_platforms


def test_every_platform_has_a_profile_in_both_languages() -> None:
    platforms = load_platforms({})
    assert set(platforms) == set(PLATFORM_IDS)
    for platform in platforms.values():
        for lang in ("ja", "en"):
            view = platform.view(lang)
            assert view.name and view.support_name and view.support_path
            assert view.buyer_help_path and view.message_place and view.operator
    assert platforms["mercari_us"].currency == "USD"
    assert platforms["rakuma"].view("ja").operator == "ラクマ事務局"
    assert platforms["mercari_us"].partial_refund is False
    assert platforms["amazon_jp"].message_limit == 2000
    assert platforms["mercari_jp"].message_limit is None


def test_user_corrections_override_figures_but_keep_the_rest() -> None:
    platforms = load_platforms(
        {"rakuma": {"message_limit": 1000, "deadlines": {"operator_request_days": 10}}}
    )
    rakuma = platforms["rakuma"]
    assert rakuma.message_limit == 1000
    assert rakuma.deadlines["operator_request_days"] == 10
    assert rakuma.deadlines["operator_wait_days"] == 3


def test_a_nonsense_limit_is_refused() -> None:
    with pytest.raises(PlatformError, match="message_limit"):
        load_platforms({"ebay": {"message_limit": -3}})
