from pathlib import Path

from app.templates.library import Source, load_library
from app.templates.search import (
    BODY,
    TAG,
    TITLE_PREFIX,
    TITLE_WORD,
    entry_for,
    match,
    normalize,
    order_key,
    same_situation,
    toggle,
    touch_recent,
)
from tests.conftest import write_template


def test_normalize_folds_width_case_and_katakana() -> None:
    assert normalize("ﾍﾝｷﾝ") == normalize("ヘンキン") == normalize("へんきん")
    assert normalize("ＲＥＦＵＮＤ") == "refund"
    assert normalize("Ｍｅｒｃａｒｉ　ＵＳ") == "mercari us"


def load(tmp_path: Path):
    folder = tmp_path / "lib"
    write_template(
        folder,
        "ja",
        "henkin",
        'title = "ヘンキンのご案内"\ncategory = "partial_refund"\ntags = ["破損"]',
        "{{ buyer_name }}様、一部返金についてご相談です。\n",
    )
    write_template(
        folder,
        "en",
        "henkin",
        'title = "Refund offer"\ncategory = "partial_refund"\ntags = ["crushed box"]',
        "Hi {{ buyer_name }}, about a partial refund.\n",
    )
    return load_library([Source("user", folder)])


def test_hiragana_query_finds_a_katakana_title(tmp_path: Path) -> None:
    library = load(tmp_path)
    template = library.get("henkin", "ja")
    entry = entry_for(template, library.twin(template))
    assert match(entry, "へんきん") == TITLE_PREFIX
    assert match(entry, "ﾍﾝｷﾝ") == TITLE_PREFIX


def test_the_twin_makes_a_japanese_template_findable_in_english(tmp_path: Path) -> None:
    library = load(tmp_path)
    template = library.get("henkin", "ja")
    entry = entry_for(template, library.twin(template))
    assert match(entry, "REFUND") == TITLE_PREFIX
    assert match(entry, "offer") == TITLE_WORD
    assert match(entry, "crushed") == TAG
    assert match(entry, "ご相談") == BODY
    assert match(entry_for(template), "crushed") is None


def test_every_word_must_match_and_the_worst_word_ranks(tmp_path: Path) -> None:
    library = load(tmp_path)
    entry = entry_for(library.get("henkin", "en"))
    assert match(entry, "refund　partial") == BODY  # full-width space splits words
    assert match(entry, "refund nothing-like-this") is None
    assert match(entry, "   ") == TITLE_PREFIX


def test_favourites_then_recent_then_title() -> None:
    favourites = {"b"}
    recent = ["c", "a"]
    keys = sorted(
        ["a", "b", "c", "d"],
        key=lambda t: order_key(t, {"a": "A", "b": "Z", "c": "C", "d": "B"}[t], favourites, recent),
    )
    assert keys == ["b", "c", "a", "d"]


def test_recent_list_moves_to_front_and_stays_short() -> None:
    recent = touch_recent(["a", "b", "c"], "c", limit=3)
    assert recent == ["c", "a", "b"]
    assert touch_recent(recent, "d", limit=3) == ["d", "c", "a"]


def test_toggle_adds_then_removes() -> None:
    assert toggle(["a"], "b") == ["a", "b"]
    assert toggle(["a", "b"], "a") == ["b"]


def test_same_situation_picks_the_first_offered_template_of_that_category(tmp_path: Path) -> None:
    library = load(tmp_path)
    offered = library.for_lang("en")
    assert same_situation("partial_refund", offered) == library.get("henkin", "en")
    assert same_situation("thanks", offered) is None
