"""Policy checks by platform: whose rules apply where, who the message is to, length limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.base.paths import config_file
from app.base.platforms import PLATFORM_IDS
from app.policy.checks import check
from tests.core.policy_helpers import flagged


# Amazon's and Mercari US's own rules apply on those platforms only.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("高評価をお願いします", "amazon.review_positive"),
        ("評価を変更していただけますと幸いです", "amazon.review_change"),
        ("クーポンを同封しました", "amazon.marketing"),
        ("ご注文ありがとうございました。", "amazon.thanks_only"),
        ("Please leave a rating.", "mercari_us.early_rating"),
        ("I can offer a partial refund.", "mercari_us.partial_refund"),
    ],
)
def test_platform_rules_stay_on_their_platform(text: str, rule: str) -> None:
    owner = rule.split(".")[0]
    others = [p for p in PLATFORM_IDS if not p.startswith(owner)]
    for platform in others:
        assert rule not in {r for r, _ in flagged(text, platform)}, platform


def test_contact_details_are_flagged_on_other_marketplaces_too() -> None:
    text = "LINE ID: abc_123 / 090-1234-5678 / a@example.com"
    assert [rule for rule, _ in flagged(text, "other")] == [
        "contact.sns",
        "contact.phone",
        "contact.email",
    ]
    # Payment and deal rules are about marketplaces; a seller's own shop may take transfers.
    assert flagged("振込でお願いします", "other") == []


def test_messages_to_support_skip_buyer_rules_but_not_length() -> None:
    text = "不当な評価の削除をお願いいたします。購入者からは悪い評価をつけますと言われました。"
    assert flagged(text, "amazon_jp", addressee="support") == []
    assert flagged(text * 100, "amazon_jp", addressee="support")[0][0] == "length.limit"


def test_length_over_the_profile_limit_marks_the_overflow() -> None:
    text = "あ" * 2005
    findings = check(text, "amazon_jp")
    assert [(f.rule, f.start, f.end) for f in findings] == [("length.limit", 2000, 2005)]
    assert "2000" in findings[0].message("ja") and "5" in findings[0].message("en")
    assert check("あ" * 2000, "amazon_jp") == []


def test_limit_argument_overrides_the_profile_and_unknown_limit_checks_nothing() -> None:
    text = "こんにちは。明日発送します。"
    assert flagged(text, "mercari_jp") == []  # no known limit for Mercari
    assert flagged(text, "mercari_jp", limit=10) == [("length.limit", text[10:])]
    assert flagged("x" * 2500, "ebay", limit=3000) == []


def test_a_users_corrected_limit_is_used(isolated_home: Path) -> None:
    config = config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[platforms.rakuma]\nmessage_limit = 20\n", encoding="utf-8")
    assert [rule for rule, _ in flagged("あ" * 21, "rakuma")] == ["length.limit"]


def test_unknown_platform_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="Unknown platform 'nowhere'"):
        check("こんにちは", "nowhere")
