from PySide6.QtWidgets import QApplication

from app.ui import application, i18n
from app.ui.main_window import MainWindow


def test_run_follows_the_system_language_and_shows_the_main_window(qtbot, monkeypatch) -> None:
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        # Stands in for the event loop: wait until the deferred parts are built.
        # The one run() showed (windows of earlier tests may not be deleted yet).
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.is_ready)
        shown.append(window)
        return 0

    monkeypatch.setattr(i18n, "system_language", lambda: "ja")
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        assert application.run() == 0
        window = shown[0]
        assert window.isVisible()
        assert window.windowTitle().startswith("Teinei")
        assert window.copy_button.text() == "メッセージをコピー"
        assert QApplication.organizationName() == "Teinei"
        assert not window.windowIcon().isNull()
    finally:
        i18n.translations().switch("en")
