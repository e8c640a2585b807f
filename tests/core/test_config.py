from pathlib import Path

import pytest

from app.base import paths
from app.base.config import Config, ExtraSource, load_config, save_config
from app.base.platforms import load_platforms
from app.cli import main


def test_config_round_trips_through_the_file(tmp_path: Path) -> None:
    config = Config(
        sources=[ExtraSource(tmp_path / "shared", writable=True)],
        platforms={"rakuma": {"deadlines": {"operator_request_days": 12}}},
    )
    save_config(config)
    assert paths.config_file().is_file()
    loaded = load_config()
    assert loaded.sources == config.sources
    assert loaded.platforms == config.platforms
    assert loaded.problem is None
    # load_platforms reads the saved corrections by itself
    assert load_platforms()["rakuma"].deadlines["operator_request_days"] == 12


def test_a_damaged_config_is_kept_aside_and_defaults_are_used() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"[[sources]\npath = \xff")
    config = load_config()
    assert config.sources == []
    assert config.problem is not None
    assert "config.toml.bak" in config.problem
    assert path.with_name("config.toml.bak").read_bytes() == b"[[sources]\npath = \xff"


def test_a_config_nested_too_deeply_is_reported_not_a_crash() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    config = load_config()
    assert config.problem is not None and "nested too deeply" in config.problem
    assert path.with_name("config.toml.bak").read_bytes() == path.read_bytes()


def test_every_command_warns_of_a_damaged_config(capsys: pytest.CaptureFixture[str]) -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[[sources]]\npath = "/team\n', encoding="utf-8")
    assert main(["list", "--lang", "ja"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"teinei: warning: {path} is damaged")
    assert "config.toml.bak" in err
