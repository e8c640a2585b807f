import errno
from pathlib import Path

import pytest

from app.base import atomic, paths
from app.base.config import ExtraSource, load_config
from app.base.file_errors import StorageError
from app.templates.library import load_library
from app.templates.shared_folders import add_folder, remove_folder, set_writable
from app.templates.userset import writable_sources
from tests.conftest import write_template


def test_an_added_folder_shows_its_templates_with_their_source(tmp_path: Path) -> None:
    team = tmp_path / "team"
    write_template(team, "ja", "team_thanks", 'title = "チーム"\ncategory = "thanks"', "x\n")
    add_folder(team)
    found = load_library().get("team_thanks", "ja")
    assert found is not None and found.source == str(team)
    assert load_config().sources == [ExtraSource(team, False)]
    assert [s.path for s in writable_sources()] == [paths.user_templates_dir()]


def test_a_folder_can_be_made_writable_and_removed(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    add_folder(team)
    set_writable(team, True)
    assert [s.path for s in writable_sources()][1:] == [team]
    remove_folder(team)
    assert load_config().sources == []
    assert team.is_dir()


def test_adding_refuses_missing_duplicate_and_own_folders(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is not a folder"):
        add_folder(tmp_path / "nowhere")
    add_folder(tmp_path)
    with pytest.raises(StorageError, match="in the list already"):
        add_folder(tmp_path)
    paths.user_templates_dir().mkdir(parents=True)
    with pytest.raises(StorageError, match="Teinei's own template folders"):
        add_folder(paths.user_templates_dir())


def test_a_damaged_config_is_not_overwritten(tmp_path: Path) -> None:
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text("[[sources]\n", encoding="utf-8")
    with pytest.raises(StorageError, match="damaged"):
        add_folder(tmp_path)
    assert paths.config_file().read_text(encoding="utf-8") == "[[sources]\n"


def test_a_read_only_config_folder_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError, match="read-only or you may not write there"):
        add_folder(tmp_path)
