"""Export the user set as a zip; apply an import plan one atomic file at a time."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from app.base.atomic import write_bytes_atomic, write_text_atomic
from app.base.file_errors import StorageError, failed, reason, refuse_special_target
from app.base.langs import LANGS
from app.base.messages import say
from app.templates import trash
from app.templates.import_plan import ImportPlan, Incoming, plan_import
from app.templates.library import Source, template_files, user_source
from app.templates.trash import Clock, utc_now

__all__ = ["ImportPlan", "apply_plan", "export_zip", "plan_import", "summary"]


def export_zip(
    out: Path,
    ids: Iterable[str] = (),
    langs: Iterable[str] = LANGS,
    source: Source | None = None,
) -> list[str]:
    """Write ``<lang>/<id>.jinja`` entries for the source (or the chosen ids) to ``out``."""
    refuse_special_target(out)
    source = source or user_source()
    wanted, langs = set(ids), tuple(langs)
    chosen = [
        path
        for path in template_files(source)
        if path.parent.name in langs and (not wanted or path.stem in wanted)
    ]
    missing = wanted - {path.stem for path in chosen}
    if missing:
        raise StorageError(say("not_exported", folder=source.path, ids=", ".join(sorted(missing))))
    if not chosen:
        raise StorageError(say("nothing_to_export", folder=source.path))
    buffer = io.BytesIO()
    names = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in chosen:
            name = f"{path.parent.name}/{path.name}"
            try:
                archive.writestr(name, path.read_bytes())
            except OSError as error:
                raise failed("read", path, error) from None
            names.append(name)
    try:
        write_bytes_atomic(out, buffer.getvalue())
    except OSError as error:
        raise failed("write", out, error) from None
    return names


def apply_plan(plan: ImportPlan, *, replace: bool = False, clock: Clock = utc_now) -> list[Path]:
    """Write the plan's files; replaced files go to the trash first, so nothing is lost.

    A plan with anything broken or refused is not applied at all.
    """
    if not plan.ok:
        raise StorageError(say("import_not_ok"))
    if not plan.target.writable:
        raise StorageError(say("read_only_folder", path=plan.target.path))
    items: list[Incoming] = plan.new + (plan.replaces if replace else [])
    written: list[Path] = []
    for item in items:
        path = plan.target.path / item.lang / f"{item.template_id}.jinja"
        try:
            if path.exists():
                trash.put_in_trash(path, clock)
            write_text_atomic(path, item.text)
        except (OSError, StorageError) as error:
            cause = reason(error) if isinstance(error, OSError) else error.message
            done = ", ".join(str(p) for p in written) or say("none")
            raise StorageError(say("import_stopped", path=path, reason=cause, done=done)) from None
        written.append(path)
    return written


def summary(plan: ImportPlan, *, replace: bool = False) -> list[str]:
    """The plan as lines a person reads: new, replaces, broken, refused."""
    lines = []
    for item in plan.new:
        over = ""
        if item.current is not None:
            over = f" (overrides {item.current.source} {item.current.title!r})"
        lines.append(f"new       {item.lang}/{item.template_id}  {item.title!r}{over}")
    for item in plan.replaces:
        old = item.current.title if item.current is not None else item.template_id
        if replace:
            lines.append(f"replaces  {item.lang}/{item.template_id}  {old!r} -> {item.title!r}")
        else:
            lines.append(
                f"kept      {item.lang}/{item.template_id}  {old!r} (the import has {item.title!r})"
            )
    lines += [f"broken    {broken}" for broken in plan.broken]
    lines += [f"refused   {refusal}" for refusal in plan.refused]
    return lines
