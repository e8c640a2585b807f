import copy
import errno
import pickle
import re
import zipfile
from pathlib import Path

import pytest

from app.base.file_errors import failed
from app.base.message_table import TEXTS
from app.base.message_table_files import DID_JA
from app.base.messages import Message, join, placeholders, say, text_in
from app.base.platforms import load_platforms
from app.orders.schema import OrderStoreError
from app.rendering.render import FieldValueError, MissingFieldsError, TemplateError, render
from app.templates.library import Source, check_text, load_library
from app.templates.template_file import TemplateFileError, parse_template
from app.templates.transfer import plan_import
from app.templates.userset import new_template
from tests.conftest import write_template

# Words a seller types into a template file or sees on disk: they stay as they are in ja.
KEPT_WORDS = {
    "front",
    "matter",
    "title",
    "category",
    "platforms",
    "all",
    "tags",
    "addressee",
    "buyer",
    "support",
    "amazon_message",
    "reply",
    "proactive",
    "true",
    "false",
    "example",
    "fields",
    "choices",
    "choices_from",
    "docs",
    "templates",
    "md",
    "utf",
    "zip",
    "windows",
    "teinei",
    "wal",
    "is",
    "ja",
    "en",
    "id",
}
ENGLISH_WORD = re.compile(r"[A-Za-z_]{2,}")


def filled(text: str) -> str:
    return text.format(**{name: 1234 for name in placeholders(text)})


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_message_has_both_languages_and_fills_without_error(key: str) -> None:
    en, ja = TEXTS[key]
    assert filled(en).strip() and filled(ja).strip()
    message = say(key, **{name: 1234 for name in placeholders(en) | placeholders(ja)})
    assert message.text("ja") == filled(ja)
    assert str(message) == filled(en)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_japanese_text_has_no_leftover_english(key: str) -> None:
    en, ja = TEXTS[key]
    if not ENGLISH_WORD.findall(filled(en)):
        return  # jinja2's own sentence, or pieces put together: nothing of ours to translate
    leftover = {w for w in ENGLISH_WORD.findall(filled(ja)) if w.lower() not in KEPT_WORDS}
    assert not leftover, f"{key}: {leftover}"
    assert re.search(r"[ぁ-んァ-ン一-龥]", ja), key


def test_every_failed_action_has_a_japanese_clause() -> None:
    for doing, clause in DID_JA.items():
        message = failed(doing, Path("/t/a.jinja"), OSError(errno.ENOSPC, "No space"))
        assert message.message_in("ja").startswith(clause.format(path="/t/a.jinja"))
        assert "ディスクがいっぱいです" in message.message_in("ja")
        assert (
            str(message) == f"Could not {doing} /t/a.jinja: the disk is full. Nothing was changed."
        )


def test_a_message_is_its_english_text_everywhere_a_str_goes() -> None:
    message = Message("no title", "タイトルがありません")
    assert message == "no title"
    assert f"a.jinja:3: {message}" == "a.jinja:3: no title"
    assert text_in(message, "ja") == "タイトルがありません"
    assert text_in("plain", "ja") == "plain"
    for twin in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert twin.text("ja") == "タイトルがありません"
    joined = join(Path("/t").as_posix(), ": ", message)
    assert (joined.text("en"), joined.text("ja")) == ("/t: no title", "/t: タイトルがありません")
    with pytest.raises(ValueError):
        Message("only English", "")


def test_a_message_argument_is_filled_in_its_own_language() -> None:
    inner = say("reason_disk_full")
    outer = say("could_not", doing="save", path="a", did="aを保存できませんでした", reason=inner)
    assert "the disk is full" in outer
    assert "ディスクがいっぱいです" in outer.text("ja")


def problem(tmp_path: Path, front: str, body: str = "x\n") -> TemplateFileError:
    path = write_template(tmp_path, "ja", "t", front, body)
    with pytest.raises(TemplateFileError) as caught:
        parse_template(path)
    return caught.value


def test_template_file_problems_read_in_japanese_and_stay_english_in_str(tmp_path: Path) -> None:
    error = problem(tmp_path, 'category = "thanks"')
    assert error.message_in("ja") == "タイトルがありません。front matter に title を書いてください"
    assert str(error).endswith(":1: the front matter needs a title")
    error = problem(tmp_path, 'title = "t"\ncategory = "thanks"', "{{ price | mony }}\n")
    assert error.message_in("ja") == "'mony' というフィルターはありません"
    assert error.message_in("en") == "there is no filter named 'mony'"
    assert error.line == 5


def test_not_utf8_is_explained_in_japanese(tmp_path: Path) -> None:
    path = tmp_path / "ja" / "t.jinja"
    path.parent.mkdir()
    path.write_bytes(b'+++\ntitle = "t"\n' + "お礼".encode("cp932"))
    with pytest.raises(TemplateFileError) as caught:
        parse_template(path)
    assert caught.value.message_in("ja") == "UTF-8 ではありません。UTF-8 で保存し直してください"


@pytest.mark.parametrize(
    ("body", "japanese"),
    [
        ("{% if a %}x\n", "{% if %} が閉じられていません。{% endif %} を書いてください"),
        ("{% for a in b %}x\n", "{% for %} が閉じられていません。{% endfor %} を書いてください"),
        ("x{% endif %}\n", "{% endif %} に対応する {% if %} がありません"),
        ("{% frob %}\n", "'frob' というタグは使えません"),
        ("{{ a\n", "{{ が }} で閉じられていません"),
        ("{{ a b }}\n", "{{ }} の中に余分な 'b' があります"),
        ("{% if %}{% endif %}\n", "{% %} の中に条件がありません。{% if 項目名 %} のように"),
        ("{{ }}\n", "{{ }} の中が空です。{{ 項目名 }} のように書いてください"),
        ("{{ a.(b) }}\n", "テンプレートの書き方に誤りがあります(expected name or number)"),
    ],
)
def test_syntax_errors_name_the_fix_in_japanese(tmp_path: Path, body: str, japanese: str) -> None:
    error = problem(tmp_path, 'title = "t"\ncategory = "thanks"', body)
    assert error.message_in("ja").startswith(japanese)
    assert not error.message_in("en").startswith("テンプレート")


def test_library_problems_keep_the_japanese(tmp_path: Path) -> None:
    write_template(tmp_path, "ja", "t", 'title = "t"\ncategory = "nope"', "x\n")
    library = load_library([Source("extra", tmp_path)])
    [found] = library.problems
    assert text_in(found.message, "ja").startswith("'nope' というカテゴリはありません")
    [checked] = check_text(tmp_path / "ja" / "u.jinja", '+++\ncategory = "thanks"\n+++\nx\n')
    assert text_in(checked.message, "ja").startswith("タイトルがありません")


def test_render_errors_read_in_japanese(tmp_path: Path) -> None:
    platform = load_platforms({})["mercari_jp"]
    path = write_template(tmp_path, "ja", "t", 'title = "t"\ncategory = "thanks"', "{{ price }}")
    template = parse_template(path)
    with pytest.raises(FieldValueError) as caught:
        render(template, {"price": "たくさん"}, platform)
    assert caught.value.message_in("ja").endswith("'たくさん' は金額として読めません")
    assert str(caught.value).endswith("'たくさん' is not an amount")
    with pytest.raises(MissingFieldsError) as missing:
        render(template, {}, platform)
    assert missing.value.message_in("ja").startswith("未入力: ")
    big = write_template(
        tmp_path, "ja", "big", 'title = "t"\ncategory = "thanks"', "{{ 'a' * 99999 }}"
    )
    with pytest.raises(TemplateError) as refused:
        render(parse_template(big), {}, platform)
    assert refused.value.message_in("ja").startswith(
        "止めました:差し込みの途中で作る文字が多すぎます"
    )


def test_user_set_and_import_reasons_read_in_japanese(tmp_path: Path) -> None:
    new_template("ok", "お礼", "thanks")
    from app.base.file_errors import StorageError

    with pytest.raises(StorageError) as caught:
        new_template("ok", "お礼", "thanks")
    assert caught.value.message_in("ja").endswith("はすでにあります。別の ID にしてください。")
    origin = tmp_path / "in.zip"
    with zipfile.ZipFile(origin, "w") as archive:
        archive.writestr("../ja/evil.jinja", "x")
        archive.writestr("ja/broken.jinja", '+++\ncategory = "thanks"\n+++\nx\n')
    plan = plan_import(origin, load_library(), Source("user", tmp_path / "user", True))
    assert text_in(plan.refused[0].message, "ja") == "'..' でフォルダーの外を指しています"
    assert text_in(plan.broken[0].message, "ja").startswith("タイトルがありません")


def test_orders_store_errors_read_in_japanese() -> None:
    error = OrderStoreError(say("store_write", path="/d/orders.db", detail="disk I/O error"))
    assert error.message_in("ja").startswith("/d/orders.db に保存できませんでした")
    assert str(error).startswith("Could not save to /d/orders.db")


def test_a_finding_a_next_step_and_a_caution_say_their_sentence_one_way() -> None:
    from app.orders.next_step_text import Caution, Suggestion
    from app.policy.findings import Finding

    said = [
        Finding("contact.line", "LINEのIDです。", "A LINE ID.", 0, 4),
        Suggestion("now", "発送しましょう。", "Time to ship.", "shipping_notice"),
        Caution("thanks", "送信済みです。", "Already sent."),
    ]
    for item in said:
        assert isinstance(item.said, Message)
        assert item.said.text("ja") == item.message("ja") == item.message_ja
        assert str(item.said) == item.message("en") == item.message_en
