import subprocess
import sys

from tests.conftest import REPO


def core_modules() -> list[str]:
    app = REPO / "app"
    return [
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in sorted(app.rglob("*.py"))
        if "ui" not in path.relative_to(app).parts and path.name != "__main__.py"
    ]


def test_core_modules_import_without_qt() -> None:
    modules = core_modules()
    assert "app.rendering.render" in modules
    code = (
        f"import sys\nfor m in {modules!r}: __import__(m)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')]\n"
        "print(bad)\nsys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_core_source_mentions_pyside() -> None:
    offenders = [
        str(path)
        for path in (REPO / "app").rglob("*.py")
        if "ui" not in path.relative_to(REPO / "app").parts
        and "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
