"""Reading a zip or folder of templates into a plan, before anything is written.

Untrusted input: entry names may try to escape the target, sizes may lie, files may be
huge, not UTF-8, or not templates at all. Each is refused with a sentence that says why.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from app.base.langs import LANGS
from app.base.messages import say
from app.base.safe_read import FileTooBigError, NotRegularFileError, read_regular
from app.rendering.render import stopped_by_limits
from app.templates.library import SUFFIX, Library, Problem, Source, check_text
from app.templates.template_file import MAX_FILE_BYTES, Template, parse_template
from app.templates.userset import file_in, id_problem

MAX_ENTRIES = 2000
MAX_TOTAL_BYTES = 32 * 1024 * 1024
_QUIET = ("__MACOSX", ".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class Incoming:
    """A template file from the archive, read and checked."""

    name: str
    template_id: str
    lang: str
    text: str
    title: str
    current: Template | None  # what the library shows for this id and language now
    overwrites: bool  # the target holds a file of this name already


@dataclass(frozen=True)
class Refusal:
    name: str
    message: str  # a Message: text_in(message, lang) for the window

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


@dataclass
class ImportPlan:
    origin: Path
    target: Source
    new: list[Incoming] = field(default_factory=list)
    replaces: list[Incoming] = field(default_factory=list)
    # Problems named by the entry in the zip or folder (ja/a.jinja), not the target path.
    broken: list[Problem] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is broken or refused, so the plan may be applied."""
        return not self.broken and not self.refused


def _refusal_for_name(name: str) -> tuple[str, str] | str:
    """(lang, id) for a usable entry name, else the reason it is refused."""
    if "\\" in name:
        name = name.replace("\\", "/")
    pure = PurePosixPath(name)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return say("absolute_path")
    if ".." in pure.parts:
        return say("climbs_out")
    lang, stem = pure.parent.name, pure.stem
    if lang not in LANGS:
        return say("outside_lang_folder")
    problem = id_problem(stem)
    if problem:
        return problem
    return (lang, stem)


def _is_template_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    if any(part in _QUIET or (part.startswith(".") and part != "..") for part in parts):
        return False
    return name.endswith(SUFFIX)


def _zip_entries(origin: Path, plan: ImportPlan) -> Iterator[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(read_regular(origin, MAX_TOTAL_BYTES)))
    except NotRegularFileError as error:
        plan.refused.append(Refusal(origin.name, say("not_regular", kind=error.kind)))
        return
    except FileTooBigError as error:
        plan.refused.append(
            Refusal(origin.name, say("zip_bomb", size=error.size, limit=MAX_TOTAL_BYTES))
        )
        return
    except (OSError, zipfile.BadZipFile) as error:
        plan.refused.append(Refusal(origin.name, say("not_zip", detail=str(error))))
        return
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_ENTRIES:
            plan.refused.append(
                Refusal(origin.name, say("too_many_files", count=len(infos), limit=MAX_ENTRIES))
            )
            return
        declared = sum(info.file_size for info in infos)
        if declared > MAX_TOTAL_BYTES:
            plan.refused.append(
                Refusal(origin.name, say("zip_bomb", size=declared, limit=MAX_TOTAL_BYTES))
            )
            return
        total = 0
        for info in infos:
            if not _is_template_name(info.filename):
                plan.ignored.append(info.filename)
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                plan.refused.append(Refusal(info.filename, say("symlink")))
                continue
            if info.file_size > MAX_FILE_BYTES:
                plan.refused.append(Refusal(info.filename, _too_big(info.file_size)))
                continue
            try:
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES + 1)
            except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError) as error:
                plan.refused.append(Refusal(info.filename, say("damaged", detail=str(error))))
                continue
            total += len(data)
            if len(data) > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
                plan.refused.append(Refusal(info.filename, _too_big(len(data))))
                continue
            yield info.filename, data


def _folder_entries(origin: Path, plan: ImportPlan) -> Iterator[tuple[str, bytes]]:
    root = origin.resolve()
    count = total = 0
    for folder, dirs, files in os.walk(origin, followlinks=False):
        for name in list(dirs):
            if (Path(folder) / name).is_symlink():
                rel = (Path(folder) / name).relative_to(origin).as_posix()
                plan.refused.append(Refusal(rel, say("symlink_folder")))
                dirs.remove(name)
        for name in sorted(files):
            path = Path(folder) / name
            rel = path.relative_to(origin).as_posix()
            count += 1
            if count > MAX_ENTRIES:
                plan.refused.append(Refusal(origin.name, say("over_files", limit=MAX_ENTRIES)))
                return
            if not _is_template_name(rel):
                plan.ignored.append(rel)
                continue
            if path.is_symlink() or not path.resolve().is_relative_to(root):
                plan.refused.append(Refusal(rel, say("symlink")))
                continue
            try:
                data = read_regular(path, MAX_FILE_BYTES)
            except FileTooBigError as error:
                plan.refused.append(Refusal(rel, _too_big(error.size)))
                continue
            except NotRegularFileError as error:
                plan.refused.append(Refusal(rel, say("not_regular", kind=error.kind)))
                continue
            except OSError as error:
                plan.refused.append(Refusal(rel, say("cannot_read", reason=error.strerror)))
                continue
            total += len(data)
            if len(data) > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
                plan.refused.append(Refusal(rel, _too_big(len(data))))
                continue
            yield rel, data


def _too_big(size: int) -> str:
    return say("too_big", size=size, limit=MAX_FILE_BYTES)


def plan_import(origin: Path, library: Library, target: Source) -> ImportPlan:
    """What importing ``origin`` (a .zip or a folder) into ``target`` would do."""
    plan = ImportPlan(origin=origin, target=target)
    if origin.is_dir():
        entries = _folder_entries(origin, plan)
    elif origin.exists():
        entries = _zip_entries(origin, plan)
    else:
        plan.refused.append(Refusal(str(origin), say("does_not_exist")))
        return plan
    seen: dict[tuple[str, str], str] = {}
    taken: set[tuple[str, str]] = set()
    readable: list[tuple[str, str, str, str]] = []
    for name, data in entries:
        usable = _refusal_for_name(name)
        if isinstance(usable, str):
            plan.refused.append(Refusal(name, usable))
            continue
        lang, template_id = usable
        if (template_id, lang) in seen:
            first = seen[(template_id, lang)]
            plan.refused.append(Refusal(name, say("same_as", first=first)))
            taken.add((template_id, lang))
            continue
        seen[(template_id, lang)] = name
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            plan.refused.append(Refusal(name, say("line_not_utf8", line=line)))
            continue
        readable.append((name, lang, template_id, text))
    for name, lang, template_id, text in readable:
        if (template_id, lang) in taken:
            plan.refused.append(Refusal(name, say("same_as_another")))
            continue
        _add(plan, library, name, lang, template_id, text)
    return plan


def _add(plan: ImportPlan, library: Library, name: str, lang: str, tid: str, text: str) -> None:
    destination = file_in(plan.target, tid, lang)
    problems = check_text(destination, text, plan.target.name)
    if problems:
        plan.broken.extend(Problem(Path(name), p.line, p.message) for p in problems)
        return
    template = parse_template(destination, plan.target.name, text=text)
    stopped = stopped_by_limits(template)
    if stopped is not None:
        plan.broken.append(Problem(Path(name), stopped.line or 1, stopped.message))
        return
    title = template.title
    item = Incoming(name, tid, lang, text, title, library.get(tid, lang), destination.exists())
    (plan.replaces if item.overwrites else plan.new).append(item)
