"""The render memo: a remembered preview is exactly what rendering gives, and any change to
what the preview is made from misses."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.base.platforms import Platform, load_platforms
from app.rendering.preview import compose
from app.rendering.render_memo import KEEP, RenderMemo, code_stamp, memo_path
from app.templates.library import Library, Source, builtin_source, load_library
from tests.conftest import write_template


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([builtin_source()])


@pytest.fixture(scope="module")
def platforms() -> dict[str, Platform]:
    return load_platforms()


ORDERS: list[dict[str, object]] = [
    {},
    {"buyer_name": "佐藤 美咲"},
    {"buyer_name": "Emily Carter", "item_name": "Nikon binoculars", "price": Decimal("4800")},
]


def test_every_builtin_preview_comes_back_exactly_as_rendered(
    tmp_path: Path, library: Library, platforms: dict[str, Platform]
) -> None:
    memo = RenderMemo(tmp_path / "memo.pickle")
    cases = [
        (template, values, platforms[template.platforms[0]])
        for template in library.templates
        for values in ORDERS
    ]
    for template, values, platform in cases:
        memo.remember(template, values, platform, {}, compose(template, values, platform))
    memo.save()
    again = RenderMemo(tmp_path / "memo.pickle")
    recalled = 0
    for template, values, platform in cases[-KEEP:]:
        assert again.recall(template, values, platform, {}) == compose(template, values, platform)
        recalled += 1
    assert recalled == KEEP


def test_a_changed_body_value_platform_or_deadline_misses(
    tmp_path: Path, platforms: dict[str, Platform]
) -> None:
    front = 'title = "注文について"\ncategory = "checking"'
    write_template(tmp_path, "ja", "note", front, "{{ buyer_name | sama }}\nご連絡です。\n")
    template = load_library([Source("user", tmp_path)]).get("note", "ja")
    assert template is not None
    jp = platforms["mercari_jp"]
    values = {"buyer_name": "佐藤 美咲"}
    memo = RenderMemo(tmp_path / "memo.pickle")
    memo.remember(template, values, jp, {}, compose(template, values, jp))
    assert memo.recall(template, values, jp, {}) is not None

    edited = dataclasses.replace(template, body="{{ buyer_name | sama }}\nお知らせです。\n")
    assert memo.recall(edited, values, jp, {}) is None
    assert memo.recall(template, {"buyer_name": "佐藤 美咲 "}, jp, {}) is None
    assert memo.recall(template, values, platforms["rakuma"], {}) is None
    assert memo.recall(template, values, jp, {"reply_by": date(2026, 5, 1)}) is None
    longer = dataclasses.replace(jp, message_limit=(jp.message_limit or 0) + 1)
    assert memo.recall(template, values, longer, {}) is None


def test_changed_rendering_code_forgets_everything(
    tmp_path: Path, library: Library, platforms: dict[str, Platform]
) -> None:
    template = library.templates[0]
    platform = platforms[template.platforms[0]]
    memo = RenderMemo(tmp_path / "memo.pickle")
    memo.remember(template, {}, platform, {}, compose(template, {}, platform))
    memo.save()
    assert RenderMemo(tmp_path / "memo.pickle").recall(template, {}, platform, {}) is not None
    other = RenderMemo(tmp_path / "memo.pickle", stamp=(*code_stamp(), "an update"))
    assert other.recall(template, {}, platform, {}) is None


def test_a_damaged_or_foreign_memo_is_ignored_and_replaced(
    library: Library, platforms: dict[str, Platform]
) -> None:
    path = memo_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x80\x05not a pickle")
    memo = RenderMemo()
    assert memo.entries == {}
    template = library.templates[0]
    platform = platforms[template.platforms[0]]
    memo.remember(template, {}, platform, {}, compose(template, {}, platform))
    memo.save()
    assert RenderMemo().recall(template, {}, platform, {}) == compose(template, {}, platform)
