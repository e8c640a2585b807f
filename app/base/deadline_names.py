"""The deadlines Teinei knows, by key, with their names in Japanese and English.

A vocabulary, not a computation (that is app.deadlines): templates name these keys as
values, so the template maker reads them without depending on the deadline rules.
"""

from __future__ import annotations

# key: (ja label, en label, "by" = act before it ends, "from" = possible from then on)
LABELS: dict[str, tuple[str, str, str]] = {
    "ship_by": ("発送期限", "Ship by", "by"),
    "reply_by": ("返信期限", "Reply by", "by"),
    "auto_rate": ("自動で評価される日時", "Auto-rated on", "from"),
    "auto_complete": ("自動で取引完了する日時", "Completes automatically on", "from"),
    "operator_request": ("事務局に依頼できる日時", "Can ask the operator from", "from"),
    "operator_acts": ("事務局が対応する目安", "Operator acts from", "from"),
    "return_window_end": ("返品受付の期限", "Return window ends", "by"),
    "message_window_end": ("メッセージを送れる期限", "Messages allowed until", "by"),
    "proactive_until": ("出品者から連絡できる期限", "Seller-started messages until", "by"),
    "payment_release": ("代金が入金される目安", "Payment released around", "from"),
}
