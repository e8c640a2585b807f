"""Prove `pipx install` of the built wheel gives a working teinei: `make pipx-check`.

Everything happens in a temporary folder: a venv holding pipx, pipx's own home and bin
folder, and the teinei it installs from the wheel. That teinei's output is compared byte
for byte with the checkout's installed package (packaging/bundle_check.py's cases), and
its window must open with the whole library and the Japanese translation.

    python packaging/pipx_check.py dist
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from bundle_check import compare_cli, compare_window


def wheel_in(folder: Path) -> Path:
    wheels = sorted(folder.glob("teinei-*.whl"), key=lambda p: p.stat().st_mtime)
    if not wheels:
        raise SystemExit(f"pipx-check: no teinei wheel in {folder}; run make wheel first")
    return wheels[-1]


def pipx_install(wheel: Path, work: Path) -> Path:
    """Install pipx into a venv of its own, then the wheel with it; the teinei it made."""
    tools = work / "tools"
    venv.create(tools, with_pip=True)
    python = tools / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "pipx"], check=True)
    bin_dir = work / "bin"
    env = {**os.environ, "PIPX_HOME": str(work / "pipx"), "PIPX_BIN_DIR": str(bin_dir)}
    env["PIPX_MAN_DIR"] = str(work / "man")
    subprocess.run([python, "-m", "pipx", "install", str(wheel)], check=True, env=env)
    return bin_dir / ("teinei.exe" if os.name == "nt" else "teinei")


def main(argv: list[str]) -> int:
    wheel = wheel_in(Path(argv[0] if argv else "dist"))
    with tempfile.TemporaryDirectory(prefix="teinei-pipx-check-") as tmp:
        work = Path(tmp)
        teinei = pipx_install(wheel, work)
        shipped = subprocess.run(
            [
                teinei.resolve().parent / "python",
                "-c",
                "import app.base.paths as p; print(p.resources_dir())",
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=work,  # not the checkout, whose app/ Python would import first
        ).stdout.strip()
        print(f"pipx installed {wheel.name}: {teinei} (resources in {shipped})")
        if not shipped.startswith(str(work)):
            print("pipx-check: FAILED, it read the checkout's files", file=sys.stderr)
            return 1
        failures = compare_cli([str(teinei)], work) + compare_window([str(teinei)], work)
    for failure in failures:
        print(f"DIFFERS  {failure}", file=sys.stderr)
    print("pipx-check: " + ("FAILED" if failures else "the pipx install works like the package"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
