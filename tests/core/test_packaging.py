"""A non-editable install must carry the built-in library inside the package."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--wheel-dir", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("teinei-*.whl"))


def test_installed_wheel_renders_a_builtin_template(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/_data/templates/ja/apology.jinja" in names
    assert "app/_data/resources/platforms.toml" in names

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
        + ["--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    order = tmp_path / "order.json"
    order.write_text(json.dumps({"buyer_name": "佐藤", "item_name": "双眼鏡"}), encoding="utf-8")
    # Run from an empty folder so only the installed copy of the package can be found.
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "render", "support_redirect", "--lang", "ja"]
        + ["--platform", "rakuma", "--order", str(order)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("佐藤様\n")
    assert "ラクマ事務局" in result.stdout
    locate = subprocess.run(
        [sys.executable, "-c", "import app.base.paths as p; print(p.builtin_templates_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert locate.stdout.strip() == str(target / "app" / "_data" / "templates")
