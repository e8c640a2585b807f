"""Naming a template's fields for the person filling them in, in the UI language.

The form speaks the seller's language even when the message is in the other one: a
field's own label in that language, else its twin's (the same field in the other-language
template), else the label the template itself gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.templates.template_file import Template


def field_label(template: Template, name: str, twin: Template | None, lang: str) -> str:
    field = template.field(name)
    other = twin.field(name) if twin is not None else None
    for candidate in (field, other):
        if candidate is not None and candidate.labels and candidate.labels.get(lang):
            return candidate.labels[lang]
    return field.label(template.lang) if field is not None else name


def field_help(template: Template, name: str, twin: Template | None, lang: str) -> str:
    field = template.field(name)
    other = twin.field(name) if twin is not None else None
    for candidate in (field, other):
        if candidate is not None and candidate.help(lang):
            return candidate.help(lang)
    return field.help(template.lang) if field is not None else ""


def field_labels(template: Template, twin: Template | None, lang: str) -> dict[str, str]:
    """Every field's label for a reader of ``lang``, by field name."""
    return {f.name: field_label(template, f.name, twin, lang) for f in template.fields}


def made_tick_box(template: Template, name: str) -> bool:
    """A tick box the seller made in a template of their own (no shared field, no
    built-in's): its label is the seller's words, which the form frames as a condition."""
    from app.base import paths
    from app.templates.fields import vocabulary

    spec = template.field(name)
    if spec is None or spec.type != "bool" or template.source == "builtin":
        return False
    if name in vocabulary():
        return False
    return not (paths.builtin_templates_dir() / template.lang / f"{template.id}.jinja").exists()
