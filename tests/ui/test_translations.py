import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_every_japanese_string_is_translated_and_compiled() -> None:
    translator = QTranslator()
    assert translator.load(str(I18N / "teinei_ja.qm"))
    for (context, source), message in messages(I18N / "teinei_ja.ts").items():
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {context}: {source!r}"
        if message.get("numerus") == "yes":
            expected = translation.findtext("numerusform")
            assert translator.translate(context, source, "", 2) == expected
        else:
            assert translation.text, f"empty: {context}: {source!r}"
            assert translator.translate(context, source) == translation.text, (
                "run make translations"
            )


def test_every_string_marked_in_the_code_is_in_the_translation(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (REPO / "app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(I18N / "teinei_ja.ts"))
    assert not missing, f"run make translations and translate: {sorted(missing)}"
