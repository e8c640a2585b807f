"""Policy checks: each rule's hits, near-misses, full-width text and mixed ja/en."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import config_file
from app.policy import check, dominant_language
from app.policy_rules import PolicyRulesError, load_rules

MARKETPLACES = (
    "mercari_jp",
    "mercari_us",
    "rakuma",
    "amazon_jp",
    "yahoo_auctions",
    "yahoo_fleamarket",
    "ebay",
)


def flagged(text: str, platform: str = "mercari_jp", **options: object) -> list[tuple[str, str]]:
    """(rule, the text it points at) for every finding."""
    findings = check(text, platform, **options)  # type: ignore[arg-type]
    return [(f.rule, text[f.start : f.end]) for f in findings]


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
    # a Mercari link leads off Rakuma (on Mercari itself it is fine, see NEAR_MISSES)
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
        "amazon.review_change",
        "評価を変更していただけ",
    ),
    (
        "amazon_jp",
        "評価の削除をお願いできますでしょうか",
        "amazon.review_change",
        "評価の削除をお願い",
    ),
    (
        "amazon_jp",
        "Could you please change your feedback?",
        "amazon.review_change",
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
]


@pytest.mark.parametrize(("platform", "text", "rule", "span"), HITS)
def test_each_rule_points_at_the_offending_text(
    platform: str, text: str, rule: str, span: str
) -> None:
    assert (rule, span) in flagged(text, platform)


def test_every_shipped_rule_has_hit_cases() -> None:
    tested = {rule for _, _, rule, _ in HITS} | {"length.limit"}
    assert {rule.id for rule in load_rules().rules} == tested


# (platform, text): ordinary text that must raise nothing at all
NEAR_MISSES = [
    # prices, dates, times
    ("mercari_jp", "3,000円 ¥3,000 ３，０００円 30000円"),
    ("mercari_us", "The price is $12.50, or $1,234.00 for the set."),
    ("mercari_jp", "2026-12-09 12/9 12月9日 2026年12月9日 13:00 09:30"),
    ("ebay", "It ships on 12-09-2026 or Dec 9, 2026."),
    # order numbers
    ("amazon_jp", "注文番号 249-1234567-1234567 の件です。発送しました。"),
    ("amazon_jp", "Order 503-1234567-1234567 has shipped."),
    ("mercari_jp", "取引ID m12345678901 の件です"),
    ("ebay", "Order number 12-34567-89012 is on its way."),
    ("mercari_jp", "注文番号: 0123456789"),
    # tracking numbers
    ("mercari_jp", "追跡番号は1234-5678-9012です"),
    ("mercari_jp", "お問い合わせ番号 0123-4567-8901"),
    ("mercari_jp", "追跡番号: 09012345678"),
    ("mercari_us", "Tracking: 9400 1000 0000 0000 0000 00"),
    ("mercari_us", "USPS tracking number 9400100000000000000000"),
    ("ebay", "FedEx 1234 5678 9012, UPS 1Z999AA10123456784"),
    ("mercari_us", "Tracking #5551234567 is on the label."),
    # postal codes
    ("mercari_jp", "〒150-0001 東京都渋谷区神宮前1-2-3"),
    ("rakuma", "150-0001 東京都渋谷区"),
    ("rakuma", "〒060-0001 北海道札幌市中央区北一条西2-1"),
    ("rakuma", "060-0001 北海道札幌市"),
    ("mercari_jp", "ヤマト運輸 0123-4567-8901 でお送りしました"),
    ("mercari_jp", "クリックポスト 0123 4567 8901 2345"),
    ("mercari_us", "Ship to Springfield, IL 62704-1234."),
    # names, honorifics, the platform's own places and links
    ("mercari_jp", "山田 花子様\nご購入ありがとうございます。明日発送いたします。"),
    ("mercari_us", "Please contact Mercari Help Center: Help Center > Purchases > the item"),
    ("amazon_jp", "Amazon.co.jp をご利用いただきありがとうございます。本日発送しました。"),
    ("mercari_jp", "https://jp.mercari.com/item/m12345678901 をご確認ください"),
    ("ebay", "You can see it at https://www.ebay.com/itm/123 as well."),
    ("ebay", "Thanks.I shipped it today.It should arrive Friday."),
    ("other", "e.g. the box, ver.2.0, No.1, photo.jpg, ABC Co.,Ltd."),
    # refusals and redirects: saying no to the thing is not doing it
    ("mercari_jp", "直接取引はできかねます。"),
    ("mercari_jp", "メルカリ事務局へ直接お問い合わせください"),
    ("mercari_jp", "お振込みでのお支払いは承っておりません"),
    (
        "mercari_jp",
        "先日はお電話でご連絡いただきありがとうございます。今後は取引メッセージでお願いします。",
    ),
    ("rakuma", "LINEではなく、取引メッセージでご連絡ください"),
    ("amazon_jp", "お急ぎの場合はAmazonカスタマーサービスにお電話ください。発送は明日です。"),
    ("mercari_us", "Please don't text me; Mercari messages are best."),
    ("ebay", "I can't accept payment outside eBay."),
    (
        "mercari_us",
        "Mercari does not allow partial refunds, so please return it for a full refund.",
    ),
    ("mercari_jp", "悪い評価をつけることはいたしません"),
    ("rakuma", "以前、低評価をつけられてしまったことがあります"),
    ("mercari_us", "評価をしていただけない場合は、Mercariが自動で評価します。"),
    # words that merely look alike
    ("mercari_jp", "ご迷惑をおかけし申し訳ございません。新品ばかりです。"),
    ("mercari_jp", "バカラのグラスです。しつこい汚れもありません。"),
    ("mercari_jp", "ゆうパックは配達員からの手渡しでのお届けです。"),
    ("ebay", "If the package was stolen, you may want to file a police report."),
    ("mercari_jp", "盗難の場合は、お近くの警察にご相談ください。"),
    ("ebay", "The dumbbell set ships today."),
    ("mercari_us", "Please report your issue through the Help Center."),
    ("ebay", "To protect you from scams, please use eBay messages only."),
    ("mercari_jp", "@500円でお譲りします"),
    ("mercari_jp", "〇〇様、一二三四五六七八九〇番目のご注文です"),
    ("mercari_us", "Your line of credit"),
    ("ebay", "Please leave feedback when the item arrives."),
    ("amazon_jp", "If you have any feedback, feel free to contact me. Your order shipped today."),
    ("amazon_jp", "ご返品の際は、注文履歴からお手続きください。返金は商品到着後に行います。"),
    ("mercari_us", "Call Mercari support if you need help."),
]


@pytest.mark.parametrize(("platform", "text"), NEAR_MISSES)
def test_ordinary_text_raises_no_false_alarm(platform: str, text: str) -> None:
    assert flagged(text, platform) == []


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
    others = [p for p in (*MARKETPLACES, "other") if not p.startswith(owner)]
    for platform in others:
        assert rule not in {r for r, _ in flagged(text, platform)}, platform


def test_amazon_allows_saying_a_buyer_can_update_a_rating() -> None:
    assert flagged("You can update your feedback if you wish.", "amazon_jp") == []
    assert flagged("ご希望でしたら評価の変更もしていただけます。", "amazon_jp") == []
    assert flagged("評価の変更は任意です。", "amazon_jp") == []


def test_amazon_thanks_with_what_the_buyer_needs_is_more_than_thanks() -> None:
    assert flagged("ご注文ありがとうございます。明日発送いたします。", "amazon_jp") == []
    assert flagged("Thank you for your order! Any questions?", "amazon_jp") == []
    assert flagged("ご注文ありがとうございます。\n在庫を確認しております。", "amazon_jp") == []


def test_mercari_us_rating_request_after_arrival_is_fine() -> None:
    assert flagged("Your package was delivered today. Please leave a rating.", "mercari_us") == []
    assert flagged("Once it arrives, please rate the transaction.", "mercari_us") == []
    assert flagged("商品が届きましたら、評価をお願いします。", "mercari_us") == []


def test_contact_details_are_flagged_on_other_marketplaces_too() -> None:
    text = "LINE ID: abc_123 / 090-1234-5678 / a@example.com"
    assert [rule for rule, _ in flagged(text, "other")] == [
        "contact.sns",
        "contact.phone",
        "contact.email",
    ]
    # Payment and deal rules are about marketplaces; a seller's own shop may take transfers.
    assert flagged("振込でお願いします", "other") == []


def test_yahoo_auctions_bank_transfer_through_checkout_is_not_flagged() -> None:
    assert flagged("銀行振込でのお支払いですね", "yahoo_auctions") == []
    assert ("deal.outside_payment", "振込先") in flagged("振込先をお知らせします", "yahoo_auctions")


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


def test_the_text_language_decides_the_default_message_language() -> None:
    assert dominant_language("ご購入ありがとうございます。Blu-ray BOXです。") == "ja"
    assert dominant_language("Thank you for your order of the 相棒 Blu-ray.") == "en"
    assert dominant_language("12345") == "en"


RULE_FILE = """
version = 1
[[rules]]
id = "x.y"
platforms = ["other"]
patterns = ['{pattern}']
message_ja = "ja"
message_en = "en"
{extra}
"""


@pytest.mark.parametrize(
    ("pattern", "extra", "problem"),
    [
        ("(unclosed", "", "bad pattern"),
        ("ok", "colour = 1", "unknown key 'colour'"),
        ("ok", 'kind = "magic"', "kind must be one of"),
        ("ok", "unless_sentence = ['@nowhere']", "no list named 'nowhere'"),
        ("ok", 'addressees = ["everyone"]', "addressees must be among"),
    ],
)
def test_a_broken_rules_file_names_the_rule_and_the_problem(
    tmp_path: Path, pattern: str, extra: str, problem: str
) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(RULE_FILE.format(pattern=pattern, extra=extra), encoding="utf-8")
    with pytest.raises(PolicyRulesError, match=problem) as caught:
        load_rules(path)
    assert "x.y" in str(caught.value)


def test_rules_from_another_file_are_used(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(RULE_FILE.format(pattern="ふわふわ", extra=""), encoding="utf-8")
    findings = check("とてもふわふわです", "other", rules=load_rules(path))
    assert [(f.rule, f.start, f.end) for f in findings] == [("x.y", 3, 7)]
