"""The Qt adapter over the desk model: signals for each event, and no calls after it goes."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from app.base.platforms import load_platforms
from app.desk.model import Desk
from app.templates.library import builtin_source, load_library
from app.ui.desk_signals import DeskSignals


def make_desk() -> Desk:
    desk = Desk(load_library([builtin_source()]), load_platforms(overrides={}))
    desk.show("apology")
    return desk


def test_a_typed_value_arrives_as_one_message_and_one_findings_signal(qtbot: QtBot) -> None:
    desk = make_desk()
    signals = DeskSignals(desk)
    seen: list[str] = []
    signals.message_changed.connect(lambda: seen.append("message"))
    signals.findings_changed.connect(lambda: seen.append("findings"))
    signals.template_changed.connect(lambda: seen.append("template"))
    desk.set_value("buyer_name", "田中")
    assert seen == ["message", "findings"]


def test_an_adapter_deleted_by_qt_leaves_the_desk(qtbot: QtBot) -> None:
    desk = make_desk()
    signals = DeskSignals(desk)
    signals.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.captureExceptions() as raised:
        desk.set_value("buyer_name", "田中")
    assert raised == []


def test_an_adapter_nobody_holds_leaves_the_desk(qtbot: QtBot) -> None:
    desk = make_desk()
    DeskSignals(desk)
    gc.collect()
    desk.set_value("buyer_name", "田中")  # raised "Signal source has been deleted" before
    assert desk.preview is not None and "田中" in desk.preview.text
