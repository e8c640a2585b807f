"""Wording for hostile or damaged input: files that are not files, limits that stop work."""

from __future__ import annotations

LIMITS = {
    "kind_folder": ("a folder", "フォルダー"),
    "kind_fifo": ("a pipe (FIFO)", "名前付きパイプ"),
    "kind_device": ("a device", "デバイス"),
    "kind_socket": ("a socket", "ソケット"),
    "kind_other": ("a special file", "特殊なファイル"),
    "not_regular": (
        "is not read: {kind}, not a regular file",
        "読み込みません(通常のファイルではなく、{kind}です)",
    ),
    "too_deep": (
        "is nested too deeply to read ({detail})",
        "入れ子が深すぎて読み込めません({detail})",
    ),
    "load_failed": (
        "could not be read ({detail})",
        "読み込めませんでした({detail})",
    ),
    "render_too_slow": (
        "stopped: filling in took longer than {seconds} s (a loop that runs too long?)",
        "止めました:差し込みに {seconds} 秒以上かかっています(繰り返しが多すぎませんか)",
    ),
    "render_too_long": (
        "stopped: the text would be longer than {limit:,} characters",
        "止めました:文章が {limit:,} 文字を超えてしまいます",
    ),
    "render_too_much": (
        "stopped: the template builds too much text while filling in ({limit:,} characters)",
        "止めました:差し込みの途中で作る文字が多すぎます({limit:,} 文字まで)",
    ),
    "render_too_many_steps": (
        "stopped: the template repeats more than {limit:,} times",
        "止めました:繰り返しが {limit:,} 回を超えました",
    ),
    "render_too_deep": (
        "stopped: the template calls itself too deeply ({detail})",
        "止めました:テンプレートの呼び出しが深すぎます({detail})",
    ),
    "render_number_too_big": (
        "stopped: a number in the template is too large ({value})",
        "止めました:テンプレートの中の数が大きすぎます({value})",
    ),
    "lint_too_long": (
        "The text is {length:,} characters; the check reads at most {limit:,}. "
        "A marketplace message is far shorter: check the part you will send.",
        "文章が {length:,} 文字あります。チェックできるのは {limit:,} 文字までです。"
        "送る部分だけをチェックしてください。",
    ),
    "refuse_not_regular": (
        "{path} is {kind}, not a regular file; nothing was written. Choose a file name.",
        "{path} は通常のファイルではありません({kind})。何も書き込んでいません。"
        "ファイル名を指定してください。",
    ),
    "refuse_symlink": (
        "{path} is a symbolic link; nothing was written. Choose the file itself or a new name.",
        "{path} はシンボリックリンクです。何も書き込んでいません。"
        "リンク先のファイルか、新しい名前を指定してください。",
    ),
}
