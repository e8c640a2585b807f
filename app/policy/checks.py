"""Policy checks: what in a finished message could break the chosen marketplace's rules."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from app.base.messages import say
from app.base.normalized_text import NormalizedText
from app.policy.findings import Finding
from app.policy.policy_scan import Scan
from app.policy.rules import Rule, RuleBook, load_rules

# Messages on every marketplace are a few thousand characters at most; far longer text is
# refused with a sentence rather than checked for seconds.
MAX_CHECK_CHARS = 200_000
# How far before and after a hit its sentence is read for the unless_* words.
CONTEXT_CHARS = 300
# More hits of one rule than this are not shown one by one.
MAX_HITS_PER_RULE = 500

_SENTENCE_END = re.compile(r"[。!?\n]|\.(?=\s|$)")
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_PIECES = re.compile(r"[。!?\n]+|\.(?:\s+|$)")


class TextTooLongError(ValueError):
    """The text is longer than the check reads; ``message`` says so in both languages."""

    def __init__(self, length: int) -> None:
        self.message = say("lint_too_long", length=length, limit=MAX_CHECK_CHARS)
        super().__init__(self.message)


class _Sentences:
    """The sentence ends (。!?, a line break, a full stop) of the normalized text, found
    once per check, so the sentence around each hit is a lookup, not a scan."""

    def __init__(self, source: NormalizedText) -> None:
        self.source = source
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence (or line) around [start, end) of the normalized text."""
        norm = self.source.norm
        if self._starts is None:
            marks = list(_SENTENCE_END.finditer(norm))
            self._starts = [mark.start() for mark in marks]
            self._ends = [mark.end() for mark in marks]
        before = bisect_right(self._ends, start) - 1
        begin = self._ends[before] if before >= 0 else 0
        if start > 0 and norm[start - 1] == ".":
            begin = start  # a full stop right before the hit ends the sentence before it
        after = bisect_left(self._starts, end)
        return begin, self._starts[after] if after < len(self._starts) else len(norm)


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
    Text over MAX_CHECK_CHARS raises TextTooLongError. Every rule takes time linear in
    the text's length (app/policy/policy_scan.py).
    """
    if len(text) > MAX_CHECK_CHARS:
        raise TextTooLongError(len(text))
    book = rules or load_rules()
    if limit is None:
        limit = _platform_limit(platform_id)
    target = platform_id if platform_id in book.known_platforms else "other"
    source = NormalizedText.of(text)
    sentences = _Sentences(source)
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
            found = _matches(rule, sentences, book.allowed_domains.get(target, ()))
        findings.extend((rule, finding) for finding in found)
    return _without_nested(findings)


def _platform_limit(platform_id: str) -> int | None:
    from app.base.platforms import load_platforms

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
    kept, last = [], 0
    for address in _scan(_ADDRESS).finditer(text):  # linear, unlike _ADDRESS.sub
        kept.append(text[last : address.start()])
        last = address.end()
    words = _ENGLISH_WORD.findall(" ".join([*kept, text[last:]]))
    japanese = sum(len(run) for run in _JAPANESE_RUN.findall(text))
    return len(words) >= 4 and japanese * 4 < sum(len(word) for word in words)


def _length(rule: Rule, text: str, limit: int | None) -> list[Finding]:
    if limit is None or len(text) <= limit:
        return []
    values = {"limit": limit, "length": len(text), "over": len(text) - limit}
    return [_finding(rule, limit, len(text), **values)]


def _thanks_only(rule: Rule, text: str, source: NormalizedText) -> list[Finding]:
    pieces = [piece.strip() for piece in _PIECES.split(source.norm) if piece.strip()]
    if not any(_found(p, source.norm) for p in rule.patterns):
        return []
    if any(_found(p, source.norm) for p in rule.unless_text):
        return []
    for index, piece in enumerate(pieces):
        if any(_found(p, piece) for p in rule.unless_sentence):
            return []  # a question or a request: the buyer is asked for something
        if any(_found(p, piece) for p in rule.patterns + rule.filler):
            continue
        if index == len(pieces) - 1 and index > 0 and _is_signature(piece):
            continue
        return []
    start = len(text) - len(text.lstrip())
    return [_finding(rule, start, len(text.rstrip()))]


def _is_signature(piece: str) -> bool:
    return len(piece) <= 20 and not re.search(r"[、,:]", piece)


def _matches(rule: Rule, sentences: _Sentences, allowed: tuple[str, ...]) -> list[Finding]:
    source = sentences.source
    norm = source.norm
    if any(_found(p, norm) for p in rule.unless_text):
        return []
    found: list[Finding] = []
    for pattern in rule.patterns:
        for match in _scan(pattern).finditer(norm):
            if len(found) >= MAX_HITS_PER_RULE:
                return found
            start, end = match.span()
            if end <= start or _excused(rule, sentences, start, end):
                continue
            if rule.check == "phone_digits" and not _looks_like_phone(match.group()):
                continue
            if rule.check == "domain" and _on_platform(match.group(), allowed):
                continue
            found.append(_finding(rule, *source.original(start, end)))
    return found


@lru_cache(maxsize=1024)
def _scan(pattern: re.Pattern[str]) -> Scan:
    return Scan.of(pattern)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``, searched in linear time."""
    return next(_scan(pattern).finditer(text), None) is not None


def _excused(rule: Rule, sentences: _Sentences, start: int, end: int) -> bool:
    if not (rule.unless_before or rule.unless_after or rule.unless_sentence):
        return False
    norm = sentences.source.norm
    begin, finish = sentences.around(start, end)
    begin, finish = max(begin, start - CONTEXT_CHARS), min(finish, end + CONTEXT_CHARS)
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
    # Kept hits start no later than this one, so it lies inside one of its family's
    # exactly when it ends no later than the furthest end kept in that family.
    reach: dict[str, int] = {}
    kept: list[Finding] = []
    for rule, finding in ordered:
        if finding.end <= reach.get(rule.family, -1):
            continue
        reach[rule.family] = max(reach.get(rule.family, -1), finding.end)
        kept.append(finding)
    return kept


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
