"""The user's own templates: customize a built-in, new, rename, duplicate, delete, revert.

Every change goes to a writable source (the user set, or a shared folder marked
writable); files are written atomically and deletions go to the trash.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

import tomli_w

from app.base.atomic import write_text_atomic
from app.base.config import load_config
from app.base.file_errors import StorageError, failed
from app.base.langs import LANGS
from app.base.messages import say
from app.templates import trash
from app.templates.library import SUFFIX, Library, Source, builtin_source, user_source
from app.templates.template_file import (
    CATEGORIES,
    FENCE,
    ID_PATTERN,
    TemplateFileError,
    read_template_text,
    split_front_matter,
)
from app.templates.trash import Clock, TrashEntry, utc_now

MAX_ID_LENGTH = 80
# Names Windows keeps for devices; a file called con.jinja cannot exist there.
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)
_TITLE_LINE = re.compile(r"^(\s*title\s*=\s*)(.*)$")
_COPY_SUFFIX = {"ja": "(コピー)", "en": " (copy)"}
_SKELETON_BODY = {
    "ja": "{{ buyer_name | sama }}\n\n"
    "このたびはお取引いただき、ありがとうございます。\n\n"
    "どうぞよろしくお願いいたします。\n",
    "en": "Hi {{ buyer_name }},\n\nThank you for your order.\n\nBest regards,\n",
}


def id_problem(template_id: str) -> str | None:
    """Why ``template_id`` cannot name a template file, or None when it can."""
    if not template_id:
        return say("need_id")
    if len(template_id) > MAX_ID_LENGTH:
        return say("id_too_long", length=len(template_id), limit=MAX_ID_LENGTH)
    if not ID_PATTERN.match(template_id):
        return say("bad_id", id=template_id)
    if template_id in _DEVICE_NAMES:
        return say("device_name", id=template_id)
    return None


def check_id(template_id: str) -> None:
    problem = id_problem(template_id)
    if problem:
        raise StorageError(problem)


def writable_sources() -> list[Source]:
    """Where changes may go: the user set first, then shared folders marked writable."""
    extra = [Source(str(s.path), s.path, True) for s in load_config().sources if s.writable]
    return [user_source(), *extra]


def file_in(source: Source, template_id: str, lang: str) -> Path:
    return source.path / lang / f"{template_id}{SUFFIX}"


def _require_writable(target: Source) -> None:
    if not target.writable:
        raise StorageError(say("read_only_source", path=target.path))


def _langs(langs: Iterable[str] | None) -> tuple[str, ...]:
    chosen = tuple(LANGS if langs is None else langs)
    bad = [lang for lang in chosen if lang not in LANGS]
    if bad or not chosen:
        raise StorageError(say("choose_langs", bad=", ".join(bad) or say("nothing")))
    return chosen


def _read(path: Path) -> str:
    try:
        return read_template_text(path)
    except TemplateFileError as error:
        raise StorageError(
            say("could_not_read_template", path=path, problem=error.message)
        ) from None


def _write_all(files: list[tuple[Path, str]]) -> list[Path]:
    """Write each file atomically; on a failure remove the ones this call created."""
    written: list[Path] = []
    for path, text in files:
        try:
            write_text_atomic(path, text)
        except OSError as error:
            for done in written:
                done.unlink(missing_ok=True)
            raise failed("save", path, error) from None
        written.append(path)
    return written


def customize(
    template_id: str,
    langs: Iterable[str] | None = None,
    target: Source | None = None,
    origin: Source | None = None,
) -> list[Path]:
    """Copy a built-in template into the user set, where it overrides the built-in."""
    target, origin = target or user_source(), origin or builtin_source()
    _require_writable(target)
    files = []
    for lang in _langs(langs):
        source_file = file_in(origin, template_id, lang)
        if not source_file.is_file():
            raise StorageError(say("no_builtin", id=template_id, lang=lang))
        copy = file_in(target, template_id, lang)
        if not copy.exists():
            files.append((copy, _read(source_file)))
    if not files:
        raise StorageError(say("already_customized", id=template_id))
    return _write_all(files)


def revert_to_builtin(
    template_id: str,
    langs: Iterable[str] | None = None,
    target: Source | None = None,
    clock: Clock = utc_now,
) -> list[TrashEntry]:
    """Remove the user's copy (into the trash) so the built-in shows again."""
    target = target or user_source()
    chosen = [
        lang
        for lang in _langs(langs)
        if file_in(builtin_source(), template_id, lang).is_file()
        and file_in(target, template_id, lang).exists()
    ]
    if not chosen:
        raise StorageError(say("nothing_to_revert", id=template_id))
    return delete(template_id, chosen, target, clock)


def new_template(
    template_id: str,
    title: str,
    category: str,
    langs: Iterable[str] | None = None,
    target: Source | None = None,
) -> list[Path]:
    """A minimal, valid template in each language, ready to edit."""
    target = target or user_source()
    _require_writable(target)
    check_id(template_id)
    if not title.strip():
        raise StorageError(say("need_title"))
    if category not in CATEGORIES:
        raise StorageError(say("not_category", value=category))
    files = []
    for lang in _langs(langs):
        path = file_in(target, template_id, lang)
        if path.exists():
            raise StorageError(say("exists_already", path=path))
        front = tomli_w.dumps({"title": title.strip(), "category": category, "platforms": "all"})
        files.append((path, f"{FENCE}\n{front}{FENCE}\n{_SKELETON_BODY[lang]}"))
    return _write_all(files)


def rename(old_id: str, new_id: str, target: Source | None = None) -> list[Path]:
    """Give a template in ``target`` a new id, in both languages at once."""
    target = target or user_source()
    _require_writable(target)
    check_id(new_id)
    old_files = [p for lang in LANGS if (p := file_in(target, old_id, lang)).exists()]
    if not old_files:
        raise StorageError(say("no_template_to_rename", id=old_id, folder=target.path))
    taken = [p for lang in LANGS if (p := file_in(target, new_id, lang)).exists()]
    if taken:
        raise StorageError(say("exists_already", path=taken[0]))
    moves = [(old, file_in(target, new_id, old.parent.name)) for old in old_files]
    written = _write_all([(new, _read(old)) for old, new in moves])
    for old, _new in moves:
        try:
            old.unlink()
        except OSError as error:
            for path in written:
                path.unlink(missing_ok=True)
            raise failed("rename", old, error) from None
    return written


def duplicate(
    library: Library, template_id: str, new_id: str, target: Source | None = None
) -> list[Path]:
    """A copy under a new id, from wherever the template now comes from."""
    target = target or user_source()
    _require_writable(target)
    check_id(new_id)
    originals = [t for lang in LANGS if (t := library.get(template_id, lang)) is not None]
    if not originals:
        raise StorageError(say("no_template_to_duplicate", id=template_id))
    files = []
    for template in originals:
        path = file_in(target, new_id, template.lang)
        if path.exists() or library.get(new_id, template.lang) is not None:
            raise StorageError(say("id_taken", id=new_id))
        text = _read(template.path)
        files.append((path, retitle(text, template.title + _COPY_SUFFIX[template.lang])))
    return _write_all(files)


def retitle(text: str, title: str) -> str:
    """The text with the front matter's title line replaced; comments and order kept."""
    lines = text.split("\n")
    _front, _body, body_line = split_front_matter(Path("x.jinja"), text)
    for index in range(1, body_line - 2):
        found = _TITLE_LINE.match(lines[index])
        if found:
            value = tomli_w.dumps({"title": title}).split("=", 1)[1].strip()
            lines[index] = found.group(1) + value
            break
    result = "\n".join(lines)
    tomllib.loads(split_front_matter(Path("x.jinja"), result)[0])
    return result


def delete(
    template_id: str,
    langs: Iterable[str] | None = None,
    target: Source | None = None,
    clock: Clock = utc_now,
) -> list[TrashEntry]:
    """Move the template's files into the trash; ``undo_delete`` puts them back."""
    target = target or user_source()
    _require_writable(target)
    files = [p for lang in _langs(langs) if (p := file_in(target, template_id, lang)).exists()]
    if not files:
        raise StorageError(say("no_template_to_delete", id=template_id, folder=target.path))
    done: list[TrashEntry] = []
    try:
        for path in files:
            done.append(trash.delete_file(path, clock))
    except StorageError:
        undo_delete(done)
        raise
    return done


def undo_delete(entries: Iterable[TrashEntry]) -> list[Path]:
    """Restore trashed files; refuses (and keeps the trash) when a file is in the way."""
    entries = list(entries)
    in_the_way = [e.original for e in entries if e.original.exists()]
    if in_the_way:
        raise StorageError(say("cannot_undo", path=in_the_way[0]))
    return [trash.restore(entry) for entry in entries]
