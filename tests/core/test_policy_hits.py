"""Policy checks: every shipped rule, each hit pointing at the offending text."""

from __future__ import annotations

import pytest

from app.policy.rules import load_rules
from tests.core.policy_helpers import flagged

# (platform, text, rule, the span it must point at)
HITS = [
    # URLs, bare domains, spelled-out dots
    (
        "mercari_jp",
        "詳しくは https://example.com/item?id=3 をご覧ください",
        "contact.url",
        "https://example.com/item?id=3",
    ),
    ("rakuma", "example.comで検索してください", "contact.url", "example.com"),
    ("ebay", "See www.myshop.net for more.", "contact.url", "www.myshop.net"),
    (
        "mercari_jp",
        "ｍｙｓｈｏｐ．ｃｏ．ｊｐ にもあります",
        "contact.url",
        "ｍｙｓｈｏｐ．ｃｏ．ｊｐ",
    ),
    ("yahoo_auctions", "myshop ドット com まで", "contact.url", "myshop ドット com"),
    # a Mercari link leads off Rakuma (on Mercari it is fine: test_policy_false_alarms.py)
    (
        "rakuma",
        "https://jp.mercari.com/item/m1 は別の出品です",
        "contact.url",
        "https://jp.mercari.com/item/m1",
    ),
    # e-mail addresses, full-width @ and "at" tricks
    (
        "mercari_jp",
        "連絡先は taro.yamada@example.com です",
        "contact.email",
        "taro.yamada@example.com",
    ),
    (
        "mercari_jp",
        "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍへ",
        "contact.email",
        "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
    ),
    (
        "rakuma",
        "taro アットマーク gmail.com にお願いします",
        "contact.email",
        "taro アットマーク gmail.com",
    ),
    ("ebay", "Write to john at gmail dot com please.", "contact.email", "john at gmail dot com"),
    ("mercari_us", "john(at)yahoo.com", "contact.email", "john(at)yahoo.com"),
    # phone numbers, domestic and international, full-width digits
    ("mercari_jp", "090-1234-5678までお電話ください", "contact.phone", "090-1234-5678"),
    ("mercari_jp", "０９０－１２３４－５６７８", "contact.phone", "０９０－１２３４－５６７８"),
    ("mercari_jp", "電話は09012345678です", "contact.phone", "09012345678"),
    ("rakuma", "店舗 03-1234-5678 まで", "contact.phone", "03-1234-5678"),
    ("rakuma", "店舗 03(1234)5678 まで", "contact.phone", "03(1234)5678"),
    ("yahoo_fleamarket", "フリーダイヤル0120-123-456へ", "contact.phone", "0120-123-456"),
    ("rakuma", "〇九〇‐一二三四‐五六七八へ", "contact.phone", "〇九〇‐一二三四‐五六七八"),
    ("ebay", "Call +81 90-1234-5678 anytime.", "contact.phone", "+81 90-1234-5678"),
    ("ebay", "Call +1 (555) 123-4567 anytime.", "contact.phone", "+1 (555) 123-4567"),
    ("mercari_us", "My cell: 555-123-4567.", "contact.phone", "555-123-4567"),
    ("mercari_us", "My cell: (555) 123-4567.", "contact.phone", "(555) 123-4567"),
    # LINE / social media IDs
    ("mercari_jp", "LINE ID: abc_123 で追加してください", "contact.sns", "LINE ID: abc_123"),
    (
        "rakuma",
        "ＬＩＮＥのＩＤは ｔａｒｏ９９ です",
        "contact.sns",
        "ＬＩＮＥのＩＤは ｔａｒｏ９９",
    ),
    ("mercari_jp", "インスタ @shop_tokyo もどうぞ", "contact.sns", "インスタ @shop_tokyo"),
    (
        "ebay",
        "My Instagram account is vintage.kyoto",
        "contact.sns",
        "Instagram account is vintage.kyoto",
    ),
    ("mercari_us", "X: @kyoto_finds", "contact.sns", "X: @kyoto_finds"),
    # invitations to talk elsewhere
    ("mercari_jp", "詳しくはLINEでご連絡します", "contact.offsite", "LINEでご連絡"),
    ("mercari_jp", "お電話でご連絡ください", "contact.offsite", "電話でご連絡"),
    ("rakuma", "お急ぎでしたらお電話ください", "contact.offsite", "お電話ください"),
    ("rakuma", "連絡先を教えていただけますか", "contact.offsite", "連絡先を教え"),
    ("mercari_us", "Text me when you get this.", "contact.offsite", "Text me"),
    ("ebay", "Message me on WhatsApp.", "contact.offsite", "Message me on WhatsApp"),
    ("mercari_us", "Send me your phone number.", "contact.offsite", "Send me your phone"),
    # direct deals and payment outside the platform
    ("mercari_jp", "直接取引しませんか", "deal.direct", "直接取引"),
    ("rakuma", "直接やり取りできればお安くします", "deal.direct", "直接やり取り"),
    ("yahoo_fleamarket", "アプリを通さずにお売りします", "deal.direct", "アプリを通さず"),
    ("mercari_jp", "手渡しも可能です", "deal.direct", "手渡しも"),
    ("ebay", "We could deal directly and skip the fees.", "deal.direct", "deal directly"),
    ("ebay", "I can sell it outside eBay for less.", "deal.direct", "outside eBay"),
    ("mercari_jp", "PayPayで送金してください", "deal.outside_payment", "PayPayで送金"),
    ("rakuma", "振込先をお知らせします", "deal.outside_payment", "振込先"),
    ("ebay", "Please pay me via PayPal.", "deal.outside_payment", "pay me via PayPal"),
    (
        "mercari_us",
        "Just send the money through Zelle.",
        "deal.outside_payment",
        "send the money through Zelle",
    ),
    ("mercari_us", "Venmo works too.", "deal.outside_payment", "Venmo"),
    ("mercari_jp", "振込でお願いします", "deal.bank_transfer", "振込でお願い"),
    ("amazon_jp", "銀行振込でも承ります", "deal.bank_transfer", "銀行振込"),
    # Amazon: reviews, ratings, marketing, thanks only
    ("amazon_jp", "高評価をお願いします", "amazon.review_positive", "高評価"),
    ("amazon_jp", "★5をいただけると励みになります", "amazon.review_positive", "★5"),
    ("amazon_jp", "☆５でお願いします", "amazon.review_positive", "☆５"),
    ("amazon_jp", "良い評価をいただけると嬉しいです", "amazon.review_positive", "良い評価"),
    (
        "amazon_jp",
        "ご満足いただけましたら評価をお願いします",
        "amazon.review_positive",
        "ご満足いただけましたら評価",
    ),
    ("amazon_jp", "Please leave a positive review.", "amazon.review_positive", "positive review"),
    ("amazon_jp", "A 5-star rating would mean a lot.", "amazon.review_positive", "5-star rating"),
    (
        "amazon_jp",
        "レビューを書いていただいた方にはクーポンをお送りします",
        "amazon.review_incentive",
        "レビューを書いていただいた方にはクーポン",
    ),
    (
        "amazon_jp",
        "I'll send a gift card for your review.",
        "amazon.review_incentive",
        "gift card for your review",
    ),
    (
        "amazon_jp",
        "評価を変更していただけますと幸いです",
        "amazon.feedback_change",
        "評価を変更していただけ",
    ),
    (
        "amazon_jp",
        "評価の削除をお願いできますでしょうか",
        "amazon.feedback_change",
        "評価の削除をお願い",
    ),
    (
        "amazon_jp",
        "Could you please change your feedback?",
        "amazon.feedback_change",
        "change your feedback",
    ),
    (
        "amazon_jp",
        "Would you remove the negative review?",
        "amazon.review_change",
        "remove the negative review",
    ),
    ("amazon_jp", "次回使えるクーポンを同封しました", "amazon.marketing", "クーポン"),
    ("amazon_jp", "セール情報はストアページで", "amazon.marketing", "セール情報"),
    ("amazon_jp", "Use discount code SAVE10 next time.", "amazon.marketing", "discount code"),
    ("amazon_jp", "Check out our store for more!", "amazon.marketing", "Check out our store"),
    (
        "amazon_jp",
        "ご注文ありがとうございました。",
        "amazon.thanks_only",
        "ご注文ありがとうございました。",
    ),
    (
        "amazon_jp",
        "佐藤様\n\nこのたびはご購入ありがとうございました。\n今後ともよろしくお願いいたします。\n山田",
        "amazon.thanks_only",
        "佐藤様\n\nこのたびはご購入ありがとうございました。\n今後ともよろしくお願いいたします。\n山田",
    ),
    (
        "amazon_jp",
        "Hi Emily,\nThank you so much for your order!\nBest regards,\nKen",
        "amazon.thanks_only",
        "Hi Emily,\nThank you so much for your order!\nBest regards,\nKen",
    ),
    (
        "amazon_jp",
        "Hi Emily,\n\nThank you so much for your order!\nPlease enjoy it.\nKen",
        "amazon.thanks_only",
        "Hi Emily,\n\nThank you so much for your order!\nPlease enjoy it.\nKen",
    ),
    # Mercari US: rating before arrival, partial refunds
    (
        "mercari_us",
        "Thanks for buying! Please leave a rating.",
        "mercari_us.early_rating",
        "leave a rating",
    ),
    ("mercari_us", "Please rate me soon.", "mercari_us.early_rating", "Please rate"),
    ("mercari_us", "評価をお願いします。", "mercari_us.early_rating", "評価をお願い"),
    (
        "mercari_us",
        "I can offer a partial refund of $5.",
        "mercari_us.partial_refund",
        "partial refund",
    ),
    (
        "mercari_us",
        "Keep it and I'll refund $10.",
        "mercari_us.partial_refund",
        "Keep it and I'll refund",
    ),
    ("mercari_us", "差額を返金いたします", "mercari_us.partial_refund", "差額を返金"),
    # threats and insults, ja and en
    ("mercari_jp", "このままでは事務局に通報します", "tone.threat", "通報します"),
    ("rakuma", "悪い評価をつけます", "tone.threat", "悪い評価をつけます"),
    ("mercari_jp", "低評価にさせていただきます", "tone.threat", "低評価にさせ"),
    ("mercari_jp", "悪い評価をつけさせていただきました", "tone.threat", "悪い評価をつけさせ"),
    ("yahoo_auctions", "法的措置を取ります", "tone.threat", "法的措置"),
    ("rakuma", "警察に被害届を出します", "tone.threat", "被害届を出"),
    ("mercari_jp", "弁護士に相談します", "tone.threat", "弁護士に相談します"),
    ("ebay", "We will call the police.", "tone.threat", "We will call the police"),
    ("mercari_jp", "しつこいですね", "tone.insult", "しつこいです"),
    ("ebay", "I will report you to eBay.", "tone.threat", "I will report you"),
    (
        "mercari_us",
        "I'll leave negative feedback if you don't pay.",
        "tone.threat",
        "I'll leave negative feedback",
    ),
    ("mercari_jp", "非常識ではありませんか", "tone.insult", "非常識"),
    ("rakuma", "常識がないと思います", "tone.insult", "常識がない"),
    ("ebay", "You are a scammer.", "tone.insult", "scammer"),
    ("mercari_us", "What an idiot move.", "tone.insult", "idiot"),
    ("other", "バカにしないでください", "tone.insult", "バカ"),
    # Amazon: product reviews, emoji, asking the buyer to cancel
    (
        "amazon_jp",
        "レビューを削除していただけないでしょうか",
        "amazon.review_change",
        "レビューを削除していただけ",
    ),
    ("amazon_jp", "到着まで少々お待ちください🙇", "style.emoji", "🙇"),
    ("amazon_jp", "Thanks for waiting ❤️ It ships Monday.", "style.emoji", "❤️"),
    (
        "amazon_jp",
        "在庫がないため、キャンセル申請をしていただけますか。",
        "amazon.ask_cancel",
        "キャンセル申請をして",
    ),
    (
        "amazon_jp",
        "Could you please request a cancellation?",
        "amazon.ask_cancel",
        "Could you please request a cancellation",
    ),
    # eBay: payment details and social media accounts
    ("ebay", "Send it to account number 12345678.", "ebay.personal_info", "account number"),
    ("ebay", "You can see more on my Instagram.", "ebay.personal_info", "my Instagram"),
    ("ebay", "インスタのアカウントもご覧ください", "ebay.personal_info", "インスタのアカウント"),
    # Mercari US: arrival mentioned only to say it has not happened
    (
        "mercari_us",
        "Please leave a rating before it arrives.",
        "mercari_us.early_rating",
        "leave a rating",
    ),
    ("mercari_us", "届く前に評価をお願いします。", "mercari_us.early_rating", "評価をお願い"),
    ("mercari_us", "到着前ですが評価をお願いします。", "mercari_us.early_rating", "評価をお願い"),
    (
        "mercari_us",
        "It hasn't arrived yet, but please rate the order.",
        "mercari_us.early_rating",
        "please rate",
    ),
    # Rakuma has no partial-refund procedure
    ("rakuma", "3,000円を一部返金いたします", "rakuma.partial_refund", "一部返金"),
    (
        "rakuma",
        "ラクマ事務局を通して返金いたします",
        "rakuma.partial_refund",
        "ラクマ事務局を通して返金",
    ),
    # English with Japanese in it (a value typed in Japanese)
    (
        "ebay",
        "Hi 佐藤, your camera is packed and ships on Monday.",
        "language.japanese_in_english",
        "佐藤",
    ),
]

# Amazon: a message the seller starts (not a reply).
PROACTIVE_HITS = [
    ("本日、商品を発送いたしました。", "amazon.proactive_confirmation", "発送いたしました"),
    ("Your order has been shipped.", "amazon.proactive_confirmation", "has been shipped"),
    (
        "ご購入いただきありがとうございます。お届け先の部屋番号をご確認いただけますか。",
        "amazon.proactive_thanks",
        "ご購入いただきありがとう",
    ),
    (
        "Thank you for your order. Could you confirm the apartment number?",
        "amazon.proactive_thanks",
        "Thank you for your order",
    ),
    (
        "改めてレビューをお願いできますでしょうか。",
        "amazon.proactive_repeat_review",
        "改めてレビュー",
    ),
    (
        "Just a reminder to leave a review if you have a moment.",
        "amazon.proactive_repeat_review",
        "reminder to leave a review",
    ),
]


@pytest.mark.parametrize(("text", "rule", "span"), PROACTIVE_HITS)
def test_amazon_rules_for_a_message_the_seller_starts(text: str, rule: str, span: str) -> None:
    assert (rule, span) in flagged(text, "amazon_jp", message="proactive")
    assert rule not in {found for found, _ in flagged(text, "amazon_jp", message="reply")}


@pytest.mark.parametrize(("platform", "text", "rule", "span"), HITS)
def test_each_rule_points_at_the_offending_text(
    platform: str, text: str, rule: str, span: str
) -> None:
    assert (rule, span) in flagged(text, platform)


def test_every_shipped_rule_has_hit_cases() -> None:
    tested = {rule for _, _, rule, _ in HITS} | {rule for _, rule, _ in PROACTIVE_HITS}
    tested |= {"length.limit"}
    assert {rule.id for rule in load_rules().rules} == tested
