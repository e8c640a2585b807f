"""Fields: the values a template asks for, with their types and labels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.base import paths
from app.base.langs import LANGS
from app.base.messages import say
from app.base.toml_cache import load_toml

FIELD_TYPES = ("text", "multiline", "money", "date", "number", "choice", "bool")
# Names a template sees that are not fields.
RESERVED_NAMES = frozenset({"platform", "deadlines", "lang"})
_FIELD_KEYS = frozenset(
    {"label", "type", "choices", "choices_from", "default", "help", "required", "same_in_both"}
)
# Words the seller writes: kept once per message language unless marked same_in_both.
WRITTEN_TYPES = ("text", "multiline")
_SAME_ENDINGS = ("_id", "_number", "_code", "_url")

Choice = tuple[str, Mapping[str, str]]  # (key, {"ja": label, "en": label})


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "text"
    labels: Mapping[str, str] | None = None
    default: Any = None
    choices: tuple[Choice, ...] = ()
    choices_from: str | None = None
    helps: Mapping[str, str] | None = None
    required: bool = True
    same_in_both: bool | None = None  # None: decided by the type (words are per language)

    def per_language(self, value: object = None) -> bool:
        """Whether ``value`` is written once per message language: words the seller
        types, and a choice's own words; never a name, number, amount, date or choice."""
        if self.same_in_both is not None:
            return not self.same_in_both
        if self.type in WRITTEN_TYPES:
            return True
        if self.type == "choice" and self.choices_from is None and isinstance(value, str):
            return all(key != value for key, _labels in self.choices)
        return False

    def label(self, lang: str) -> str:
        if self.labels and self.labels.get(lang):
            return self.labels[lang]
        return self.name.replace("_", " ").capitalize()

    def help(self, lang: str) -> str:
        return (self.helps or {}).get(lang, "")

    def choice_label(self, key: str, lang: str) -> str:
        for choice_key, labels in self.choices:
            if choice_key == key:
                return labels.get(lang) or key
        return key


class FieldSpecError(ValueError):
    """A [fields.NAME] table in front matter is not usable; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@lru_cache(maxsize=1)
def vocabulary() -> Mapping[str, Mapping[str, Any]]:
    data = load_toml(paths.resource_path("fields.toml"))
    fields: Mapping[str, Mapping[str, Any]] = data.get("fields", {})
    return fields


def guess_type(name: str) -> str:
    """A type from the name's shape, for names the vocabulary doesn't know."""
    if name.startswith(("include_", "has_", "is_", "offer_")):
        return "bool"
    if name.endswith(("_date", "_deadline")):
        return "date"
    if name.endswith(("_amount", "_price")) or name == "price":
        return "money"
    if name.endswith(("_count", "_days")):
        return "number"
    return "text"


def make_field(name: str, spec: Mapping[str, Any] | None, lang: str) -> Field:
    """Combine the vocabulary entry (or a guess) with the template's own [fields.NAME]."""
    base = dict(vocabulary().get(name, {}))
    spec = dict(spec or {})
    unknown = set(spec) - _FIELD_KEYS
    if unknown:
        raise FieldSpecError(say("field_unknown_key", name=name, keys=", ".join(sorted(unknown))))
    field_type = spec.get("type", base.get("type", guess_type(name)))
    if field_type not in FIELD_TYPES:
        raise FieldSpecError(
            say("field_bad_type", name=name, value=field_type, types=", ".join(FIELD_TYPES))
        )
    labels = {code: str(base[f"label_{code}"]) for code in LANGS if f"label_{code}" in base}
    if "label" in spec:
        labels[lang] = str(spec["label"])
    helps = {code: str(base[f"help_{code}"]) for code in LANGS if f"help_{code}" in base}
    if "help" in spec:
        helps[lang] = str(spec["help"])
    choices = _parse_choices(name, spec.get("choices", base.get("choices", ())))
    choices_from = spec.get("choices_from", base.get("choices_from"))
    if field_type == "choice" and not choices and not choices_from:
        raise FieldSpecError(say("field_no_choices", name=name))
    default = spec.get("default", base.get("default", False if field_type == "bool" else None))
    required = bool(spec.get("required", base.get("required", field_type != "bool")))
    # An id or a number is copied as the platform shows it, in either language.
    same = spec.get("same_in_both", base.get("same_in_both", name.endswith(_SAME_ENDINGS) or None))
    return Field(
        name=name,
        type=field_type,
        labels=labels,
        default=default,
        choices=choices,
        choices_from=str(choices_from) if choices_from else None,
        helps=helps,
        required=required,
        same_in_both=None if same is None else bool(same),
    )


@lru_cache(maxsize=256)
def known_field(name: str) -> Field:
    """``name`` as the shared vocabulary (or its shape) defines it, for a value that
    comes from outside a template's form (an opened order, a pasted page)."""
    try:
        return make_field(name, None, "ja")
    except FieldSpecError:
        return Field(name)


def _parse_choices(name: str, raw: Any) -> tuple[Choice, ...]:
    if isinstance(raw, list | tuple):
        return tuple((str(item), {"ja": str(item), "en": str(item)}) for item in raw)
    if isinstance(raw, Mapping):
        parsed: list[Choice] = []
        for key, label in raw.items():
            if isinstance(label, Mapping):
                parsed.append((str(key), {k: str(v) for k, v in label.items()}))
            else:
                parsed.append((str(key), {"ja": str(label), "en": str(label)}))
        return tuple(parsed)
    raise FieldSpecError(say("field_bad_choices", name=name))


def resolve_choices(field: Field, carriers: tuple[Choice, ...]) -> tuple[Choice, ...]:
    """The choices a field offers on a platform (``choices_from`` reads the profile)."""
    if field.choices_from == "carriers":
        return carriers
    return field.choices
