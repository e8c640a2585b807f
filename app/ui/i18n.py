"""The UI language: Qt's own translations and ours, switchable while the window is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.base import paths
from app.base.messages import text_in

UI_LANGUAGES = ("ja", "en")


def system_language() -> str:
    return "ja" if QLocale.system().name().startswith("ja") else "en"


def resolve(choice: str) -> str:
    """The language to use for a saved choice ("" follows the system)."""
    return choice if choice in UI_LANGUAGES else system_language()


class Translations:
    """Installs the translators for one UI language; switching sends LanguageChange."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, lang: str) -> bool:
        """Use ``lang``; False if our own translation could not be loaded."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("translations need the QApplication made first")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_folder):
            app.installTranslator(qt)
            self._installed.append(qt)
        ours = QTranslator(app)
        loaded = ours.load(f"teinei_{lang}", str(paths.resource_path("i18n")))
        if loaded:
            app.installTranslator(ours)
            self._installed.append(ours)
        self.language = lang
        QLocale.setDefault(
            QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English)
        )
        return loaded or lang == "en"


_translations: Translations | None = None


def translations() -> Translations:
    """The application's one set of translators."""
    global _translations
    if _translations is None:
        _translations = Translations()
    return _translations


def current_language() -> str:
    """The UI language in use now."""
    return translations().language or system_language()


def localized(text: str) -> str:
    """A core sentence (a Message, or plain text) in the UI language."""
    return text_in(text, current_language())
