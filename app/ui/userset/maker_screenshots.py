"""Pictures of making a template without code, in the Japanese UI: the New template
dialog (filled in, and with a mistake pointed out), the editor on the message with chips
(one the marketplace fills in), an optional line and the example order's form, a built-in
with locked blocks, and the desk with the seller's tick box and the English twin not
written yet; at 1366x768 and 1920x1080.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from app.ui.shots import Shots

SIZES = ((1366, 768), (1920, 1080))


def write_sample(editor) -> None:  # type: ignore[no-untyped-def]
    """What a seller writes: values from the list (one the marketplace fills in) and two
    lines shown only when ticked, one by a shared tick box and one by the seller's own."""
    sync, text = editor.sync, editor.message_view.text
    text.setFocus()
    sync.insert_field("buyer_name")
    text.insertPlainText("\n\nこのたびは発送が遅れてしまい、\n申し訳ございません。\n")
    sync.insert_field("item_name")
    text.insertPlainText("は本日発送いたしました。\n")
    sync.insert_field("refund_amount")
    text.insertPlainText("を返金いたしますので、\nご確認をお願いいたします。\n")
    text.insertPlainText("追跡番号は")
    sync.insert_field("platform.message_place")  # a value the marketplace fills in
    text.insertPlainText("でお知らせします。\n")
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Up)
    text.setTextCursor(cursor)
    name = sync.add_value("追跡番号を伝える", "bool")
    if name is not None:
        sync.make_only_when(name)
    text.moveCursor(QTextCursor.MoveOperation.End)
    text.insertPlainText("梱包の写真もお送りしますので、ご覧ください。\nよろしくお願いいたします。")
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Up)
    text.setTextCursor(cursor)
    photo = sync.add_value("梱包の写真を送る", "bool")  # a tick box of the seller's own
    if photo is not None:
        sync.make_only_when(photo)


def take(shots: Shots) -> None:
    from app.templates.library import load_library, user_source
    from app.templates.template_maker import Plan, create
    from app.templates.userset import customize
    from app.ui.editor.window import EditorWindow
    from app.ui.i18n import translations
    from app.ui.main_window import MainWindow
    from app.ui.userset.new_dialog import NewTemplateDialog

    translations().switch("ja")
    taken = set(load_library().ids())

    def refuse(_plan: Plan) -> str:
        raise AssertionError("the pictures never press Create")

    dialog = NewTemplateDialog(refuse, taken, "ja")
    dialog.title.setText("発送遅れのお詫び")
    dialog.situation.setCurrentIndex(dialog.situation.findText("お詫び"))
    dialog.every.setChecked(False)
    for box in dialog.platforms.values():
        box.setChecked(box.text() in ("メルカリ", "ラクマ", "Yahoo!フリマ"))
    dialog.show()
    shots.save(dialog, "new_template_dialog_ui_ja.png")
    dialog.title.setText(
        "発送が遅れたことへのお詫びと、返金のご案内と、今後の発送予定のお知らせ" * 2
    )
    dialog.title.textEdited.emit(dialog.title.text())
    shots.save(dialog, "new_template_dialog_ui_ja_problem.png")
    dialog.close()

    plan = Plan("発送遅れのお詫び", "apology", ("mercari_jp", "rakuma", "yahoo_fleamarket"), "ja")
    template_id, paths = create(plan, user_source(), taken)
    builtin_copy = user_source().path / "ja" / "shipping_notice.jinja"
    customize("shipping_notice", ["ja"])
    for width, height in SIZES:
        window = EditorWindow()
        window.resize(width, height)
        window.open_file(paths[0])
        if width == SIZES[0][0]:
            write_sample(window.editor)  # saved below; the larger picture reopens it
        window.editor.check_now()
        window.show()
        shots.save(window, f"editor_message_ui_ja_{width}x{height}.png")
        window.editor.show_source()
        shots.save(window, f"editor_source_ui_ja_{width}x{height}.png")
        window.editor.save()
        window.close()

        copy = EditorWindow()
        copy.resize(width, height)
        copy.open_file(builtin_copy)
        copy.show()
        shots.save(copy, f"editor_builtin_locked_ui_ja_{width}x{height}.png")
        copy.close()

        desk = MainWindow()
        desk.resize(width, height)
        desk.set_message_language("ja")
        desk.open_template(template_id)
        desk.show()
        shots.save(desk, f"desk_twin_not_written_ui_ja_{width}x{height}.png")
        desk.close()
    translations().switch("en")
