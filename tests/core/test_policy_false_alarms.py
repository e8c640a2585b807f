"""Policy checks: ordinary seller text (prices, numbers, refusals, look-alikes) raises nothing."""

from __future__ import annotations

import pytest

from tests.core.policy_helpers import flagged

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


def test_amazon_allows_saying_a_buyer_can_update_a_rating() -> None:
    assert flagged("You can update your feedback if you wish.", "amazon_jp") == []
    assert flagged("ご希望でしたら評価の変更もしていただけます。", "amazon_jp") == []
    assert flagged("評価の変更は任意です。", "amazon_jp") == []


def test_amazon_thanks_with_what_the_buyer_needs_is_more_than_thanks() -> None:
    assert flagged("ご注文ありがとうございます。明日発送いたします。", "amazon_jp") == []
    assert flagged("Thank you for your order! Any questions?", "amazon_jp") == []
    assert flagged("ご注文ありがとうございます。\n在庫を確認しております。", "amazon_jp") == []


def test_amazon_thanks_followed_by_a_question_or_a_request_is_more_than_thanks() -> None:
    # A short last line used to pass for a signature, so the question was not read.
    for text in (
        "山田様\n\nご購入いただき、ありがとうございます。\n配達日のご希望はありますか",
        "山田様\n\nご購入いただき、ありがとうございます。\n色のご希望はございますか。",
        "ご注文ありがとうございます。ギフト包装が必要でしたらお知らせください。",
        "ご購入ありがとうございます。のしのご希望をお聞かせいただけますか",
        "Hi Emily,\n\nThank you for your order!\nWould you like gift wrapping",
        "Thank you for your order! Please tell me which colour you prefer.",
    ):
        assert flagged(text, "amazon_jp") == [], text


def test_mercari_us_rating_request_after_arrival_is_fine() -> None:
    assert flagged("Your package was delivered today. Please leave a rating.", "mercari_us") == []
    assert flagged("Once it arrives, please rate the transaction.", "mercari_us") == []
    assert flagged("商品が届きましたら、評価をお願いします。", "mercari_us") == []


def test_yahoo_auctions_bank_transfer_through_checkout_is_not_flagged() -> None:
    assert flagged("銀行振込でのお支払いですね", "yahoo_auctions") == []
    assert ("deal.outside_payment", "振込先") in flagged("振込先をお知らせします", "yahoo_auctions")


def test_asking_amazon_to_remove_unfair_feedback_is_not_asking_the_buyer() -> None:
    assert flagged("不当な評価のため、Amazonに評価の削除を依頼いたしました。", "amazon_jp") == []
    assert flagged("I have asked Amazon to remove the feedback.", "amazon_jp") == []


def test_telling_an_amazon_buyer_the_seller_cancels_is_fine() -> None:
    text = "こちらで注文をキャンセルいたしますので、お手続きは不要です。"
    assert flagged(text, "amazon_jp") == []
    assert (
        flagged("I will cancel the order; there is no need to request a cancellation.", "amazon_jp")
        == []
    )


def test_ordinary_japanese_symbols_are_not_emoji() -> None:
    assert flagged("よろしくお願いいたします★ ※送料込み ♪", "amazon_jp") == []


def test_japanese_in_a_japanese_message_or_beside_an_address_is_fine() -> None:
    assert flagged("佐藤様、本日発送いたしました。Tracking: 1234", "ebay") == []
    assert flagged("連絡先: a@example.com は使えません", "other") == [
        ("contact.email", "a@example.com")
    ]
    assert flagged("Hi Emily, your order ships on Monday.", "ebay") == []


def test_saying_rakuma_has_no_partial_refund_is_fine() -> None:
    assert (
        flagged("ラクマでは一部返金ができかねますので、キャンセルとさせてください。", "rakuma")
        == []
    )
    assert flagged("3,000円を一部返金いたします", "mercari_jp") == []


def test_telling_a_mercari_us_buyer_not_to_rate_yet_is_not_an_early_request() -> None:
    text = "Please report it within 3 days of delivery, and please don't rate the order yet."
    assert flagged(text, "mercari_us") == []


def test_a_promise_to_write_once_it_ships_is_not_a_shipping_confirmation() -> None:
    for text in (
        "発送しましたら、すぐにご連絡いたします。",
        "I'll message you as soon as it's on its way.",
    ):
        assert flagged(text, "amazon_jp", message="proactive") == [], text
