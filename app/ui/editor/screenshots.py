"""Pictures of the editor, clean and with a problem, for review: python -m
app.ui.editor.screenshots OUTDIR. Works on a copy in a temporary folder."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.paths import builtin_templates_dir


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.ui.editor.window import EditorWindow

    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_DATA_HOME"] = scratch  # drafts stay out of the real home
        path = Path(scratch) / "ja" / "partial_refund_offer.jinja"
        path.parent.mkdir(parents=True)
        shutil.copy(builtin_templates_dir() / "ja" / path.name, path)
        window = EditorWindow()
        window.resize(1200, 760)
        window.open_file(path)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "editor-clean.png"))
        editor = window.editor
        text = editor.code.toPlainText()
        broken = text.replace("{% if ", "{% if not not ", 1).replace("| money", "| mony", 1)
        editor.code.setPlainText(broken)
        editor.check_now()
        editor.code.go_to_line(editor.problems[0].line if editor.problems else 1)
        app.processEvents()
        window.grab().save(str(out / "editor-error.png"))
        editor.code.setPlainText(text)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
