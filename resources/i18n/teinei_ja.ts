<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/copying.py" line="30"/>
        <source>These fields are still empty: %1</source>
        <translation>未入力の項目があります: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="40"/>
        <source>There is no text to copy yet.</source>
        <translation>コピーできる文面がまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="44"/>
        <source>Copy the text anyway?</source>
        <translation>このままコピーしますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="45"/>
        <source>Copy anyway?</source>
        <translation>コピーの確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="46"/>
        <source>Not copied.</source>
        <translation>コピーしませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="51"/>
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
    <name>NextStepBanner</name>
    <message>
        <location filename="../../app/ui/next_step_banner.py" line="64"/>
        <source>Open template</source>
        <translation>テンプレートを開く</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../../app/ui/order_card.py" line="179"/>
        <source>Platform</source>
        <translation>販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="180"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="181"/>
        <source>Shipping notice</source>
        <translation>発送通知の日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="182"/>
        <source>Delivered</source>
        <translation>配達日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="183"/>
        <source>Buyer&apos;s last message</source>
        <translation>購入者の最新メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="184"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="185"/>
        <source>Just now</source>
        <translation>今</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="186"/>
        <source>Anything to remember about this deal</source>
        <translation>この取引で覚えておきたいこと</translation>
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
    <name>Orders</name>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="30"/>
        <source>Open</source>
        <translation>取引中</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="31"/>
        <source>Shipped</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="32"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="33"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="95"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="96"/>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="97"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="98"/>
        <source>Platform</source>
        <translation>販売サイト</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="99"/>
        <source>Order no.</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="100"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="101"/>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="148"/>
        <source>The copy was not added to the order&apos;s timeline: %1</source>
        <translation>コピーした文面を注文の履歴に記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="157"/>
        <source>Copy again?</source>
        <translation>もう一度コピーしますか？</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../app/ui/orders_view.py" line="151"/>
        <source>Search buyer, item, order number, notes</source>
        <translation>購入者・商品・注文番号・メモで検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="152"/>
        <source>New order</source>
        <translation>新しい注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="153"/>
        <source>Paste to fill…</source>
        <translation>貼り付けて入力…</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="162"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="162"/>
        <source>All platforms</source>
        <translation>すべての販売サイト</translation>
    </message>
</context>
<context>
    <name>PasteFillDialog</name>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="34"/>
        <source>Paste to fill</source>
        <translation>貼り付けて入力</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="36"/>
        <source>Paste the order page&apos;s text. Check what Teinei found; untick anything wrong.</source>
        <translation>注文画面の文をそのまま貼り付けてください。読み取った内容を確かめ、違うものはチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="45"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="45"/>
        <source>Value</source>
        <translation>読み取った値</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="45"/>
        <source>From the text</source>
        <translation>貼り付けた文の該当箇所</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="52"/>
        <source>Fill the form</source>
        <translation>フォームに入れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="96"/>
        <source>Nothing recognisable was found in this text.</source>
        <translation>この文からは読み取れる項目がありませんでした。</translation>
    </message>
</context>
<context>
    <name>PolicyWiring</name>
    <message>
        <location filename="../../app/ui/policy_wiring.py" line="105"/>
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
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="108"/>
        <source>Messages sent for this order</source>
        <translation>この注文で送ったメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="109"/>
        <source>Copy again</source>
        <translation>もう一度コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="110"/>
        <source>No message copied for this order yet.</source>
        <translation>この注文ではまだメッセージをコピーしていません。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/top_bar.py" line="69"/>
        <source>&amp;Platform:</source>
        <translation>販売サイト(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="70"/>
        <source>&amp;Message in:</source>
        <translation>文面の言語(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="71"/>
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
<context>
    <name>WindowOrders</name>
    <message>
        <location filename="../../app/ui/window_orders.py" line="32"/>
        <location filename="../../app/ui/window_orders.py" line="163"/>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="136"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="143"/>
        <source>Exported the orders to %1</source>
        <translation>注文を %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="151"/>
        <source>Export orders</source>
        <translation>注文を書き出す</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="153"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="164"/>
        <source>&amp;Paste an order page to fill…</source>
        <translation>注文画面を貼り付けて入力(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="165"/>
        <source>&amp;Export orders…</source>
        <translation>注文を書き出す(&amp;E)…</translation>
    </message>
</context>
</TS>
