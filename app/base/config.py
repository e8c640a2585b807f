"""The user's config file: extra template folders and corrections to platform figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.base import paths
from app.base.atomic import clean_stale_temps, write_bytes_atomic, write_text_atomic
from app.base.file_errors import reason
from app.base.messages import say
from app.base.safe_read import read_regular

CONFIG_VERSION = 1
MAX_CONFIG_BYTES = 1 << 20


@dataclass(frozen=True)
class ExtraSource:
    """A folder of templates (with ja/ and en/ inside) beyond the built-in and user sets."""

    path: Path
    writable: bool = False


@dataclass
class Config:
    sources: list[ExtraSource] = field(default_factory=list)
    # platform id -> keys to override in its profile (message_limit, deadlines, ...)
    platforms: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Set when the file on disk could not be read; the user is told and defaults are used.
    problem: str | None = None


def load_config(path: Path | None = None) -> Config:
    path = path or paths.config_file()
    try:
        raw = read_regular(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        return Config()
    except OSError as error:
        return Config(problem=say("config_unreadable", path=path, reason=error.strerror))
    try:
        import tomllib  # loaded only when there is a config file to read

        data = tomllib.loads(raw.decode("utf-8"))
        return _from_data(data)
    except Exception as error:  # undecodable, bad TOML, wrong types, nested too deeply
        detail = str(error) if not isinstance(error, RecursionError) else "nested too deeply"
        backup = path.with_name(path.name + ".bak")
        try:
            write_bytes_atomic(backup, raw)
        except OSError as copy_error:
            return Config(problem=say("config_unreadable", path=path, reason=reason(copy_error)))
        return Config(
            problem=say("config_damaged", path=path, detail=detail[:200], backup=backup.name)
        )


def _from_data(data: dict[str, Any]) -> Config:
    sources = []
    for entry in data.get("sources", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise ValueError("every [[sources]] entry needs a path")
        sources.append(
            ExtraSource(Path(entry["path"]).expanduser(), bool(entry.get("writable", False)))
        )
    platforms = data.get("platforms", {})
    if not isinstance(platforms, dict):
        raise ValueError("[platforms] must be a table")
    return Config(sources=sources, platforms={str(k): dict(v) for k, v in platforms.items()})


def save_config(config: Config, path: Path | None = None) -> None:
    path = path or paths.config_file()
    data: dict[str, Any] = {"version": CONFIG_VERSION}
    if config.sources:
        data["sources"] = [
            {"path": str(source.path), "writable": source.writable} for source in config.sources
        ]
    if config.platforms:
        data["platforms"] = config.platforms
    import tomli_w  # only a save needs it; the window starts without it

    write_text_atomic(path, tomli_w.dumps(data))


def clean_stale_saves(config: Config | None = None) -> list[Path]:
    """Remove temp files an interrupted save left in Teinei's folders (at each start)."""
    from app.base.pair_journal import finish_interrupted

    finish_interrupted()  # before the clean-up below would remove a staged half of a pair
    config = config or load_config()
    folders = [paths.data_dir(), paths.config_dir(), paths.cache_dir()]
    for root in [paths.user_templates_dir(), *(s.path for s in config.sources if s.writable)]:
        folders += [root, root / "ja", root / "en"]
    return clean_stale_temps(folders)
