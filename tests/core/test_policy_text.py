"""Policy checks on real text: mixed Japanese and English, half-width kana, offsets, order."""

from __future__ import annotations

from app.policy.checks import check, dominant_language
from tests.core.policy_helpers import flagged


def test_mixed_japanese_and_english_finds_each_problem_in_place() -> None:
    text = "佐藤様、Thanks! 連絡は taro@example.com か LINE ID: taro99 へ。Call 090-1234-5678."
    assert flagged(text, "mercari_jp") == [
        ("contact.email", "taro@example.com"),
        ("contact.sns", "LINE ID: taro99"),
        ("contact.phone", "090-1234-5678"),
    ]


def test_half_width_katakana_before_a_number_keeps_offsets_right() -> None:
    text = "ｶﾞｲﾄﾞ付き。ﾃﾞﾝﾜ ０９０1234５６７８"
    assert flagged(text, "rakuma") == [("contact.phone", "０９０1234５６７８")]


def test_an_address_inside_a_link_is_one_finding() -> None:
    text = "mailto:taro@example.com"
    assert [rule for rule, _ in flagged(text, "ebay")] == ["contact.email"]


def test_findings_are_sorted_by_start_and_explained_in_both_languages() -> None:
    text = "非常識です。直接取引しませんか。090-1234-5678"
    findings = check(text, "mercari_jp")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert [f.rule for f in findings] == ["tone.insult", "deal.direct", "contact.phone"]
    for finding in findings:
        assert finding.message("ja") and finding.message("en")
        assert finding.message("ja") != finding.message("en")


def test_the_text_language_decides_the_default_message_language() -> None:
    assert dominant_language("ご購入ありがとうございます。Blu-ray BOXです。") == "ja"
    assert dominant_language("Thank you for your order of the 相棒 Blu-ray.") == "en"
    assert dominant_language("12345") == "en"
