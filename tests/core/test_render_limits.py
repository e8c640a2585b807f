"""Hostile templates stop at a limit with a sentence that says why; nothing fills memory."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from app.base.config import Config, ExtraSource, save_config
from app.base.platforms import Platform, load_platforms
from app.cli import main
from app.rendering.render import RenderStoppedError, render
from app.rendering.render_limits import render_limits
from app.templates.import_plan import plan_import
from app.templates.library import load_library, user_source
from app.templates.template_file import Template, parse_template
from tests.conftest import write_template

FRONT = 'title = "t"\ncategory = "thanks"'


@pytest.fixture(scope="module")
def platform() -> Platform:
    return load_platforms({})["mercari_jp"]


def make(folder: Path, body: str, template_id: str = "t") -> Template:
    return parse_template(write_template(folder, "ja", template_id, FRONT, body + "\n"), "user")


HOSTILE = {
    "padding filter": "{{ 'x' | center(999999999) }}",
    "padding method": "{{ 'x'.ljust(999999999) }}",
    "zero fill": "{{ '1'.zfill(999999999) }}",
    "replace method": "{{ ('ab' * 20000).replace('a', 'a' * 40000) }}",
    "replace filter": "{{ ('ab' * 20000) | replace('a', 'a' * 40000) }}",
    "joined doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}"
    ),
    "added doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s | length }}"
    ),
    "percent width": "{{ '%999999999s' % 'x' }}",
    "format width": "{{ '{:>999999999}'.format('x') }}",
    "nested format width": "{{ '{:{}}'.format('x', 999999999) }}",
    "format filter": "{{ '%*s' | format(999999999, 'x') }}",
    "join separator": "{{ ('x' * 40000) | list | join('y' * 40000) }}",
    "join method": "{{ ('y' * 40000).join('x' * 40000) }}",
    "list doubling": (
        "{% set l = [1] %}{% for i in range(40) %}{% set _ = l.extend(l) %}{% endfor %}"
        "{{ l | length }}"
    ),
    "long output": "{% for i in range(100000) %}xxxxxxxxxx{% endfor %}",
    "block set": (
        "{% set b %}{% for i in range(99999) %}{{ 'y' * 40000 }}{% endfor %}{% endset %}{{ b }}"
    ),
    "many big values": "{{ range(100000) | map('center', 40000) | join | length }}",
    "power": "{{ (2 ** 64) ** 64 }}",
    "squaring": (
        "{% set ns = namespace(n=2 ** 64) %}{% for i in range(30) %}"
        "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n > 0 }}"
    ),
    "indent": "{{ ('a\\n' * 20000) | indent(40000) }}",
    "lorem ipsum": "{{ lipsum(999999) }}",
    "tabs": "{{ ('\\t' * 40000).expandtabs(40000) }}",
    "wordwrap": "{{ ('a ' * 20000) | wordwrap(1, wrapstring='x' * 40000) }}",
    "batch": "{{ [1] | batch(999999999, 0) | list | length }}",
    "concatenation": "{{ 'x' * 40000 ~ 'y' * 40000 }}",
    "recursion": "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "nested loops": (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    ),
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_stops_with_a_reason(
    tmp_path: Path, platform: Platform, body: str
) -> None:
    template = make(tmp_path, body)
    with pytest.raises(RenderStoppedError) as caught:
        render(template, {}, platform)
    assert caught.value.message.startswith("stopped: ")
    assert caught.value.message_in("ja").startswith("止めました:")
    assert caught.value.path == template.path


def test_a_render_that_runs_too_long_is_stopped_by_the_clock(
    tmp_path: Path, platform: Platform
) -> None:
    # Few enough steps to pass the step limit: only the clock can stop it.
    template = make(
        tmp_path, "{% for i in range(300) %}{% for j in range(300) %}{% endfor %}{% endfor %}"
    )
    ticks = itertools.count()
    with (
        render_limits(seconds=0.25, clock=lambda: next(ticks) / 1000),
        pytest.raises(RenderStoppedError, match=r"longer than 0\.25 s"),
    ):
        render(template, {}, platform)
    assert next(ticks) < 400  # stopped at the limit, not at the end of the loops


def test_an_ordinary_template_renders_as_before(tmp_path: Path, platform: Platform) -> None:
    body = (
        "{{ buyer_name | sama }}\n{% for line in items.split(',') %}・{{ line | trim }}\n"
        "{% endfor %}{{ '%s件' % count }}{{ '-' * 20 }}{{ 'x' | center(9) }}"
    )
    template = make(tmp_path, body)
    values = {"buyer_name": "佐藤", "items": "本, 皿", "count": "2"}
    assert render(template, values, platform) == "佐藤様\n・本\n・皿\n2件--------------------    x"


def test_check_and_the_import_plan_find_a_template_that_would_stop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = tmp_path / "team"
    write_template(team, "ja", "pad", FRONT, HOSTILE["padding filter"] + "\n")
    write_template(team, "ja", "fine", FRONT, "ありがとうございました。\n")
    assert main(["check", str(team)]) == 1
    out = capsys.readouterr().out
    assert "pad.jinja:5: stopped: a number in the template is too large" in out
    assert "fine.jinja" not in out
    plan = plan_import(team, load_library(), user_source())
    assert [str(p) for p in plan.broken] == [
        "ja/pad.jinja:5: stopped: a number in the template is too large (999999999)"
    ]
    assert [item.template_id for item in plan.new] == ["fine"]
    save_config(Config(sources=[ExtraSource(team)]))
    assert main(["check"]) == 1
    assert "pad.jinja:5: stopped" in capsys.readouterr().out


def test_compiling_on_a_busy_machine_does_not_count_against_the_template(
    tmp_path: Path, platform: Platform, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.rendering import render as rendering

    now = [0.0]
    real = rendering.compiled

    def slow_compile(body: str):  # type: ignore[no-untyped-def]
        now[0] += 10.0  # the machine is busy while the template is compiled
        return real(body)

    monkeypatch.setattr(rendering, "compiled", slow_compile)
    template = make(tmp_path, "{{ buyer_name | sama }}へ")
    with render_limits(seconds=0.25, clock=lambda: now[0]):
        assert render(template, {"buyer_name": "佐藤"}, platform) == "佐藤様へ"
