"""The parse cache: a start parses only changed files, and a bad cache is never trusted."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from app.base import paths
from app.base.messages import text_in
from app.templates import library_cache
from app.templates.library import Source, builtin_source, load_library, user_source
from app.templates.library_cache import RACY_NS, ParseCache, cache_path
from app.templates.template_file import parse_template
from tests.conftest import write_template

FRONT = 'title = "{title}"\ncategory = "thanks"'
LATER = 10**20  # a clock long after every file was written, so none is too fresh to keep


def later() -> int:
    return LATER


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files actually parsed (not taken from the cache), by name."""
    seen: list[str] = []

    def counting(path: Path, source: str = "builtin", text: str | None = None):  # type: ignore[no-untyped-def]
        seen.append(path.name)
        return parse_template(path, source, text)

    monkeypatch.setattr(library_cache, "parse_template", counting)
    return seen


def sources() -> list[Source]:
    return [builtin_source(), user_source()]


def test_a_second_load_parses_nothing_and_equals_a_fresh_parse(parses: list[str]) -> None:
    first = load_library(sources(), cache=ParseCache(clock=later))
    assert len(parses) == len(first.templates) > 40
    parses.clear()

    again = load_library(sources(), cache=ParseCache(clock=later))

    assert parses == []
    fresh = [parse_template(t.path, t.source) for t in again.templates]
    assert again.templates == fresh
    assert again.templates == first.templates


def test_a_changed_file_is_parsed_again(parses: list[str]) -> None:
    folder = paths.user_templates_dir()
    path = write_template(folder, "ja", "mine", FRONT.format(title="最初"), "{{ buyer_name }}\n")
    load_library(sources(), cache=ParseCache(clock=later))
    parses.clear()

    write_template(folder, "ja", "mine", FRONT.format(title="直した"), "{{ item_name }}\n")
    library = load_library(sources(), cache=ParseCache(clock=later))

    assert parses == ["mine.jinja"]
    template = library.get("mine", "ja")
    assert template is not None and template.title == "直した"
    assert [f.name for f in template.fields] == ["item_name"]
    assert path.exists()


def test_an_edit_of_the_same_size_with_its_time_put_back_is_still_noticed(
    parses: list[str],
) -> None:
    folder = paths.user_templates_dir()
    path = write_template(folder, "ja", "mine", FRONT.format(title="赤い"), "x\n")
    before = os.stat(path)
    load_library(sources(), cache=ParseCache(clock=later))
    parses.clear()

    with open(path, "r+b") as handle:  # same file, same size, other words
        handle.write(path.read_bytes().replace("赤い".encode(), "青い".encode()))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    library = load_library(sources(), cache=ParseCache(clock=later))

    assert parses == ["mine.jinja"]
    template = library.get("mine", "ja")
    assert template is not None and template.title == "青い"


def test_a_file_written_a_moment_ago_is_not_kept(parses: list[str]) -> None:
    path = write_template(paths.user_templates_dir(), "ja", "mine", FRONT.format(title="今"), "x\n")
    just_after = os.stat(path).st_mtime_ns + RACY_NS // 2
    load_library(sources(), cache=ParseCache(clock=lambda: just_after))
    parses.clear()

    load_library(sources(), cache=ParseCache(clock=later))

    assert parses == ["mine.jinja"]


def test_a_corrupt_cache_is_ignored_and_written_afresh(parses: list[str]) -> None:
    expected = load_library(sources(), cache=ParseCache(clock=later)).templates
    cache_path().write_bytes(b"\x80\x05 not a pickle at all")
    parses.clear()

    library = load_library(sources(), cache=ParseCache(clock=later))

    assert library.templates == expected
    assert len(parses) == len(expected)
    parses.clear()
    load_library(sources(), cache=ParseCache(clock=later))
    assert parses == []


def test_a_cache_holding_anything_but_templates_is_refused(parses: list[str]) -> None:
    expected = load_library(sources(), cache=ParseCache(clock=later)).templates
    stamp, _ = pickle.loads(cache_path().read_bytes())
    cache_path().write_bytes(pickle.dumps((stamp, {"x": os.system})))
    parses.clear()

    assert load_library(sources(), cache=ParseCache(clock=later)).templates == expected
    assert len(parses) == len(expected)


def test_another_teinei_version_does_not_use_the_cache(
    parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_library(sources(), cache=ParseCache(clock=later))
    parses.clear()
    monkeypatch.setattr(library_cache, "__version__", "99.0")

    library = load_library(sources(), cache=ParseCache(clock=later))

    assert len(parses) == len(library.templates)


def test_broken_files_give_the_same_problems_from_the_cache(
    tmp_path: Path, parses: list[str]
) -> None:
    folder = tmp_path / "mine"
    write_template(folder, "ja", "bad_jinja", FRONT.format(title="x"), "{% for %}\n")
    (folder / "ja" / "bad_bytes.jinja").write_bytes(b"+++\n\xff\xfe\n+++\n")
    first = load_library([Source("user", folder)], cache=ParseCache(clock=later))
    parses.clear()

    again = load_library([Source("user", folder)], cache=ParseCache(clock=later))

    assert parses == []
    assert again.problems == first.problems
    assert len(again.problems) == 2
    # Both languages of each problem survive the cache.
    assert [text_in(p.message, "ja") for p in again.problems] == [
        text_in(p.message, "ja") for p in first.problems
    ]
    assert text_in(again.problems[0].message, "ja") != text_in(again.problems[0].message, "en")


def test_a_deleted_file_leaves_the_library_and_the_cache(parses: list[str]) -> None:
    path = write_template(paths.user_templates_dir(), "ja", "mine", FRONT.format(title="x"), "y\n")
    load_library(sources(), cache=ParseCache(clock=later))
    path.unlink()

    library = load_library(sources(), cache=ParseCache(clock=later))

    assert library.get("mine", "ja") is None
    assert not any(name == str(path) for _, name in ParseCache(clock=later).entries)


def test_a_cache_that_cannot_be_written_does_not_stop_the_library(
    tmp_path: Path,
) -> None:
    blocked = tmp_path / "a file" / "library.pickle"
    blocked.parent.write_text("not a folder")

    library = load_library(sources(), cache=ParseCache(blocked, clock=later))

    assert len(library.templates) > 40
