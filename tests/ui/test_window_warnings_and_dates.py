"""Warnings and deadlines in the window: highlighted, listed, asked about, filled in."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.base import paths
from app.deadlines.schedule import OrderDates
from app.ui import dialogs
from app.ui.i18n import translations
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import write_template
from tests.ui.keyboard import type_text

NOW = datetime(2026, 12, 3, 10, 0)
NOTE = """title = "メモ"
category = "checking"

[example]
buyer_name = "佐藤"
note = "確認いたします。"
"""
BODY = (
    "{{ buyer_name | sama }}\n\n{{ note }}\n"
    "{% if deadlines.operator_request is defined %}"
    "{{ deadlines.operator_request | datetime }}以降に事務局へ相談いたします。\n"
    "{% endif %}"
)


@pytest.fixture(autouse=True)
def english_ui():
    translations().switch("en")
    yield
    translations().switch("en")


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    # A template of the user's own, so the test controls every word of the text.
    write_template(paths.user_templates_dir(), "ja", "note", NOTE, BODY)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.dates.clock = lambda: NOW
    window.set_platform("mercari_jp")
    window.set_message_language("ja")
    assert window.browser.select("note")
    return window


def fill(window: MainWindow, **values: str) -> None:
    for name, text in values.items():
        editor = window.form.editor(name)
        assert editor is not None
        editor.input.clear()
        type_text(editor.input, text)


def highlighted(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.preview_pane.text.extraSelections()]


def test_a_warning_is_listed_beside_the_preview_and_its_text_highlighted(
    window: MainWindow,
) -> None:
    fill(window, buyer_name="田中", note="お急ぎでしたら 090-1234-5678 までお電話ください。")
    pane = window.preview_pane
    assert [f.rule for f in pane.findings] == ["contact.phone", "contact.offsite"]
    assert pane.findings_list.isVisibleTo(window)
    assert pane.findings_list.item(0).text().startswith("This looks like a phone number")
    assert highlighted(window) == ["090-1234-5678", "お電話ください"]


def test_warnings_follow_the_window_language(window: MainWindow, qtbot: QtBot) -> None:
    fill(window, buyer_name="田中", note="LINE ID: tanaka99 へどうぞ")
    window.set_ui_language("ja")
    first = window.preview_pane.findings_list.item
    qtbot.waitUntil(lambda: first(0).text().startswith("SNSやLINEのID"))
    panel = window.dates
    qtbot.waitUntil(lambda: panel.title() == "取引の日時と期限")
    assert panel.rows["shipping_notice"][0].text() == "発送通知の日時"


def test_fixing_the_text_clears_the_warning(window: MainWindow) -> None:
    fill(window, buyer_name="田中", note="LINE ID: tanaka99 へどうぞ")
    assert window.preview_pane.findings
    fill(window, note="取引メッセージでご連絡ください。")
    assert window.preview_pane.findings == []
    assert not window.preview_pane.findings_list.isVisibleTo(window)
    assert highlighted(window) == []


def test_the_platforms_own_rules_follow_the_platform(window: MainWindow) -> None:
    fill(window, buyer_name="田中", note="高評価をお願いします。明日発送いたします。")
    assert window.preview_pane.findings == []  # asking for a rating is fine on Mercari
    window.set_platform("amazon_jp")
    assert window.template is not None and window.template.id == "note"
    assert [f.rule for f in window.preview_pane.findings] == ["amazon.review_positive"]
    assert highlighted(window) == ["高評価"]


def test_copying_with_a_warning_asks_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window, buyer_name="田中", note="振込でお願いします。")
    QGuiApplication.clipboard().setText("before")
    questions: list[str] = []

    def refuse(_parent, _title, text):
        questions.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask", refuse)
    assert window.copy_message() is False
    assert QGuiApplication.clipboard().text() == "before"
    assert "This may break Mercari (Japan)'s rules:" in questions[0]
    assert "“振込でお願い” This suggests paying by bank transfer." in questions[0]
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    assert window.copy_message() is True
    assert QGuiApplication.clipboard().text() == window.preview_pane.text.toPlainText()


def test_the_question_is_asked_in_the_window_language(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    fill(window, buyer_name="田中", note="振込でお願いします。")
    window.set_ui_language("ja")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "ask", lambda _parent, title, text: asked.append((title, text)) or False
    )
    window.copy_message()
    title, text = asked[0]
    assert title == "コピーの確認"
    assert text.startswith("メルカリの規約に反するおそれがあります:\n「振込でお願い」銀行振込")
    assert text.endswith("このままコピーしますか？")


def test_clean_text_copies_without_asking(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window, buyer_name="田中", note="明日発送いたします。")

    def no_questions(*_args):
        raise AssertionError("asked about clean text")

    monkeypatch.setattr(dialogs, "ask", no_questions)
    assert window.copy_message() is True


def test_order_dates_give_deadlines_in_the_form_and_the_text(window: MainWindow) -> None:
    fill(window, buyer_name="田中", note="確認いたします。")
    panel = window.dates
    assert panel.isVisibleTo(window)
    known, edit = panel.rows["shipping_notice"]
    known.setChecked(True)
    assert panel.order_dates().shipping_notice == NOW
    edit.setDateTime(datetime(2026, 12, 2, 18, 0))
    text = window.preview_pane.text.toPlainText()
    assert "12月11日(金) 13:00以降に事務局へ相談いたします。" in text
    assert "Completes automatically on: <b>Fri, Dec 11, 1:00 PM</b>" in panel.summary.text()


def test_the_dates_asked_for_follow_the_platform(window: MainWindow) -> None:
    panel = window.dates

    def asked() -> list[str]:
        return [n for n, (known, _) in panel.rows.items() if panel.form.isRowVisible(known)]

    assert "shipping_notice" in asked()
    window.set_platform("amazon_jp")
    assert asked() == ["delivered", "last_buyer_message"]


def test_a_new_order_clears_the_dates(window: MainWindow) -> None:
    window.dates.set_order_dates(OrderDates(shipping_notice=datetime(2026, 12, 2, 18)))
    assert "operator_request" in dict(window.desk.deadlines)
    window.commands.new_order.trigger()
    assert dict(window.desk.deadlines) == {}
    assert "事務局へ相談" not in window.preview_pane.text.toPlainText()


PAY = """title = "お支払い"
category = "checking"

[example]
buyer_name = "佐藤"
"""


@pytest.fixture
def deferred(qtbot: QtBot) -> MainWindow:
    """The window as the app starts it: frame first, then the parts, on the pay template."""
    write_template(
        paths.user_templates_dir(),
        "ja",
        "pay",
        PAY,
        "{{ buyer_name | sama }}\n\n振込でお願いします。\n",
    )
    settings = Settings()
    for key, value in (("message/template", "pay"), ("message/platform", "mercari_jp")):
        settings.set(key, value)
    settings.set("message/lang", "ja")
    return MainWindow(defer=True)


def test_a_deferred_start_paints_the_desk_before_listing_its_warnings(
    deferred: MainWindow, qtbot: QtBot
) -> None:
    window = deferred
    qtbot.addWidget(window)
    seen: dict[str, object] = {}
    painted: list[bool] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = PaintWatch(window)

    def on_ready() -> None:
        seen["at ready"] = list(window.preview_pane.findings)
        window.preview_pane.installEventFilter(watch)
        window.signals.findings_changed.connect(
            lambda: seen.setdefault("painted first", bool(painted))
        )

    window.ready.connect(on_ready)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready and bool(window.preview_pane.findings))

    assert window.template is not None and window.template.id == "pay"
    assert seen == {"at ready": [], "painted first": True}
    assert [f.rule for f in window.preview_pane.findings] == ["deal.bank_transfer"]
    assert highlighted(window) == ["振込でお願い"]


def test_copying_before_the_first_check_still_asks_about_the_warning(
    deferred: MainWindow, qtbot: QtBot
) -> None:
    window = deferred
    qtbot.addWidget(window)
    blockers: list[str] = []
    unchecked: list[bool] = []

    def copy_at_once() -> None:
        unchecked.append(window.desk.checked_text is None)
        blockers.extend(window.copy_blockers())

    window.ready.connect(copy_at_once)
    with qtbot.waitSignal(window.ready):
        window.show()
    assert unchecked == [True]
    head = blockers.index("This may break Mercari (Japan)'s rules:")
    assert "“振込でお願い”" in blockers[head + 1]


def test_a_warning_shows_where_its_rule_comes_from_on_hover(window: MainWindow) -> None:
    fill(window, buyer_name="田中", note="a@example.com までご連絡ください。")
    item = window.preview_pane.findings_list.item(0)
    assert item.text().startswith("This looks like an e-mail address")
    assert item.toolTip().startswith("official: eBay: Member-to-member contact policy")
    assert "(checked 2026-11-30)" in item.toolTip()


def test_a_message_the_seller_starts_follows_amazons_rules_for_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    front = NOTE.replace(
        'category = "checking"', 'category = "checking"\namazon_message = "proactive"'
    )
    write_template(paths.user_templates_dir(), "ja", "starts", front, BODY)
    window.reload_library()
    window.set_platform("amazon_jp")
    qtbot.waitUntil(lambda: window.browser.select("starts"))
    fill(window, buyer_name="田中", note="本日発送いたしました。お届け先の確認です。")
    assert [f.rule for f in window.preview_pane.findings] == ["amazon.proactive_confirmation"]
    window.dates.set_order_dates(OrderDates(delivered=datetime(2026, 10, 1, 12, 0)))
    qtbot.waitUntil(
        lambda: "amazon.proactive_late" in [f.rule for f in window.preview_pane.findings]
    )
    assert window.browser.select("note")  # a reply: neither rule applies
    assert window.preview_pane.findings == []


def test_a_long_text_is_checked_off_the_window_thread(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from app.policy import checks as policy

    threads: list[str] = []
    real = policy.check

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(policy, "check", recording)
    editor = window.form.editor("note")
    assert editor is not None
    editor.input.setText("ー" * 5000)
    type_text(editor.input, " 090-1234-5678 までお電話ください。")
    preview = window.preview
    assert preview is not None and preview.text.endswith("までお電話ください。")
    qtbot.waitUntil(lambda: window.desk.checked_text == preview.text, timeout=10_000)
    assert threads and threads[-1] != threading.main_thread().name
    assert [f.rule for f in window.preview_pane.findings] == ["contact.phone", "contact.offsite"]
