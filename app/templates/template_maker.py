"""Making a template from what a seller says about it: a title, a situation, the
marketplaces and the language to write first. The id (the file name) comes from the
title and is never asked for; the other language's twin starts empty, "not written yet".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.base.file_errors import StorageError
from app.base.langs import LANGS, other_lang
from app.base.messages import Message, say
from app.base.platforms import PLATFORM_IDS
from app.templates.front_matter_edit import toml_value
from app.templates.library import Source
from app.templates.template_file import CATEGORIES, FENCE
from app.templates.userset import MAX_ID_LENGTH, _require_writable, _write_all, file_in, id_problem

MAX_TITLE_LENGTH = 60
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def make_id(title: str, category: str, taken: Collection[str]) -> str:
    """An id from the title's ASCII words (``Late reply`` → ``late_reply``), or from the
    situation when the title has none (``お詫び(自分用)`` → ``my_apology``); a taken id
    gets a number (``my_apology_2``), so a seller's template never hides a built-in."""
    words = _ASCII_WORD.findall(title.lower())
    base = "_".join(words)[:40].strip("_")
    if len(base) < 3 or not base[0].isalpha() or id_problem(base):
        base = f"my_{category}" if category in CATEGORIES else "my_template"
    candidate, number = base, 2
    while candidate in taken or id_problem(candidate):
        candidate = f"{base[: MAX_ID_LENGTH - 6]}_{number}"
        number += 1
    return candidate


@dataclass(frozen=True)
class Plan:
    """What the seller asked for; ``problems`` lists what keeps it from being made."""

    title: str
    category: str
    platforms: tuple[str, ...]
    first_lang: str

    def problems(self) -> list[Message]:
        found: list[Message] = []
        title = self.title.strip()
        if not title:
            found.append(say("need_title"))
        elif len(title) > MAX_TITLE_LENGTH:
            found.append(say("title_too_long", limit=MAX_TITLE_LENGTH, length=len(title)))
        if self.category not in CATEGORIES:
            found.append(say("choose_situation"))
        if not self.platforms or any(p not in PLATFORM_IDS for p in self.platforms):
            found.append(say("choose_platform"))
        return found


def front_matter(plan: Plan) -> str:
    every = set(plan.platforms) == set(PLATFORM_IDS)
    lines = [
        f"title = {toml_value(plan.title.strip())}",
        f"category = {toml_value(plan.category)}",
        f"platforms = {toml_value('all' if every else list(plan.platforms))}",
    ]
    return "\n".join([FENCE, *lines, FENCE, ""])


def create(plan: Plan, target: Source, taken: Collection[str]) -> tuple[str, list[Path]]:
    """Write the template in both languages, both bodies empty; (id, [first, twin])."""
    problems = plan.problems()
    if problems:
        raise StorageError(problems[0])
    _require_writable(target)
    langs: Sequence[str] = (plan.first_lang, other_lang(plan.first_lang))
    if plan.first_lang not in LANGS:
        raise StorageError(say("choose_langs", bad=plan.first_lang))
    on_disk = {
        p.stem
        for lang in LANGS
        if (target.path / lang).is_dir()
        for p in (target.path / lang).glob("*.jinja")
    }
    template_id = make_id(plan.title, plan.category, set(taken) | on_disk)
    text = front_matter(plan)
    paths = _write_all([(file_in(target, template_id, lang), text) for lang in langs])
    return template_id, paths


# A name for a value whose label has no ASCII words, by its kind (``my_date``, ``my_date_2``);
# the seller never sees it, only the label.
_KIND_NAMES = {
    "text": "my_text",
    "multiline": "my_note",
    "money": "my_amount",
    "date": "my_date",
    "number": "my_number",
    "bool": "my_tick_box",
}


def _plain(label: str) -> str:
    return unicodedata.normalize("NFKC", label).strip().casefold()


def known_field(label: str, kind: str) -> str | None:
    """The shared field (resources/fields.toml) of kind ``kind`` whose label, in either
    language, is ``label`` (``注文番号`` → ``order_id``); None when there is none."""
    from app.templates.fields import make_field, vocabulary

    wanted = _plain(label)
    for name, entry in vocabulary().items():
        labels = (str(entry.get(f"label_{code}", "")) for code in LANGS)
        if (
            wanted in {_plain(text) for text in labels}
            and make_field(name, None, "ja").type == kind
        ):
            return name
    return None


def new_field_name(
    label: str, taken: Collection[str], kind: str = "text", own: Mapping[str, str] | None = None
) -> str:
    """The field for a value the seller names: the template's own value with that label
    (``own``: name → label), else the shared field with that label, else a new name from
    the label's ASCII words (``Warranty`` → ``warranty``) or from its kind (``保証期間`` as a
    date → ``my_date``); a new name is never a shared vocabulary name, so its meaning stays."""
    from app.templates.fields import RESERVED_NAMES, vocabulary

    wanted = _plain(label)
    for name, words in (own or {}).items():
        if _plain(words) == wanted:
            return name
    known = known_field(label, kind)
    if known is not None:
        return known
    base = "_".join(_ASCII_WORD.findall(label.lower()))[:30].strip("_")
    if len(base) < 3 or not base[0].isalpha():
        base = _KIND_NAMES.get(kind, "my_value")
    blocked = set(taken) | set(vocabulary()) | RESERVED_NAMES
    candidate, number = base, 2
    while candidate in blocked:
        candidate = f"{base}_{number}"
        number += 1
    return candidate


# Example values for the shared fields, so a new template's preview reads like a real order.
_SAMPLES: dict[str, dict[str, str]] = {
    "buyer_name": {"ja": "山田 花子", "en": "Emily"},
    "seller_name": {"ja": "佐藤", "en": "Sam"},
    "item_name": {"ja": "木製の小物入れ", "en": "wooden jewellery box"},
    "item_names": {"ja": "木製の小物入れ\n布のコースター", "en": "wooden box\ncloth coaster"},
    "order_id": {"ja": "m48213375912", "en": "12-11804-55217"},
    "tracking_number": {"ja": "4417-8023-3162", "en": "9400 1118 9922 3816 4207 55"},
}
_MONEY = {"JPY": 3000, "USD": 20}


def sample_value(name: str, field_type: str, label: str, lang: str, today: date) -> Any:
    """A believable example value for a field, from its name and kind."""
    if name in _SAMPLES:
        return _SAMPLES[name][lang]
    if field_type == "money":
        return dict(_MONEY)
    if field_type == "date":
        return (today + timedelta(days=3)).isoformat()
    if field_type == "number":
        return 3
    if field_type == "bool":
        return True
    return label


def sample_deadlines(today: date) -> dict[str, datetime]:
    """Every deadline of the example order, three days on at noon, so a deadline chip
    reads like a real one in the preview and the checks (the example has no order dates)."""
    from app.base.deadline_names import LABELS

    when = datetime.combine(today + timedelta(days=3), time(12))
    return dict.fromkeys(LABELS, when)
