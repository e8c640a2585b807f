import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QWidget

from app.base import paths
from app.templates import drafts
from app.templates.library import Library, load_library
from app.templates.shared_folders import add_folder
from app.templates.template_file import Template
from app.templates.userset import customize, new_template, writable_sources
from app.ui import dialogs
from app.ui.userset import actions as actions_module
from app.ui.userset.actions import TemplateActions
from app.ui.userset.folders_dialog import FoldersDialog
from app.ui.userset.import_dialog import ImportDialog
from app.ui.userset.new_dialog import NewTemplateDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

GOOD = '+++\ntitle = "{title}"\ncategory = "thanks"\n+++\n{{{{ buyer_name | sama }}}}\n'


class Window:
    """What the main window gives the actions: a current template and the library."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        self.library: Library = load_library()
        self.key = ("apology", "ja")
        self.messages: list[tuple[str, str]] = []
        self.actions = TemplateActions(self.widget, self.current, lambda: self.library)
        self.actions.library_changed.connect(self.reload)
        self.actions.message.connect(lambda kind, text: self.messages.append((kind, text)))

    def current(self) -> Template | None:
        return self.library.get(*self.key)

    def reload(self) -> None:
        self.library = load_library()
        self.actions.update_enabled()


@pytest.fixture
def window(qtbot) -> Window:  # type: ignore[no-untyped-def]
    return Window(qtbot)


def answer_with(monkeypatch: pytest.MonkeyPatch, **answers: object) -> None:
    for name, value in answers.items():
        monkeypatch.setattr(dialogs, name, lambda *args, _v=value, **kwargs: _v)


def test_the_menu_offers_every_action(window: Window) -> None:
    menu = QMenu()
    window.actions.populate(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Edit…",
        "Customize (both languages)",
        "Customize (this language only)",
        "Revert to built-in",
        "New…",
        "Rename…",
        "Duplicate…",
        "Delete",
        "Undo delete",
        "Restore a deleted template…",
        "Import…",
        "Export my templates…",
        "Template folders…",
    ]
    # On a built-in: customize yes; rename, delete and revert no.
    assert window.actions.customize.isEnabled() and not window.actions.delete.isEnabled()
    assert not window.actions.revert.isEnabled() and not window.actions.undo_delete.isEnabled()


def test_customize_one_language_then_revert_and_undo(window: Window) -> None:
    window.actions.customize_one.trigger()
    assert window.current().source == "user"  # type: ignore[union-attr]
    assert window.library.get("apology", "en").source == "builtin"  # type: ignore[union-attr]
    assert window.actions.revert.isEnabled() and not window.actions.customize.isEnabled()
    window.actions.revert.trigger()
    assert window.current().source == "builtin"  # type: ignore[union-attr]
    assert window.actions.undo_delete.text() == "Undo delete of apology"
    window.actions.undo_delete.trigger()
    assert window.current().source == "user"  # type: ignore[union-attr]


def test_delete_then_undo_delete_brings_the_template_back(window: Window) -> None:
    new_template("mine", "Mine", "thanks")
    window.reload()
    window.key = ("mine", "en")
    window.actions.update_enabled()
    window.actions.delete.trigger()
    assert window.library.get("mine", "en") is None and window.library.get("mine", "ja") is None
    assert "moved to the trash" in window.messages[-1][1]
    window.actions.undo_delete.trigger()
    assert window.library.get("mine", "en") is not None
    assert window.library.get("mine", "ja") is not None
    assert not window.actions.undo_delete.isEnabled()


def test_rename_to_a_refused_name_says_why_and_keeps_the_template(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_template("mine", "Mine", "thanks")
    window.reload()
    window.key = ("mine", "ja")
    window.actions.update_enabled()
    answer_with(monkeypatch, get_text="my template?")
    window.actions.rename.trigger()
    assert window.messages[-1][0] == "error"
    assert "'my template?' cannot be a template id" in window.messages[-1][1]
    assert window.library.get("mine", "ja") is not None
    answer_with(monkeypatch, get_text="ours")
    window.actions.rename.trigger()
    assert window.library.get("ours", "ja") is not None and window.library.get("mine", "ja") is None


def fill_new_dialog(
    monkeypatch: pytest.MonkeyPatch, title: str, situation: str, first: str = "日本語"
) -> list[object]:
    """Stand in for the seller at the New template dialog: type, pick, press Create."""
    shown: list[object] = []

    def run(dialog: NewTemplateDialog) -> int:
        shown.append(dialog)
        dialog.title.setText(title)
        dialog.situation.setCurrentIndex(dialog.situation.findText(situation))
        next(b for b in dialog.langs.buttons() if b.text() == first).setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(actions_module, "run_dialog", run)
    return shown


def test_new_makes_both_languages_and_opens_the_editor(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_new_dialog(monkeypatch, "返信が遅れたお詫び", "Apology")
    window.actions.new.trigger()
    made = window.library.get("my_apology", "ja")
    assert made is not None and made.title == "返信が遅れたお詫び"
    assert window.library.get("my_apology", "en").unwritten  # type: ignore[union-attr]
    editor = window.actions.editors[made.path]
    assert editor.path == made.path and editor.problems == []


def test_editing_a_builtin_offers_to_customize_first(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_with(monkeypatch, ask=True)
    window.actions.edit.trigger()
    copy = paths.user_templates_dir() / "ja" / "apology.jinja"
    assert copy.exists() and window.actions.editors[copy].writable


def test_import_with_conflicts_shows_them_and_replaces_when_ticked(
    window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    new_template("mine", "Old title", "thanks", ["ja"])
    window.reload()
    archive = tmp_path / "team.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("ja/mine.jinja", GOOD.format(title="New title"))
        handle.writestr("en/team.jinja", GOOD.format(title="Team"))
    answer_with(monkeypatch, choose="A zip file", open_path=str(archive))
    seen: list[ImportDialog] = []

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        seen.append(dialog)
        groups = {
            dialog.tree.topLevelItem(i).text(0): [
                (
                    dialog.tree.topLevelItem(i).child(j).text(0),
                    dialog.tree.topLevelItem(i).child(j).text(1),
                )
                for j in range(dialog.tree.topLevelItem(i).childCount())
            ]
            for i in range(dialog.tree.topLevelItemCount())
        }
        assert groups == {
            "New (1)": [("en/team.jinja", "Team")],
            "Would replace (1)": [("ja/mine.jinja", "'Old title' → 'New title'")],
        }
        assert dialog.replace.isVisibleTo(dialog) and dialog.import_button.isEnabled()
        assert window.library.get("team", "en") is None  # nothing written yet
        dialog.replace.setChecked(True)
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(actions_module, "run_dialog", drive)
    window.actions.import_.trigger()
    assert seen and window.messages[-1] == ("ok", "Imported 2 file(s).")
    assert window.library.get("mine", "ja").title == "New title"  # type: ignore[union-attr]
    assert window.library.get("team", "en") is not None


def test_an_import_with_refused_files_cannot_be_applied(
    window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("../ja/evil.jinja", GOOD.format(title="Evil"))
        handle.writestr("ja/ok.jinja", GOOD.format(title="Ok"))
    answer_with(monkeypatch, choose="A zip file", open_path=str(archive))

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        assert not dialog.import_button.isEnabled()
        assert "nothing will be imported" in dialog.summary.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(actions_module, "run_dialog", drive)
    window.actions.import_.trigger()
    assert window.library.get("ok", "ja") is None


def test_export_writes_the_user_set(
    window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    customize("apology")
    answer_with(monkeypatch, save_path=str(tmp_path / "out.zip"))
    window.actions.export.trigger()
    assert sorted(zipfile.ZipFile(tmp_path / "out.zip").namelist()) == [
        "en/apology.jinja",
        "ja/apology.jinja",
    ]
    assert window.messages[-1][1].startswith("Exported 2 file(s)")


def test_template_folders_add_make_writable_and_remove(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    team = tmp_path / "team"
    team.mkdir()
    answer_with(monkeypatch, open_path=str(team))
    dialog = FoldersDialog()
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert dialog.tree.topLevelItemCount() == 1 and dialog.changed
    dialog.add_button.click()
    assert dialog.message.text() == f"{team} is in the list already."
    item = dialog.tree.topLevelItem(0)
    item.setCheckState(1, Qt.CheckState.Checked)
    assert [s.path for s in writable_sources()][1:] == [team]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.remove_button.click()
    assert dialog.tree.topLevelItemCount() == 0 and team.is_dir()


def test_unsaved_text_from_last_time_is_offered_on_start(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path, _en) = customize("apology")
    drafts.save_draft(path, path.read_text(encoding="utf-8") + "続きの文。\n")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    window.actions.offer_drafts()
    editor = window.actions.editors[path]
    assert editor.code.toPlainText().endswith("続きの文。\n") and editor.is_dirty()
    assert len(asked) == 1 and "Open it in the editor?" in asked[0]


def test_a_draft_whose_file_is_gone_can_be_saved_again(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path, _en) = customize("apology")
    text = path.read_text(encoding="utf-8") + "続きの文。\n"
    drafts.save_draft(path, text)
    path.unlink()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    window.actions.offer_drafts()
    assert len(asked) == 1 and "the file is gone" in asked[0]
    assert path.read_text(encoding="utf-8") == text
    assert drafts.pending_drafts() == []
    assert not window.actions.editors[path].is_dirty()


def test_a_declined_draft_is_discarded(window: Window, monkeypatch: pytest.MonkeyPatch) -> None:
    (path, _en) = customize("apology")
    drafts.save_draft(path, "old text")
    answer_with(monkeypatch, ask=False)
    window.actions.offer_drafts()
    assert drafts.pending_drafts() == [] and path not in window.actions.editors


def test_with_a_writable_shared_folder_new_templates_ask_where_to_go(
    window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    add_folder(team, writable=True)
    window.reload()
    offered: list[list[str]] = []

    def choose(parent, title, label, items):  # type: ignore[no-untyped-def]
        offered.append(items)
        return str(team) if str(team) in items else "thanks"

    monkeypatch.setattr(dialogs, "choose", choose)
    fill_new_dialog(monkeypatch, "Team note", "Thanks for your order")
    window.actions.new.trigger()
    assert offered[-1] == ["My templates", str(team)]
    made = window.library.get("team_note", "ja")
    assert made is not None and made.source == str(team)
    assert (team / "ja" / "team_note.jinja").exists()


def test_any_deleted_template_can_be_restored_from_the_trash(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_template("first", "First", "thanks", ["en"])
    new_template("second", "Second", "thanks", ["en"])
    window.reload()
    for template_id in ("first", "second"):
        window.key = (template_id, "en")
        window.actions.update_enabled()
        window.actions.delete.trigger()
    offered: list[list[str]] = []

    def choose(parent, title, label, items):  # type: ignore[no-untyped-def]
        offered.append(items)
        return next(item for item in items if "en/first" in item)

    monkeypatch.setattr(dialogs, "choose", choose)
    window.actions.restore.trigger()
    assert [item.split("  ")[1] for item in offered[0]] == ["en/second", "en/first"]
    assert window.library.get("first", "en") is not None
    assert window.library.get("second", "en") is None
    assert window.actions.undo_delete.text() == "Undo delete of second"


def test_restoring_with_an_empty_trash_says_so(window: Window) -> None:
    window.actions.restore.trigger()
    assert window.messages[-1] == ("ok", "The trash is empty.")


def test_an_import_of_only_replacements_waits_for_the_tick(
    window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    new_template("mine", "Old title", "thanks", ["ja"])
    window.reload()
    archive = tmp_path / "same.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("ja/mine.jinja", GOOD.format(title="New title"))
    answer_with(monkeypatch, choose="A zip file", open_path=str(archive))

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        assert not dialog.import_button.isEnabled()
        dialog.replace.setChecked(True)
        assert dialog.import_button.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(actions_module, "run_dialog", drive)
    window.actions.import_.trigger()
    assert window.library.get("mine", "ja").title == "Old title"  # type: ignore[union-attr]
