from pathlib import Path

from app.ui.userset.source_label import source_label, source_mark


def test_each_source_has_a_name_people_recognise(tmp_path: Path) -> None:
    assert source_label("builtin") == "Built-in"
    assert source_label("user") == "My templates"
    assert source_label(str(tmp_path / "Team share")) == "Team share"
    assert source_mark("builtin") == ""
    assert source_mark("user") == "  [My templates]"
