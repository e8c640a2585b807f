"""Every policy rule takes time linear in the text, on the shapes that make regexes slow.

A quadratic rule takes 64 times as long on text 8 times longer; a linear one about 8.
Each time is the best of several runs, and a rule that looks slow is measured again
before it fails, so a busy machine does not make this test fail.
"""

from __future__ import annotations

import re
import time

import pytest

from app.policy.checks import MAX_CHECK_CHARS, TextTooLongError, check
from app.policy.rules import Rule, RuleBook, load_rules

# Runs of what contact patterns are made of, and text with no sentence end at all.
SHAPES = {
    "hyphens": "-",
    "digits": "0",
    "digits and hyphens": "0-",
    "letters and dots": "a.",
    "letters": "a",
    "plus and digits": "+0",
    "full-width digits": "０",
    "addresses": "a@b.co ",
    "spaced digits": "0 ",
    "japanese": "ご連絡ください",
    "dots": ".",
    # What the thanks-only and Japanese-in-English rules read: thanks, names, words.
    "thanks": "thank you so much ありがとう ",
    "names and spaces": "様 ",
    "english with japanese": "please see 山田 ",
}
SMALL = 1500
FACTOR = 8
# Linear growth gives about 8; quadratic 64. The margin absorbs a loaded machine.
MOST_RATIO = 24
# Below this the large run is too quick to tell anything apart from noise.
FLOOR_SECONDS = 0.02


def best_time(book: RuleBook, text: str, rule: Rule, runs: int) -> float:
    # The rule's own platform, addressee and kind of message, so it is the one that runs.
    platform, addressee = sorted(rule.platforms)[0], sorted(rule.addressees)[0]
    message = sorted(rule.messages)[0]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        check(text, platform, limit=None, addressee=addressee, rules=book, message=message)
        best = min(best, time.perf_counter() - start)
    return best


def growth(rule: Rule, unit: str) -> tuple[float, float]:
    full = load_rules()
    book = RuleBook((rule,), full.allowed_domains, full.known_platforms)
    small = (unit * SMALL)[:SMALL]
    large = (unit * SMALL * FACTOR)[: SMALL * FACTOR]
    return best_time(book, small, rule, 5), best_time(book, large, rule, 3)


def pattern_rules() -> list[Rule]:
    return [rule for rule in load_rules().rules if rule.kind != "length"]


@pytest.mark.parametrize("rule", pattern_rules(), ids=lambda rule: rule.id)
def test_each_rule_grows_linearly_on_adversarial_text(rule: Rule) -> None:
    for name, unit in SHAPES.items():
        for _attempt in range(3):
            small, large = growth(rule, unit)
            if large < FLOOR_SECONDS or large < small * MOST_RATIO:
                break
        else:
            pytest.fail(
                f"{rule.id} on {name}: {SMALL} chars {small * 1000:.1f} ms, "
                f"{SMALL * FACTOR} chars {large * 1000:.1f} ms"
            )


def test_text_over_the_limit_is_refused_with_a_sentence() -> None:
    with pytest.raises(TextTooLongError) as caught:
        check("0" * (MAX_CHECK_CHARS + 1), "mercari_jp")
    assert "200,000" in caught.value.message
    assert "200,000" in caught.value.message.ja


SAMPLES = [
    "連絡はtaro.yamada-01@example.co.jp まで。090-1234-5678 でも可。",
    "see www.shop-example.com/items?id=3 or https://bit.ly/abc-def and a-b-c dot com",
    "mail: a.b@c.d, x@y.com; +81 90 1234 5678 / ０９０ー１２３４ー５６７８",
    "abc dot com-xyz dot com, line\nLINE ID: seller_01 インスタ @shop.jp",
    "-" * 300 + "a@b.com" + "." * 200 + "https://example.com/" + "x" * 50 + " " + "-" * 3000,
]
# Text longer than the scanner's window, with what ``$``, ``\b`` and lookaheads read
# placed at every distance from a window's edge.
FILLERS = ["ありがとうございます。", "thank you ", "山田様 ", "a@b.co ", "0", "-", "\n"]
LONG_SAMPLES = [
    (filler * 2000)[:shift] + tail
    for filler in FILLERS
    for shift in (1000, 1021, 1023, 1024, 1025, 1535, 2047, 2048, 2100)
    for tail in ("山田様", "山田様  \n", "line 090-1234-5678", "taro@example", "様" + " " * 900)
]
EDGE_PATTERNS = [
    r"様\s*$",
    r"thanks?\b",
    r"\d+(?=円)",
    r"\d+(?!-)",
    r"(?<![\w.])[a-z]+@[a-z]+\b(?!\.)",
    r"[^\n]{0,40}$",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_linear_search_finds_what_the_plain_search_finds(sample: str) -> None:
    from app.policy.policy_scan import Scan

    for rule in load_rules().rules:
        for pattern in rule.patterns:
            plain = [m.span() for m in pattern.finditer(sample) if m.end() > m.start()]
            linear = [m.span() for m in Scan.of(pattern).finditer(sample) if m.end() > m.start()]
            assert linear == plain, (rule.id, pattern.pattern)


@pytest.mark.parametrize("pattern", EDGE_PATTERNS)
def test_a_window_edge_never_changes_what_is_found(pattern: str) -> None:
    from app.policy.policy_scan import Scan
    from app.policy.rules import FLAGS

    compiled = re.compile(pattern, FLAGS)
    scan = Scan.of(compiled)
    for sample in LONG_SAMPLES + [s + "1円" for s in LONG_SAMPLES[:60]]:
        plain = [m.span() for m in compiled.finditer(sample) if m.end() > m.start()]
        linear = [m.span() for m in scan.finditer(sample) if m.end() > m.start()]
        assert linear == plain, (pattern, len(sample), sample[-40:])


def test_every_rule_finds_the_same_in_text_longer_than_the_window() -> None:
    from app.policy.policy_scan import Scan

    patterns = [p for rule in load_rules().rules for p in rule.patterns]
    for sample in LONG_SAMPLES:
        for pattern in patterns:
            plain = [m.span() for m in pattern.finditer(sample) if m.end() > m.start()]
            linear = [m.span() for m in Scan.of(pattern).finditer(sample) if m.end() > m.start()]
            assert linear == plain, (pattern.pattern, len(sample), sample[-40:])
