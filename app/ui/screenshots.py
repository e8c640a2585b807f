"""Pictures of the main window in both UI languages, each with a filled ja and en message.

Run with ``make screenshots``; user settings and templates are kept out of the pictures.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from app.ui.shots import session

# (file name part, message language, platform, template id, fields left empty,
#  values typed over the example)
SCENES: tuple[tuple[str, str, str, str, tuple[str, ...], dict[str, str]], ...] = (
    ("message_ja", "ja", "mercari_jp", "apology", (), {}),
    ("message_en", "en", "ebay", "partial_refund_offer", (), {}),
    # Half-filled: the gaps are marked in the text and named above it.
    ("draft_en", "en", "ebay", "partial_refund_offer", ("item_name", "refund_amount"), {}),
    # Contact details in the text: warned about beside it, highlighted in it.
    (
        "warning_ja",
        "ja",
        "mercari_jp",
        "support_redirect",
        (),
        {"item_name": "双眼鏡(ご不明点は LINE ID: tanaka_shop か 090-1234-5678 まで)"},
    ),
)


def main(argv: list[str]) -> int:
    with session(Path(argv[0] if argv else "screenshots")) as shots:
        from app.deadlines.schedule import OrderDates
        from app.rendering.render import example_values
        from app.ui.i18n import translations
        from app.ui.main_window import MainWindow

        for ui_lang in ("en", "ja"):
            translations().switch(ui_lang)
            for part, lang, platform_id, template_id, empty, typed in SCENES:
                window = MainWindow()
                window.resize(1360, 800)
                window.set_platform(platform_id)
                window.set_message_language(lang)
                window.browser.select(template_id)
                template = window.template
                if template is None:
                    print(f"screenshots: no {lang} template {template_id}", file=sys.stderr)
                    return 1
                window.desk.new_order()
                example = example_values(template, window.platform)
                values = {k: v for k, v in example.items() if k not in empty}
                window.desk.set_values({**values, **typed})
                # A shipped order, so the deadlines show under the form.
                window.dates.set_clock(lambda: datetime(2026, 12, 12, 10, 0))
                window.desk.set_dates(
                    OrderDates(
                        paid=datetime(2026, 12, 1, 9, 30),
                        shipping_notice=datetime(2026, 12, 2, 18, 0),
                    )
                )
                window.statusBar().showMessage("")
                window.show()
                shots.save(window, f"main_window_ui_{ui_lang}_{part}.png")
                window.close()
                window.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
