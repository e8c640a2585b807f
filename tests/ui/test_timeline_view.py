from datetime import datetime

from app.orders import SentMessage
from app.ui.timeline_view import TimelineView

MESSAGES = [
    SentMessage(
        1,
        datetime(2026, 12, 7, 20, 10),
        "thanks",
        "ja",
        "佐藤 美咲様\n\nご購入ありがとうございます。",
        1,
    ),
    SentMessage(
        1,
        datetime(2026, 12, 8, 18, 30),
        "shipping_notice",
        "ja",
        "佐藤 美咲様\n\n本日発送しました。",
        2,
    ),
]


def test_the_timeline_lists_messages_in_order_and_shows_the_latest(qtbot) -> None:
    titles = {"thanks": "お礼", "shipping_notice": "発送"}
    view = TimelineView(title_of=lambda template_id, lang: titles[template_id])
    qtbot.addWidget(view)
    view.set_messages(MESSAGES)
    rows = [view.list.item(r).text() for r in range(view.list.count())]
    assert rows[0].startswith("12月7日(月) 20:10  ·  お礼  [ja]")
    assert "本日発送しました。" in rows[1]
    assert view.text.toPlainText() == "佐藤 美咲様\n\n本日発送しました。"
    assert view.empty.isHidden()


def test_copy_again_hands_back_the_exact_text(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_messages(MESSAGES)
    view.list.setCurrentRow(0)
    with qtbot.waitSignal(view.copy_again) as copied:
        view.copy_button.click()
    assert copied.args == ["thanks", "ja", "佐藤 美咲様\n\nご購入ありがとうございます。"]


def test_an_order_without_messages_says_so(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_messages([])
    assert not view.empty.isHidden()
    assert not view.copy_button.isEnabled()
