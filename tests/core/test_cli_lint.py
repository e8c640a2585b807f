"""`teinei lint` and the warnings `teinei render` prints."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from app.base.paths import user_templates_dir
from app.cli import main
from tests.conftest import write_template


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_text_prints_an_empty_array_and_exits_0(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "山田様\nご購入ありがとうございます。12月9日に発送いたします。"
    code, out, err = run(
        capsys,
        monkeypatch,
        "lint",
        "--platform",
        "mercari_jp",
        "-",
        "--json",
        stdin=text.encode(),
    )
    assert (code, json.loads(out), err) == (0, [], "")


def test_findings_as_json_with_rule_message_and_span(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = "ご連絡は LINE ID: taro99 か 090-1234-5678 へどうぞ。"
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, "lint", "--platform", "rakuma", str(path), "--json")
    rows = json.loads(out)
    assert code == 1
    assert [set(row) for row in rows] == [{"rule", "message", "start", "end"}] * 2
    assert [(r["rule"], text[r["start"] : r["end"]]) for r in rows] == [
        ("contact.sns", "LINE ID: taro99"),
        ("contact.phone", "090-1234-5678"),
    ]
    assert rows[1]["message"].startswith("電話番号")  # mostly Japanese text: ja messages


def test_english_text_gets_english_messages_unless_lang_says_otherwise(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = b"Please pay me via PayPal."
    _, out, _ = run(capsys, monkeypatch, "lint", "--platform", "ebay", "--json", stdin=text)
    assert json.loads(out)[0]["message"].startswith("This asks for payment")
    _, out, _ = run(
        capsys, monkeypatch, "lint", "--platform", "ebay", "--json", "--lang", "ja", stdin=text
    )
    assert "支払い" in json.loads(out)[0]["message"]


def test_plain_output_names_line_column_rule_and_excerpt(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "佐藤様\n\n高評価をお願いします。\n"
    code, out, _ = run(capsys, monkeypatch, "lint", "--platform", "amazon_jp", stdin=text.encode())
    assert code == 1
    assert out.startswith("3:1: amazon.review_positive: 高評価を求める表現です。")
    assert out.rstrip().endswith("「高評価」")


def test_no_file_argument_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(
        capsys, monkeypatch, "lint", "--platform", "mercari_us", stdin=b"Text me later."
    )
    assert code == 1 and "contact.offsite" in out


def test_limit_overrides_the_platform_and_counts_characters(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "あいうえおかきくけこ"
    code, out, _ = run(
        capsys,
        monkeypatch,
        "lint",
        "--platform",
        "mercari_jp",
        "--limit",
        "8",
        "--json",
        stdin=text.encode(),
    )
    assert code == 1
    assert [(r["rule"], r["start"], r["end"]) for r in json.loads(out)] == [("length.limit", 8, 10)]
    code, _, err = run(
        capsys, monkeypatch, "lint", "--platform", "mercari_jp", "--limit", "0", stdin=b"x"
    )
    assert code == 2 and "--limit must be a positive number" in err


def test_a_message_to_support_skips_the_buyer_rules(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "不当な評価の削除をお願いいたします。".encode()
    code, _, _ = run(
        capsys, monkeypatch, "lint", "--platform", "amazon_jp", "--to", "support", stdin=text
    )
    assert code == 0
    code, _, _ = run(capsys, monkeypatch, "lint", "--platform", "amazon_jp", stdin=text)
    assert code == 1


def test_undecodable_or_missing_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "sjis.txt"
    path.write_bytes("電話番号".encode("shift_jis"))
    code, out, err = run(capsys, monkeypatch, "lint", "--platform", "ebay", str(path))
    assert (code, out) == (2, "")
    assert "is not UTF-8 text" in err and "Traceback" not in err
    code, _, err = run(capsys, monkeypatch, "lint", "--platform", "ebay", str(tmp_path / "no"))
    assert code == 2 and "cannot read" in err


def test_a_leading_byte_order_mark_does_not_shift_offsets(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\ufeff連絡先: a@example.com"
    _, out, _ = run(
        capsys, monkeypatch, "lint", "--platform", "ebay", "--json", stdin=text.encode()
    )
    assert [(r["start"], r["end"]) for r in json.loads(out)] == [(5, 18)]


def test_unknown_platform_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, monkeypatch, "lint", "--platform", "nowhere", stdin=b"x")
    assert caught.value.code == 2


def _user_template() -> None:
    write_template(
        user_templates_dir(),
        "en",
        "note",
        'title = "Note"\ncategory = "checking"',
        "Hi {{ buyer_name }},\n\n{{ note }}\n",
    )


def test_render_prints_policy_warnings_to_stderr_and_keeps_stdout_clean(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _user_template()
    code, out, err = run(
        capsys,
        monkeypatch,
        *("render", "note", "--lang", "en", "--platform", "ebay"),
        *("--set", "buyer_name=Emily", "--set", "note=Or call me at 555-123-4567."),
    )
    assert code == 0
    assert out == "Hi Emily,\n\nOr call me at 555-123-4567.\n"
    assert err.startswith("teinei: warning: 3:")
    assert "contact.phone" in err and "contact.offsite" in err


def test_render_of_clean_text_prints_no_warning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _user_template()
    code, out, err = run(
        capsys,
        monkeypatch,
        *("render", "note", "--lang", "en", "--platform", "ebay"),
        *("--set", "buyer_name=Emily", "--set", "note=It shipped today."),
    )
    assert (code, err) == (0, "")
    assert "It shipped today." in out


def test_text_over_the_check_limit_is_refused_with_a_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        capsys, monkeypatch, "lint", "--platform", "mercari_jp", "-", stdin=b"0" * 300_000
    )
    assert (code, out) == (2, "")
    assert "The text is 300,000 characters; the check reads at most 200,000." in err


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"-" * 900_001)
    code, _out, err = run(capsys, monkeypatch, "lint", "--platform", "mercari_jp", str(draft))
    assert code == 2
    assert "the check reads at most 200,000 characters" in err


def test_proactive_applies_amazons_rules_for_a_message_the_seller_starts(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "本日、商品を発送いたしました。"
    argv = ("lint", "--platform", "amazon_jp", "--json")
    code, out, _ = run(capsys, monkeypatch, *argv, stdin=text.encode())
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, monkeypatch, *argv, "--proactive", stdin=text.encode())
    assert code == 1
    assert [row["rule"] for row in json.loads(out)] == ["amazon.proactive_confirmation"]


def test_proactive_with_a_delivery_date_checks_the_30_days(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "お届け先の部屋番号を確認させてください。"
    argv = ("lint", "--platform", "amazon_jp", "--proactive", "--json", "--delivered")
    code, out, _ = run(capsys, monkeypatch, *argv, "2020-01-10", stdin=text.encode())
    assert code == 1
    (row,) = json.loads(out)
    assert row["rule"] == "amazon.proactive_late"
    assert "30日" in row["message"] and "2020年2月9日(日)まで" in row["message"]
    future = "2999-01-10"
    code, out, _ = run(capsys, monkeypatch, *argv, future, stdin=text.encode())
    assert code == 0 and json.loads(out) == []
    with pytest.raises(SystemExit) as stopped:
        run(capsys, monkeypatch, *argv, "someday", stdin=text.encode())
    assert stopped.value.code == 2
    assert "not a date like 2026-12-04" in capsys.readouterr().err
