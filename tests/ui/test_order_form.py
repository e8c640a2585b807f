from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox

from app import paths
from app.library import load_library
from app.platforms import load_platforms
from app.ui.order_form import OrderForm
from tests.conftest import write_template

FRONT = """title = "Every type"
category = "shipping_notice"

[fields.note]
type = "multiline"

[fields.box_count]
type = "number"

[example]
buyer_name = "Emily"
ship_date = 2026-12-09
carrier = "yamato"
"""
BODY = """{{ buyer_name }} {{ ship_date | date }} {{ carrier }} {{ refund_amount | money }}
{{ note }} {{ box_count }}{% if has_tracking %} tracked{% endif %}
"""


def make_form(qtbot, platform_id: str = "mercari_jp") -> tuple[OrderForm, dict[str, object]]:
    write_template(paths.user_templates_dir(), "en", "every_type", FRONT, BODY)
    template = load_library().get("every_type", "en")
    values: dict[str, object] = {"buyer_name": "Tanaka"}
    form = OrderForm()
    qtbot.addWidget(form)
    form.set_template(template, load_platforms()[platform_id], values)
    return form, values


def test_each_field_type_gets_its_own_widget(qtbot) -> None:
    form, _ = make_form(qtbot)
    kinds = {name: type(editor.input) for name, editor in form.editors.items()}
    assert kinds == {
        "buyer_name": QLineEdit,
        "ship_date": QDateEdit,
        "carrier": QComboBox,
        "refund_amount": QLineEdit,
        "note": QPlainTextEdit,
        "box_count": QSpinBox,
        "has_tracking": QCheckBox,
    }
    assert form.editor("ship_date").input.calendarPopup()
    assert form.editor("refund_amount").symbol.text() == "¥"


def test_the_orders_values_fill_the_boxes_and_examples_are_hints(qtbot) -> None:
    form, _ = make_form(qtbot)
    assert form.editor("buyer_name").value() == "Tanaka"
    assert form.editor("buyer_name").input.placeholderText() == "Emily"
    assert form.editor("ship_date").value() is None
    assert form.editor("ship_date").input.specialValueText() == "Wed, Dec 9, 2026"
    carrier = form.editor("carrier")
    assert carrier.value() is None
    assert carrier.input.placeholderText() != ""


def test_choices_come_from_the_platform_in_the_message_language(qtbot) -> None:
    form, _ = make_form(qtbot, "ebay")
    box = form.editor("carrier").input
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels and all(label.isascii() for label in labels)
    assert form.editor("refund_amount").symbol.text() == "$"


def test_editing_emits_typed_values(qtbot) -> None:
    form, _ = make_form(qtbot)
    seen: list[tuple[str, object]] = []
    form.value_changed.connect(lambda name, value: seen.append((name, value)))
    form.editor("ship_date").input.setDate(date(2026, 12, 1))
    form.editor("box_count").input.setValue(3)
    form.editor("has_tracking").input.setChecked(True)
    form.editor("carrier").input.setCurrentIndex(0)
    assert ("ship_date", date(2026, 12, 1)) in seen
    assert ("box_count", 3) in seen
    assert ("has_tracking", True) in seen
    assert seen[-1][0] == "carrier" and isinstance(seen[-1][1], str)


def test_missing_fields_are_marked_and_info_rows_shown(qtbot) -> None:
    form, _ = make_form(qtbot)
    form.set_missing({"ship_date"})
    assert form.labels["ship_date"].property("missing") is True
    assert form.labels["buyer_name"].property("missing") is False
    form.set_info_rows([("Ship by", "Fri, Dec 11")])
    form.show()
    assert form.info.isVisible()
    assert form.info_form.rowCount() == 1
    form.set_info_rows([])
    assert not form.info.isVisible()


def test_money_box_refuses_letters(qtbot, tmp_path: Path) -> None:
    form, _ = make_form(qtbot)
    box = form.editor("refund_amount").input
    assert box.validator().validate("３,０００", 0)[0].name == "Acceptable"
    assert box.validator().validate("abc", 0)[0].name == "Invalid"


def test_a_date_is_set_and_cleared_from_the_keyboard(qtbot) -> None:
    from datetime import datetime

    from PySide6.QtCore import Qt

    form, _ = make_form(qtbot)
    form.set_clock(lambda: datetime(2026, 12, 9, 10, 0))
    editor = form.editor("ship_date")
    seen: list[object] = []
    form.value_changed.connect(lambda name, value: seen.append(value))
    qtbot.keyClick(editor.input, Qt.Key.Key_Up)
    assert editor.value() == date(2026, 12, 9)
    qtbot.keyClick(editor.input, Qt.Key.Key_Delete)
    assert editor.value() is None
    assert seen == [date(2026, 12, 9), None]


def test_a_date_box_takes_today_from_the_forms_clock(qtbot) -> None:
    from datetime import datetime

    from PySide6.QtCore import Qt

    form, _ = make_form(qtbot)
    form.set_clock(lambda: datetime(2027, 2, 3, 23, 59))
    editor = form.editor("ship_date")
    qtbot.keyClick(editor.input, Qt.Key.Key_Up)
    assert editor.value() == date(2027, 2, 3)


def test_the_form_asks_only_what_the_platform_prints(qtbot) -> None:
    library = load_library()
    platforms = load_platforms()
    form = OrderForm()
    qtbot.addWidget(form)
    form.set_template(library.get("thanks", "ja"), platforms["mercari_jp"], {})
    assert "ship_option" in form.editors and "days_to_ship" not in form.editors
    form.set_template(library.get("thanks", "ja"), platforms["ebay"], {})
    assert "handling_days" in form.editors and "ship_option" not in form.editors
    form.set_template(library.get("return_accept", "en"), platforms["ebay"], {})
    assert "fulfilment" not in form.editors
    form.set_template(library.get("return_accept", "en"), platforms["amazon_jp"], {})
    assert "fulfilment" in form.editors
