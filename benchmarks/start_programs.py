"""The programs benchmarks/startup.py starts in fresh processes, one per start.

Each prints a mark (a line) when it reaches it; the parent times the lines it reads.
- BARE: a bare PySide6 window doing nothing, to its first paint ("frame").
- FLOOR: the desk's kinds of widgets built with PySide6 alone, painted ("desk").
- OURS: Teinei started as `teinei` starts it, with the marks in MARKS.
"""

BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("frame", flush=True)
            app.quit()
        return False

app = QApplication([])
window = QWidget()
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
"""

# The floor: the desk's kinds of widgets, as many and with text like ours, built with
# PySide6 alone (no Teinei code, no templates, no settings). What it costs over the bare
# window is what Qt and PySide6 charge for such a window before any code of ours runs.
FLOOR = r"""
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, QDateTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDateTimeEdit, QDockWidget, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListView, QMainWindow, QPlainTextEdit, QPushButton,
    QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

ROWS = [f"テンプレート {n} のお知らせ" for n in range(23)]
TEXT = "山田 花子様\n\n" + "ご購入いただいた商品につきまして、ご連絡いたします。\n" * 6

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.done)
        return False
    def done(self):
        print("desk", flush=True)
        app.quit()

app = QApplication([])
window = QMainWindow()
for title in ("File", "Edit", "Template", "View", "Language", "Help"):
    menu = window.menuBar().addMenu(title)
    for n in range(5):
        action = QAction(f"{title} action {n}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
        menu.addAction(action)
central = QWidget(window)
column = QVBoxLayout(central)
top = QHBoxLayout()
for n in range(2):
    top.addWidget(QLabel("販売サイト"))
    combo = QComboBox()
    combo.addItems(["メルカリ", "ラクマ", "Yahoo!フリマ", "eBay"])
    top.addWidget(combo)
top.addStretch(1)
top.addWidget(QPushButton("メッセージをコピー"))
column.addLayout(top)
splitter = QSplitter(central)
browser = QWidget()
side = QVBoxLayout(browser)
side.addWidget(QLineEdit(placeholderText="テンプレートを検索"))
for n in range(2):
    combo = QComboBox()
    combo.addItems(["すべての場面", "お詫び", "お礼"])
    side.addWidget(combo)
listing = QListView()
listing.setModel(QStringListModel(ROWS))
side.addWidget(listing)
side.addWidget(QLabel("23件"))
splitter.addWidget(browser)
scroll = QScrollArea()
form_widget = QWidget()
form = QFormLayout(form_widget)
for n in range(2):
    form.addRow(f"項目 {n}", QLineEdit("山田 花子"))
for n in range(2):
    combo = QComboBox()
    combo.addItems(["配送中の破損", "商品の不備"])
    form.addRow(f"選択 {n}", combo)
form.addRow(QCheckBox("再発防止の一文を添える"))
group = QGroupBox("取引の日時と期限")
dates = QFormLayout(group)
for n in range(4):
    row = QHBoxLayout()
    row.addWidget(QCheckBox(f"日時 {n}"))
    row.addWidget(QDateTimeEdit(QDateTime.currentDateTime()))
    dates.addRow(row)
dates.addRow(QLabel("発送期限: 12月4日(金)"))
form.addRow(group)
scroll.setWidget(form_widget)
scroll.setWidgetResizable(True)
splitter.addWidget(scroll)
previews = []
for n in range(2):
    pane = QWidget()
    pane_column = QVBoxLayout(pane)
    text = QPlainTextEdit(TEXT)
    pane_column.addWidget(text)
    pane_column.addWidget(QLabel("136文字"))
    splitter.addWidget(pane)
    previews.append(text)
column.addWidget(splitter, 1)
window.setCentralWidget(central)
window.statusBar().addPermanentWidget(QLabel("Ctrl+F 検索 · Ctrl+Return コピー"))
dock = QDockWidget("注文", window)
dock.setWidget(QLabel("注文を読み込んでいます…"))
window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
window.resize(1280, 760)
watch = Painted()
previews[-1].viewport().installEventFilter(watch)
window.show()
app.exec()
"""

# The real start (app.launch.main with no arguments), watched from outside: each mark is
# printed when it happens; the child quits once the warnings are shown. Nothing is imported
# ahead of the app: the watch is put in when app.launch loads the window's module, so
# PySide6 and the app load in the order, and with the settings, that `teinei` gives them.
OURS = """
import importlib
import sys

real_import_module = importlib.import_module


def import_module(name, package=None):
    module = real_import_module(name, package)
    if name == "app.ui.application" and not hasattr(module, "watched_open_window"):
        watch(module)
    return module


def watch(application):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    # Two widgets are watched, as the bare window is: a filter on the whole application
    # would run Python for every event and slow the very start it measures.
    class Watch(QObject):

        def __init__(self, window):
            super().__init__(window)
            self.window = window
            self.filled = self.checked = self.opened = False
            window.installEventFilter(self)

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                if watched is self.window:
                    print("frame", flush=True)
                else:
                    # The preview pane is painted in the desk's first paint pass; the
                    # mark is made on the next turn, once that whole pass is done.
                    QTimer.singleShot(0, self.painted)
            return False

        def on_ready(self):  # connected after the orders dock is placed, so it runs after
            print("ready", flush=True)
            self.window.preview_pane.installEventFilter(self)
            self.window.update()

        def painted(self):
            self.filled = True
            print("desk", flush=True)
            self.finish()

        def on_orders(self):
            self.opened = True
            print("orders", flush=True)
            self.finish()

        def on_checked(self):
            if not self.checked:
                self.checked = True
                print("warnings", flush=True)
                self.finish()

        def finish(self):
            if self.filled and self.checked and self.opened:
                QApplication.instance().quit()

    def watch_checks(window, watch):
        if window.desk.checked_text is not None:
            watch.on_checked()
        else:
            window.signals.findings_changed.connect(watch.on_checked)

    real_open = application.open_window

    def open_window(app):
        window = real_open(app)
        watch = Watch(window)
        window.ready.connect(watch.on_ready)
        window.ready.connect(lambda: watch_checks(window, watch))
        window.orders_opened.connect(watch.on_orders)
        return window

    application.open_window = open_window
    application.watched_open_window = True


importlib.import_module = import_module
sys.argv = [sys.argv[0]]
from app.launch import main
sys.exit(main())
"""

MARKS = ("frame", "ready", "desk", "orders", "warnings")
