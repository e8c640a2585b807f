"""Previews remembered from earlier starts, so a start can paint its first preview before
jinja2 is loaded (importing it and compiling the template take tens of ms).

An entry is keyed by everything ``app.rendering.preview.compose`` reads: the template (its body,
fields, example, language and file), the order's values, the platform profile and the
deadlines, and by the code that renders (Teinei's version, Python, jinja2 and the
rendering modules' files). A change to any of them misses. The window renders for real
just after the first paint and shows that text, so a remembered preview is only ever a
faster way to the same text. Like the parse cache, the file is safe to delete.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.base import paths
from app.base.platforms import Platform
from app.base.stamped_file import read_stamped, write_stamped
from app.rendering.preview import Preview
from app.templates.library_cache import jinja2_stamp, source_stamps
from app.templates.template_file import Template

FORMAT = 1
MEMO_NAME = "previews.pickle"
KEEP = 24  # the newest previews kept (a few starts' worth, with and without deadlines)
# What compose() returns depends on the code of these packages of app (a test checks
# that composing imports nothing outside them); a change to any of it forgets every
# entry.
RENDER_PACKAGES = ("base", "templates", "rendering")
# The only classes a memo file may hold; anything else means it is not ours.
_ALLOWED = frozenset({("app.rendering.preview", "Preview"), ("app.base.messages", "Message")})


def memo_path() -> Path:
    return paths.cache_dir() / MEMO_NAME


def code_stamp() -> tuple[Any, ...]:
    return (FORMAT, __version__, sys.version, jinja2_stamp(), source_stamps(RENDER_PACKAGES))


def memo_key(
    template: Template,
    values: Mapping[str, object],
    platform: Platform,
    deadlines: Mapping[str, date | datetime] | None = None,
) -> str:
    """Everything the preview is made from, spelt out (the dataclasses' reprs show every
    field, the values are str, numbers, Decimal, dates and bools)."""
    ordered = sorted(values.items(), key=lambda item: item[0])
    dates = sorted((deadlines or {}).items(), key=lambda item: item[0])
    return repr((template, ordered, platform, dates))


def _fields_key(template: Template, platform: Platform) -> str:
    return "fields " + repr((template, platform))


class RenderMemo:
    """Remembered previews; ``save`` writes the newest ``KEEP`` of them if they changed."""

    def __init__(self, path: Path | None = None, *, stamp: tuple[Any, ...] | None = None) -> None:
        self.path = path or memo_path()
        self.stamp = stamp if stamp is not None else code_stamp()
        self.changed = False
        self.entries: dict[str, Preview | tuple[str, ...]] = self._read()

    def _read(self) -> dict[str, Preview | tuple[str, ...]]:
        entries, self.changed = read_stamped(self.path, self.stamp, _ALLOWED)
        return {
            k: v
            for k, v in entries.items()
            if isinstance(v, Preview)
            or (isinstance(v, tuple) and all(isinstance(n, str) for n in v))
        }

    def recall(
        self,
        template: Template,
        values: Mapping[str, object],
        platform: Platform,
        deadlines: Mapping[str, date | datetime] | None = None,
    ) -> Preview | None:
        """The preview compose() gave for exactly these inputs, if it is remembered."""
        found = self.entries.get(memo_key(template, values, platform, deadlines))
        return found if isinstance(found, Preview) else None

    def recall_fields(self, template: Template, platform: Platform) -> tuple[str, ...] | None:
        """The names app.templates.field_reach gave for this template and platform, if
        remembered: the first form is built before jinja2 loads, like the first preview."""
        found = self.entries.get(_fields_key(template, platform))
        return found if isinstance(found, tuple) else None

    def remember_fields(
        self, template: Template, platform: Platform, names: tuple[str, ...]
    ) -> None:
        self._keep(_fields_key(template, platform), names)

    def remember(
        self,
        template: Template,
        values: Mapping[str, object],
        platform: Platform,
        deadlines: Mapping[str, date | datetime] | None,
        preview: Preview,
    ) -> None:
        self._keep(memo_key(template, values, platform, deadlines), preview)

    def _keep(self, key: str, entry: Preview | tuple[str, ...]) -> None:
        known = self.entries.pop(key, None)
        self.entries[key] = entry  # newest last
        if known != entry:
            self.changed = True
        while len(self.entries) > KEEP:
            del self.entries[next(iter(self.entries))]

    def save(self) -> None:
        """Write the memo if it changed; a memo that cannot be written is simply not kept."""
        if not self.changed:
            return
        if write_stamped(self.path, self.stamp, self.entries):
            self.changed = False
