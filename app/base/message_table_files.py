"""The wording of the file, import, orders and settings messages: key -> (English, Japanese).

Part of the one table in ``app.base.message_table``; the same rules apply.
"""

from __future__ import annotations

STORAGE = {
    "could_not": (
        "Could not {doing} {path}: {reason}. Nothing was changed.",
        "{did}({reason})。何も変更していません。",
    ),
    "reason_read_only": (
        "the folder is read-only or you may not write there",
        "フォルダーが読み取り専用か、書き込む権限がありません",
    ),
    "reason_read_only_disk": ("the folder is on a read-only disk", "読み取り専用のディスクです"),
    "reason_disk_full": ("the disk is full", "ディスクがいっぱいです"),
    "reason_quota": ("your disk quota is used up", "ディスクの割り当てを使い切っています"),
    "reason_name_too_long": (
        "the file system refuses a name this long",
        "名前が長すぎてファイルにできません",
    ),
    "reason_bad_name": ("the file system refuses this name", "この名前はファイルにできません"),
    "reason_bad_char": (
        "the file system refuses a character in this name",
        "名前にファイルに使えない文字があります",
    ),
    "reason_no_folder": ("the folder does not exist", "フォルダーがありません"),
    "need_id": ("Give the template an id.", "テンプレートの ID を入力してください。"),
    "id_too_long": (
        "The id is {length} characters; keep it to {limit}.",
        "ID が {length} 文字あります。{limit} 文字までにしてください。",
    ),
    "bad_id": (
        "{id!r} cannot be a template id: use lower-case letters a-z, "
        "digits and _, starting with a letter or digit.",
        "{id!r} は ID に使えません。半角の小文字 a-z・数字・_ で、英字か数字から始めてください。",
    ),
    "device_name": (
        "{id!r} is a name Windows keeps for devices; choose another id.",
        "{id!r} は Windows が予約している名前です。別の ID にしてください。",
    ),
    "read_only_source": (
        "{path} is a read-only template folder; customize the template into your own set instead.",
        "{path} は読み取り専用のフォルダーです。自分用にコピーしてから編集してください。",
    ),
    "choose_langs": (
        "Choose ja, en or both, not {bad}.",
        "ja か en、または両方を選んでください({bad} は選べません)。",
    ),
    "nothing": ("nothing", "なし"),
    "none": ("none", "なし"),
    "could_not_read_template": (
        "Could not read {path}: {problem}.",
        "{path} を読み込めませんでした({problem})。",
    ),
    "no_builtin": (
        "There is no built-in template {id!r} in {lang}.",
        "組み込みテンプレート {id!r}({lang})はありません。",
    ),
    "already_customized": (
        "{id!r} is already in your set; edit it there or revert to the built-in.",
        "{id!r} はすでに自分用のテンプレートにあります。"
        "そちらを編集するか、組み込みに戻してください。",
    ),
    "nothing_to_revert": (
        "{id!r} has no customized copy of a built-in to revert.",
        "{id!r} には組み込みに戻せる自分用のコピーがありません。",
    ),
    "need_title": ("Give the template a title.", "テンプレートのタイトルを入力してください。"),
    "title_too_long": (
        "Keep the title to {limit} characters (it has {length}).",
        "タイトルは{limit}文字以内にしてください(いまは{length}文字です)。",
    ),
    "chip_is_tick_box": (
        "［{label}］ is a tick box in the form; it can decide a passage but not be written "
        "in the text.",
        "［{label}］はフォームではチェックボックスです。"
        "文中には入れられません(表示する行の条件に使ってください)。",
    ),
    "chip_wrong_kind": (
        "［{label}］ is {kind} in the form, so it cannot be shown as {shown}.",
        "［{label}］はフォームでは{kind}の欄なので、{shown}として表示できません。",
    ),
    "example_cannot_fill": (
        "The example order cannot fill this on {platform}: {problem}",
        "{platform}では例の注文で埋められません:{problem}",
    ),
    "choose_situation": ("Choose the situation.", "どんなときのメッセージか選んでください。"),
    "choose_platform": (
        "Tick at least one marketplace.",
        "使う販売サイトを1つ以上選んでください。",
    ),
    "not_category": (
        "{value!r} is not a category; see docs/templates.md.",
        "{value!r} というカテゴリはありません。docs/templates.md をご覧ください。",
    ),
    "exists_already": (
        "{path} exists already; choose another id.",
        "{path} はすでにあります。別の ID にしてください。",
    ),
    "no_template_to_rename": (
        "There is no template {id!r} in {folder} to rename.",
        "{folder} に名前を変えるテンプレート {id!r} はありません。",
    ),
    "no_template_to_delete": (
        "There is no template {id!r} in {folder} to delete.",
        "{folder} に削除するテンプレート {id!r} はありません。",
    ),
    "no_template_to_duplicate": (
        "There is no template {id!r} to duplicate.",
        "複製するテンプレート {id!r} はありません。",
    ),
    "id_taken": (
        "A template {id!r} exists already; choose another id.",
        "テンプレート {id!r} はすでにあります。別の ID にしてください。",
    ),
    "cannot_undo": (
        "Could not undo: {path} exists now. Rename or delete it first; the trashed copy is kept.",
        "元に戻せません。{path} がすでにあります。先に名前を変えるか削除してください。"
        "ゴミ箱のコピーは残してあります。",
    ),
    "cannot_restore": (
        "Could not restore {path}: a file with that name exists now. "
        "Rename or delete it first; the trashed copy is kept.",
        "{path} を元に戻せません。同じ名前のファイルがあります。"
        "先に名前を変えるか削除してください。ゴミ箱のコピーは残してあります。",
    ),
    "not_exported": (
        "Not in {folder}: {ids}. Nothing was exported.",
        "{folder} にありません: {ids}。何も書き出していません。",
    ),
    "nothing_to_export": (
        "There are no templates in {folder} to export.",
        "{folder} には書き出すテンプレートがありません。",
    ),
    "import_not_ok": (
        "The import has broken or refused files; nothing was written.",
        "壊れたファイルか受け付けられないファイルがあるため、何も取り込んでいません。",
    ),
    "read_only_folder": (
        "{path} is a read-only template folder.",
        "{path} は読み取り専用のフォルダーです。",
    ),
    "import_stopped": (
        "Could not write {path}: {reason}. It and the files after it were not "
        "imported; already imported: {done}.",
        "{path} を書き込めませんでした({reason})。これ以降のファイルは取り込んでいません。"
        "取り込み済み: {done}。",
    ),
    "not_a_folder": ("{path} is not a folder.", "{path} はフォルダーではありません。"),
    "own_folder": (
        "{path} is one of Teinei's own template folders already.",
        "{path} は Teinei がもともと使っているフォルダーです。",
    ),
    "listed_already": ("{path} is in the list already.", "{path} はすでに一覧にあります。"),
    "not_listed": (
        "{path} is not in the list of template folders.",
        "{path} はテンプレートフォルダーの一覧にありません。",
    ),
}

# What "could_not" failed to do, as Japanese says it whole: the English verb -> the clause.
DID_JA = {
    "save": "{path} を保存できませんでした",
    "read": "{path} を読み込めませんでした",
    "write": "{path} に書き込めませんでした",
    "rename": "{path} の名前を変えられませんでした",
    "delete": "{path} を削除できませんでした",
    "restore": "{path} を元に戻せませんでした",
    "move to the trash": "{path} をゴミ箱に移せませんでした",
    "read the trashed copy": "ゴミ箱のコピー {path} を読み込めませんでした",
    "save the settings to": "設定を {path} に保存できませんでした",
    "autosave a draft to": "下書きを {path} に自動保存できませんでした",
}
DID_JA_ANYTHING_ELSE = "{path} を扱えませんでした"

IMPORT = {
    "absolute_path": (
        "an absolute path; an archive may hold only relative paths",
        "絶対パスです。アーカイブには相対パスのファイルしか入れられません",
    ),
    "climbs_out": (
        "the path climbs out of the folder with '..'",
        "'..' でフォルダーの外を指しています",
    ),
    "outside_lang_folder": (
        "a template must be inside a ja/ or en/ folder",
        "テンプレートは ja/ か en/ のフォルダーに入れてください",
    ),
    "not_zip": (
        "is not a zip archive that can be read ({detail})",
        "読み込める zip ファイルではありません({detail})",
    ),
    "too_many_files": (
        "holds {count:,} files; an import may hold {limit:,}",
        "ファイルが {count:,} 個あります。一度に取り込めるのは {limit:,} 個までです",
    ),
    "over_files": (
        "holds over {limit:,} files",
        "ファイルが {limit:,} 個を超えています",
    ),
    "zip_bomb": (
        "would unpack to {size:,} bytes; an import may hold {limit:,} (this looks like a zip bomb)",
        "展開すると {size:,} バイトになります。取り込めるのは {limit:,} バイトまでです"
        "(不正な zip の可能性があります)",
    ),
    "symlink": ("is a symbolic link, not a file", "シンボリックリンクのため取り込めません"),
    "symlink_folder": (
        "is a symbolic link to another folder",
        "別のフォルダーへのシンボリックリンクのため取り込めません",
    ),
    "too_big": (
        "is {size:,} bytes; a template may be {limit:,}",
        "{size:,} バイトあります。テンプレートは {limit:,} バイトまでです",
    ),
    "damaged": ("is damaged ({detail})", "壊れています({detail})"),
    "does_not_exist": ("does not exist", "見つかりません"),
    "same_as": (
        "has the same id and language as {first}; keep only one",
        "{first} と ID・言語が同じです。どちらか一つにしてください",
    ),
    "same_as_another": (
        "has the same id and language as another entry",
        "ほかのファイルと ID・言語が同じです",
    ),
    "line_not_utf8": (
        "line {line} is not UTF-8 text; save it as UTF-8 and try again",
        "{line} 行目が UTF-8 ではありません。UTF-8 で保存し直してください",
    ),
}

ORDERS = {
    "store_no_wal": (
        "{path}: the database cannot use write-ahead logging",
        "{path}: 注文データベースを安全な書き込み方式(WAL)で開けません",
    ),
    "store_damaged": (
        "{path} is not a readable orders database ({detail}). "
        "Move it aside and Teinei will start a new one.",
        "{path} は読み込めない注文データベースです({detail})。"
        "別の場所に移すと、Teinei が新しいデータベースを作ります。",
    ),
    "store_newer": (
        "the orders database was written by a newer Teinei (schema {version}; "
        "this version reads up to {supported}). Update Teinei to open it; "
        "the file was left as it is.",
        "注文データベースは新しい版の Teinei で書かれています"
        "(形式 {version}。この版で読めるのは {supported} までです)。"
        "開くには Teinei を更新してください。ファイルはそのままにしてあります。",
    ),
    "store_write": (
        "Could not save to {path} ({detail}). Nothing was lost: the last saved state is kept; "
        "free some disk space or close other copies of Teinei, then try again.",
        "{path} に保存できませんでした({detail})。最後に保存した内容は残っています。"
        "ディスクの空きを増やすか、ほかに開いている Teinei を閉じてから、もう一度お試しください。",
    ),
    "store_read": (
        "Could not read {path} ({detail}). Close other copies of Teinei and try again.",
        "{path} を読み込めませんでした({detail})。ほかに開いている Teinei を閉じてから、"
        "もう一度お試しください。",
    ),
    "store_moved_aside": (
        "It was moved to {backup} and a new orders database was started.",
        "そのファイルは {backup} に移し、新しい注文データベースを始めました。",
    ),
    "deadline_not_days": (
        "The deadline setting {key} for {platform} must be a whole number "
        "of 0 or more, not {value!r}.",
        "{platform} の期限の設定 {key} は 0 以上の整数にしてください({value!r} は使えません)。",
    ),
    "deadline_not_time": (
        'The deadline setting {key} for {platform} must be a time like "13:00", not {value!r}.',
        '{platform} の期限の設定 {key} は "13:00" のような時刻にしてください'
        "({value!r} は使えません)。",
    ),
    "config_unreadable": (
        "Could not read {path}: {reason}. Using defaults.",
        "{path} を読み込めませんでした({reason})。初期設定で続けます。",
    ),
    "config_damaged": (
        "{path} is damaged ({detail}); it was copied to {backup} "
        "and Teinei started with default settings.",
        "{path} が壊れています({detail})。{backup} にコピーを残し、初期設定で起動しました。",
    ),
}
