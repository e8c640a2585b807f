<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/copying.py" line="29"/>
        <source>These fields are still empty: %1</source>
        <translation>未入力の項目があります: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="39"/>
        <source>There is no text to copy yet.</source>
        <translation>コピーできる文面がまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="43"/>
        <source>Copy the text anyway?</source>
        <translation>このままコピーしますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="44"/>
        <source>Copy anyway?</source>
        <translation>コピーの確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="45"/>
        <source>Not copied.</source>
        <translation>コピーしませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="50"/>
        <source>Copied %1 characters. Paste them into %2.</source>
        <translation>%1文字をコピーしました。%2に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="158"/>
        <source>Set the dates above to see the deadlines.</source>
        <translation>上の日時を入れると、期限が表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="173"/>
        <source>passed</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="173"/>
        <source>reached</source>
        <translation>到来</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="181"/>
        <source>Order dates and deadlines</source>
        <translation>取引の日時と期限</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>About Teinei</source>
        <translation>Teinei について</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="46"/>
        <source>Teinei drafts careful messages to marketplace buyers, in Japanese and English.</source>
        <translation>Teinei は、購入者へのていねいなメッセージを日本語と英語で作るアプリです。</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../app/ui/names.py" line="42"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="43"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>“%1” is not offered on %2; opened “%3” instead.</source>
        <translation>「%1」は%2では使えないため、「%3」を開きました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>%n template file(s) could not be read; run teinei check for details.</source>
        <translation>
            <numerusform>読み込めないテンプレートが%n件あります。teinei check で詳しく確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Started a new order.</source>
        <translation>新しい注文を始めました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>Loading templates…</source>
        <translation>テンプレートを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Ctrl+F search · Enter fill in · Ctrl+Return copy</source>
        <translation>Ctrl+F 検索 · Enter 入力へ · Ctrl+Return コピー</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../app/ui/order_form.py" line="149"/>
        <source>Order details</source>
        <translation>注文の内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="151"/>
        <source>Choose a template on the left.</source>
        <translation>左の一覧からテンプレートを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="153"/>
        <source>This template needs no details; the text is ready.</source>
        <translation>このテンプレートは入力なしで使えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="154"/>
        <source>For reference</source>
        <translation>参考情報</translation>
    </message>
</context>
<context>
    <name>PolicyWiring</name>
    <message>
        <location filename="../../app/ui/policy_wiring.py" line="109"/>
        <source>This may break %1&apos;s rules:</source>
        <translation>%1の規約に反するおそれがあります:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="154"/>
        <source>This template cannot be filled in: %1</source>
        <translation>このテンプレートは文面にできません: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="160"/>
        <source>Example order. Type in the form to write your own.
Still needed: %1</source>
        <translation>例の内容で表示しています。フォームに入力すると、あなたの文面になります。
未入力: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="166"/>
        <source>Still needed: %1</source>
        <translation>未入力: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/preview_pane.py" line="187"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n文字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="190"/>
        <source>%1 / %2 characters: %3 over the limit</source>
        <translation>%1 / %2文字(%3文字オーバー)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="197"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="208"/>
        <source>No %1 version of this template</source>
        <translation>このテンプレートには%1版がありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="212"/>
        <source>The same message in %1</source>
        <translation>同じ内容の%1版</translation>
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
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <location filename="../../app/ui/template_browser.py" line="75"/>
        <source>All situations</source>
        <translation>すべての場面</translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="78"/>
        <source>All platforms</source>
        <translation>すべての販売サイト</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/template_browser.py" line="164"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="166"/>
        <source>No template matches</source>
        <translation>該当するテンプレートはありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="184"/>
        <source>Search templates (Ctrl+F)</source>
        <translation>テンプレートを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="185"/>
        <source>Title, tags or text, in Japanese or English</source>
        <translation>タイトル・タグ・本文を、日本語でも英語でも探せます</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/top_bar.py" line="66"/>
        <source>&amp;Platform:</source>
        <translation>販売サイト(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="67"/>
        <source>&amp;Message in:</source>
        <translation>文面の言語(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="68"/>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="89"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="91"/>
        <source>&amp;Template</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Reload templates</source>
        <translation>テンプレートを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100"/>
        <source>&amp;Copy message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="101"/>
        <source>&amp;New order (clear the form)</source>
        <translation>新しい注文(入力を消す)(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>&amp;Find template</source>
        <translation>テンプレートを検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>&amp;Fill in the selected template</source>
        <translation>選んだテンプレートに入力(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Add to &amp;favourites</source>
        <translation>お気に入りに追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="105"/>
        <source>Write in &amp;Japanese</source>
        <translation>日本語で書く(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="106"/>
        <source>Write in &amp;English</source>
        <translation>英語で書く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="107"/>
        <source>Show the &amp;other language beside it</source>
        <translation>もう一方の言語も並べて表示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="108"/>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="111"/>
        <source>&amp;About Teinei</source>
        <translation>Teinei について(&amp;A)</translation>
    </message>
</context>
</TS>
