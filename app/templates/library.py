"""The template library: built-in, the user's own set and extra folders, merged by id."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.base import paths
from app.base.config import load_config
from app.base.langs import LANGS, other_lang
from app.base.messages import say
from app.templates.library_cache import ParseCache
from app.templates.template_file import Template, TemplateFileError, parse_template

SUFFIX = ".jinja"


@dataclass(frozen=True)
class Source:
    """A folder with ja/ and en/ inside; ``name`` is builtin, user, or the folder's path."""

    name: str
    path: Path
    writable: bool = False


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Library:
    templates: list[Template] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Templates that a later source replaced, so "revert to built-in" can find them.
    shadowed: list[Template] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {t.key: t for t in self.templates}

    def get(self, template_id: str, lang: str) -> Template | None:
        return self._index.get((template_id, lang))

    def twin(self, template: Template) -> Template | None:
        other = other_lang(template.lang)
        return self.get(template.id, other)

    def ids(self) -> list[str]:
        return sorted({t.id for t in self.templates})

    def for_lang(self, lang: str) -> list[Template]:
        return [t for t in self.templates if t.lang == lang]


def builtin_source() -> Source:
    return Source("builtin", paths.builtin_templates_dir())


def user_source() -> Source:
    return Source("user", paths.user_templates_dir(), writable=True)


def default_sources() -> list[Source]:
    extra = [Source(str(s.path), s.path, s.writable) for s in load_config().sources]
    return [builtin_source(), user_source(), *extra]


def template_files(source: Source) -> Iterable[Path]:
    for lang in LANGS:
        folder = source.path / lang
        if folder.is_dir():
            yield from sorted(folder.glob(f"*{SUFFIX}"))


def load_library(
    sources: list[Source] | None = None, *, cache: ParseCache | None = None
) -> Library:
    """Every template of every source; later sources replace earlier ones by id and language.

    A broken file becomes a Problem and is skipped; the rest still load. Files that have
    not changed since the last load come from the parse cache (app/templates/library_cache.py).
    """
    sources = default_sources() if sources is None else sources
    cache = ParseCache() if cache is None else cache
    seen: list[tuple[str, str]] = []
    chosen: dict[tuple[str, str], Template] = {}
    shadowed: list[Template] = []
    problems: list[Problem] = []
    for source in sources:
        if not source.path.exists():
            if source.name not in ("builtin", "user"):
                problems.append(Problem(source.path, 1, "this template folder does not exist"))
            continue
        for path in template_files(source):
            seen.append((source.name, str(path)))
            try:
                template = cache.parse(path, source.name)
            except TemplateFileError as error:
                problems.append(Problem(error.path, error.line, error.message))
                continue
            except Exception as error:  # one file never stops the library
                detail = f"{type(error).__name__}: {error}"[:200]
                problems.append(Problem(path, 1, say("load_failed", detail=detail)))
                continue
            if template.key in chosen:
                shadowed.append(chosen[template.key])
            chosen[template.key] = template
    cache.keep_only(seen, [source.path for source in sources])
    cache.save()
    ordered = sorted(chosen.values(), key=lambda t: (t.lang, t.category, t.id))
    return Library(templates=ordered, problems=problems, shadowed=shadowed, sources=sources)


def check_text(path: Path, text: str, source: str = "user") -> list[Problem]:
    """Problems in a template's text, as a file at ``path`` would have them."""
    try:
        parse_template(path, source, text=text)
    except TemplateFileError as error:
        return [Problem(error.path, error.line, error.message)]
    return []
