from pathlib import Path

from app.templates.library import Source, builtin_source, load_library
from app.ui.template_filter_proxy import TemplateFilterProxy
from app.ui.template_list_model import CATEGORY_ROLE, ID_ROLE, TemplateListModel
from tests.conftest import write_template


def build(templates_lang: str = "ja", sources=None):
    library = load_library(sources or [builtin_source()])
    model = TemplateListModel()
    twins = {t.id: t for t in library.templates if t.lang != templates_lang}
    model.set_templates(library.for_lang(templates_lang), twins)
    proxy = TemplateFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def ids(proxy) -> list[str]:
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_models_pass_qt_model_tester(qtmodeltester) -> None:
    model, proxy = build()
    qtmodeltester.check(model)
    proxy.set_query("返金")
    qtmodeltester.check(proxy)


def test_title_prefix_matches_rank_above_body_matches(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    front = 'title = "{}"\ncategory = "thanks"'
    write_template(folder, "en", "a_body", front.format("Thanks"), "About your refund\n")
    write_template(folder, "en", "z_title", front.format("Refund sent"), "Hello\n")
    write_template(folder, "en", "m_none", front.format("Hello"), "Hi\n")
    _model, proxy = build("en", [Source("user", folder)])
    proxy.set_query("refund")
    assert ids(proxy) == ["z_title", "a_body"]


def test_situation_and_platform_filters_narrow_the_list() -> None:
    _model, proxy = build()
    proxy.set_category("apology")
    assert "apology" in ids(proxy)
    assert {proxy.index(r, 0).data(CATEGORY_ROLE) for r in range(proxy.rowCount())} == {"apology"}
    proxy.set_category("")
    proxy.set_platform("mercari_us")
    assert "partial_refund_offer" not in ids(proxy)  # Mercari US has no partial refunds
    assert "apology" in ids(proxy)


def test_favourites_come_first_and_show_a_star() -> None:
    model, proxy = build()
    model.set_favourites(["support_redirect"])
    proxy.set_order(["support_redirect"], [])
    assert ids(proxy)[0] == "support_redirect"
    assert proxy.index(0, 0).data().startswith("★ ")


def test_typing_on_narrows_and_deleting_widens_the_same_as_a_fresh_search() -> None:
    def fresh(query: str) -> list[str]:
        _model, proxy = build("en")
        proxy.set_query(query)
        return sorted(ids(proxy))

    model, proxy = build("en")
    for query in ("r", "re", "ref", "refund", "refund s", "ref", "", "ship", "shipx", "ship"):
        proxy.set_query(query)
        assert sorted(ids(proxy)) == fresh(query), query
    assert ids(proxy)
    proxy.set_query("shipx")
    assert ids(proxy) == []
    model.set_templates([row.template for row in model.rows[:3]], {})
    assert ids(proxy) == []
    proxy.set_query("")
    assert len(ids(proxy)) == 3


def test_a_narrowing_query_ranks_the_rows_that_stay_again(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    front = 'title = "{}"\ncategory = "thanks"'
    write_template(folder, "en", "a_rating", front.format("Rating reminder"), "We regret it\n")
    write_template(folder, "en", "b_return", front.format("Return sent"), "Hello\n")
    _model, proxy = build("en", [Source("user", folder)])
    proxy.set_query("r")
    assert ids(proxy) == ["a_rating", "b_return"]  # both titles start with it: by title
    proxy.set_query("ret")  # only narrows; a title prefix now beats the body match
    assert ids(proxy) == ["b_return", "a_rating"]
    proxy.set_query("r")
    assert ids(proxy) == ["a_rating", "b_return"]


def test_every_query_on_the_way_shows_the_order_a_fresh_search_shows() -> None:
    def fresh(query: str) -> list[str]:
        _model, proxy = build("en")
        proxy.set_query(query)
        return ids(proxy)

    _model, proxy = build("en")
    for query in ("s", "sh", "shi", "ship", "shipping", "re", "ret", "retu", "r"):
        proxy.set_query(query)
        assert ids(proxy) == fresh(query), query


def test_a_search_finds_the_same_before_and_after_the_search_text_is_prepared() -> None:
    # A start fills the list without making the search text; the first search makes it.
    model, proxy = build("ja")
    proxy.set_query("refund")  # English words find Japanese rows through their twins
    found = ids(proxy)
    assert "partial_refund_offer" in found
    model.prepare_search()
    proxy.set_query("")
    proxy.set_query("refund")
    assert ids(proxy) == found
