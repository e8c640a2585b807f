from pathlib import Path

import pytest

from app.base.platforms import PLATFORM_IDS, PlatformError, load_platforms


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


# --- Where each fact comes from ---------------------------------------------------------


def test_every_fact_with_a_source_names_its_basis_and_day() -> None:
    from app.base.facts import BASES

    for platform in load_platforms({}).values():
        for key, _value in platform.facts:
            source = platform.sources.get(key)  # recorded in platforms.toml
            if source is not None:
                assert source.basis in BASES, (platform.id, key)
                assert source.checked == "2026-11-30", (platform.id, key)
                assert source.source, (platform.id, key)


def test_the_corrected_facts_carry_their_sources() -> None:
    platforms = load_platforms({})
    rakuma = platforms["rakuma"]
    assert rakuma.partial_refund is False
    assert rakuma.view("ja").partial_refund_route == ""
    refund = rakuma.source_of("partial_refund")
    assert refund is not None and refund.basis == "third-party"
    days = rakuma.source_of("deadlines.operator_request_days")
    assert days is not None and "9" in days.source and days.basis == "third-party"
    wait = rakuma.source_of("deadlines.operator_wait_days")
    assert wait is not None and wait.basis == "seller-report"
    assert wait.source.startswith("seller report: seed 001")
    mercari = platforms["mercari_jp"]
    assert mercari.view("en").operator == "Mercari"
    assert "after_buyer_message_days" not in mercari.deadlines
    option = mercari.source_of("deadlines.ship_days_by_option")
    assert option is not None and "articles/1509" in option.source
    assert platforms["yahoo_fleamarket"].source_of("carriers") is not None
    assert [key for key, _labels in platforms["yahoo_fleamarket"].carriers] == [
        "otegaru_yamato",
        "otegaru_post",
        "omakase",
    ]


def test_a_fact_without_a_source_says_so() -> None:
    from app.base.facts import describe

    platform = load_platforms({})["rakuma"]
    assert platform.source_of("carriers") is None
    assert describe(None, "en") == "no source"
    assert describe(None, "ja") == "出典なし"


def test_the_generic_profiles_facts_are_teineis_own_wording() -> None:
    from app.base.facts import describe

    platform = load_platforms({})["other"]
    for key in ("support_path_ja", "deadlines.ship_days"):
        source = platform.source_of(key)
        assert source is not None and source.basis == "teinei", key
    assert describe(source, "en").startswith("Teinei's own: ")
    assert "without its own profile" in describe(source, "en")
    assert describe(source, "ja").startswith("Teinei独自: ")
    # A figure the seller corrected for it is theirs, as on any platform.
    mine = load_platforms({"other": {"deadlines": {"ship_days": 2}}})["other"]
    corrected = mine.source_of("deadlines.ship_days")
    assert corrected is not None and corrected.basis == "user"


def test_every_platform_has_a_return_path_and_amazon_an_fba_one() -> None:
    for platform in load_platforms({}).values():
        for lang in ("ja", "en"):
            view = platform.view(lang)
            assert isinstance(view.return_path, str)
            assert view.seller_message_place
    amazon = load_platforms({})["amazon_jp"].view("ja")
    assert amazon.return_path and amazon.return_path_fba != amazon.return_path
    assert "セラーセントラル" in amazon.seller_message_place
    assert load_platforms({})["ebay"].view("en").return_path == (
        "My eBay > Purchase history > the item > Return this item"
    )


def test_a_value_the_seller_corrected_is_theirs_not_the_shipped_sources() -> None:
    platform = load_platforms(
        {"rakuma": {"deadlines": {"operator_request_days": 9}, "support_path_ja": "x"}}
    )["rakuma"]
    for key in ("deadlines.operator_request_days", "support_path_ja"):
        source = platform.source_of(key)
        assert source is not None and source.basis == "user"
    assert "your setting" in source.describe("en")


def test_a_source_for_a_base_name_covers_both_languages(tmp_path: Path) -> None:
    path = _profiles_with(
        tmp_path,
        'return_path = { source = "p <https://x>", checked = "2026-11-30", basis = "official" }',
    )
    platform = load_platforms({}, path=path)["other"]
    assert platform.source_of("return_path_ja") == platform.source_of("return_path_en")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('nope_ja = { source = "s", checked = "d", basis = "official" }', "nope_ja"),
        ('return_path_ja = { source = "s", checked = "d", basis = "rumour" }', "basis"),
        ('return_path_ja = { source = "s", basis = "official" }', "all required"),
        ('return_path_ja = "just text"', "a source must be a table"),
    ],
)
def test_a_broken_source_entry_is_a_clear_error(tmp_path: Path, entry: str, problem: str) -> None:
    with pytest.raises(PlatformError, match=problem):
        load_platforms({}, path=_profiles_with(tmp_path, entry))


def _profiles_with(tmp_path: Path, entry: str) -> Path:
    from app.base.paths import resource_path

    text = Path(resource_path("platforms.toml")).read_text(encoding="utf-8")
    text += f"\n[platforms.other.sources]\n{entry}\n"
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    return path
