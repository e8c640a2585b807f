"""Hostile template folders: one bad file is reported and skipped, nothing hangs or fills memory."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.base import paths
from app.base.config import Config, ExtraSource, save_config
from app.cli import main
from app.templates import library_cache, template_file
from app.templates.import_plan import plan_import
from app.templates.library import Source, load_library, user_source
from app.templates.library_cache import ParseCache
from tests.conftest import write_template

FRONT = 'title = "{title}"\ncategory = "thanks"'
LATER = 10**20


def later() -> int:
    return LATER


def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    write_template(folder, "ja", "good", FRONT.format(title="良い"), "{{ buyer_name }} 様\n")
    return folder


def loaded(folder: Path) -> tuple[list[str], dict[str, str]]:
    library = load_library([Source("team", folder)], cache=ParseCache(clock=later))
    return [t.id for t in library.templates], {p.path.name: p.message for p in library.problems}


def test_parentheses_nested_past_the_parsers_depth_are_one_broken_file(tmp_path: Path) -> None:
    folder = shared(tmp_path)
    deep = "(" * 400 + "1" + ")" * 400
    write_template(folder, "ja", "deep", FRONT.format(title="深い"), "{{ " + deep + " }}\n")
    ids, problems = loaded(folder)
    assert ids == ["good"]
    assert "nested too deeply" in problems["deep.jinja"]


def test_front_matter_nested_past_the_toml_readers_depth_is_one_broken_file(
    tmp_path: Path,
) -> None:
    folder = shared(tmp_path)
    front = FRONT.format(title="深い") + "\ntags = " + "[" * 5000 + "]" * 5000
    write_template(folder, "ja", "deep_toml", front, "x\n")
    ids, problems = loaded(folder)
    assert ids == ["good"]
    assert "deep_toml.jinja" in problems


def test_any_other_failure_while_reading_one_file_is_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = shared(tmp_path)
    write_template(folder, "ja", "odd", FRONT.format(title="変"), "x\n")
    real = template_file._check_front_matter

    def failing(path: Path, data: dict, lines: list[str]):  # type: ignore[no-untyped-def]
        if path.stem == "odd":
            raise KeyError("surprise")
        return real(path, data, lines)

    monkeypatch.setattr(template_file, "_check_front_matter", failing)
    ids, problems = loaded(folder)
    assert ids == ["good"]
    assert "KeyError" in problems["odd.jinja"]


@pytest.fixture
def unblocker() -> Iterator[list[Path]]:
    """FIFOs a test makes; if the code under test still waits on one after 5 s, a writer
    opens it so the test ends (and fails) instead of hanging."""
    fifos: list[Path] = []
    done = threading.Event()

    def rescue() -> None:
        if done.wait(5):
            return
        for fifo in fifos:
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=rescue, daemon=True)
    thread.start()
    yield fifos
    done.set()
    thread.join()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_a_device_link_and_a_folder_are_reported_never_read(
    tmp_path: Path, unblocker: list[Path]
) -> None:
    folder = shared(tmp_path)
    fifo = folder / "ja" / "pipe.jinja"
    os.mkfifo(fifo)
    unblocker.append(fifo)
    (folder / "ja" / "zeros.jinja").symlink_to("/dev/zero")
    (folder / "ja" / "folder.jinja").mkdir()
    ids, problems = loaded(folder)
    assert ids == ["good"]
    assert "pipe (FIFO)" in problems["pipe.jinja"]
    assert "a device" in problems["zeros.jinja"]
    assert "a folder" in problems["folder.jinja"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_list_check_and_import_dry_run_do_not_wait_on_a_fifo(
    tmp_path: Path, unblocker: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = shared(tmp_path)
    save_config(Config(sources=[ExtraSource(folder)]))
    fifo = folder / "ja" / "pipe.jinja"
    os.mkfifo(fifo)
    zip_fifo = tmp_path / "team.zip"
    os.mkfifo(zip_fifo)
    unblocker.extend([fifo, zip_fifo])

    assert main(["list", "--lang", "ja"]) == 0
    assert main(["check"]) == 1
    assert "pipe.jinja:1: is not read: a pipe (FIFO)" in capsys.readouterr().out
    assert main(["import", "--dry-run", str(folder)]) == 1
    assert "ja/pipe.jinja: is not read: a pipe (FIFO)" in capsys.readouterr().out
    plan = plan_import(zip_fifo, load_library(), user_source())
    assert [str(r) for r in plan.refused] == [
        "team.zip: is not read: a pipe (FIFO), not a regular file"
    ]


def test_the_cache_never_stands_in_for_changed_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A sync tool can put back size, times and even the inode; only the text tells.
    monkeypatch.setattr(library_cache, "_stamp", lambda path: (1, 1, 1, 1))
    path = write_template(
        paths.user_templates_dir(), "ja", "mine", FRONT.format(title="最初"), "一つ目\n"
    )
    load_library([user_source()], cache=ParseCache(clock=later))
    path.write_text(path.read_text("utf-8").replace("最初", "二番"), "utf-8")
    library = load_library([user_source()], cache=ParseCache(clock=later))
    template = library.get("mine", "ja")
    assert template is not None and template.title == "二番"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_render_and_lint_refuse_a_fifo_for_their_input(
    tmp_path: Path, unblocker: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "order.json"
    os.mkfifo(fifo)
    unblocker.append(fifo)
    assert (
        main(["render", "thanks", "--lang", "ja", "--platform", "mercari_jp", "--order", str(fifo)])
        == 2
    )
    assert "pipe (FIFO)" in capsys.readouterr().err
    assert main(["lint", "--platform", "mercari_jp", str(fifo)]) == 2
    assert "pipe (FIFO)" in capsys.readouterr().err
