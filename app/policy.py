"""Policy checks: what in a finished message could break the chosen marketplace's rules."""

from __future__ import annotations

import re

from app.findings import Finding
from app.normalized_text import NormalizedText
from app.policy_rules import Rule, RuleBook, load_rules

_SENTENCE_END = re.compile(r"[。!?\n]|\.(?=\s|$)")
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_PIECES = re.compile(r"[。!?\n]+|\.(?:\s+|$)")


def _sentence(source: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) around [start, end) of the normalized text."""
    begin = 0
    for found in _SENTENCE_END.finditer(source.norm, 0, start):
        begin = found.end()
    after = _SENTENCE_END.search(source.norm, end)
    return begin, after.start() if after else len(source.norm)


def check(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    addressee: str = "buyer",
    rules: RuleBook | None = None,
    message: str = "reply",
) -> list[Finding]:
    """Every finding for `text` sent to `addressee` on `platform_id`, sorted by start.

    `limit` overrides the platform's message_limit; with neither, length is not checked.
    `message` is "reply" or "proactive" (one the seller starts; Amazon's rules differ).
    """
    book = rules or load_rules()
    if limit is None:
        limit = _platform_limit(platform_id)
    target = platform_id if platform_id in book.known_platforms else "other"
    source = NormalizedText.of(text)
    findings: list[tuple[Rule, Finding]] = []
    for rule in book.rules:
        if target not in rule.platforms or addressee not in rule.addressees:
            continue
        if message not in rule.messages:
            continue
        if rule.kind == "length":
            found = _length(rule, text, limit)
        elif rule.kind == "japanese_in_english":
            found = _japanese_in_english(rule, text)
        elif rule.kind == "thanks_only":
            found = _thanks_only(rule, text, source)
        else:
            found = _matches(rule, source, book.allowed_domains.get(target, ()))
        findings.extend((rule, finding) for finding in found)
    return _without_nested(findings)


def _platform_limit(platform_id: str) -> int | None:
    from app.platforms import load_platforms

    platforms = load_platforms()
    if platform_id not in platforms:
        raise ValueError(f"Unknown platform {platform_id!r}.")
    return platforms[platform_id].message_limit


def _finding(rule: Rule, start: int, end: int, **values: int) -> Finding:
    return Finding(
        rule.id,
        rule.message_ja.format(**values),
        rule.message_en.format(**values),
        start,
        end,
        rule.source_note("ja"),
        rule.source_note("en"),
    )


_JAPANESE_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]+")
_ADDRESS = re.compile(r"\S*[@/.]\S*[a-z]\S*", re.IGNORECASE)
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def _japanese_in_english(rule: Rule, text: str) -> list[Finding]:
    """Each run of Japanese script in a message written in English (a value typed in
    Japanese, most often): the buyer may not be able to read it."""
    if not _written_in_english(text):
        return []
    return [_finding(rule, *found.span()) for found in _JAPANESE_RUN.finditer(text)]


def _written_in_english(text: str) -> bool:
    """English sentences carry the text: a few words, and Japanese a small part of it.
    Addresses and domains are not words ("連絡先: a@example.com" is Japanese)."""
    words = _ENGLISH_WORD.findall(_ADDRESS.sub(" ", text))
    japanese = sum(len(run) for run in _JAPANESE_RUN.findall(text))
    return len(words) >= 4 and japanese * 4 < sum(len(word) for word in words)


def _length(rule: Rule, text: str, limit: int | None) -> list[Finding]:
    if limit is None or len(text) <= limit:
        return []
    values = {"limit": limit, "length": len(text), "over": len(text) - limit}
    return [_finding(rule, limit, len(text), **values)]


def _thanks_only(rule: Rule, text: str, source: NormalizedText) -> list[Finding]:
    pieces = [piece.strip() for piece in _PIECES.split(source.norm) if piece.strip()]
    if not any(p.search(source.norm) for p in rule.patterns):
        return []
    if any(p.search(source.norm) for p in rule.unless_text):
        return []
    for index, piece in enumerate(pieces):
        if any(p.search(piece) for p in rule.unless_sentence):
            return []  # a question or a request: the buyer is asked for something
        if any(p.search(piece) for p in rule.patterns + rule.filler):
            continue
        if index == len(pieces) - 1 and index > 0 and _is_signature(piece):
            continue
        return []
    start = len(text) - len(text.lstrip())
    return [_finding(rule, start, len(text.rstrip()))]


def _is_signature(piece: str) -> bool:
    return len(piece) <= 20 and not re.search(r"[、,:]", piece)


def _matches(rule: Rule, source: NormalizedText, allowed: tuple[str, ...]) -> list[Finding]:
    norm = source.norm
    if any(p.search(norm) for p in rule.unless_text):
        return []
    found = []
    for pattern in rule.patterns:
        for match in pattern.finditer(norm):
            start, end = match.span()
            if end <= start or _excused(rule, source, start, end):
                continue
            if rule.check == "phone_digits" and not _looks_like_phone(match.group()):
                continue
            if rule.check == "domain" and _on_platform(match.group(), allowed):
                continue
            found.append(_finding(rule, *source.original(start, end)))
    return found


def _excused(rule: Rule, source: NormalizedText, start: int, end: int) -> bool:
    norm = source.norm
    begin, finish = _sentence(source, start, end)
    before, after, sentence = norm[begin:start], norm[end:finish], norm[begin:finish]
    return (
        any(p.search(before) for p in rule.unless_before)
        or any(p.search(after) for p in rule.unless_after)
        or any(p.search(sentence) for p in rule.unless_sentence)
    )


def _looks_like_phone(candidate: str) -> bool:
    """Digit counts real numbers have; postal codes, short ids and long numbers fail."""
    digits = re.sub(r"\D", "", candidate.translate(_KANJI_DIGITS))
    if candidate.lstrip().startswith("+"):
        return 10 <= len(digits) <= 13
    if digits.startswith("0"):
        if len(digits) == 10:
            return True
        return len(digits) == 11 and (
            digits[:3] in {"050", "070", "080", "090"} or digits.startswith("0800")
        )
    return len(digits) == 10 and digits[0] in "23456789"


def _on_platform(candidate: str, allowed: tuple[str, ...]) -> bool:
    host = re.sub(r"^[a-z]+://", "", candidate.lower())
    host = re.split(r"[/?#:]", host, maxsplit=1)[0]
    return any(host == domain or host.endswith("." + domain) for domain in allowed)


def _without_nested(findings: list[tuple[Rule, Finding]]) -> list[Finding]:
    """Drop a hit that lies inside another hit of the same family (an address in a URL)."""
    ordered = sorted(findings, key=lambda pair: (pair[1].start, -pair[1].end, pair[0].id))
    kept: list[tuple[Rule, Finding]] = []
    for rule, finding in ordered:
        if any(
            other_rule.family == rule.family
            and other.start <= finding.start
            and finding.end <= other.end
            for other_rule, other in kept
        ):
            continue
        kept.append((rule, finding))
    return [finding for _, finding in kept]


def dominant_language(text: str) -> str:
    """ "ja" when Japanese script carries the text, else "en" (for choosing messages)."""
    japanese = sum(1 for ch in text if _is_japanese(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ja" if japanese and japanese * 2 >= latin else "en"


def _is_japanese(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x4E00 <= code <= 0x9FFF  # common kanji
        or 0xFF66 <= code <= 0xFF9F  # half-width katakana
    )
