"""Pictures of the template editor (clean and with a problem), the main window with the
editor pane open on a template with a problem, the Template menu, the import plan and the
browser showing a customized template, in both UI languages; then making a template
without code (app.ui.userset.maker_screenshots), in Japanese at 1366x768 and 1920x1080.

Run with ``make screenshots``; everything happens in a temporary home folder.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from app.ui.shots import session


def main(argv: list[str]) -> int:
    with session(Path(argv[0] if argv else "screenshots")) as shots:
        from app.templates.library import load_library, user_source
        from app.templates.transfer import plan_import
        from app.templates.userset import customize
        from app.ui.editor.window import EditorWindow
        from app.ui.i18n import translations
        from app.ui.main_window import MainWindow
        from app.ui.userset.import_dialog import ImportDialog

        customize("partial_refund_offer", ["ja"])
        path = user_source().path / "ja" / "partial_refund_offer.jinja"
        clean = path.read_text(encoding="utf-8")
        archive = shots.home / "team.zip"
        with zipfile.ZipFile(archive, "w") as handle:
            handle.writestr(
                "ja/partial_refund_offer.jinja",
                clean.replace("一部返金のご提案", "一部返金(チーム版)"),
            )
            handle.writestr(
                "ja/late_reply.jinja",
                '+++\ntitle = "返信が遅れたお詫び"\ncategory = "apology"\n+++\n'
                "{{ buyer_name | sama }}\n",
            )
            handle.writestr("../ja/escape.jinja", clean)
            handle.writestr(
                "en/broken.jinja", '+++\ntitle = "Broken"\ncategory = "thanks"\n+++\n{% if %}\n'
            )
        for ui_lang in ("en", "ja"):
            translations().switch(ui_lang)
            editor_window = EditorWindow()
            editor_window.resize(1200, 760)
            editor_window.open_file(path)
            editor_window.show()
            shots.save(editor_window, f"editor_ui_{ui_lang}_clean.png")
            editor = editor_window.editor
            editor.code.setPlainText(clean.replace("| money", "| mony", 1))
            editor.check_now()
            editor.code.go_to_line(editor.problems[0].line if editor.problems else 1)
            shots.save(editor_window, f"editor_ui_{ui_lang}_error.png")
            editor.code.setPlainText(clean)
            editor_window.close()

            window = MainWindow()
            window.resize(1360, 800)
            window.set_message_language("ja")
            window.browser.select("partial_refund_offer")
            window.show()
            shots.save(window, f"main_window_ui_{ui_lang}_customized.png")
            pane = window.user_set.open_editor(path)
            if pane is not None:
                pane.code.setPlainText(clean.replace("| money", "| mony", 1))
                pane.check_now()
                pane.code.go_to_line(pane.problems[0].line if pane.problems else 1)
                shots.save(window, f"main_window_ui_{ui_lang}_editor_pane_error.png")
                pane.code.setPlainText(clean)  # nothing left unsaved to ask about
            menu = window.menus["template"]
            window.user_set.update_enabled()
            menu.popup(window.mapToGlobal(window.rect().topLeft()))
            shots.save(menu, f"template_menu_ui_{ui_lang}.png")
            menu.hide()
            dialog = ImportDialog(plan_import(archive, load_library(), user_source()), window)
            dialog.show()
            shots.save(dialog, f"import_plan_ui_{ui_lang}.png")
            dialog.close()
            window.close()
        from app.ui.userset.maker_screenshots import take

        take(shots)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
