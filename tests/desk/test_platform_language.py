"""The message language follows the platform unless the seller chose otherwise there."""

from __future__ import annotations

import pytest

from app.base.platforms import load_platforms
from app.desk.model import Desk
from app.templates.library import builtin_source, load_library


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library([builtin_source()])


def make_desk(library, chosen=None) -> Desk:  # type: ignore[no-untyped-def]
    desk = Desk(
        library,
        load_platforms(overrides={}),
        platform_id="mercari_jp",
        lang="ja",
        chosen_langs=chosen,
    )
    desk.show("shipping_notice")
    return desk


def test_mercari_us_and_ebay_start_in_english(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    for platform_id in ("mercari_us", "ebay"):
        desk.set_platform("mercari_jp")
        assert desk.lang == "ja"
        desk.set_platform(platform_id)
        assert desk.lang == "en"
        assert desk.template is not None and desk.template.lang == "en"
        assert desk.template.id == "shipping_notice"  # the same message, in English


def test_a_choice_on_a_platform_is_remembered_for_it(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library)
    told: list[dict[str, str]] = []
    desk.lang_chosen.connect(told.append)
    desk.set_platform("ebay")
    desk.choose_lang("ja")
    assert told == [{"ebay": "ja"}]
    desk.set_platform("rakuma")
    assert desk.lang == "ja"
    desk.choose_lang("en")
    desk.set_platform("ebay")
    assert desk.lang == "ja"  # the seller writes Japanese on eBay
    desk.set_platform("rakuma")
    assert desk.lang == "en"
    assert told[-1] == {"ebay": "ja", "rakuma": "en"}


def test_a_remembered_choice_comes_from_the_settings(library) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk(library, {"mercari_us": "ja"})
    desk.set_platform("mercari_us")
    assert desk.lang == "ja"
