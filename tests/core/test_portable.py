"""The code runs on Windows and macOS too: no POSIX-only call outside a platform check."""

from __future__ import annotations

import ast

from tests.conftest import REPO

POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "resource", "posix", "pty"}
POSIX_CALLS = {
    ("os", name)
    for name in ("getuid", "geteuid", "getgid", "fork", "chown", "chmod", "killpg", "setsid")
} | {("signal", name) for name in ("SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM")}


def guarded(test: ast.expr) -> bool:
    """An ``if`` about the system: sys.platform, os.name, or a name saying posix/windows."""
    words = ast.unparse(test)
    return any(word in words for word in ("sys.platform", "os.name", "posix", "win32"))


def unguarded(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, safe: bool) -> None:
        if isinstance(node, ast.If) and guarded(node.test):
            safe = True
        if not safe:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                found.extend((node.lineno, n) for n in names if n.split(".")[0] in POSIX_MODULES)
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in POSIX_CALLS
            ):
                found.append((node.lineno, f"{node.value.id}.{node.attr}"))
        for child in ast.iter_child_nodes(node):
            visit(child, safe)

    visit(tree, False)
    return found


def test_the_check_finds_what_it_looks_for() -> None:
    source = "import fcntl\nimport os\nos.chmod('x', 0o600)\n"
    source += "if sys.platform != 'win32':\n    os.getuid()\n"
    assert unguarded(ast.parse(source)) == [(1, "fcntl"), (3, "os.chmod")]


def test_no_posix_only_call_outside_a_platform_check() -> None:
    found = {
        str(path.relative_to(REPO)): calls
        for path in sorted((REPO / "app").rglob("*.py"))
        if (calls := unguarded(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}
