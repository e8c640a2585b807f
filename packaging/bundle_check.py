"""Prove a built bundle works like the installed package: `make bundle-check`.

Runs the same commands through the bundle (copied elsewhere first, so nothing of the build
or the checkout can help it) and through the installed `teinei`, and compares their output
byte for byte; then opens the bundled window (offscreen) with `--self-check` and compares
what it shows. Every run gets empty data, config and cache folders of its own.

    python packaging/bundle_check.py dist/bundle/teinei [--cli-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

RENDER_SETS = (
    "--set=buyer_name=佐藤",
    "--set=item_name=双眼鏡",
    "--set=reason=scratch",
    "--set=refund_amount=1000",
)
DRAFT = "ご不明点は LINE ID: tanaka_shop までご連絡ください。\n"
# (name, arguments); lint reads the draft above from its standard input.
CASES: tuple[tuple[str, list[str]], ...] = (
    ("list", ["list", "--json"]),
    ("list ja rakuma", ["list", "--lang", "ja", "--platform", "rakuma"]),
    ("fields", ["fields", "partial_refund_offer", "--lang", "ja", "--json"]),
    (
        "render ja",
        ["render", "partial_refund_offer", "--lang", "ja", "--platform", "rakuma", *RENDER_SETS],
    ),
    (
        "render en",
        ["render", "partial_refund_offer", "--lang", "en", "--platform", "ebay", *RENDER_SETS],
    ),
    ("version", ["--version"]),
    ("lint", ["lint", "--platform", "mercari_jp", "--json", "-"]),
    # Deadlines from the delivery date (app.deadlines.schedule and its holiday calendars).
    (
        "lint late",
        ["lint", "--platform", "amazon_jp", "--proactive", "--delivered", "2026-10-01", "-"],
    ),
)


def executable(folder: Path) -> Path:
    for name in ("teinei", "teinei.exe"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"bundle-check: no teinei executable in {folder}; run make bundle first")


def installed_command() -> list[str]:
    """The `teinei` pip installed for this Python (bin/ in a venv, Scripts\\ on Windows)."""
    scripts = Path(sysconfig.get_path("scripts"))
    for name in ("teinei", "teinei.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    return [sys.executable, "-m", "app"]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Empty user folders on every system, so no one's own templates or settings count."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "LC_"))}
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        env[name] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["PYTHONUTF8"] = "1"  # the installed command's output as the bundle's: UTF-8
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str], cwd: Path, stdin: str = "") -> tuple[int, bytes]:
    result = subprocess.run(
        command, input=stdin.encode(), capture_output=True, env=env, cwd=cwd, check=False
    )
    if result.returncode not in (0, 1):
        sys.stderr.write(result.stderr.decode(errors="replace"))
    return result.returncode, result.stdout


def compare_cli(candidate: list[str], work: Path) -> list[str]:
    """Run every case through ``candidate`` and the installed command; what differs."""
    failures = []
    for name, args in CASES:
        stdin = DRAFT if name.startswith("lint") else ""
        home_a, home_b = work / f"a-{name}", work / f"b-{name}"
        ours = run([*candidate, *args], clean_env(home_a), work, stdin)
        theirs = run([*installed_command(), *args], clean_env(home_b), work, stdin)
        if ours != theirs or not ours[1]:
            failures.append(
                f"{name}: candidate {ours[0]}, {len(ours[1])} bytes; "
                f"installed {theirs[0]}, {len(theirs[1])} bytes"
            )
        else:
            print(f"same  teinei {' '.join(args[:4])} … ({len(ours[1])} bytes, exit {ours[0]})")
    return failures


def self_check(command: list[str], home: Path, cwd: Path) -> dict[str, object] | str:
    env = clean_env(home, QT_QPA_PLATFORM="offscreen", LANG="ja_JP.UTF-8")
    result = subprocess.run(
        [*command, "--self-check"], capture_output=True, env=env, cwd=cwd, timeout=120, check=False
    )
    lines = result.stdout.decode().splitlines()
    if result.returncode != 0 or not lines:
        return f"exit {result.returncode}: {result.stderr.decode(errors='replace')[-2000:]}"
    found: dict[str, object] = json.loads(lines[-1])
    return found


def compare_window(candidate: list[str], work: Path) -> list[str]:
    ours = self_check(candidate, work / "window-a", work)
    theirs = self_check(installed_command(), work / "window-b", work)
    if isinstance(ours, str):
        return [f"window: {ours}"]
    if isinstance(theirs, str):
        return [f"installed window: {theirs}"]
    listed = json.loads(run([*candidate, "list", "--json"], clean_env(work / "n"), work)[1])
    failures = []
    if ours != theirs:
        failures.append(f"window: candidate showed {ours}, installed showed {theirs}")
    if ours["templates"] != len(listed) or ours["problems"] != 0:
        failures.append(f"window: {ours['templates']} templates, the CLI lists {len(listed)}")
    if ours["ui"] != "ja" or ours["menus"] == english_menus(candidate, work):
        failures.append(f"window: the Japanese UI was not translated: {ours['menus']}")
    if not failures:
        print(
            f"same  window: {ours['templates']} templates, {ours['shown']} shown, "
            f"menus {' '.join(map(str, ours['menus']))}, quit cleanly"
        )
    return failures


def english_menus(candidate: list[str], work: Path) -> object:
    """The menus in English, to tell a translated Japanese UI from an untranslated one."""
    env = clean_env(work / "window-en", QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8")
    result = subprocess.run(
        [*candidate, "--self-check"], capture_output=True, env=env, cwd=work, timeout=120
    )
    return json.loads(result.stdout.decode().splitlines()[-1])["menus"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the built bundle folder (dist/bundle/teinei)")
    parser.add_argument("--cli-only", action="store_true", help="skip the window check")
    args = parser.parse_args(argv)
    executable(args.folder)
    with tempfile.TemporaryDirectory(prefix="teinei-bundle-check-") as tmp:
        work = Path(tmp)
        moved = work / "elsewhere" / "teinei"
        shutil.copytree(args.folder, moved, symlinks=True)
        bundle = executable(moved)
        failures = compare_cli([str(bundle)], work)
        if not args.cli_only:
            failures += compare_window([str(bundle)], work)
    for failure in failures:
        print(f"DIFFERS  {failure}", file=sys.stderr)
    print("bundle-check: " + ("FAILED" if failures else "the bundle works like the package"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
