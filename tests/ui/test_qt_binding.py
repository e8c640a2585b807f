import gc
import sys

from PySide6.QtWidgets import QLabel


def test_widget_calls_do_not_drop_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 released None once per void call; the window would
    # abort after a few thousand keystrokes. pyproject pins a binding without the fault.
    label = QLabel()
    qtbot.addWidget(label)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setStyleSheet("")
    gc.collect()
    assert sys.getrefcount(None) >= before - 50
