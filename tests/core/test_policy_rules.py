"""The policy rules file: a broken one is explained, another one can be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.policy import check
from app.policy_rules import PolicyRulesError, load_rules

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
