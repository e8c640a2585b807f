"""The standalone bundle beside the venv: its size on disk, and its start-up time.

Start-up is measured in fresh processes, the bundle's and the venv's `teinei` in turn
(interleaved, so the machine's load falls on both alike), after one unmeasured warm-up
each (it fills the parse cache in that program's own temporary home):
- cli: `teinei list --json` to its exit;
- window: `teinei --self-check` offscreen, to its exit: the real window opened, the whole
  library loaded, the desk and orders shown, the window closed.
Medians over the runs, and the bundle/venv ratio.

Run: make bundle && make bundle-benchmark
     (or .venv/bin/python benchmarks/bundle.py dist/bundle/teinei --runs 15)
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

VENV = Path(sys.executable).parent.parent
STARTS = {"cli": ["list", "--json"], "window": ["--self-check"]}


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def runtime_size() -> int:
    """Bytes of teinei's installed dependencies and theirs (no extras): what the app needs."""
    seen: set[str] = set()
    todo = ["teinei"]
    total = 0
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if key != "teinei":
            total += sum((dist.locate_file(f).stat().st_size for f in dist.files or ()), 0)
        for requirement in dist.requires or ():
            if "extra ==" not in requirement:
                todo.append(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])
    return total


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/bundle/teinei)")
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    programs = {"bundle": [str(args.bundle / "teinei")], "venv": [str(VENV / "bin" / "teinei")]}

    runtime = runtime_size()
    print(f"size  bundle folder               {size(args.bundle) / 2**20:7.1f} MiB")
    print(f"size  venv, teinei's dependencies {runtime / 2**20:7.1f} MiB (+ the system's Python)")
    print(f"size  venv, whole (with test tools) {size(VENV) / 2**20:5.1f} MiB")

    with tempfile.TemporaryDirectory(prefix="teinei-bench-bundle-") as tmp:
        homes = {name: env_for(Path(tmp) / name) for name in programs}
        for start, extra in STARTS.items():
            times: dict[str, list[float]] = {name: [] for name in programs}
            for name, command in programs.items():
                timed([*command, *extra], homes[name])  # warm-up: fills the parse cache
            for _ in range(args.runs):
                for name, command in programs.items():
                    times[name].append(timed([*command, *extra], homes[name]))
            ours, theirs = (statistics.median(times[n]) * 1000 for n in ("bundle", "venv"))
            print(
                f"start {start:<6} bundle {ours:6.0f} ms   venv {theirs:6.0f} ms"
                f"   bundle/venv {ours / theirs:.2f}   ({args.runs} runs each)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
