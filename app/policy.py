"""Policy checks: what in a finished message could break the chosen marketplace's rules."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from app.findings import Finding
from app.messages import say
from app.policy_rules import Rule, RuleBook, load_rules
from app.policy_scan import Scan

# Messages on every marketplace are a few thousand characters at most; far longer text is
# refused with a sentence rather than checked for seconds.
MAX_CHECK_CHARS = 200_000
# How far before and after a hit its sentence is read for the unless_* words.
CONTEXT_CHARS = 300
# More hits of one rule than this are not shown one by one.
MAX_HITS_PER_RULE = 500

# Half-width kana take their voiced marks as a separate character; join them first.
_VOICE_MARKS = "\uff9e\uff9f"
_SENTENCE_END = re.compile(r"[。!?\n]|\.(?=\s|$)")
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# ASCII not followed by a voiced mark (a mark joins the character before it).
_ASCII_RUN = re.compile(r"[\x00-\x7f]+(?![\uff9e\uff9f])")
_PIECES = re.compile(r"[。!?\n]+|\.(?:\s+|$)")


class TextTooLongError(ValueError):
    """The text is longer than the check reads; ``message`` says so in both languages."""

    def __init__(self, length: int) -> None:
        self.message = say("lint_too_long", length=length, limit=MAX_CHECK_CHARS)
        super().__init__(self.message)


@dataclass(frozen=True)
class _Text:
    """The text as the rules read it (NFKC), with a map back to the original offsets."""

    norm: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    # Where each sentence end (。!?, a line break, a full stop) begins and ends, in order.
    _marks: tuple[list[int], list[int]] = field(default_factory=lambda: ([], []), repr=False)

    @classmethod
    def of(cls, text: str) -> _Text:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i = 0
        while i < len(text):
            plain = _ASCII_RUN.match(text, i)
            if plain is not None:  # NFKC leaves ASCII as it is: map the run one to one
                j = plain.end()
                parts.append(plain.group())
                starts.extend(range(i, j))
                ends.extend(range(i + 1, j + 1))
                i = j
                continue
            j = i + 1
            if j < len(text) and text[j] in _VOICE_MARKS:
                j += 1
            piece = unicodedata.normalize("NFKC", text[i:j])
            parts.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
            i = j
        return cls("".join(parts), tuple(starts), tuple(ends))

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence (or line) around [start, end)."""
        mark_starts, mark_ends = self._marks
        if not mark_starts and not mark_ends:
            for found in _SENTENCE_END.finditer(self.norm):
                mark_starts.append(found.start())
                mark_ends.append(found.end())
            mark_ends.append(-1)  # marks the list as filled even when there is no mark
        before = bisect_right(mark_ends, start, 0, len(mark_starts)) - 1
        begin = mark_ends[before] if before >= 0 else 0
        if start > 0 and self.norm[start - 1] == ".":
            begin = start  # a full stop right before the hit ends the sentence before it
        after = bisect_left(mark_starts, end)
        return begin, mark_starts[after] if after < len(mark_starts) else len(self.norm)


def check(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    addressee: str = "buyer",
    rules: RuleBook | None = None,
) -> list[Finding]:
    """Every finding for `text` sent to `addressee` on `platform_id`, sorted by start.

    `limit` overrides the platform's message_limit; with neither, length is not checked.
    Text over MAX_CHECK_CHARS raises TextTooLongError. Every rule takes time linear in
    the text's length (app/policy_scan.py).
    """
    if len(text) > MAX_CHECK_CHARS:
        raise TextTooLongError(len(text))
    book = rules or load_rules()
    if limit is None:
        limit = _platform_limit(platform_id)
    target = platform_id if platform_id in book.known_platforms else "other"
    source = _Text.of(text)
    findings: list[tuple[Rule, Finding]] = []
    for rule in book.rules:
        if target not in rule.platforms or addressee not in rule.addressees:
            continue
        if rule.kind == "length":
            found = _length(rule, text, limit)
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
        rule.id, rule.message_ja.format(**values), rule.message_en.format(**values), start, end
    )


def _length(rule: Rule, text: str, limit: int | None) -> list[Finding]:
    if limit is None or len(text) <= limit:
        return []
    values = {"limit": limit, "length": len(text), "over": len(text) - limit}
    return [_finding(rule, limit, len(text), **values)]


def _thanks_only(rule: Rule, text: str, source: _Text) -> list[Finding]:
    pieces = [piece.strip() for piece in _PIECES.split(source.norm) if piece.strip()]
    if not any(p.search(source.norm) for p in rule.patterns):
        return []
    if any(p.search(source.norm) for p in rule.unless_text):
        return []
    for index, piece in enumerate(pieces):
        if any(p.search(piece) for p in rule.patterns + rule.filler):
            continue
        if index == len(pieces) - 1 and index > 0 and _is_signature(piece):
            continue
        return []
    start = len(text) - len(text.lstrip())
    return [_finding(rule, start, len(text.rstrip()))]


def _is_signature(piece: str) -> bool:
    return len(piece) <= 20 and not re.search(r"[、,:]", piece)


def _matches(rule: Rule, source: _Text, allowed: tuple[str, ...]) -> list[Finding]:
    norm = source.norm
    if any(p.search(norm) for p in rule.unless_text):
        return []
    found: list[Finding] = []
    for pattern in rule.patterns:
        for match in _scan(pattern).finditer(norm):
            if len(found) >= MAX_HITS_PER_RULE:
                return found
            start, end = match.span()
            if end <= start or _excused(rule, source, start, end):
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


def _excused(rule: Rule, source: _Text, start: int, end: int) -> bool:
    if not (rule.unless_before or rule.unless_after or rule.unless_sentence):
        return False
    norm = source.norm
    begin, finish = source.sentence(start, end)
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
