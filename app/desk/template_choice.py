"""Which template the desk opens when the one it shows is not at hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.templates.library import Library
    from app.templates.template_file import Template


def offered(library: Library, lang: str, platform_id: str) -> list[Template]:
    """The templates in ``lang`` offered on the platform."""
    return [t for t in library.for_lang(lang) if platform_id in t.platforms]


def first_offered(library: Library, lang: str, platform_id: str) -> Template | None:
    """The first template offered on the platform, else the first in ``lang``."""
    listed = offered(library, lang, platform_id) or library.for_lang(lang)
    return next(iter(listed), None)


def same_situation_on(library: Library, gone: Template, platform_id: str) -> Template | None:
    """For a platform that does not offer ``gone``: the same situation's template there
    (or the first it offers); None if ``gone`` is offered there or nothing is."""
    listed = offered(library, gone.lang, platform_id)
    if gone in listed:
        return None
    from app.templates.search import same_situation

    return same_situation(gone.category, listed) or next(iter(listed), None)


def unwritten_language(
    template: Template | None, twin: Template | None
) -> tuple[str, str | None] | None:
    """A language of ``template`` not written yet (a new template's twin starts empty),
    with the written language to start it from (None when neither is)."""
    if template is None:
        return None
    if template.unwritten:
        return template.lang, twin.lang if twin is not None and not twin.unwritten else None
    if twin is not None and twin.unwritten:
        return twin.lang, template.lang
    return None
