import errno
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from app.base import atomic, paths
from app.base.file_errors import StorageError
from app.templates import import_plan, trash
from app.templates.library import Source, load_library, user_source
from app.templates.template_file import MAX_FILE_BYTES
from app.templates.transfer import apply_plan, export_zip, plan_import, summary
from app.templates.userset import customize, new_template

GOOD = '+++\ntitle = "{title}"\ncategory = "thanks"\n+++\n{{{{ buyer_name | sama }}}}\n'


def good(title: str) -> str:
    return GOOD.format(title=title)


def make_zip(path: Path, entries: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def plan(origin: Path):  # type: ignore[no-untyped-def]
    return plan_import(origin, load_library(), user_source())


def user_files() -> dict[str, bytes]:
    root = paths.user_templates_dir()
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.jinja")}


def test_export_then_import_round_trips_the_user_set(tmp_path: Path) -> None:
    new_template("mine", "Mine", "thanks")
    customize("apology", ["ja"])
    names = export_zip(tmp_path / "set.zip")
    assert sorted(names) == ["en/mine.jinja", "ja/apology.jinja", "ja/mine.jinja"]
    saved = user_files()
    for path in paths.user_templates_dir().rglob("*.jinja"):
        path.unlink()
    result = plan(tmp_path / "set.zip")
    assert result.ok and not result.replaces
    assert {(i.lang, i.template_id) for i in result.new} == {
        ("ja", "apology"),
        ("ja", "mine"),
        ("en", "mine"),
    }
    apply_plan(result)
    assert user_files() == saved


def test_export_a_selection_in_one_language(tmp_path: Path) -> None:
    new_template("a", "A", "thanks")
    new_template("b", "B", "thanks")
    names = export_zip(tmp_path / "x.zip", ids=["b"], langs=["en"])
    assert names == ["en/b.jinja"]
    with pytest.raises(StorageError, match=r"Not in .*: zzz"):
        export_zip(tmp_path / "y.zip", ids=["zzz"])
    assert not (tmp_path / "y.zip").exists()


def test_import_with_conflicts_shows_both_titles_and_replaces_only_when_asked(
    tmp_path: Path,
) -> None:
    new_template("mine", "Old title", "thanks", ["ja"])
    archive = make_zip(
        tmp_path / "in.zip",
        {"ja/mine.jinja": good("New title"), "ja/apology.jinja": good("Team apology")},
    )
    result = plan(archive)
    assert [(i.template_id, i.current.title, i.title) for i in result.replaces] == [  # type: ignore[union-attr]
        ("mine", "Old title", "New title")
    ]
    assert [(i.template_id, i.current.source) for i in result.new] == [("apology", "builtin")]  # type: ignore[union-attr]
    lines = summary(result, replace=True)
    assert "replaces  ja/mine  'Old title' -> 'New title'" in lines
    assert any("overrides builtin" in line for line in lines)

    apply_plan(result)  # without replace: the user's file is kept
    assert load_library().get("mine", "ja").title == "Old title"  # type: ignore[union-attr]
    apply_plan(plan(archive), replace=True)
    assert load_library().get("mine", "ja").title == "New title"  # type: ignore[union-attr]
    # The replaced files (the old "mine", and the apology the first import wrote) are undoable.
    assert sorted(e.template_id for e in trash.entries()) == ["apology", "mine"]


def test_import_from_a_folder_ignores_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    (folder / "set" / "en").mkdir(parents=True)
    (folder / "set" / "en" / "hello.jinja").write_text(good("Hello"), encoding="utf-8")
    (folder / "README.txt").write_text("notes", encoding="utf-8")
    result = plan(folder)
    assert result.ok and [i.template_id for i in result.new] == ["hello"]
    assert result.ignored == ["README.txt"]


def refused_after(archive: Path) -> list[str]:
    before = user_files()
    result = plan(archive)
    assert not result.ok
    with pytest.raises(StorageError, match="nothing was written"):
        apply_plan(result)
    assert user_files() == before
    return [str(r) for r in result.refused] + [str(b) for b in result.broken]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../ja/evil.jinja", "climbs out of the folder"),
        ("ja/../../evil.jinja", "climbs out of the folder"),
        ("/etc/ja/evil.jinja", "an absolute path"),
        ("C:/ja/evil.jinja", "an absolute path"),
        ("C:\\ja\\evil.jinja", "an absolute path"),
        ("..\\ja\\evil.jinja", "climbs out of the folder"),
    ],
)
def test_a_zip_with_escaping_paths_is_refused(tmp_path: Path, name: str, message: str) -> None:
    archive = make_zip(tmp_path / "evil.zip", {name: good("Evil"), "ja/ok.jinja": good("Ok")})
    found = refused_after(archive)
    assert len(found) == 1 and found[0].startswith(f"{name}: ") and message in found[0]
    assert not (tmp_path / "evil.jinja").exists()


def test_a_symlink_inside_a_zip_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "link.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        info = zipfile.ZipInfo("ja/link.jinja")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        handle.writestr(info, "/etc/passwd")
    assert refused_after(archive) == ["ja/link.jinja: is a symbolic link, not a file"]


def test_a_symlink_in_an_imported_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(good("Secret"), encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "ja").mkdir(parents=True)
    (folder / "ja" / "link.jinja").symlink_to(secret)
    (folder / "en").symlink_to(tmp_path, target_is_directory=True)
    found = refused_after(folder)
    assert "ja/link.jinja: is a symbolic link, not a file" in found
    assert "en: is a symbolic link to another folder" in found


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "bomb.zip",
        {f"ja/b{n}.jinja": b"\0" * (MAX_FILE_BYTES - 1) for n in range(130)},
    )
    assert archive.stat().st_size < 1_000_000
    found = refused_after(archive)
    assert len(found) == 1 and "this looks like a zip bomb" in found[0]


def test_too_many_entries_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_plan, "MAX_ENTRIES", 3)
    archive = make_zip(tmp_path / "many.zip", {f"ja/t{n}.jinja": good("x") for n in range(4)})
    assert refused_after(archive) == ["many.zip: holds 4 files; an import may hold 3"]


def test_a_zip_whose_declared_size_lies_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "liar.zip", {"ja/liar.jinja": b"x" * 100_000})
    raw = bytearray(archive.read_bytes())
    # Claim 10 bytes in both the local header and the central directory.
    local = raw.index(b"PK\x03\x04")
    struct.pack_into("<I", raw, local + 22, 10)
    central = raw.index(b"PK\x01\x02")
    struct.pack_into("<I", raw, central + 24, 10)
    archive.write_bytes(bytes(raw))
    found = refused_after(archive)
    assert len(found) == 1 and found[0].startswith("ja/liar.jinja: is damaged")


def test_a_ten_megabyte_file_is_refused_in_a_zip_and_in_a_folder(tmp_path: Path) -> None:
    big = good("Big") + "x" * (10 * 1024 * 1024)
    archive = make_zip(tmp_path / "big.zip", {"ja/big.jinja": big})
    message = f"ja/big.jinja: is {len(big):,} bytes; a template may be {MAX_FILE_BYTES:,}"
    assert refused_after(archive) == [message]
    folder = tmp_path / "folder"
    (folder / "ja").mkdir(parents=True)
    (folder / "ja" / "big.jinja").write_text(big, encoding="utf-8")
    assert refused_after(folder) == [message]


def test_an_undecodable_file_is_refused_with_its_line(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "sjis.zip", {"ja/sjis.jinja": good("x").encode() + "本文".encode("shift_jis")}
    )
    assert refused_after(archive) == [
        "ja/sjis.jinja: line 6 is not UTF-8 text; save it as UTF-8 and try again"
    ]


def test_a_template_with_a_syntax_error_is_listed_as_broken_at_its_line(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "broken.zip",
        {
            "en/unclosed.jinja": good("x") + "{% if buyer_name %}\nno end\n",
            "en/empty_if.jinja": good("x") + "Hello\n{% if %}x{% endif %}\n",
            "en/filter.jinja": good("x") + "{{ buyer_name | shout }}\n",
        },
    )
    found = refused_after(archive)
    assert found[0].startswith("en/unclosed.jinja:7: Unexpected end of template")
    assert found[1].startswith("en/empty_if.jinja:7: Expected an expression")
    assert found[2] == "en/filter.jinja:6: there is no filter named 'shout'"


def test_two_entries_with_the_same_id_and_language_are_both_refused(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "twice.zip",
        {"ja/a.jinja": good("one"), "x/ja/a.jinja": good("two"), "en/a.jinja": good("en")},
    )
    found = refused_after(archive)
    assert found == [
        "x/ja/a.jinja: has the same id and language as ja/a.jinja; keep only one",
        "ja/a.jinja: has the same id and language as another entry",
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ja/Bad Name.jinja", "cannot be a template id"),
        ("ja/a:b.jinja", "cannot be a template id"),
        ("ja/con.jinja", "Windows keeps for devices"),
        ("ja/" + "a" * 90 + ".jinja", "keep it to 80"),
        ("fr/a.jinja", "inside a ja/ or en/ folder"),
    ],
)
def test_names_the_file_system_refuses_are_refused(tmp_path: Path, name: str, message: str) -> None:
    archive = make_zip(tmp_path / "names.zip", {name: good("x")})
    found = refused_after(archive)
    assert len(found) == 1 and found[0].startswith(name) and message in found[0]


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_text("not a zip", encoding="utf-8")
    assert refused_after(fake)[0].startswith("fake.zip: is not a zip archive")


def test_a_full_disk_while_importing_stops_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = make_zip(tmp_path / "in.zip", {"ja/a.jinja": good("A")})
    result = plan(archive)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    with pytest.raises(StorageError, match="the disk is full"):
        apply_plan(result)
    assert user_files() == {}
    assert not list(paths.user_templates_dir().rglob("*.tmp"))


def test_importing_into_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", {"ja/a.jinja": good("A")})
    locked = Source("team", tmp_path / "team", writable=False)
    with pytest.raises(StorageError, match="read-only template folder"):
        apply_plan(plan_import(archive, load_library(), locked))
    assert not (tmp_path / "team").exists()


def test_importing_into_a_folder_the_os_refuses_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = make_zip(tmp_path / "in.zip", {"ja/a.jinja": good("A"), "ja/b.jinja": good("B")})
    result = plan(archive)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError) as caught:
        apply_plan(result)
    assert caught.value.message == (
        f"Could not write {paths.user_templates_dir() / 'ja' / 'a.jinja'}: the folder is "
        "read-only or you may not write there. It and the files after it were not imported; "
        "already imported: none."
    )
    assert user_files() == {}
