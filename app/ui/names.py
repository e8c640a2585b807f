"""Display names for situations and languages, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def situation_name(slug: str) -> str:
    names = {
        "apology": QCoreApplication.translate("Situations", "Apology"),
        "partial_refund": QCoreApplication.translate("Situations", "Partial refund"),
        "support_redirect": QCoreApplication.translate(
            "Situations", "Ask buyer to contact support"
        ),
        "discount_refusal": QCoreApplication.translate("Situations", "Declining a discount"),
        "inspection_cancel": QCoreApplication.translate("Situations", "Cancel after inspection"),
        "partial_sale": QCoreApplication.translate("Situations", "Selling part of a set"),
        "thanks": QCoreApplication.translate("Situations", "Thanks for your order"),
        "shipping_notice": QCoreApplication.translate("Situations", "Shipping notice"),
        "rating_reminder": QCoreApplication.translate("Situations", "Rating reminder"),
        "support_notice": QCoreApplication.translate("Situations", "Notice before asking support"),
        "support_request": QCoreApplication.translate("Situations", "Message to the platform"),
        "address_check": QCoreApplication.translate("Situations", "Address check"),
        "enclosed_letter": QCoreApplication.translate("Situations", "Note in the parcel"),
        "out_of_stock": QCoreApplication.translate("Situations", "Out of stock"),
        "hold_refusal": QCoreApplication.translate("Situations", "Declining a hold"),
        "bundle": QCoreApplication.translate("Situations", "Bundle"),
        "checking": QCoreApplication.translate("Situations", "Looking into it"),
        "return_warranty": QCoreApplication.translate("Situations", "Returns and warranty"),
        "listing_question": QCoreApplication.translate("Situations", "Question about a listing"),
        "price_offer": QCoreApplication.translate("Situations", "Price offer"),
        "listing_for_buyer": QCoreApplication.translate("Situations", "Listing for one buyer"),
        "payment_reminder": QCoreApplication.translate("Situations", "Payment reminder"),
        "cancel_request": QCoreApplication.translate("Situations", "Buyer asks to cancel"),
        "late_shipment": QCoreApplication.translate("Situations", "Shipping late"),
        "delivery_trouble": QCoreApplication.translate("Situations", "Parcel not arrived"),
        "returned_parcel": QCoreApplication.translate("Situations", "Parcel came back"),
        "wrong_item": QCoreApplication.translate("Situations", "Wrong item sent"),
        "return_accept": QCoreApplication.translate("Situations", "Accepting a return"),
        "refund_done": QCoreApplication.translate("Situations", "Refund done"),
        "after_rating": QCoreApplication.translate("Situations", "After the buyer rated"),
        "rating_reply": QCoreApplication.translate("Situations", "Answering a low rating"),
    }
    return names.get(slug, slug.replace("_", " ").capitalize())


def language_name(lang: str) -> str:
    # Each language is named in itself, so a seller finds their own in either UI.
    return {"ja": "日本語", "en": "English"}.get(lang, lang)


def language_in_ui(lang: str) -> str:
    """A message language named in the UI language ("英語" in a Japanese UI)."""
    names = {
        "ja": QCoreApplication.translate("Languages", "Japanese"),
        "en": QCoreApplication.translate("Languages", "English"),
    }
    return names.get(lang, lang)


def kind_name(kind: str) -> str:
    """A field type as the seller knows it: 金額, 日付, チェックボックス…"""
    names = {
        "text": QCoreApplication.translate("Kinds", "A line of text"),
        "multiline": QCoreApplication.translate("Kinds", "Several lines of text"),
        "money": QCoreApplication.translate("Kinds", "An amount"),
        "date": QCoreApplication.translate("Kinds", "A date"),
        "number": QCoreApplication.translate("Kinds", "A number"),
        "choice": QCoreApplication.translate("Kinds", "A choice from a list"),
        "bool": QCoreApplication.translate("Kinds", "A tick box"),
    }
    return names.get(kind, kind)
