"""Extra template folders (a synced folder, a team's share), read-only or writable."""

from __future__ import annotations

from pathlib import Path

from app.base.config import Config, ExtraSource, load_config, save_config
from app.base.file_errors import StorageError, failed
from app.base.messages import say
from app.base.paths import builtin_templates_dir, config_file, user_templates_dir


def folders() -> list[ExtraSource]:
    return load_config().sources


def _loaded() -> Config:
    config = load_config()
    if config.problem:
        # Saving over a damaged config would drop the user's other settings silently.
        raise StorageError(config.problem)
    return config


def _save(config: Config) -> None:
    try:
        save_config(config)
    except OSError as error:
        raise failed("save the settings to", config_file(), error) from None


def add_folder(path: Path, writable: bool = False) -> ExtraSource:
    """Add a folder holding ja/ and en/; refuses missing folders and ones already added."""
    path = path.expanduser().resolve()
    if not path.is_dir():
        raise StorageError(say("not_a_folder", path=path))
    if path in (builtin_templates_dir().resolve(), user_templates_dir().resolve()):
        raise StorageError(say("own_folder", path=path))
    config = _loaded()
    if any(source.path == path for source in config.sources):
        raise StorageError(say("listed_already", path=path))
    added = ExtraSource(path, writable)
    config.sources.append(added)
    _save(config)
    return added


def set_writable(path: Path, writable: bool) -> None:
    config = _loaded()
    config.sources = [
        ExtraSource(s.path, writable) if s.path == path else s for s in config.sources
    ]
    _save(config)


def remove_folder(path: Path) -> None:
    """Stop reading templates from ``path``; the folder and its files are left untouched."""
    config = _loaded()
    kept = [source for source in config.sources if source.path != path]
    if len(kept) == len(config.sources):
        raise StorageError(say("not_listed", path=path))
    config.sources = kept
    _save(config)
