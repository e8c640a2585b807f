"""Sentences the core says to the seller, in Japanese and English.

A ``Message`` is a ``str`` holding the English, so the CLI, logs, ``str(error)`` and every
``f"{path}:{line}: {message}"`` stay English; the window asks ``text_in(message, lang)``
for the UI language. The wording lives in ``app.base.message_table``, one entry per key.
"""

from __future__ import annotations

import string
from typing import Any

from app.base.message_table import TEXTS


class Message(str):
    """English text that also carries its Japanese."""

    ja: str

    def __new__(cls, en: str, ja: str) -> Message:
        if not en or not ja:
            raise ValueError("a message needs both its English and its Japanese")
        self = super().__new__(cls, en)
        self.ja = ja
        return self

    @property
    def en(self) -> str:
        return str.__str__(self)

    def text(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.en, self.ja))

    def __repr__(self) -> str:
        return f"Message({self.en!r}, {self.ja!r})"


class Bilingual:
    """A sentence the core says in both languages, kept as ``message_ja`` and
    ``message_en`` fields of a dataclass (a finding, a next step, a caution)."""

    message_ja: str
    message_en: str

    def message(self, lang: str) -> str:
        return self.message_ja if lang == "ja" else self.message_en

    @property
    def said(self) -> Message:
        """The sentence as a Message (English, carrying its Japanese)."""
        return Message(self.message_en, self.message_ja)


def text_in(text: str, lang: str) -> str:
    """``text`` in ``lang`` when it is a Message; any other text as it is."""
    return text.text(lang) if isinstance(text, Message) else str(text)


def message_of(error: BaseException) -> str:
    """The sentence an error was raised with, keeping its Japanese when it has one."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)


def say(key: str, /, **args: Any) -> Message:
    """The message ``key`` from the table, filled with ``args`` in both languages.

    An argument that is itself a Message is filled in its own language on each side.
    """
    en, ja = TEXTS[key]
    return Message(_fill(en, args, "en"), _fill(ja, args, "ja"))


def join(*parts: str, sep: str = "") -> Message:
    """Pieces (Messages or plain text such as a path) run together in both languages."""
    return Message(
        sep.join(text_in(p, "en") for p in parts), sep.join(text_in(p, "ja") for p in parts)
    )


def placeholders(template: str) -> set[str]:
    """The argument names a table text uses, for tests and for ``say``'s checks."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def _fill(template: str, args: dict[str, Any], lang: str) -> str:
    chosen = {name: (text_in(v, lang) if isinstance(v, Message) else v) for name, v in args.items()}
    return template.format(**chosen)
