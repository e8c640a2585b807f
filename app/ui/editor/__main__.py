"""python -m app.ui.editor PATH: edit one template file in a window of its own."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.editor.window import EditorWindow


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m app.ui.editor PATH/<lang>/<id>.jinja", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Teinei")
    app.setApplicationName("teinei")
    window = EditorWindow()
    if not window.open_file(Path(argv[0]).resolve()):
        print(f"teinei: cannot open {argv[0]}", file=sys.stderr)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
