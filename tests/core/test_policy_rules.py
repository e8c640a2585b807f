"""The policy rules file: a broken one is explained, another one can be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.policy.checks import check
from app.policy.rules import PolicyRulesError, load_rules

RULE_FILE = """
version = 1
[[rules]]
id = "x.y"
platforms = ["other"]
patterns = ['{pattern}']
message_ja = "ja"
message_en = "en"
{extra}
"""


@pytest.mark.parametrize(
    ("pattern", "extra", "problem"),
    [
        ("(unclosed", "", "bad pattern"),
        ("ok", "colour = 1", "unknown key 'colour'"),
        ("ok", 'kind = "magic"', "kind must be one of"),
        ("ok", "unless_sentence = ['@nowhere']", "no list named 'nowhere'"),
        ("ok", 'addressees = ["everyone"]', "addressees must be among"),
        ("ok", 'messages = ["shout"]', "messages must be among"),
        ("ok", 'house = "yes"', "house must be true or false"),
        ("ok", 'source = "p"\nchecked = "2026-11-30"', "all required"),
        ("ok", 'source = "p"\nchecked = "2026-11-30"\nbasis = "gossip"', "basis must be one"),
    ],
)
def test_a_broken_rules_file_names_the_rule_and_the_problem(
    tmp_path: Path, pattern: str, extra: str, problem: str
) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(RULE_FILE.format(pattern=pattern, extra=extra), encoding="utf-8")
    with pytest.raises(PolicyRulesError, match=problem) as caught:
        load_rules(path)
    assert "x.y" in str(caught.value)


def test_rules_from_another_file_are_used(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(RULE_FILE.format(pattern="ふわふわ", extra=""), encoding="utf-8")
    findings = check("とてもふわふわです", "other", rules=load_rules(path))
    assert [(f.rule, f.start, f.end) for f in findings] == [("x.y", 3, 7)]


def test_a_finding_carries_where_its_rule_comes_from(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    extra = 'source = "Page <https://x>"\nchecked = "2026-11-30"\nbasis = "official"'
    path.write_text(RULE_FILE.format(pattern="ふわ", extra=extra), encoding="utf-8")
    (finding,) = check("ふわ", "other", rules=load_rules(path))
    assert finding.source("en") == "official: Page <https://x> (checked 2026-11-30)"
    assert finding.source("ja") == "公式: Page <https://x>(2026-11-30 確認)"
    bare = tmp_path / "bare.toml"
    bare.write_text(RULE_FILE.format(pattern="ふわ", extra=""), encoding="utf-8")
    (finding,) = check("ふわ", "other", rules=load_rules(bare))
    assert finding.source("en") == "no source"


def test_a_rule_for_messages_the_seller_starts_skips_replies(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        RULE_FILE.format(pattern="ふわ", extra='messages = ["proactive"]'), encoding="utf-8"
    )
    book = load_rules(path)
    assert check("ふわ", "other", rules=book) == []
    assert [f.rule for f in check("ふわ", "other", rules=book, message="proactive")] == ["x.y"]


def test_every_shipped_rule_has_a_source_or_is_our_own() -> None:
    for rule in load_rules().rules:
        assert rule.house or rule.source is not None, rule.id
