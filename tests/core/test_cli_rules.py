"""`teinei rules`: every fact and rule with its basis, source and day checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.base.paths import config_file
from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_json_lists_facts_and_rules_with_their_sources(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    code, out, _ = run(capsys, "rules", "--platform", "mercari_jp", "--json")
    assert code == 0
    rows = {row["key"]: row for row in json.loads(out)}
    ship = rows["deadlines.ship_days_by_option"]
    assert ship["value"] == {"1_2": 2, "2_3": 3, "4_7": 7}
    assert ship["basis"] == "official" and ship["checked"] == "2026-11-30"
    assert "help.jp.mercari.com/guide/articles/1509" in ship["source"]
    assert rows["support_path_ja"]["basis"] == "third-party"
    assert rows["contact.email"]["kind"] == "rule"
    assert rows["contact.email"]["basis"] == "official"
    assert rows["tone.threat"]["basis"] == "teinei"
    assert "amazon.ask_cancel" not in rows  # an Amazon rule, not Mercari's
    assert all(row["platform"] == "mercari_jp" for row in rows.values())


def test_rules_text_shows_the_basis_source_and_day(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    lines = out.splitlines()
    at = lines.index("rakuma  fact  deadlines.operator_wait_days = 3")
    assert lines[at + 1] == (
        "    seller-report: seller report: seed 001 (the office asked for 3 more days)"
        " (checked 2026-11-30)"
    )
    at = lines.index("ebay  fact  deadlines.message_window_days = 90")
    assert lines[at + 1] == "    no source"
    assert any(line.startswith("amazon_jp  rule  amazon.ask_cancel") for line in lines)


def test_the_generic_profile_is_listed_as_our_own_wording(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    # No marketplace's page can speak for the profile of "any other marketplace".
    _, out, _ = run(capsys, "rules", "--platform", "other", "--json")
    facts = [row for row in json.loads(out) if row["kind"] == "fact"]
    assert facts and all(row["basis"] == "teinei" for row in facts)
    assert "without its own profile" in facts[0]["source"]
    _, out, _ = run(capsys, "rules", "--platform", "rakuma", "--json")
    rows = {row["key"]: row for row in json.loads(out)}
    assert rows["carriers"]["basis"] == "no source"  # a listed platform still says so


def test_a_value_the_seller_set_is_listed_as_theirs(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    config = config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[platforms.rakuma.deadlines]\noperator_request_days = 9\n", "utf-8")
    _, out, _ = run(capsys, "rules", "--platform", "rakuma", "--json")
    row = next(r for r in json.loads(out) if r["key"] == "deadlines.operator_request_days")
    assert row["value"] == 9 and row["basis"] == "your setting"


def test_conflicting_guides_are_named_as_such(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    # No Mercari page describes a partial refund; the guides that do contradict each other.
    _, out, _ = run(capsys, "rules", "--platform", "mercari_jp", "--json")
    rows = {row["key"]: row for row in json.loads(out)}
    for key in ("partial_refund", "partial_refund_route_ja", "partial_refund_route_en"):
        assert rows[key]["basis"] == "third-party"
        assert rows[key]["source"].startswith("guides disagree")
        assert "no official Mercari page was found" in rows[key]["source"]
