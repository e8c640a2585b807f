"""What the policy tests share: the findings of a text as (rule, the text it points at)."""

from __future__ import annotations

from app.policy.checks import check


def flagged(text: str, platform: str = "mercari_jp", **options: object) -> list[tuple[str, str]]:
    """(rule, the text it points at) for every finding."""
    findings = check(text, platform, **options)  # type: ignore[arg-type]
    return [(f.rule, text[f.start : f.end]) for f in findings]
