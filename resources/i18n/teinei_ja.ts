<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/copying.py" line="35"/>
        <source>These fields are still empty: %1</source>
        <translation>未入力の項目があります: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="37"/>
        <source>This may break %1&apos;s rules:</source>
        <translation>%1の規約に反するおそれがあります:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="55"/>
        <source>There is no text to copy yet.</source>
        <translation>コピーできる文面がまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="60"/>
        <source>Copy the text anyway?</source>
        <translation>このままコピーしますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="60"/>
        <source>Copy anyway?</source>
        <translation>コピーの確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="64"/>
        <source>Not copied.</source>
        <translation>コピーしませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="85"/>
        <source>No template matches the search, so nothing was copied.</source>
        <translation>検索に合うテンプレートがないため、何もコピーしていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="50"/>
        <source>Copied %1 characters. Paste them into %2.</source>
        <translation>%1文字をコピーしました。%2に貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="46"/>
        <source>Move through the template list from the search box</source>
        <translation>検索欄からテンプレート一覧を上下に移動</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="47"/>
        <source>Clear the search</source>
        <translation>検索語を消す</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="48"/>
        <source>Next box in the form</source>
        <translation>フォームの次の欄へ</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="49"/>
        <source>Open the calendar in a date box</source>
        <translation>日付欄でカレンダーを開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="50"/>
        <source>Today in an empty date box, then a day earlier or later</source>
        <translation>空の日付欄に今日を入れる、そのあと1日ずつ前後</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="60"/>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="60"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="75"/>
        <source>Choose where you sell</source>
        <translation>販売サイトを選ぶ</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="76"/>
        <source>Pick the platform at the top. The message language follows it; change it there.</source>
        <translation>上の欄で販売サイトを選びます。メッセージの言語はサイトに合わせて切り替わります。変えるときも上の欄で。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="79"/>
        <source>Find the template</source>
        <translation>テンプレートを探す</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="80"/>
        <source>Press Ctrl+F and type what happened (返金, late, 発送…). Press Enter to open it.</source>
        <translation>Ctrl+F を押して、状況を入力します(返金、発送、late など)。Enter で開きます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="83"/>
        <source>Fill in the order</source>
        <translation>注文の内容を入れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="85"/>
        <source>Type in each box; Tab moves to the next. Dates can be typed as 12/4 or 12月4日. A box still needed is marked in red, and the message shows its place.</source>
        <translation>各欄に入力します。Tab で次の欄へ移ります。日付は 12/4 や 12月4日 のように入力できます。まだ必要な欄は赤で示され、文面にもその場所が出ます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="90"/>
        <source>Copy and paste</source>
        <translation>コピーして貼り付ける</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="91"/>
        <source>Press Ctrl+Return to copy, then paste into %1.</source>
        <translation>Ctrl+Return でコピーし、%1に貼り付けます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="99"/>
        <source>Your first message in four steps</source>
        <translation>はじめてのメッセージ(4ステップ)</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="44"/>
        <source>This order has no deadlines yet: enter its dates (paid, shipped) first.</source>
        <translation>この注文にはまだ期限がありません。先に日時(支払い、発送通知など)を入れてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar_export.py" line="60"/>
        <source>Saved %n deadline(s) to %1; open it to add them to your calendar.</source>
        <translation>
            <numerusform>%n件の期限を %1 に保存しました。開くとカレンダーに追加できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="69"/>
        <source>Deadlines to a calendar</source>
        <translation>期限をカレンダーへ</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="69"/>
        <source>Calendar (*.ics)</source>
        <translation>カレンダー (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="74"/>
        <source>Export the order&apos;s &amp;deadlines to a calendar (.ics)…</source>
        <translation>この注文の期限をカレンダーに書き出す(.ics)(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBanner</name>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="76"/>
        <source>Reload from disk</source>
        <translation>ファイルから読み直す</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="77"/>
        <source>Keep mine</source>
        <translation>編集中の内容を残す</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="88"/>
        <source>This file was changed by another program. Reload it, or keep your text?</source>
        <translation>このファイルが別のプログラムで変更されました。読み直すか、編集中の内容を残すか選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="96"/>
        <source>This file was moved or deleted by another program. Keep your text and save to write it again.</source>
        <translation>このファイルが別のプログラムで移動または削除されました。編集中の内容を残して保存すると、もう一度書き込まれます。</translation>
    </message>
</context>
<context>
    <name>DamageDialogs</name>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="19"/>
        <source>Orders database damaged</source>
        <translation>注文データベースが壊れています</translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="24"/>
        <source>The orders database is damaged and cannot be read.

Teinei can keep a copy of the damaged file (so nothing is deleted) and start a new, empty orders database. Your templates are not affected.</source>
        <translation>注文データベースが壊れていて、読み込めません。

壊れたファイルはコピーとして残し(何も消しません)、新しい空の注文データベースで始めることができます。テンプレートには影響ありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="33"/>
        <source>Keep a copy and start new</source>
        <translation>コピーを残して新しく始める</translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="37"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="55"/>
        <source>Settings not read</source>
        <translation>設定を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="60"/>
        <source>Teinei could not use its settings file, so it started with default settings. Shared template folders and platform corrections are not in use until the file is fixed.</source>
        <translation>設定ファイルを使えなかったため、初期設定で起動しました。ファイルを直すまで、共有のテンプレートフォルダーと販売サイトの設定の修正は使われません。</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <location filename="../../app/ui/date_box.py" line="141"/>
        <source>Open the calendar (Alt+Down or F4)</source>
        <translation>カレンダーを開く(Alt+↓ または F4)</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="188"/>
        <source>Set the dates above to see the deadlines.</source>
        <translation>上の日時を入れると、期限が表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="228"/>
        <source>passed</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="228"/>
        <source>reached</source>
        <translation>到来</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="236"/>
        <source>Order dates and deadlines</source>
        <translation>取引の日時と期限</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message numerus="yes">
        <location filename="../../app/ui/desk_view.py" line="128"/>
        <source>%n template file(s) could not be read; run teinei check for details.</source>
        <translation>
            <numerusform>読み込めないテンプレートが%n件あります。teinei check で詳しく確認できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>Look in:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>Files of type:</source>
        <translation>ファイルの種類:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="162"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="172"/>
        <source>About Teinei</source>
        <translation>Teinei について</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="173"/>
        <source>Teinei drafts careful messages to marketplace buyers, in Japanese and English.</source>
        <translation>Teinei は、購入者へのていねいなメッセージを日本語と英語で作るアプリです。</translation>
    </message>
</context>
<context>
    <name>EditorDock</name>
    <message>
        <location filename="../../app/ui/userset/editor_dock.py" line="31"/>
        <location filename="../../app/ui/userset/editor_dock.py" line="32"/>
        <source>Template editor</source>
        <translation>テンプレート編集</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <location filename="../../app/ui/userset/editor_tabs.py" line="63"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editor_tabs.py" line="64"/>
        <source>Save this template (Ctrl+S)</source>
        <translation>このテンプレートを保存 (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../app/ui/editor/window.py" line="22"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/window.py" line="23"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/window.py" line="25"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/window.py" line="46"/>
        <source>{0}{1} — Teinei template editor</source>
        <translation>{0}{1} — Teinei テンプレート編集</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="101"/>
        <source>Teinei kept unsaved text for {0} from {1}, but the file is gone. Save the text as that file again and open it?</source>
        <translation>{0} の保存していない内容({1})が残っていますが、ファイルがなくなっています。同じ名前でもう一度保存して開きますか?</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="106"/>
        <source>Teinei kept unsaved text for {0} from {1}. Open it in the editor?</source>
        <translation>{0} の保存していない内容({1})が残っています。編集画面で開きますか?</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="110"/>
        <source>Unsaved text found</source>
        <translation>保存していない内容があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="129"/>
        <source>Saved the kept text as {0}.</source>
        <translation>残っていた内容を {0} として保存しました。</translation>
    </message>
</context>
<context>
    <name>ExampleForm</name>
    <message>
        <location filename="../../app/ui/editor/example_form.py" line="79"/>
        <source>Example order</source>
        <translation>注文の例</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/example_form.py" line="80"/>
        <source>The values the preview and the checks fill in</source>
        <translation>プレビューとチェックに使う値です</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="30"/>
        <source>Template folders</source>
        <translation>テンプレートフォルダ</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="33"/>
        <source>Extra folders (for example one your sync tool keeps, or a team&apos;s share) with ja/ and en/ inside. Tick Writable to let Teinei save there.</source>
        <translation>同期ツールのフォルダやチームの共有フォルダなど、中に ja/ と en/ があるフォルダを追加できます。「書き込み可」にすると、Teinei がそこへ保存できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="39"/>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="39"/>
        <source>Writable</source>
        <translation>書き込み可</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="42"/>
        <source>Add folder…</source>
        <translation>フォルダを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="43"/>
        <source>Remove</source>
        <translation>一覧から外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="88"/>
        <source>Choose a template folder</source>
        <translation>テンプレートフォルダを選ぶ</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="53"/>
        <source>All platforms</source>
        <translation>すべての販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="66"/>
        <source>label shown in the order form</source>
        <translation>入力欄に表示する名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="75"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="76"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="77"/>
        <source>Platforms</source>
        <translation>販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="78"/>
        <source>Field</source>
        <translation>入力項目</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="26"/>
        <source>Import templates from {0}</source>
        <translation>{0} からテンプレートを読み込む</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="28"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="28"/>
        <source>What happens</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="32"/>
        <source>Replace my templates that have the same id (the old ones go to the trash)</source>
        <translation>同じIDの自分のテンプレートを置き換える(古いものはゴミ箱へ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="40"/>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="73"/>
        <source>{0} (shown instead of {1} &apos;{2}&apos;)</source>
        <translation>{0}({1} の「{2}」の代わりに表示)</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="77"/>
        <source>New</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="79"/>
        <source>Would replace</source>
        <translation>置き換えるもの</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="86"/>
        <source>Broken</source>
        <translation>壊れているファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="88"/>
        <source>Refused</source>
        <translation>読み込めないファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="94"/>
        <source>Some files are broken or refused, so nothing will be imported. Fix them and import again.</source>
        <translation>壊れているか読み込めないファイルがあるため、何も読み込みません。直してから、もう一度読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="98"/>
        <source>There are no templates to import here.</source>
        <translation>ここには読み込めるテンプレートがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="100"/>
        <source>Nothing has been written yet.</source>
        <translation>まだ何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/ui/names.py" line="64"/>
        <source>A line of text</source>
        <translation>1行の文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="65"/>
        <source>Several lines of text</source>
        <translation>複数行の文章</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="66"/>
        <source>An amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="67"/>
        <source>A date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="68"/>
        <source>A number</source>
        <translation>数</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="69"/>
        <source>A choice from a list</source>
        <translation>選択肢から選ぶ</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="70"/>
        <source>A tick box</source>
        <translation>チェックボックス</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../app/ui/names.py" line="55"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="56"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/desk_view.py" line="136"/>
        <source>“%1” is not offered on %2; opened “%3” instead.</source>
        <translation>「%1」は%2では使えないため、「%3」を開きました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Started a new order.</source>
        <translation>新しい注文を始めました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>Loading templates…</source>
        <translation>テンプレートを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Ctrl+F search · Enter fill in · Ctrl+Return copy</source>
        <translation>Ctrl+F 検索 · Enter 入力へ · Ctrl+Return コピー</translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="30"/>
        <source>Click to go to the line</source>
        <translation>クリックするとその行へ移動します</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="55"/>
        <source>No problems found.</source>
        <translation>問題はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="59"/>
        <source>Line {0}: {1}</source>
        <translation>{0}行目: {1}</translation>
    </message>
</context>
<context>
    <name>MessageSync</name>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="95"/>
        <source>Fix the front matter in Source first.</source>
        <translation>先に「ソース」で前書き(+++ の間)を直してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="152"/>
        <source>Fix the front matter in Source first; new values go there.</source>
        <translation>新しい項目は前書きに書き込みます。先に「ソース」で前書きを直してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="213"/>
        <location filename="../../app/ui/editor/message_sync.py" line="218"/>
        <source>New value</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="213"/>
        <source>What the order form asks for:</source>
        <translation>注文フォームでたずねる内容:</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="218"/>
        <source>Kind of value:</source>
        <translation>項目の種類:</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="229"/>
        <source>A new tick box…</source>
        <translation>新しいチェックボックス…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="232"/>
        <location filename="../../app/ui/editor/message_sync.py" line="241"/>
        <source>Only when…</source>
        <translation>…のときだけ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="232"/>
        <source>Show the selected lines only when:</source>
        <translation>選んだ行を表示するのは次のときだけ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="243"/>
        <source>When should these lines be in the message?
The order form asks it with a tick box (e.g. “I sent photos”):</source>
        <translation>この行を入れるのはどんなときですか?
注文フォームのチェックボックスで聞きます(例: 写真を送った):</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="79"/>
        <source>Insert value</source>
        <translation>項目を入れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="80"/>
        <source>Put the chosen value where the cursor is</source>
        <translation>選んだ項目をカーソルの位置に入れます</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="81"/>
        <source>New value…</source>
        <translation>新しい項目…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="82"/>
        <source>Only when…</source>
        <translation>…のときだけ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="84"/>
        <source>Show the selected lines only when a tick box in the order form is on</source>
        <translation>選んだ行を、注文フォームのチェックボックスがオンのときだけ表示します</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="86"/>
        <source>Always show</source>
        <translation>いつも表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="87"/>
        <source>The selected lines are shown in every message</source>
        <translation>選んだ行をどのメッセージにも表示します</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="103"/>
        <source>This text uses characters the message view cannot keep; edit it in Source.</source>
        <translation>この本文には文章表示で保てない文字があります。「ソース」で編集してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="131"/>
        <source>From the platform</source>
        <translation>販売サイトの情報</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="132"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="144"/>
        <source>only when %1</source>
        <translation>%1のときだけ</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="166"/>
        <source>The template needs a title.</source>
        <translation>タイトルを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="180"/>
        <source>%1: %2 characters</source>
        <translation>%1:%2文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="184"/>
        <source>%1: %2 / %3 characters</source>
        <translation>%1:%2 / %3文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="190"/>
        <source>%1 over the limit</source>
        <translation>%1文字オーバー</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="48"/>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="52"/>
        <source>e.g. Sorry for the late reply</source>
        <translation>例:返信が遅れたお詫び</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="54"/>
        <source>Choose…</source>
        <translation>選んでください…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="57"/>
        <source>All marketplaces</source>
        <translation>すべての販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="85"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="87"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="88"/>
        <source>Situation</source>
        <translation>どんなときに</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="89"/>
        <source>Marketplaces</source>
        <translation>販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="90"/>
        <source>Write first in</source>
        <translation>先に書く言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="133"/>
        <source>Saved as %1</source>
        <translation>保存名: %1</translation>
    </message>
</context>
<context>
    <name>NextStepBanner</name>
    <message>
        <location filename="../../app/ui/next_step_banner.py" line="66"/>
        <source>Open template</source>
        <translation>テンプレートを開く</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../../app/ui/order_card.py" line="199"/>
        <source>These notes are %1 characters long: the start is shown here, and they are kept whole. An export holds them in full.</source>
        <translation>このメモは %1 文字あります。ここには最初の部分だけを表示しています。メモはすべてそのまま残っていて、書き出すと全文が入ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="235"/>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="241"/>
        <source>Platform</source>
        <translation>販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="242"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="243"/>
        <source>Amazon shipping</source>
        <translation>Amazonの出荷方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="244"/>
        <source>Shipping notice</source>
        <translation>発送通知の日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="245"/>
        <source>Delivered</source>
        <translation>配達日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="246"/>
        <source>Buyer&apos;s last message</source>
        <translation>購入者の最新メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="247"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="248"/>
        <source>Just now</source>
        <translation>今</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="249"/>
        <source>Anything to remember about this deal</source>
        <translation>この取引で覚えておきたいこと</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../app/ui/order_form.py" line="145"/>
        <source>In %1: %2</source>
        <translation>%1では: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="156"/>
        <source>When “%1”</source>
        <translation>「%1」のとき</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="190"/>
        <source>Order details</source>
        <translation>注文の内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="192"/>
        <source>Choose a template on the left.</source>
        <translation>左の一覧からテンプレートを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="194"/>
        <source>This template needs no details; the text is ready.</source>
        <translation>このテンプレートは入力なしで使えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="195"/>
        <source>For reference</source>
        <translation>参考情報</translation>
    </message>
</context>
<context>
    <name>OrderLine</name>
    <message>
        <location filename="../../app/ui/order_line.py" line="34"/>
        <source>New order</source>
        <translation>新しい注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_line.py" line="36"/>
        <source>Order: %1</source>
        <translation>注文: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_line.py" line="38"/>
        <source>next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_line.py" line="40"/>
        <source>Open the orders panel</source>
        <translation>注文パネルを開く</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="32"/>
        <source>Open</source>
        <translation>取引中</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="33"/>
        <source>Shipped</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="34"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="35"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="110"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="111"/>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="112"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="113"/>
        <source>Platform</source>
        <translation>販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="114"/>
        <source>Order no.</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="115"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="116"/>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="194"/>
        <source>The copy was not added to the order&apos;s timeline: %1</source>
        <translation>コピーした文面を注文の履歴に記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="117"/>
        <source>Copy again?</source>
        <translation>もう一度コピーしますか？</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../app/ui/orders_view.py" line="153"/>
        <source>Search buyer, item, order number, notes</source>
        <translation>購入者・商品・注文番号・メモで検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="154"/>
        <source>New order</source>
        <translation>新しい注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="155"/>
        <source>Paste to fill…</source>
        <translation>貼り付けて入力…</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="164"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="164"/>
        <source>All platforms</source>
        <translation>すべての販売サイト</translation>
    </message>
</context>
<context>
    <name>PasteFillDialog</name>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="58"/>
        <source>Paste to fill</source>
        <translation>貼り付けて入力</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="60"/>
        <source>Paste the order page&apos;s text. Check what Teinei found; untick anything wrong.</source>
        <translation>注文画面の文をそのまま貼り付けてください。読み取った内容を確かめ、違うものはチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="69"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="69"/>
        <source>Value</source>
        <translation>読み取った値</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="69"/>
        <source>From the text</source>
        <translation>貼り付けた文の該当箇所</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="76"/>
        <source>Fill the form</source>
        <translation>フォームに入れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="80"/>
        <source>Only the first %1 characters are read: an order page is far shorter.</source>
        <translation>最初の %1 文字だけを読みました。注文ページはもっと短いはずです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="147"/>
        <source>Nothing recognisable was found in this text.</source>
        <translation>この文からは読み取れる項目がありませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="152"/>
        <source>Platform</source>
        <translation>販売サイト</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="210"/>
        <source>Start the %1 version from the %2 text</source>
        <translation>%2の本文から%1版を書き始める</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="240"/>
        <source>No template matches “%1”. Change the search or clear it (Esc).</source>
        <translation>「%1」に合うテンプレートはありません。検索語を変えるか、消してください(Esc)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="247"/>
        <source>This template is not written in %1 yet.</source>
        <translation>このテンプレートの%1版はまだ書かれていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="256"/>
        <source>This template cannot be filled in: %1</source>
        <translation>このテンプレートは文面にできません: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="264"/>
        <source>Example order. Type in the form to write your own.
Still needed: %1</source>
        <translation>例の内容で表示しています。フォームに入力すると、あなたの文面になります。
未入力: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="270"/>
        <source>Still needed: %1</source>
        <translation>未入力: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/preview_pane.py" line="291"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n文字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="294"/>
        <source>%1 / %2 characters: %3 over the limit</source>
        <translation>%1 / %2文字(%3文字オーバー)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="301"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="312"/>
        <source>Not written in %1 yet</source>
        <translation>%1版はまだ書かれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="316"/>
        <source>No %1 version of this template</source>
        <translation>このテンプレートには%1版がありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="320"/>
        <source>The same message in %1: some values are not written in %1 yet</source>
        <translation>同じ内容の%1版。%1でまだ書いていない項目があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="326"/>
        <source>The same message in %1</source>
        <translation>同じ内容の%1版</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="365"/>
        <source>⇆ Other language</source>
        <translation>⇆ もう一方の言語</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../app/ui/qr_dialog.py" line="47"/>
        <source>Send from your phone</source>
        <translation>スマホから送る</translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_dialog.py" line="59"/>
        <source>This message is too long for one QR code (%1 bytes; at most %2). Shorten it, or copy it instead.</source>
        <translation>この文面は長すぎて1つのQRコードに入りません(%1バイト、上限%2バイト)。短くするか、コピーしてお使いください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/qr_dialog.py" line="69"/>
        <source>Point your phone&apos;s camera at the code and open the text it finds. Copy it there and paste it into the marketplace&apos;s app (%n character(s)).</source>
        <translation>
            <numerusform>スマホのカメラでコードを読み取り、表示された文面を開いてください。そこでコピーして、マーケットのアプリに貼り付けます(%n文字)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_dialog.py" line="100"/>
        <source>Shown as a QR code for your phone.</source>
        <translation>スマホ用にQRコードで表示しました。</translation>
    </message>
</context>
<context>
    <name>ShownText</name>
    <message>
        <location filename="../../app/ui/shown_text.py" line="39"/>
        <source>This text is %1 characters long: the start is shown here, and it is kept whole. An export holds it in full.</source>
        <translation>この文章は %1 文字あります。ここには最初の部分だけを表示しています。文章はすべて保存され、書き出しにも全文が入ります。</translation>
    </message>
</context>
<context>
    <name>Situations</name>
    <message>
        <location filename="../../app/ui/names.py" line="10"/>
        <source>Apology</source>
        <translation>お詫び</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="11"/>
        <source>Partial refund</source>
        <translation>一部返金</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="12"/>
        <source>Ask buyer to contact support</source>
        <translation>事務局への問い合わせ依頼</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="15"/>
        <source>Declining a discount</source>
        <translation>値下げのお断り</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="16"/>
        <source>Cancel after inspection</source>
        <translation>検品後のキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="17"/>
        <source>Selling part of a set</source>
        <translation>セットの一部販売</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="18"/>
        <source>Thanks for your order</source>
        <translation>購入のお礼</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="19"/>
        <source>Shipping notice</source>
        <translation>発送のお知らせ</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="20"/>
        <source>Rating reminder</source>
        <translation>受取評価のお願い</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="21"/>
        <source>Notice before asking support</source>
        <translation>事務局への連絡予告</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="22"/>
        <source>Message to the platform</source>
        <translation>事務局への連絡</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="23"/>
        <source>Address check</source>
        <translation>住所の確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="24"/>
        <source>Note in the parcel</source>
        <translation>同封の手紙</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="25"/>
        <source>Out of stock</source>
        <translation>在庫切れ</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="26"/>
        <source>Declining a hold</source>
        <translation>取り置きのお断り</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27"/>
        <source>Bundle</source>
        <translation>まとめ買い</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28"/>
        <source>Looking into it</source>
        <translation>確認中のご連絡</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29"/>
        <source>Returns and warranty</source>
        <translation>返品・保証</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="30"/>
        <source>Question about a listing</source>
        <translation>出品へのご質問</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31"/>
        <source>Price offer</source>
        <translation>価格交渉</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32"/>
        <source>Listing for one buyer</source>
        <translation>専用・確認用の出品</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33"/>
        <source>Payment reminder</source>
        <translation>お支払いのお願い</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="34"/>
        <source>Buyer asks to cancel</source>
        <translation>キャンセルのご依頼</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35"/>
        <source>Shipping late</source>
        <translation>発送の遅れ</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="36"/>
        <source>Parcel not arrived</source>
        <translation>荷物が届かない</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="37"/>
        <source>Parcel came back</source>
        <translation>荷物が戻ってきた</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="38"/>
        <source>Wrong item sent</source>
        <translation>商品の入れ違い</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="39"/>
        <source>Accepting a return</source>
        <translation>返品の受け付け</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="40"/>
        <source>Refund done</source>
        <translation>返金のご連絡</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="41"/>
        <source>After the buyer rated</source>
        <translation>評価のお礼</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="42"/>
        <source>Answering a low rating</source>
        <translation>低い評価へのお返事</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="86"/>
        <source>Customize (both languages)</source>
        <translation>自分用にコピー(日本語・英語)</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="87"/>
        <source>Customize (this language only)</source>
        <translation>自分用にコピー(この言語のみ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="88"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="89"/>
        <source>New…</source>
        <translation>新規作成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="90"/>
        <source>Rename…</source>
        <translation>IDを変更…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="91"/>
        <source>Duplicate…</source>
        <translation>複製…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="92"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="93"/>
        <source>Restore a deleted template…</source>
        <translation>削除したテンプレートを戻す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="94"/>
        <source>Revert to built-in</source>
        <translation>標準に戻す</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="95"/>
        <source>Import…</source>
        <translation>読み込む…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="96"/>
        <source>Export my templates…</source>
        <translation>自分のテンプレートを書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="97"/>
        <source>Template folders…</source>
        <translation>テンプレートフォルダ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="136"/>
        <source>Undo delete of {0}</source>
        <translation>{0} の削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="139"/>
        <source>Undo delete</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="160"/>
        <source>My templates</source>
        <translation>自分のテンプレート</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="161"/>
        <source>Save where?</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="161"/>
        <source>Folder:</source>
        <translation>フォルダ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="183"/>
        <source>{0} is now in your set ({1}); edit it there.</source>
        <translation>{0} を自分用にコピーしました({1})。コピーを編集できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="192"/>
        <source>Edit a built-in template</source>
        <translation>標準テンプレートの編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="194"/>
        <source>Built-in templates stay as shipped. Copy {0} into your own set and edit the copy? (Revert to built-in undoes this.)</source>
        <translation>標準テンプレートはそのまま残ります。{0} を自分用にコピーして、コピーを編集しますか?(「標準に戻す」で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="243"/>
        <source>Made {0}; write the message, then Save.</source>
        <translation>{0} を作りました。本文を書いて保存してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="266"/>
        <source>Rename</source>
        <translation>IDの変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="266"/>
        <source>New id:</source>
        <translation>新しいID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="272"/>
        <source>{0} is now {1}.</source>
        <translation>{0} を {1} に変更しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="292"/>
        <source>Copied {0} to {1}.</source>
        <translation>{0} を {1} として複製しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="303"/>
        <source>Deleted {0} (moved to the trash; Undo delete brings it back).</source>
        <translation>{0} を削除しました(ゴミ箱へ移動。「削除を取り消す」で戻せます)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="315"/>
        <source>{0} is back.</source>
        <translation>{0} を元に戻しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="321"/>
        <source>The trash is empty.</source>
        <translation>ゴミ箱は空です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="328"/>
        <source>Restore a deleted template</source>
        <translation>削除したテンプレートを戻す</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="328"/>
        <source>Deleted:</source>
        <translation>削除したもの:</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="341"/>
        <source>{0} shows the built-in again; Undo delete brings your copy back.</source>
        <translation>{0} は標準の内容に戻りました。「削除を取り消す」で自分のコピーを戻せます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="346"/>
        <source>A zip file</source>
        <translation>zip ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="346"/>
        <source>A folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="348"/>
        <location filename="../../app/ui/userset/actions.py" line="353"/>
        <source>Import templates</source>
        <translation>テンプレートの読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="348"/>
        <source>Import from:</source>
        <translation>読み込み元:</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="363"/>
        <source>Imported {0} file(s).</source>
        <translation>{0} 件のファイルを読み込みました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="367"/>
        <source>Export my templates</source>
        <translation>自分のテンプレートを書き出す</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="376"/>
        <source>Exported {0} file(s) to {1}.</source>
        <translation>{0} 件のファイルを {1} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="384"/>
        <source>Template folders updated.</source>
        <translation>テンプレートフォルダを更新しました。</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <location filename="../../app/ui/template_browser.py" line="87"/>
        <source>All situations</source>
        <translation>すべての場面</translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="90"/>
        <source>All platforms</source>
        <translation>すべての販売サイト</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/template_browser.py" line="220"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="222"/>
        <source>No template matches</source>
        <translation>該当するテンプレートはありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="242"/>
        <source>Search templates (Ctrl+F)</source>
        <translation>テンプレートを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="243"/>
        <source>Title, tags or text, in Japanese or English</source>
        <translation>タイトル・タグ・本文を、日本語でも英語でも探せます</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="123"/>
        <source>Message</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="124"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="188"/>
        <source>This template is read-only here. Customize it to edit your own copy.</source>
        <translation>このテンプレートはここでは編集できません。自分用にコピーすると編集できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="199"/>
        <source>Unsaved text found</source>
        <translation>保存していない内容があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="201"/>
        <source>Teinei kept unsaved text for {0} from {1}, probably because it closed before you saved. Restore it?</source>
        <translation>{0} の保存していない内容({1})が残っています。保存する前に Teinei が終了したようです。元に戻しますか?</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="222"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="223"/>
        <source>{0} has changes that are not saved. Save them?</source>
        <translation>{0} に保存していない変更があります。保存しますか?</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="244"/>
        <source>Changed by another program</source>
        <translation>別のプログラムで変更されています</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="246"/>
        <source>{0} was changed by another program since you opened it. Replace it with your text?</source>
        <translation>{0} は開いた後で別のプログラムに変更されています。編集中の内容で置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="254"/>
        <source>Could not save {0}: {1}. Your text is still here and autosaved.</source>
        <translation>{0} を保存できませんでした({1})。編集中の内容はここに残り、自動保存してあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="257"/>
        <source>Could not save {0}: {1}. Your text is still here only; copy it somewhere safe before closing.</source>
        <translation>{0} を保存できませんでした({1})。編集中の内容はこの画面にしか残っていません。閉じる前に、別の場所へコピーしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="272"/>
        <source>Saved, but line {0} has a problem; the library skips this file until it is fixed: {1}</source>
        <translation>保存しましたが、{0}行目に問題があります。直すまで、このファイルは一覧に出ません: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="375"/>
        <source>Fix the front matter first; the form edits it.</source>
        <translation>先に +++ の間(前付け)の誤りを直してください。フォームはそこを書き換えます。</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../app/ui/template_list_model.py" line="74"/>
        <source>From: {0}</source>
        <translation>置き場所: {0}</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="28"/>
        <source>Preview with the example values</source>
        <translation>例の値で見る</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="48"/>
        <source>The preview waits until the problem is fixed.</source>
        <translation>問題を直すと、プレビューが更新されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="75"/>
        <source>The example has no value for: {0}. Add them under [example].</source>
        <translation>例に次の値がありません: {0}。[example] に追加してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="84"/>
        <source>{0} characters</source>
        <translation>{0} 文字</translation>
    </message>
</context>
<context>
    <name>TemplateSource</name>
    <message>
        <location filename="../../app/ui/userset/source_label.py" line="13"/>
        <source>Built-in</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/source_label.py" line="15"/>
        <source>My templates</source>
        <translation>自分用</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="123"/>
        <source>Messages sent for this order</source>
        <translation>この注文で送ったメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="124"/>
        <source>Copy again</source>
        <translation>もう一度コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="125"/>
        <source>No message copied for this order yet.</source>
        <translation>この注文ではまだメッセージをコピーしていません。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/top_bar.py" line="84"/>
        <source>Paste into: %1</source>
        <translation>貼り付け先: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="93"/>
        <source>&amp;Platform:</source>
        <translation>販売サイト(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="94"/>
        <source>&amp;Message in:</source>
        <translation>文面の言語(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="95"/>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/warnings_bar.py" line="103"/>
        <source>%n warning(s): click one to see its words in the message</source>
        <translation>
            <numerusform>注意 %n件: クリックすると文面の該当箇所を選択します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="43"/>
        <source>Welcome to Teinei</source>
        <translation>Teinei へようこそ</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="47"/>
        <source>Teinei writes careful messages to your buyers from ready templates: you fill in the order, it checks the platform&apos;s rules, you copy and paste.

Where do you sell? (You can change this at any time.)</source>
        <translation>Teinei は、用意されたテンプレートから購入者へのていねいなメッセージを作ります。注文の内容を入れると、販売サイトのルールを確認し、コピーして貼り付けるだけです。

どこで販売していますか?(あとでいつでも変えられます)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="60"/>
        <source>Most of my messages are in:</source>
        <translation>メッセージはおもに:</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="69"/>
        <source>Mercari US and eBay start in English either way.</source>
        <translation>メルカリUSと eBay は、どちらを選んでも英語で始まります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="72"/>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>the marketplace&apos;s message box</source>
        <translation>販売サイトのメッセージ欄</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="91"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Template</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100"/>
        <source>&amp;Reload templates</source>
        <translation>テンプレートを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>&amp;Copy message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Show as &amp;QR code (to send from the phone)</source>
        <translation>QRコードで表示(スマホから送る)(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>&amp;New order (clear the form)</source>
        <translation>新しい注文(入力を消す)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="105"/>
        <source>&amp;Find template</source>
        <translation>テンプレートを検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="106"/>
        <source>&amp;Fill in the selected template</source>
        <translation>選んだテンプレートに入力(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="107"/>
        <source>Add to &amp;favourites</source>
        <translation>お気に入りに追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="108"/>
        <source>Write in &amp;Japanese</source>
        <translation>日本語で書く(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="109"/>
        <source>Write in &amp;English</source>
        <translation>英語で書く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="110"/>
        <source>Show the &amp;other language beside it</source>
        <translation>もう一方の言語も並べて表示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="111"/>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="114"/>
        <source>&amp;About Teinei</source>
        <translation>Teinei について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Your &amp;first message in four steps</source>
        <translation>はじめてのメッセージ(4ステップ)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="116"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>WindowOrders</name>
    <message>
        <location filename="../../app/ui/orders_dock.py" line="22"/>
        <location filename="../../app/ui/window_orders.py" line="46"/>
        <location filename="../../app/ui/window_orders.py" line="62"/>
        <location filename="../../app/ui/window_orders.py" line="152"/>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_dock.py" line="23"/>
        <source>Loading orders…</source>
        <translation>注文を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="138"/>
        <source>Exported the orders to %1</source>
        <translation>注文を %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_screenshots.py" line="84"/>
        <location filename="../../app/ui/window_orders.py" line="145"/>
        <source>Export orders</source>
        <translation>注文を書き出す</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="147"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="153"/>
        <source>&amp;Paste an order page to fill…</source>
        <translation>注文画面を貼り付けて入力(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="154"/>
        <source>&amp;Export orders…</source>
        <translation>注文を書き出す(&amp;E)…</translation>
    </message>
</context>
</TS>
