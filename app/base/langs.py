"""The two languages Teinei writes and speaks, said once for the whole app."""

from __future__ import annotations

LANGS = ("ja", "en")  # Japanese and English, in the order pickers and files list them


def other_lang(lang: str) -> str:
    """The language a message's twin is written in."""
    return "en" if lang == "ja" else "ja"
