"""Which language a message is written in on each platform: the seller's choice there,
else the language of the platform's buyers."""

from __future__ import annotations

from collections.abc import Mapping

from app.base.langs import LANGS

# Where buyers write in English: a message starts in English there until the seller
# chooses otherwise for that platform (Mercari US is a US marketplace; eBay's buyers are
# abroad for a seller in Japan). The Japanese marketplaces start in Japanese; "other"
# keeps the language in use.
ENGLISH_FIRST = frozenset({"mercari_us", "ebay"})
ANY_LANGUAGE = frozenset({"other"})


def message_lang(platform_id: str, chosen: Mapping[str, str], current: str) -> str:
    """The message language on ``platform_id`` given the seller's ``chosen`` ones and the
    language in use now."""
    lang = chosen.get(platform_id)
    if lang in LANGS:
        return lang
    if platform_id in ANY_LANGUAGE:
        return current
    return "en" if platform_id in ENGLISH_FIRST else "ja"
