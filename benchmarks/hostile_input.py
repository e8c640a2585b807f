"""Lint and render time on hostile input: every shape linear, every runaway render stopped.

Lint: 2,000, 20,000 and 200,000 characters of shapes that made rules quadratic, each
beside ordinary Japanese text of the same length measured in the same run (the baseline).
Linear growth is x10 per step; quadratic would be x100.
Render: templates that would run for ever or build gigabytes, and how soon the limits
stop them, beside an ordinary template.
Run: .venv/bin/python benchmarks/hostile_input.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.base.platforms import load_platforms
from app.policy.checks import check
from app.policy.rules import load_rules
from app.rendering.render import TemplateError, render
from app.templates.template_file import parse_template

SIZES = (2_000, 20_000, 200_000)
BASELINE = "このたびはご購入ありがとうございます。本日発送いたしました。\n"
SHAPES = {
    "hyphens": "-",
    "digits": "0",
    "digits and hyphens": "0-",
    "letters and dots": "a.",
    "addresses": "a@b.co ",
    "full-width digits": "０",
    "spaced digits": "0 ",
}
RENDERS = {
    "ordinary message": "{{ buyer_name | sama }}\nありがとうございました。\n",
    "nested loops": (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    ),
    "busy loop": (
        "{% set s = 'ab' * 20000 %}{% for i in range(99999) %}"
        "{% if s.count('a') < 0 %}x{% endif %}{% endfor %}"
    ),
    "doubling a value": (
        "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}"
    ),
    "padding to 1e9": "{{ 'x' | center(999999999) }}",
    "replace into 1.6e9": "{{ ('ab' * 20000).replace('a', 'a' * 40000) }}",
    "output 1e5 lines": "{% for i in range(99999) %}line {{ i }} of a long text\n{% endfor %}",
    "macro recursion": "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
}


def best(action, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def lint_table() -> None:
    load_rules()
    print("lint (amazon_jp, every rule), best of 3, ms; (x baseline of the same length)")
    print(f"{'shape':22}" + "".join(f"{size:>22,}" for size in SIZES) + "   200k/2k")
    rows = {"ordinary japanese (baseline)": BASELINE, **SHAPES}
    base: dict[int, float] = {}
    for name, unit in rows.items():
        cells = []
        times = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            seconds = best(lambda text=text: check(text, "amazon_jp", limit=None))
            times.append(seconds)
            if name.startswith("ordinary"):
                base[size] = seconds
                cells.append(f"{seconds * 1000:10.1f}")
            else:
                cells.append(f"{seconds * 1000:10.1f} (x{seconds / base[size]:5.2f})")
        growth = times[-1] / times[0]
        print(f"{name:22}" + "".join(f"{cell:>22}" for cell in cells) + f"   x{growth:.0f}")


def render_table() -> None:
    platform = load_platforms({})["mercari_jp"]
    print("\nrender (mercari_jp), best of 3, ms; what stopped it")
    with tempfile.TemporaryDirectory() as folder:
        for index, (name, body) in enumerate(RENDERS.items()):
            path = Path(folder) / "ja" / f"t{index}.jinja"
            path.parent.mkdir(exist_ok=True)
            path.write_text(f'+++\ntitle = "t"\ncategory = "thanks"\n+++\n{body}\n', "utf-8")
            template = parse_template(path, "user")
            outcome: list[str] = []

            def run(template=template, outcome=outcome) -> None:  # type: ignore[no-untyped-def]
                outcome.clear()
                try:
                    text = render(template, {"buyer_name": "佐藤"}, platform)
                    outcome.append(f"rendered, {len(text)} characters")
                except TemplateError as error:
                    outcome.append(str(error.message))

            seconds = best(run)
            print(f"{name:22}{seconds * 1000:9.2f}   {outcome[0]}")


if __name__ == "__main__":
    lint_table()
    render_table()
