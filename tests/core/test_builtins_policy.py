"""Every built-in template, filled with its example, passes the policy checks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.base.platforms import load_platforms
from app.deadlines.schedule import OrderDates, compute_deadlines
from app.policy.checks import check
from app.rendering.render import example_values, render
from app.templates.library import builtin_source, load_library
from app.templates.template_file import Template

# One order with every date known, so templates that read deadlines can render.
ORDER = OrderDates(
    ordered=date(2026, 12, 1),
    paid=date(2026, 12, 1),
    shipping_notice=datetime(2026, 12, 2, 18, 0),
    delivered=date(2026, 12, 4),
    last_buyer_message=datetime(2026, 12, 5, 9, 30),
)
# The listing's choices the ship-by needs (Mercari's days to ship, eBay's handling time).
CHOICES = {"ship_option": "2_3", "handling_days": "2"}

BUILTINS = load_library([builtin_source()]).templates
CASES = [
    pytest.param(template, platform_id, id=f"{template.lang}/{template.id}@{platform_id}")
    for template in BUILTINS
    for platform_id in template.platforms
]


def test_the_library_has_templates_to_check() -> None:
    assert CASES


@pytest.mark.parametrize(("template", "platform_id"), CASES)
def test_builtin_example_renders_clean(template: Template, platform_id: str) -> None:
    platform = load_platforms({})[platform_id]
    text = render(
        template,
        example_values(template, platform),
        platform,
        deadlines=compute_deadlines(platform, ORDER, CHOICES),
    )
    # A message the seller starts is checked against Amazon's rules for one.
    findings = check(
        text, platform_id, addressee=template.addressee, message=template.amazon_message
    )
    assert [(f.rule, text[f.start : f.end]) for f in findings] == []
