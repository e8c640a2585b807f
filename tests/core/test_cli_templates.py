import json
from pathlib import Path

import pytest

from app.base import paths
from app.cli import main
from tests.conftest import write_template


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_describes_each_template_and_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert code == 0
    keys = {(r["id"], r["lang"]) for r in rows}
    assert {("apology", "ja"), ("apology", "en")} <= keys
    assert set(rows[0]) == {"id", "lang", "title", "category", "platforms", "source"}
    assert all(r["source"] == "builtin" for r in rows)


def test_list_filters_by_language_and_platform(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "list", "--json", "--lang", "en", "--platform", "mercari_us")
    rows = json.loads(out)
    assert rows and all(r["lang"] == "en" and "mercari_us" in r["platforms"] for r in rows)
    assert "partial_refund_offer" not in {r["id"] for r in rows}


def test_fields_json_lists_fields_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fields", "partial_refund_offer", "--lang", "ja", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [r["name"] for r in rows][:2] == ["buyer_name", "item_name"]
    money = next(r for r in rows if r["name"] == "refund_amount")
    assert money == {
        "name": "refund_amount",
        "type": "money",
        "label": "返金額",
        "default": None,
        "choices": None,
        "required": True,
    }
    assert set(rows[0]) == {"name", "type", "label", "default", "choices", "required"}


def test_render_prints_the_text_and_set_wins_over_the_order_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    order = tmp_path / "order.json"
    order.write_text(
        json.dumps(
            {
                "buyer_name": "佐藤",
                "item_name": "相棒 season 10 ブルーレイBOX",
                "reason": "crushed",
                "refund_amount": 1000,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        "render",
        "partial_refund_offer",
        "--lang",
        "ja",
        "--platform",
        "mercari_jp",
        "--order",
        str(order),
        "--set",
        "refund_amount=3000",
    )
    assert code == 0, err
    assert out.startswith("佐藤様\n")
    assert "3,000円" in out and "1,000円" not in out
    assert "メルカリ事務局" in out
    assert "箱の角のつぶれ" in out  # the choice key "crushed" is shown as its label


def test_render_exits_2_naming_every_missing_field(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "render", "partial_refund_offer", "--lang", "en", "--platform", "ebay"
    )
    assert code == 2
    assert out == ""
    for name in ("buyer_name", "item_name", "reason", "refund_amount"):
        assert name in err
    assert "Traceback" not in err


def test_render_reports_an_unreadable_order_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    order = tmp_path / "order.json"
    order.write_bytes(b"{\xff")
    code, _, err = run(
        capsys, "render", "apology", "--lang", "ja", "--platform", "rakuma", "--order", str(order)
    )
    assert code == 2
    assert "cannot read the order file" in err


def test_unknown_template_is_a_plain_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "render", "nope", "--lang", "ja", "--platform", "rakuma")
    assert code == 2
    assert "there is no template 'nope'" in err


def test_check_exits_1_with_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = write_template(tmp_path, "ja", "good", 'title = "x"\ncategory = "thanks"', "x\n")
    bad = write_template(tmp_path, "ja", "bad", 'title = "x"\ncategory = "thanks"', "{% if %}\n")
    code, out, _ = run(capsys, "check", str(good))
    assert (code, out) == (0, "")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1
    assert out.startswith(f"{bad}:5: ")


def test_check_without_paths_checks_every_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check")
    assert (code, out) == (0, "")
    write_template(paths.user_templates_dir(), "en", "oops", 'title = "x"', "x\n")
    code, out, err = run(capsys, "check")
    assert code == 1
    assert "oops.jinja:1: unknown category None" in out
    assert "1 problem" in err


def test_render_reads_a_date_typed_the_sellers_way(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["render", "shipping_notice", "--lang", "ja", "--platform", "mercari_jp"]
    code, out, err = run(
        capsys,
        *args,
        "--today",
        "2026-11-30",
        "--set",
        "buyer_name=佐藤",
        "--set",
        "item_name=ブルーレイBOX",
        "--set",
        "ship_date=12/4",
        "--set",
        "carrier=rakuraku",
        "--set",
        "arrival_date=2026年12月6日",
    )
    assert code == 0, err
    assert "12月4日(金)に" in out and "12月6日(日)ごろ" in out
    code, _, err = run(capsys, *args, "--today", "2026-11-30", "--set", "ship_date=someday")
    assert code == 1 and "someday" in err
