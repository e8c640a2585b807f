from pathlib import Path

import pytest

from app.base import paths
from app.base.config import Config, ExtraSource, save_config
from app.templates.library import Source, builtin_source, load_library, user_source
from tests.conftest import write_template

FRONT = 'title = "{title}"\ncategory = "thanks"'


def test_user_set_overrides_builtin_and_extra_folders_override_both(tmp_path: Path) -> None:
    write_template(paths.user_templates_dir(), "ja", "apology", FRONT.format(title="私の"), "x\n")
    shared = tmp_path / "shared"
    write_template(shared, "ja", "apology", FRONT.format(title="チームの"), "y\n")
    write_template(shared, "en", "team_only", FRONT.format(title="Team"), "z\n")
    save_config(Config(sources=[ExtraSource(shared)]))

    library = load_library()
    chosen = library.get("apology", "ja")
    assert chosen is not None
    assert (chosen.title, chosen.source) == ("チームの", str(shared))
    assert [t.source for t in library.shadowed if t.key == ("apology", "ja")] == [
        "builtin",
        "user",
    ]
    english = library.get("apology", "en")
    assert english is not None and english.source == "builtin"
    assert library.get("team_only", "en") is not None


def test_xdg_data_home_moves_the_user_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert user_source().path == tmp_path / "elsewhere" / "teinei" / "templates"


def test_broken_files_are_listed_and_the_rest_still_load(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    write_template(folder, "ja", "good", FRONT.format(title="良い"), "{{ buyer_name }}\n")
    write_template(folder, "ja", "bad_toml", 'title = "x\ncategory = "thanks"', "x\n")
    write_template(folder, "ja", "bad_jinja", FRONT.format(title="x"), "{% for %}\n")
    write_template(folder, "ja", "bad_category", 'title = "x"\ncategory = "gossip"', "x\n")
    (folder / "ja" / "bad_bytes.jinja").write_bytes(b"+++\n\xff\xfe\n+++\n")
    library = load_library([Source("user", folder)])
    assert [t.id for t in library.templates] == ["good"]
    broken = sorted(p.path.name for p in library.problems)
    assert broken == ["bad_bytes.jinja", "bad_category.jinja", "bad_jinja.jinja", "bad_toml.jinja"]
    for problem in library.problems:
        assert str(problem).startswith(f"{problem.path}:{problem.line}: ")


def test_a_missing_extra_folder_is_reported_not_fatal(tmp_path: Path) -> None:
    library = load_library([builtin_source(), Source("gone", tmp_path / "gone")])
    assert library.templates
    assert [p.message for p in library.problems] == ["this template folder does not exist"]


def test_builtin_library_has_twins_for_the_design_card_templates() -> None:
    library = load_library([builtin_source()])
    assert not library.problems
    for template_id in (
        "apology",
        "partial_refund_offer",
        "support_redirect",
        "discount_refusal",
        "inspection_cancel",
    ):
        ja = library.get(template_id, "ja")
        assert ja is not None
        twin = library.twin(ja)
        assert twin is not None and twin.lang == "en"
