import errno
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.base import atomic, paths
from app.base.config import Config, ExtraSource, save_config
from app.base.file_errors import StorageError
from app.templates import trash
from app.templates.library import Source, builtin_source, load_library, user_source
from app.templates.userset import (
    customize,
    delete,
    duplicate,
    id_problem,
    new_template,
    rename,
    revert_to_builtin,
    undo_delete,
    writable_sources,
)

CLOCK = lambda: datetime(2026, 11, 21, 22, 30, tzinfo=UTC)  # noqa: E731


def user_file(lang: str, template_id: str) -> Path:
    return paths.user_templates_dir() / lang / f"{template_id}.jinja"


def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod does not stop writes: make creating the temp file
    # fail the way a read-only folder does.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)


def test_customizing_a_builtin_copies_it_into_the_user_set_where_it_wins() -> None:
    written = customize("apology")
    assert written == [user_file("ja", "apology"), user_file("en", "apology")]
    builtin = builtin_source().path / "ja" / "apology.jinja"
    assert written[0].read_text(encoding="utf-8") == builtin.read_text(encoding="utf-8")
    library = load_library()
    assert library.get("apology", "ja").source == "user"  # type: ignore[union-attr]
    assert library.get("apology", "en").source == "user"  # type: ignore[union-attr]


def test_customizing_one_language_leaves_the_other_builtin() -> None:
    customize("apology", ["en"])
    library = load_library()
    assert library.get("apology", "en").source == "user"  # type: ignore[union-attr]
    assert library.get("apology", "ja").source == "builtin"  # type: ignore[union-attr]


def test_customizing_twice_says_the_copy_exists_and_keeps_the_edit() -> None:
    customize("apology", ["ja"])
    user_file("ja", "apology").write_text("edited", encoding="utf-8")
    with pytest.raises(StorageError, match="already in your set"):
        customize("apology", ["ja"])
    assert user_file("ja", "apology").read_text(encoding="utf-8") == "edited"


def test_reverting_to_builtin_trashes_the_copy_and_undo_brings_it_back() -> None:
    customize("apology")
    user_file("ja", "apology").write_text(
        user_file("ja", "apology").read_text(encoding="utf-8").replace("お詫び", "私のお詫び"),
        encoding="utf-8",
    )
    entries = revert_to_builtin("apology", clock=CLOCK)
    assert load_library().get("apology", "ja").source == "builtin"  # type: ignore[union-attr]
    assert {e.file.name for e in entries} == {
        "20261121T223000000000-ja-apology.jinja",
        "20261121T223000000000-en-apology.jinja",
    }
    undo_delete(entries)
    restored = load_library().get("apology", "ja")
    assert restored is not None and restored.title.startswith("私のお詫び")


def test_new_template_is_valid_in_both_languages() -> None:
    new_template("late_reply", 'Late "reply"', "apology")
    library = load_library()
    assert not library.problems
    ja, en = library.get("late_reply", "ja"), library.get("late_reply", "en")
    assert ja is not None and en is not None
    assert (ja.title, en.title, ja.category) == ('Late "reply"', 'Late "reply"', "apology")
    assert [f.name for f in ja.fields] == ["buyer_name"]


def test_new_template_refuses_an_unknown_category_and_an_existing_id() -> None:
    with pytest.raises(StorageError, match="not a category"):
        new_template("x", "X", "gossip")
    new_template("x", "X", "thanks")
    with pytest.raises(StorageError, match="exists already"):
        new_template("x", "Y", "thanks")


@pytest.mark.parametrize(
    ("bad_id", "message"),
    [
        ("", "Give the template an id"),
        ("Late Reply", "cannot be a template id"),
        ("a/b", "cannot be a template id"),
        ("a:b", "cannot be a template id"),
        ("ok?", "cannot be a template id"),
        ("..", "cannot be a template id"),
        ("con", "Windows keeps for devices"),
        ("lpt1", "Windows keeps for devices"),
        ("a" * 81, "keep it to 80"),
    ],
)
def test_ids_the_file_system_refuses_get_a_clear_message(bad_id: str, message: str) -> None:
    new_template("mine", "Mine", "thanks")
    with pytest.raises(StorageError, match=message):
        rename("mine", bad_id)
    problem = id_problem(bad_id)
    assert problem is not None and message in problem
    assert user_file("ja", "mine").exists() and user_file("en", "mine").exists()


def test_a_name_too_long_for_the_file_system_is_explained(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def too_long(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENAMETOOLONG, "File name too long")

    new_template("mine", "Mine", "thanks")
    monkeypatch.setattr(atomic.tempfile, "mkstemp", too_long)
    with pytest.raises(StorageError, match="refuses a name this long"):
        rename("mine", "mine_again")
    assert user_file("ja", "mine").exists()


def test_rename_moves_both_languages_and_refuses_a_taken_id() -> None:
    new_template("old", "Old", "thanks")
    new_template("taken", "Taken", "thanks", ["en"])
    with pytest.raises(StorageError, match="exists already"):
        rename("old", "taken")
    rename("old", "fresh")
    library = load_library()
    assert library.get("old", "ja") is None
    assert library.get("fresh", "ja") is not None and library.get("fresh", "en") is not None


def test_duplicate_copies_a_builtin_under_a_new_id_with_a_marked_title() -> None:
    duplicate(load_library(), "apology", "apology_mine")
    library = load_library()
    copy = library.get("apology_mine", "ja")
    assert copy is not None and copy.title == "お詫び(破損・状態違い・遅延)(コピー)"
    assert library.get("apology_mine", "en").title.endswith(" (copy)")  # type: ignore[union-attr]
    assert copy.body == library.get("apology", "ja").body  # type: ignore[union-attr]


def test_delete_goes_to_the_trash_with_a_manifest_and_undo_restores() -> None:
    new_template("gone", "Gone", "thanks")
    text = user_file("ja", "gone").read_text(encoding="utf-8")
    entries = delete("gone", clock=CLOCK)
    assert not user_file("ja", "gone").exists()
    listed = trash.entries()
    assert {(e.template_id, e.lang) for e in listed} == {("gone", "ja"), ("gone", "en")}
    assert all(e.original.parent.parent == paths.user_templates_dir() for e in listed)
    undo_delete(entries)
    assert user_file("ja", "gone").read_text(encoding="utf-8") == text
    assert trash.entries() == []


def test_undo_delete_refuses_to_overwrite_a_file_that_now_exists() -> None:
    new_template("gone", "Gone", "thanks")
    entries = delete("gone", clock=CLOCK)
    new_template("gone", "Newer", "thanks")
    with pytest.raises(StorageError, match="exists now"):
        undo_delete(entries)
    assert load_library().get("gone", "ja").title == "Newer"  # type: ignore[union-attr]
    assert len(trash.entries()) == 2


def test_a_read_only_folder_gives_a_clear_error_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_template("mine", "Mine", "thanks")
    before = sorted(paths.user_templates_dir().rglob("*"))
    read_only(monkeypatch)
    with pytest.raises(StorageError, match="read-only or you may not write there"):
        customize("apology")
    with pytest.raises(StorageError, match="read-only"):
        rename("mine", "yours")
    with pytest.raises(StorageError, match="read-only"):
        delete("mine")
    assert sorted(paths.user_templates_dir().rglob("*")) == before


def test_a_full_disk_during_save_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    new_template("mine", "Mine", "thanks")
    before = {p: p.read_bytes() for p in paths.user_templates_dir().rglob("*.jinja")}
    disk_full(monkeypatch)
    with pytest.raises(StorageError, match=r"the disk is full\. Nothing was changed"):
        duplicate(load_library(), "mine", "mine_too")
    with pytest.raises(StorageError, match="disk is full"):
        delete("mine")
    after = {p: p.read_bytes() for p in paths.data_dir().rglob("*") if p.is_file()}
    assert after == before


def test_a_read_only_shared_folder_is_never_a_target(tmp_path: Path) -> None:
    shared = tmp_path / "team"
    (shared / "ja").mkdir(parents=True)
    with pytest.raises(StorageError, match="read-only template folder"):
        new_template("x", "X", "thanks", target=Source(str(shared), shared, writable=False))
    assert list((shared / "ja").iterdir()) == []


def test_a_writable_shared_folder_can_take_new_templates(tmp_path: Path) -> None:
    shared, locked = tmp_path / "team", tmp_path / "locked"
    save_config(Config(sources=[ExtraSource(shared, writable=True), ExtraSource(locked)]))
    targets = writable_sources()
    assert [t.path for t in targets] == [user_source().path, shared]
    new_template("team_note", "Team", "thanks", target=targets[1])
    found = load_library().get("team_note", "ja")
    assert found is not None and found.source == str(shared)
