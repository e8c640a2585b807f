"""The wording of every message the core shows the seller: key -> (English, Japanese).

File, import and orders messages live in ``app.base.message_table_files``. Both sides are
``str.format`` texts filled from the same arguments (a side may leave one out). Japanese
is short and polite (〜してください / 〜できません), for a seller, not a programmer.
"""

from __future__ import annotations

from app.base.message_table_facts import DEADLINES, VALUES
from app.base.message_table_files import IMPORT, ORDERS, STORAGE
from app.base.message_table_limits import LIMITS

TEMPLATE_FILE = {
    "file_too_big": (
        "the file is {size:,} bytes; a template may be {limit:,}",
        "ファイルが大きすぎます({size:,} バイト)。テンプレートは {limit:,} バイトまでです",
    ),
    "cannot_read": (
        "cannot be read ({reason})",
        "読み込めません({reason})",
    ),
    "not_utf8": (
        "is not UTF-8 text; save it as UTF-8 and try again",
        "UTF-8 ではありません。UTF-8 で保存し直してください",
    ),
    "wrong_lang_folder": (
        "must be in a ja/ or en/ folder, not {folder}/",
        "ja/ か en/ のフォルダーに入れてください({folder}/ には置けません)",
    ),
    "bad_file_name": (
        "the file name may hold only lower-case letters, digits and _",
        "ファイル名には半角の小文字・数字・_ だけを使ってください",
    ),
    "no_opening_fence": (
        "the file must start with a {fence} line",
        "1 行目は {fence} にしてください",
    ),
    "no_closing_fence": (
        "the front matter has no closing {fence} line",
        "front matter を閉じる {fence} の行がありません",
    ),
    "front_matter_syntax": (
        "front matter: {detail}",
        "front matter の書き方に誤りがあります({detail})",
    ),
    "unknown_key": (
        "unknown front matter key {name!r}",
        "front matter に {name!r} という項目は書けません",
    ),
    "no_title": (
        "the front matter needs a title",
        "タイトルがありません。front matter に title を書いてください",
    ),
    "unknown_category": (
        "unknown category {value!r}; see docs/templates.md",
        "{value!r} というカテゴリはありません。docs/templates.md の一覧から選んでください",
    ),
    "platforms_not_list": (
        'platforms must be a list of platform ids or "all"',
        'platforms には販売サイトのIDの一覧か "all" を書いてください',
    ),
    "unknown_platform": (
        "unknown platform {name!r}",
        "{name!r} という販売サイトはありません",
    ),
    "tags_not_words": (
        "tags must be a list of words",
        'tags は ["返金", "遅延"] のような言葉の一覧にしてください',
    ),
    "bad_amazon_message": (
        'amazon_message must be "reply" or "proactive"',
        'amazon_message には "reply" か "proactive" を書いてください',
    ),
    "bad_addressee": (
        'addressee must be "buyer" or "support"',
        'addressee には "buyer" か "support" を書いてください',
    ),
    "example_not_table": (
        "example must be a table of field values",
        "example には項目ごとの見本の値を書いてください",
    ),
    "unknown_filter": (
        "there is no filter named {name!r}",
        "{name!r} というフィルターはありません",
    ),
    "unknown_test": (
        "there is no test named {name!r}",
        "{name!r} という判定(is ...)はありません",
    ),
    "fields_not_table": (
        "[fields] must be a table",
        "[fields] は表の形で書いてください",
    ),
    "field_unknown_key": (
        "field {name}: unknown key {keys}",
        "項目 {name}: {keys} は書けません",
    ),
    "field_bad_type": (
        "field {name}: type {value!r} is not one of {types}",
        "項目 {name}: 種類 {value!r} は使えません({types} から選んでください)",
    ),
    "field_no_choices": (
        "field {name}: a choice field needs choices or choices_from",
        "項目 {name}: 選択肢の項目には choices か choices_from を書いてください",
    ),
    "field_bad_choices": (
        "field {name}: choices must be a list or a table",
        "項目 {name}: choices は一覧か表の形で書いてください",
    ),
}

RENDERING = {
    "syntax_error": (
        "{detail}",
        "テンプレートの書き方に誤りがあります({detail})",
    ),
    "unclosed_block": (
        "{detail}",
        "{{% {block} %}} が閉じられていません。{{% {end} %}} を書いてください",
    ),
    "unknown_tag": (
        "{detail}",
        "{tag!r} というタグは使えません",
    ),
    "stray_end": (
        "{detail}",
        "{{% {tag} %}} に対応する {{% {opener} %}} がありません",
    ),
    "extra_in_print": (
        "{detail}",
        "{{{{ }}}} の中に余分な {got!r} があります",
    ),
    "empty_statement": (
        "{detail}",
        "{{% %}} の中に条件がありません。{{% if 項目名 %}} のように書いてください",
    ),
    "empty_print": (
        "{detail}",
        "{{{{ }}}} の中が空です。{{{{ 項目名 }}}} のように書いてください",
    ),
    "unclosed_print": (
        "{detail}",
        "{{{{ が }}}} で閉じられていません",
    ),
    "forbidden": (
        "the template tried something templates may not do ({detail})",
        "テンプレートでは使えない操作があります({detail})",
    ),
    "reads_nothing": (
        "the template reads something that does not exist: {detail}",
        "テンプレートが、存在しないものを読もうとしています({detail})",
    ),
    "render_failed": (
        "the template failed while filling in ({detail})",
        "差し込みの途中でテンプレートが止まりました({detail})",
    ),
    "where": (
        "{message} ({file}, line {line})",
        "{message}({file} の {line} 行目)",
    ),
    "missing": (
        "missing: {names}",
        "未入力: {names}",
    ),
    "field_value": (
        "{label}: {problem}",
        "{label}: {problem}",
    ),
    "not_amount": (
        "{value!r} is not an amount",
        "{value!r} は金額として読めません",
    ),
    "not_date": (
        "{value!r} is not a date (write 2026-12-04, 2026/12/4 or 12/4)",
        "{value!r} は日付として読めません(2026-12-04、12/4、12月4日 のように書いてください)",
    ),
    "not_datetime": (
        "{value!r} is not a date and time",
        "{value!r} は日時として読めません",
    ),
    "not_yes_no": (
        "{value!r} is not yes or no",
        "「はい」か「いいえ」にしてください({value!r} は使えません)",
    ),
    "empty_name": (
        "the buyer's name is empty",
        "購入者のお名前が入っていません",
    ),
}

TEXTS: dict[str, tuple[str, str]] = {
    **TEMPLATE_FILE,
    **RENDERING,
    **STORAGE,
    **IMPORT,
    **ORDERS,
    **LIMITS,
    **DEADLINES,
    **VALUES,
}
