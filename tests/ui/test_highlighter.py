from PySide6.QtGui import QTextDocument

from app.ui.editor.completion import names_in, words_for
from app.ui.editor.highlighter import TemplateHighlighter

TEXT = (
    '+++\ntitle = "x"  # note\n[example]\n+++\n'
    "{{ buyer_name | sama }} {% if has_tracking %}{{ platform.name }}{% endif %}\n"
)


def formats_of(document: QTextDocument, line: int) -> dict[str, str]:
    """Each highlighted word on ``line`` and the colour it got."""
    block = document.findBlockByNumber(line)
    text = block.text()
    found = {}
    for fmt_range in block.layout().formats():
        word = text[fmt_range.start : fmt_range.start + fmt_range.length]
        found[word] = fmt_range.format.foreground().color().name()
    return found


def test_front_matter_and_jinja_parts_get_their_own_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    highlighter = TemplateHighlighter(document)
    document.setPlainText(TEXT)
    highlighter.rehighlight()  # Qt otherwise highlights on the next pass of the event loop
    front = formats_of(document, 1)
    assert front["title"] == "#005cc5" and front['"x"'] == "#22863a"
    assert front["# note"] == "#6a737d"
    assert formats_of(document, 2)["[example]"] == "#6f42c1"
    body = formats_of(document, 4)
    assert body["buyer_name"] == "#b35900"  # a field
    assert body["sama"] == "#6f42c1"  # a filter
    assert body["has_tracking"] == "#b35900"
    assert body["if"] == "#d73a49" and body["platform"] == "#d73a49"
    assert "name" not in body  # an attribute, not a field


def test_completion_offers_fields_in_tags_and_filters_after_a_pipe() -> None:
    text = "{{ refund_reason }}"
    assert words_for("plain text bu", text) is None
    fields = words_for("{{ bu", text)
    assert fields is not None and "buyer_name" in fields and "refund_reason" in fields
    filters = words_for("{{ price | mo", text)
    assert filters is not None and "money" in filters and "buyer_name" not in filters
    assert words_for("{{ x }} after", text) is None
    assert names_in("{% if has_x %}{{ a | money }}{{ platform.name }}{% endif %}") == {
        "has_x",
        "a",
        "platform",
    }
