"""Startup and typing speed of the main window.

1. Time until the main window is shown (whole built-in library) against a bare PySide6
   window that does nothing, each in fresh processes, median of several runs.
   Target: at most 1.5x the bare window.
2. Keystroke-to-preview time with 2,000 templates in the library (generated into a temp
   user folder): p50 and p95 over many keystrokes. Target: p95 at most 16 ms.

Run: make benchmarks  (or QT_QPA_PLATFORM=offscreen python benchmarks/startup.py)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Each child prints "shown" when its window is first painted. Ours then prints "ready"
# once the library is loaded and the parts are built, and quits.
WATCH = """
import time
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("shown", flush=True)
            if QUIT_ON_PAINT:
                app.quit()
        return False
"""

BARE = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "QUIT_ON_PAINT = True\n"
    + WATCH
    + """
app = QApplication([])
window = QWidget()
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
"""
)

OURS = (
    "QUIT_ON_PAINT = False\n"
    + WATCH
    + """
from app.ui.application import make_application
app = make_application()
from app.ui.main_window import MainWindow
window = MainWindow(defer=True)
watch = FirstPaint()
window.installEventFilter(watch)
window.ready.connect(lambda: (print("ready", flush=True), app.quit()))
window.show()
app.exec()
"""
)


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["PYTHONPATH"] = str(REPO)
    return env


def run_child(code: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting the process to each line the child prints."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen[line.strip()] = time.perf_counter() - start
    child.wait()
    if "shown" not in seen:
        raise SystemExit(f"the child did not show a window (exit {child.returncode})")
    return seen


def startup(runs: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory(prefix="teinei-bench-") as temp:
        env = isolated_env(Path(temp))
        run_child(OURS, env)  # warm the file cache and write .pyc files
        run_child(BARE, env)
        bare, shown, ready = [], [], []
        for _ in range(runs):  # interleaved, so machine load hits both alike
            bare.append(run_child(BARE, env)["shown"])
            ours = run_child(OURS, env)
            shown.append(ours["shown"])
            ready.append(ours["ready"])
    return statistics.median(bare), statistics.median(shown), statistics.median(ready)


LINES = {
    "ja": (
        "{{ item_name }}の件でご連絡いたします。\n",
        "ご返品も承ります。\n",
        "返金額は{{ refund_amount | money }}です。\n",
        "どうぞよろしくお願いいたします。\n",
    ),
    "en": (
        "About your {{ item_name }}.\n",
        "You may also return it.\n",
        "The refund is {{ refund_amount | money }}.\n",
        "Thank you.\n",
    ),
}


def write_library(folder: Path, count: int) -> None:
    """``count`` templates: count/2 ids, each in ja and en, with realistic bodies."""
    situations = ("apology", "thanks", "shipping_notice", "checking", "bundle")
    for n in range(count // 2):
        category = situations[n % len(situations)]
        for lang in ("ja", "en"):
            title = f"テンプレート{n:04d} お知らせ" if lang == "ja" else f"Template {n:04d} notice"
            lines = LINES[lang]
            body = (
                "{{ buyer_name | sama }}\n\n"
                + lines[0]
                + "{% if offer_return %}\n"
                + lines[1]
                + "{% endif %}\n"
                + lines[2]
                + lines[3] * 3
            )
            path = folder / lang / f"generated_{n:04d}.jinja"
            path.parent.mkdir(parents=True, exist_ok=True)
            front = f'title = "{title}"\ncategory = "{category}"\ntags = ["tag{n % 37}"]'
            path.write_text(f"+++\n{front}\n+++\n{body}", encoding="utf-8")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def typing(count: int, keystrokes: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="teinei-bench-") as temp:
        home = Path(temp)
        for key, value in isolated_env(home).items():
            os.environ[key] = value
        sys.path.insert(0, str(REPO))
        from app import paths

        write_library(paths.user_templates_dir(), count)
        from PySide6.QtTest import QTest

        from app.ui.application import make_application

        application = make_application([sys.argv[0]])
        from app.ui.main_window import MainWindow

        loaded = time.perf_counter()
        window = MainWindow()
        load_seconds = time.perf_counter() - loaded
        templates = len(window.library.templates)
        window.show()
        window.set_message_language("ja")
        assert window.browser.select("generated_0500")
        application.processEvents()
        box = window.form.editor("buyer_name").input
        box.setFocus()
        preview = window.preview_pane.text
        samples = []
        for n in range(keystrokes):
            if n and n % 20 == 0:
                box.clear()
                window.draft.set("buyer_name", "")
            before = preview.toPlainText()
            start = time.perf_counter()
            QTest.keyClick(box, "abcdefghij"[n % 10])
            application.processEvents()
            samples.append((time.perf_counter() - start) * 1000)
            if preview.toPlainText() == before:
                raise SystemExit("a keystroke did not change the preview")
        search = []
        window.browser.search.setFocus()
        for n in range(60):
            if n % 6 == 0:
                window.browser.search.clear()
            start = time.perf_counter()
            QTest.keyClick(window.browser.search, "templa"[n % 6])
            application.processEvents()
            search.append((time.perf_counter() - start) * 1000)
        window.close()
    return {
        "templates": templates,
        "load": load_seconds,
        "p50": statistics.median(samples),
        "p95": percentile(samples, 0.95),
        "search_p50": statistics.median(search),
        "search_p95": percentile(search, 0.95),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="startup runs of each kind")
    parser.add_argument("--templates", type=int, default=2000)
    parser.add_argument("--keystrokes", type=int, default=300)
    args = parser.parse_args()

    bare, ours, ready = startup(args.runs)
    ratio = ours / bare
    print(f"startup, median of {args.runs} fresh processes, process start to first paint:")
    print(f"  bare PySide6 window   {bare * 1000:7.0f} ms")
    print(f"  Teinei main window    {ours * 1000:7.0f} ms   ({ratio:.2f}x; target <= 1.5x)")
    print(
        f"  ... library loaded, list, form and preview filled: {ready * 1000:.0f} ms"
        f" ({ready / bare:.2f}x)"
    )
    figures = typing(args.templates, args.keystrokes)
    count, load = figures["templates"], figures["load"]
    print(f"typing with {count:.0f} templates (library + window built in {load:.2f} s):")
    print(
        f"  keystroke to preview  p50 {figures['p50']:5.1f} ms   p95 {figures['p95']:5.1f} ms"
        "   (target p95 <= 16 ms)"
    )
    search_p50, search_p95 = figures["search_p50"], figures["search_p95"]
    print(f"  keystroke to search   p50 {search_p50:5.1f} ms   p95 {search_p95:5.1f} ms")
    ok = ratio <= 1.5 and figures["p95"] <= 16
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
