"""Startup and typing speed of the main window.

1. Startup, in fresh processes, interleaved with a bare PySide6 window that does nothing
   (process start to its first paint). Ours starts the way `teinei` does (app.launch with
   no arguments) and reports:
   - frame: the window's first paint (menus, pickers, "Loading templates…");
   - desk: the whole built-in library loaded, list, form and preview filled, the orders
     dock placed (saying "Loading orders…"), and that desk painted;
   - orders: the orders panel in that dock (the database is opened after the desk paint);
   - warnings: the policy check of the first preview done and shown.
   Beside them, the Qt floor: a window with the desk's kinds of widgets built with PySide6
   alone, which shows how much of the gap is Qt's and PySide6's before any code of ours.
   Budget: the desk at most 1.45x the floor started just before it (target 1.3x).
2. Keystroke-to-preview time with 2,000 templates in the library (generated into a temp
   user folder): p50 and p95 over many keystrokes. Budget: p95 at most 8 ms. Keystroke to
   search results: p95 at most 16 ms.

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

from start_programs import BARE, FLOOR, MARKS, OURS

REPO = Path(__file__).resolve().parent.parent
FLOOR_BUDGET = 1.45  # the desk painted, against the Qt floor
FLOOR_TARGET = 1.3
KEY_BUDGET_MS = 8  # keystroke to preview, p95, 2,000 templates
SEARCH_BUDGET_MS = 16  # keystroke to search results, p95


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env["PYTHONPATH"] = str(REPO)
    # An installed app has its .pyc files; the warm-up run writes ours.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    if not seen:
        raise SystemExit(f"the child did not show a window (exit {child.returncode})")
    return seen


def startup(runs: int) -> list[dict[str, float]]:
    """Per run: the bare window's paint ("bare") and each of our marks, in seconds."""
    with tempfile.TemporaryDirectory(prefix="teinei-bench-") as temp:
        env = isolated_env(Path(temp))
        run_child(OURS, env)  # warm the file cache and write .pyc files
        run_child(BARE, env)
        results = []
        for _ in range(runs):  # interleaved, so machine load hits all alike
            bare = run_child(BARE, env)["frame"]
            floor = run_child(FLOOR, env)["desk"]
            ours = run_child(OURS, env)
            missing = [mark for mark in MARKS if mark not in ours]
            if missing:
                raise SystemExit(f"our window never reached: {', '.join(missing)}")
            results.append({"bare": bare, "floor": floor, **ours})
    return results


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
        from app.base import paths

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
                window.desk.set_value("buyer_name", "")
            before = preview.toPlainText()
            start = time.perf_counter()
            QTest.keyClick(box, "abcdefghij"[n % 10])
            application.processEvents()
            samples.append((time.perf_counter() - start) * 1000)
            if preview.toPlainText() == before:
                raise SystemExit("a keystroke did not change the preview")
        window.browser.search.setFocus()

        def search_typing(word: str) -> list[float]:
            """ms per keystroke typing ``word`` into the search again and again."""
            taken = []
            for n in range(60):
                if n % len(word) == 0:
                    window.browser.search.clear()
                start = time.perf_counter()
                QTest.keyClick(window.browser.search, word[n % len(word)])
                application.processEvents()
                taken.append((time.perf_counter() - start) * 1000)
            return taken

        search = search_typing("templa")
        # Digits change the ranks of the rows that stay (a title's 0 at a word, then
        # anywhere), so the list is sorted again, not only narrowed.
        resorted = search_typing("001")
        window.close()
    return {
        "templates": templates,
        "load": load_seconds,
        "p50": statistics.median(samples),
        "p95": percentile(samples, 0.95),
        "search_p50": statistics.median(search),
        "search_p95": percentile(search, 0.95),
        "resort_p50": statistics.median(resorted),
        "resort_p95": percentile(resorted, 0.95),
    }


def spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):6.0f}  (min {min(values):4.0f}, max {max(values):4.0f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="startup runs of each kind")
    parser.add_argument("--templates", type=int, default=2000)
    parser.add_argument("--keystrokes", type=int, default=300)
    args = parser.parse_args()

    runs = startup(args.runs)
    print(f"startup, {args.runs} fresh processes of each, interleaved; ms from process start:")
    bare = [run["bare"] * 1000 for run in runs]
    print(f"  bare PySide6 window, first paint       {spread(bare)}")
    labels = {
        "floor": "Qt floor: desk's widgets, PySide6 only",
        "frame": "Teinei frame, first paint",
        "desk": "desk filled, orders dock, painted",
        "orders": "orders panel in its dock",
        "warnings": "warnings of the first preview",
    }
    ratios: dict[str, float] = {}
    for mark, label in labels.items():
        times = [run[mark] * 1000 for run in runs]
        # The ratio of each run to the bare window started just before it.
        ratios[mark] = statistics.median(run[mark] / run["bare"] for run in runs)
        print(f"  {label:38} {spread(times)}   {ratios[mark]:.2f}x bare")
    over_floor = statistics.median(run["desk"] / run["floor"] for run in runs)
    print(f"  desk against the Qt floor started just before it: {over_floor:.2f}x")
    print(f"  (budget: at most {FLOOR_BUDGET}x the floor; target {FLOOR_TARGET}x)")
    figures = typing(args.templates, args.keystrokes)
    count, load = figures["templates"], figures["load"]
    print(f"typing with {count:.0f} templates (library + window built in {load:.2f} s):")
    print(
        f"  keystroke to preview  p50 {figures['p50']:5.1f} ms   p95 {figures['p95']:5.1f} ms"
        f"   (budget p95 <= {KEY_BUDGET_MS} ms)"
    )
    search_p50, search_p95 = figures["search_p50"], figures["search_p95"]
    print(
        f"  keystroke to search   p50 {search_p50:5.1f} ms   p95 {search_p95:5.1f} ms"
        f"   (budget p95 <= {SEARCH_BUDGET_MS} ms)"
    )
    resort_p50, resort_p95 = figures["resort_p50"], figures["resort_p95"]
    print(f"  ... ranks changing    p50 {resort_p50:5.1f} ms   p95 {resort_p95:5.1f} ms")
    ok = (
        over_floor <= FLOOR_BUDGET
        and figures["p95"] <= KEY_BUDGET_MS
        and max(search_p95, resort_p95) <= SEARCH_BUDGET_MS
    )
    print("budgets met" if ok else "budgets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
