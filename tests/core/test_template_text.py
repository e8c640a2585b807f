from pathlib import Path

import pytest

from app.base import paths
from app.base.platforms import load_platforms
from app.rendering.render import example_values, render
from app.templates.template_file import parse_template
from app.templates.template_text import (
    Chip,
    Locked,
    OnlyWhen,
    Text,
    chip_source,
    fields_in,
    join,
    only_when,
    parse_body,
    shared_value_label,
    split_file,
)

BUILTINS = sorted(Path(paths.builtin_templates_dir()).glob("*/*.jinja"))


def flags_of(path: Path):  # type: ignore[no-untyped-def]
    template = parse_template(path)
    return lambda name: (f := template.field(name)) is not None and f.type == "bool"


def test_the_library_is_there_to_check() -> None:
    assert len(BUILTINS) >= 40


@pytest.mark.parametrize("path", BUILTINS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_builtin_comes_back_exactly_and_renders_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    split = split_file(text)
    assert split is not None
    head, body = split
    parts = parse_body(body, flags_of(path))
    rebuilt = head + join(parts)
    assert rebuilt == text
    before, after = parse_template(path), parse_template(path, text=rebuilt)
    platforms = load_platforms()
    for pid in before.platforms:
        platform = platforms[pid]
        values = example_values(before, platform)
        assert render(after, values, platform) == render(before, values, platform)


def test_values_become_chips_and_a_flagged_passage_an_only_when_part() -> None:
    body = (
        "{{ buyer_name | sama }}\n\n"
        "{{ refund_amount | money }}を返金します。\n"
        "{% if offer_full_return %}\n"
        "全額返金も承ります。{{ item_name }}\n"
        "{% endif %}\n"
        "よろしくお願いいたします。\n"
    )
    parts = parse_body(body)
    assert parts[0] == Chip("buyer_name", "{{ buyer_name | sama }}")
    assert parts[2] == Chip("refund_amount", "{{ refund_amount | money }}")
    passage = next(p for p in parts if isinstance(p, OnlyWhen))
    assert passage.flag == "offer_full_return"
    assert passage.inner == (Text("全額返金も承ります。"), Chip("item_name", "{{ item_name }}"))
    assert fields_in(parts) == ["buyer_name", "refund_amount", "offer_full_return", "item_name"]
    assert join(parts) == body


def test_platform_branches_and_loops_are_locked_but_its_values_are_chips() -> None:
    body = (
        "{% if platform.id == 'ebay' %}\nHi\n{% else %}\nこんにちは\n{% endif %}\n"
        "{% for name in item_names %}{{ name }}{% endfor %}\n"
        "{{ platform.message_place }}\n"
        '{{ deadlines.ship_by | date("long") }}\n'
        "{{ platform.id }}{{ platform.secret_key }}{{ deadlines.someday }}{{ lang }}\n"
        "{{ price * 2 }}\n"
    )
    parts = parse_body(body)
    locked = [p.source for p in parts if isinstance(p, Locked)]
    assert locked[0].startswith("{% if platform.id") and locked[0].endswith("{% endif %}")
    assert locked[1] == "{% for name in item_names %}{{ name }}{% endfor %}"
    assert locked[2:] == [
        "{{ platform.id }}",
        "{{ platform.secret_key }}",
        "{{ deadlines.someday }}",
        "{{ lang }}",
        "{{ price * 2 }}",
    ]
    chips = [p for p in parts if isinstance(p, Chip)]
    assert [c.name for c in chips] == ["platform.message_place", "deadlines.ship_by"]
    assert fields_in(parts) == []  # no order form box for what the marketplace says
    assert join(parts) == body


def test_marketplace_values_and_deadlines_have_words_in_both_languages() -> None:
    assert shared_value_label("platform.message_place", "ja") == "メッセージの場所"
    assert shared_value_label("platform.message_place", "en") == "Where buyers write"
    assert shared_value_label("deadlines.ship_by", "ja") == "発送期限"
    assert shared_value_label("platform.id", "ja") is None
    assert shared_value_label("buyer_name", "en") is None
    assert chip_source("deadlines.ship_by", "text", "ja") == "{{ deadlines.ship_by | date }}"
    assert chip_source("platform.rating_word", "text", "en") == "{{ platform.rating_word }}"


def test_a_condition_on_a_field_that_is_not_a_tick_box_stays_locked() -> None:
    body = "{% if tracking_number %}\n番号:{{ tracking_number }}\n{% endif %}\n"
    parts = parse_body(body, lambda name: name != "tracking_number")
    assert parts[0] == Locked(body.rstrip("\n"))
    assert join(parts) == body


@pytest.mark.parametrize(
    "body",
    [
        "{% if flag %}inline{% endif %}\n",  # not whole lines
        "前{% if flag %}\n行\n{% endif %}\n",
        "{% if flag %}\n{% endif %}\n",  # nothing inside
        "{% if flag %}\n行\n{% endif %}",  # no line break after the tag
        "{% if flag %}\n{% if other %}\n行\n{% endif %}\n{% endif %}\n",
    ],
)
def test_conditions_that_are_not_whole_simple_lines_are_locked_and_kept(body: str) -> None:
    parts = parse_body(body)
    assert not any(isinstance(p, OnlyWhen) for p in parts)
    assert join(parts) == body


@pytest.mark.parametrize(
    "body",
    [
        "{% if flag %}\n行\n",  # never closed
        "{% endif %}\nあ\n",  # closed, never opened
        "{% raw %}{% if %}{{ x }}{% endraw %}\n",
        "{# a note #}\n{%- if flag -%}\nx\n{%- endif -%}\n",
        "{% set greeting %}こんにちは{% endset %}{{ greeting }}\n",
        "",
        "text only, no tags\n",
    ],
)
def test_anything_else_comes_back_exactly(body: str) -> None:
    assert join(parse_body(body)) == body


def test_typed_braces_stay_text_when_written_back() -> None:
    source = join([Text("記号 {{ と {% と {# はそのまま"), Chip("item_name", "{{ item_name }}")])
    from app.rendering.jinja_env import ENV

    assert ENV.from_string(source).render(item_name="本") == "記号 {{ と {% と {# はそのまま本"


def test_new_chips_and_passages_write_the_house_style() -> None:
    assert chip_source("refund_amount", "money", "ja") == "{{ refund_amount | money }}"
    assert chip_source("ship_date", "date", "en") == "{{ ship_date | date }}"
    assert chip_source("buyer_name", "text", "ja") == "{{ buyer_name | sama }}"
    assert chip_source("buyer_name", "text", "en") == "{{ buyer_name }}"
    passage = only_when("include_note", [Text("メモを添えました。")])
    body = "前\n" + join([passage]) + "\n後\n"
    assert body == "前\n{% if include_note %}\nメモを添えました。\n{% endif %}\n後\n"
    assert parse_body(body)[1] == passage


def test_a_file_splits_into_front_matter_and_body_that_join_again() -> None:
    text = '+++\ntitle = "t"\n+++\n本文\n'
    assert split_file(text) == ('+++\ntitle = "t"\n+++\n', "本文\n")
    assert split_file("no fence") is None
