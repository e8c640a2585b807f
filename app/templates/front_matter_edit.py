"""Changing one front matter value in a template's text, keeping the rest as written.

The editor's form uses this so a seller never has to write TOML: the line for the key is
replaced (or added), comments and order stay; when the text is laid out in a way a line
edit cannot handle, the whole front matter is written anew with tomli_w.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from app.templates.template_file import FENCE, split_front_matter

_HEADER = re.compile(r"^\s*\[")
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class FrontMatterError(ValueError):
    """The text's front matter cannot be read, so the form cannot change it."""


def read_front_matter(text: str) -> dict[str, Any]:
    try:
        front, _body, _line = split_front_matter(Path("x.jinja"), text)
        return tomllib.loads(front)
    except (ValueError, tomllib.TOMLDecodeError) as error:
        raise FrontMatterError(str(error)) from None


def toml_value(value: Any) -> str:
    """A value as one line of TOML, as the built-ins write it (inline arrays and tables)."""
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict) and all(_BARE_KEY.match(str(k)) for k in value):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return tomli_w.dumps({"v": value}).split("=", 1)[1].strip()


def _key_line(key: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{re.escape(key)}\s*=")


def _parts(text: str) -> tuple[list[str], int]:
    """The text's lines and the index of the closing fence."""
    lines = text.split("\n")
    _front, _body, body_line = split_front_matter(Path("x.jinja"), text)
    return lines, body_line - 2


def set_value(text: str, key: str, value: Any, table: str | None = None) -> str:
    """The text with ``key`` (in ``[table]`` when given) set to ``value``."""
    data = read_front_matter(text)
    lines, close = _parts(text)
    new_line = f"{key} = {toml_value(value)}"
    start, end = 1, close
    if table is None:
        end = next((i for i in range(1, close) if _HEADER.match(lines[i])), close)
    else:
        header = next((i for i in range(1, close) if lines[i].strip() == f"[{table}]"), None)
        if header is None:
            lines[close:close] = ["", f"[{table}]", new_line]
            return _checked(text, "\n".join(lines), key, value, table, data)
        start = header + 1
        end = next((i for i in range(start, close) if _HEADER.match(lines[i])), close)
    found = next((i for i in range(start, end) if _key_line(key).match(lines[i])), None)
    if found is not None:
        lines[found] = new_line
    else:
        at = end
        while at > start and not lines[at - 1].strip():
            at -= 1
        lines.insert(at, new_line)
    return _checked(text, "\n".join(lines), key, value, table, data)


def _lookup(data: dict[str, Any], table: str | None) -> Any:
    for part in (table or "").split("."):
        if part:
            data = data.get(part, {}) if isinstance(data, dict) else {}
    return data


def _checked(
    old: str, new: str, key: str, value: Any, table: str | None, data: dict[str, Any]
) -> str:
    try:
        if _lookup(read_front_matter(new), table).get(key) == value:
            return new
    except (FrontMatterError, AttributeError):
        pass
    # A layout the line edit could not follow (inline tables, dotted keys): rewrite.
    target = data
    for part in (table or "").split("."):
        if part:
            target = target.setdefault(part, {})
    target[key] = value
    lines, close = _parts(old)
    return "\n".join([FENCE, tomli_w.dumps(data).rstrip("\n"), *lines[close:]])


def remove_value(text: str, key: str, table: str | None = None) -> str:
    """The text without ``key``; used when a form choice goes back to the default."""
    data = read_front_matter(text)
    holder = _lookup(data, table)
    if not isinstance(holder, dict) or key not in holder:
        return text
    del holder[key]
    lines, close = _parts(text)
    pattern = _key_line(key)
    start = 1
    if table is not None:
        header = next((i for i in range(1, close) if lines[i].strip() == f"[{table}]"), None)
        start = header + 1 if header is not None else close
    end = next((i for i in range(start, close) if _HEADER.match(lines[i])), close)
    found = next((i for i in range(start, end) if pattern.match(lines[i])), None)
    if found is not None:
        candidate = "\n".join(lines[:found] + lines[found + 1 :])
        try:
            if key not in _lookup(read_front_matter(candidate), table):
                return candidate
        except FrontMatterError:
            pass
    return "\n".join([FENCE, tomli_w.dumps(data).rstrip("\n"), *lines[close:]])
