import zipfile
from pathlib import Path

import pytest

from app.base import paths
from app.cli import main
from app.templates.library import load_library
from app.templates.userset import new_template

GOOD = '+++\ntitle = "{title}"\ncategory = "thanks"\n+++\n{{{{ buyer_name | sama }}}}\n'


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def make_zip(path: Path, entries: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return path


def test_export_writes_a_zip_of_the_chosen_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_template("a", "A", "thanks")
    new_template("b", "B", "thanks")
    code, out, _ = run(capsys, "export", "--lang", "ja", "b", "-o", str(tmp_path / "o.zip"))
    assert (code, out) == (0, f"Exported 1 file(s) to {tmp_path / 'o.zip'}.\n")
    assert zipfile.ZipFile(tmp_path / "o.zip").namelist() == ["ja/b.jinja"]


def test_export_of_an_empty_set_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "o.zip"))
    assert code == 1 and "There are no templates in" in err
    assert not (tmp_path / "o.zip").exists()


def test_import_dry_run_prints_the_plan_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_template("mine", "Old", "thanks", ["ja"])
    archive = make_zip(
        tmp_path / "in.zip",
        {"ja/mine.jinja": GOOD.format(title="New"), "en/fresh.jinja": GOOD.format(title="Fresh")},
    )
    code, out, _ = run(capsys, "import", str(archive), "--dry-run", "--replace")
    assert code == 0
    assert out.splitlines() == [
        "new       en/fresh  'Fresh'",
        "replaces  ja/mine  'Old' -> 'New'",
        "Dry run: nothing was written.",
    ]
    assert load_library().get("fresh", "en") is None


def test_import_keeps_the_users_templates_unless_replace_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_template("mine", "Old", "thanks", ["ja"])
    archive = make_zip(tmp_path / "in.zip", {"ja/mine.jinja": GOOD.format(title="New")})
    code, out, _ = run(capsys, "import", str(archive))
    assert code == 0 and "1 of yours kept (use --replace" in out
    assert load_library().get("mine", "ja").title == "Old"  # type: ignore[union-attr]
    code, _, _ = run(capsys, "import", str(archive), "--replace")
    assert code == 0 and load_library().get("mine", "ja").title == "New"  # type: ignore[union-attr]


def test_import_with_broken_or_refused_files_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = make_zip(
        tmp_path / "in.zip",
        {
            "ja/ok.jinja": GOOD.format(title="Ok"),
            "ja/bad.jinja": GOOD.format(title="Bad") + "{% if %}\n",
            "../ja/evil.jinja": GOOD.format(title="Evil"),
        },
    )
    code, out, err = run(capsys, "import", str(archive))
    assert code == 1
    assert "broken    ja/bad.jinja:6: Expected an expression" in out
    assert "refused   ../ja/evil.jinja: the path climbs out of the folder with '..'" in out
    assert err == "teinei: 2 file(s) are broken or refused; nothing was imported.\n"
    assert not paths.user_templates_dir().exists()
