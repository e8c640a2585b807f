"""The parse cache and the preview memo are thrown away when the code they depend on
changes. Which code that is follows a rule: every module of the packages they name. The
tests read the imports (also those made inside functions) to check that parsing and
composing use nothing outside those packages."""

from __future__ import annotations

import ast
from pathlib import Path

from app.rendering import render_memo
from app.templates import library_cache
from tests.conftest import REPO


def _source(module: str) -> Path | None:
    base = REPO / Path(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def app_modules_used_by(*roots: str) -> set[str]:
    """Every app module the ``roots`` import, directly or through each other."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        module = todo.pop()
        path = _source(module)
        if module in seen or path is None:
            continue
        seen.add(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.split(".")[0] == "app":
                    todo.append(node.module)
                    todo.extend(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.split(".")[0] == "app")
    return seen


def packages_of(modules: set[str]) -> set[str]:
    return {m.split(".")[1] for m in modules if m.count(".") >= 1}


def test_the_rule_follows_imports_made_inside_functions() -> None:
    used = app_modules_used_by("app.rendering.preview")
    assert "app.rendering.render" in used  # imported in compose(), not at the top


def test_parsing_a_template_uses_only_the_packages_the_cache_stamps() -> None:
    used = app_modules_used_by("app.templates.library_cache", "app.templates.template_file")
    assert packages_of(used) <= set(library_cache.PARSER_PACKAGES)


def test_composing_a_preview_uses_only_the_packages_the_memo_stamps() -> None:
    used = app_modules_used_by("app.rendering.render_memo", "app.rendering.preview")
    assert packages_of(used) <= set(render_memo.RENDER_PACKAGES)


def test_a_module_added_or_edited_in_a_stamped_package_changes_the_stamp(
    tmp_path: Path,
) -> None:
    for package in ("base", "templates", "other"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "one.py").write_text("x = 1\n", encoding="utf-8")

    def stamp() -> tuple[object, ...]:
        return library_cache.source_stamps(("base", "templates"), app_dir=tmp_path)

    first = stamp()
    (tmp_path / "other" / "two.py").write_text("", encoding="utf-8")
    assert stamp() == first  # a package the parser does not use
    (tmp_path / "templates" / "two.py").write_text("", encoding="utf-8")
    second = stamp()
    assert second != first
    (tmp_path / "base" / "one.py").write_text("x = 22\n", encoding="utf-8")
    assert stamp() != second
