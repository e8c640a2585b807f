"""The built-in library: every template renders cleanly for every platform it lists."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.base.platforms import Platform
from app.cli import main
from app.rendering.render import MissingFieldsError, render
from app.templates.library import Library
from app.templates.template_file import CATEGORIES, Template

LEFTOVER_MARKUP = ("{{", "}}", "{%", "%}", "{#", "#}")
# Contact details and links must never be written into a template's own text.
CONTACT_IN_SOURCE = re.compile(r"https?:|www\.|@|LINE ?ID|\d{4,}", re.IGNORECASE)


def example_values(template: Template, platform: Platform) -> dict[str, Any]:
    """The template's example for this platform's currency and carriers."""
    values = template.example_for(platform.currency)
    carriers = [key for key, _labels in platform.carriers]
    # One example cannot name a carrier every platform offers; use this platform's first.
    if template.field("carrier") is not None and values.get("carrier") not in carriers:
        values["carrier"] = carriers[0]
    return values


def variants(template: Template) -> Iterator[tuple[str, dict[str, Any]]]:
    """The example, each optional sentence switched the other way, and each choice in turn."""
    yield "example", {}
    for field in template.fields:
        if field.type == "bool":
            flipped = not bool(template.example.get(field.name, False))
            yield f"{field.name}={flipped}", {field.name: flipped}
        elif field.type == "choice" and field.choices_from is None:
            for key, _labels in field.choices:
                yield f"{field.name}={key}", {field.name: key}


def problems_in(text: str, platform: Platform) -> list[str]:
    """Everything a buyer (or the support desk) would notice as broken."""
    found = [f"leftover {mark!r}" for mark in LEFTOVER_MARKUP if mark in text]
    if "None" in text:
        found.append("the text None")
    if "様様" in text:
        found.append("様様")
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.startswith("様") or " 様" in line or "　様" in line:
            found.append(f"line {number}: an empty name before 様: {line!r}")
        if "  " in line:
            found.append(f"line {number}: doubled spaces: {line!r}")
        if line != line.strip():
            found.append(f"line {number}: leading or trailing whitespace: {line!r}")
    if "\n\n\n" in text:
        found.append("a run of blank lines")
    if not text.strip():
        found.append("no text at all")
    if platform.currency == "JPY" and "$" in text:
        found.append("a $ sign on a yen platform")
    if platform.currency == "USD" and ("円" in text or "¥" in text):
        found.append("a yen sign on a dollar platform")
    if platform.message_limit is not None and len(text) > platform.message_limit:
        found.append(f"{len(text)} characters; {platform.id} allows {platform.message_limit}")
    return found


def test_the_builtin_library_loads_without_problems(library: Library) -> None:
    assert library.problems == []
    assert len(library.templates) >= 2 * 40


def test_every_template_renders_cleanly_for_every_platform_it_lists(
    library: Library, platforms: dict[str, Platform]
) -> None:
    failures: list[str] = []
    rendered = 0
    for template in library.templates:
        for platform_id in template.platforms:
            platform = platforms[platform_id]
            for variant, overrides in variants(template):
                values = example_values(template, platform) | overrides
                where = f"{template.lang}/{template.id} on {platform_id} ({variant})"
                try:
                    text = render(template, values, platform)
                except MissingFieldsError as error:
                    failures.append(f"{where}: example lacks {', '.join(error.names)}")
                    continue
                rendered += 1
                failures.extend(f"{where}: {p}" for p in problems_in(text, platform))
    assert failures == []
    assert rendered > 2 * 23


def test_example_values_name_real_fields_and_real_choices(library: Library) -> None:
    for template in library.templates:
        names = {field.name for field in template.fields}
        assert set(template.example) <= names, template.path
        for field in template.fields:
            value = template.example.get(field.name)
            if field.type == "choice" and field.choices_from is None:
                keys = [key for key, _labels in field.choices]
                assert value in keys, f"{template.path}: {field.name} = {value!r}"


def test_carrier_examples_are_offered_by_a_listed_platform(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for template in library.templates:
        if template.field("carrier") is None:
            continue
        offered = {key for pid in template.platforms for key, _ in platforms[pid].carriers}
        assert template.example["carrier"] in offered, template.path


def test_every_japanese_template_has_an_english_twin_with_the_same_shape(
    library: Library,
) -> None:
    by_lang = {lang: {t.id for t in library.for_lang(lang)} for lang in ("ja", "en")}
    assert by_lang["ja"] == by_lang["en"]
    for template in library.for_lang("ja"):
        twin = library.twin(template)
        assert twin is not None
        assert {f.name for f in template.fields} == {f.name for f in twin.fields}, template.id
        assert {f.name: f.type for f in template.fields} == {f.name: f.type for f in twin.fields}
        assert (template.category, template.platforms, template.addressee) == (
            twin.category,
            twin.platforms,
            twin.addressee,
        ), template.id
        for field in template.fields:
            twin_field = twin.field(field.name)
            assert twin_field is not None
            assert [k for k, _ in field.choices] == [k for k, _ in twin_field.choices]


def test_list_shows_every_situation_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for lang in ("ja", "en"):
        covered = {row["category"] for row in rows if row["lang"] == lang}
        assert covered == set(CATEGORIES), lang


def test_support_requests_are_addressed_to_the_support_desk(library: Library) -> None:
    requests = [t for t in library.templates if t.id.startswith("support_request_")]
    assert {t.id for t in requests} == {
        "support_request_complete",
        "support_request_remove_rating",
        "support_request_unreachable",
    }
    assert all(t.addressee == "support" for t in requests)
    assert all(t.category == "support_request" for t in requests)
    others = [t for t in library.templates if t.category != "support_request"]
    assert all(t.addressee == "buyer" for t in others)


def test_partial_refunds_are_offered_only_where_the_platform_allows_them(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for lang in ("ja", "en"):
        offer = library.get("partial_refund_offer", lang)
        alternative = library.get("partial_refund_alternative", lang)
        assert offer is not None and alternative is not None
        assert "mercari_us" not in offer.platforms
        assert all(platforms[pid].partial_refund for pid in offer.platforms)
        assert alternative.platforms == ("mercari_us",)


def test_no_rating_reminder_for_amazon_buyers(library: Library) -> None:
    for template in library.templates:
        if template.category in ("rating_reminder", "support_notice"):
            assert "amazon_jp" not in template.platforms, template.id


def test_mercari_us_reminder_always_says_the_item_was_delivered(
    library: Library, platforms: dict[str, Platform]
) -> None:
    platform = platforms["mercari_us"]
    for lang, delivered in (("ja", "12月12日(土)"), ("en", "Sat, Dec 12")):
        template = library.get("rating_reminder_first", lang)
        assert template is not None
        values = dict(template.example, has_delivery_date=False, delivery_date="2026-12-12")
        assert delivered in render(template, values, platform)
        del values["delivery_date"]
        with pytest.raises(MissingFieldsError) as raised:
            render(template, values, platform)
        assert raised.value.names == ("delivery_date",)


def test_template_text_holds_no_links_addresses_or_long_numbers(library: Library) -> None:
    for template in library.templates:
        match = CONTACT_IN_SOURCE.search(template.body)
        assert match is None, f"{template.path}: {match.group(0) if match else ''!r}"


def test_japanese_messages_open_with_the_buyer_and_english_say_hi(
    library: Library, platforms: dict[str, Platform]
) -> None:
    for template in library.templates:
        if template.addressee != "buyer" or template.category == "enclosed_letter":
            continue
        platform = platforms[template.platforms[0]]
        text = render(template, example_values(template, platform), platform)
        first = text.split("\n", 1)[0]
        name = str(template.example["buyer_name"])
        expected = f"{name}様" if template.lang == "ja" else f"Hi {name},"
        assert first == expected, template.path
