<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/copying.py" line="30"/>
        <source>These fields are still empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="40"/>
        <source>There is no text to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="44"/>
        <source>Copy the text anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="45"/>
        <source>Copy anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="46"/>
        <source>Not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="51"/>
        <source>Copied %1 characters. Paste them into %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="158"/>
        <source>Set the dates above to see the deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="173"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="173"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="181"/>
        <source>Order dates and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>About Teinei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="46"/>
        <source>Teinei drafts careful messages to marketplace buyers, in Japanese and English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../app/ui/names.py" line="42"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="43"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>“%1” is not offered on %2; opened “%3” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>%n template file(s) could not be read; run teinei check for details.</source>
        <translation>
            <numerusform>%n template file could not be read; run teinei check for details.</numerusform>
            <numerusform>%n template files could not be read; run teinei check for details.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Started a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>Loading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Ctrl+F search · Enter fill in · Ctrl+Return copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepBanner</name>
    <message>
        <location filename="../../app/ui/next_step_banner.py" line="64"/>
        <source>Open template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../../app/ui/order_card.py" line="179"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="180"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="181"/>
        <source>Shipping notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="182"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="183"/>
        <source>Buyer&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="184"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="185"/>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="186"/>
        <source>Anything to remember about this deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../app/ui/order_form.py" line="149"/>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="151"/>
        <source>Choose a template on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="153"/>
        <source>This template needs no details; the text is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="154"/>
        <source>For reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="30"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="31"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="32"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="33"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="96"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="97"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="98"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="99"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="100"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="101"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="148"/>
        <source>The copy was not added to the order&apos;s timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="157"/>
        <source>Copy again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../app/ui/orders_view.py" line="151"/>
        <source>Search buyer, item, order number, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="152"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="153"/>
        <source>Paste to fill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="162"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="162"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteFillDialog</name>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="34"/>
        <source>Paste to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="36"/>
        <source>Paste the order page&apos;s text. Check what Teinei found; untick anything wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="45"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="45"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="45"/>
        <source>From the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="52"/>
        <source>Fill the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="96"/>
        <source>Nothing recognisable was found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyWiring</name>
    <message>
        <location filename="../../app/ui/policy_wiring.py" line="105"/>
        <source>This may break %1&apos;s rules:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="154"/>
        <source>This template cannot be filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="160"/>
        <source>Example order. Type in the form to write your own.
Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="166"/>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/preview_pane.py" line="187"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="190"/>
        <source>%1 / %2 characters: %3 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="197"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="208"/>
        <source>No %1 version of this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="212"/>
        <source>The same message in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Situations</name>
    <message>
        <location filename="../../app/ui/names.py" line="10"/>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="11"/>
        <source>Partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="12"/>
        <source>Ask buyer to contact support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="15"/>
        <source>Declining a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="16"/>
        <source>Cancel after inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="17"/>
        <source>Selling part of a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="18"/>
        <source>Thanks for your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="19"/>
        <source>Shipping notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="20"/>
        <source>Rating reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="21"/>
        <source>Notice before asking support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="22"/>
        <source>Message to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="23"/>
        <source>Address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="24"/>
        <source>Note in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="25"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="26"/>
        <source>Declining a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="27"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="28"/>
        <source>Looking into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="29"/>
        <source>Returns and warranty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <location filename="../../app/ui/template_browser.py" line="75"/>
        <source>All situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="78"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/template_browser.py" line="164"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="166"/>
        <source>No template matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="184"/>
        <source>Search templates (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="185"/>
        <source>Title, tags or text, in Japanese or English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="108"/>
        <source>Messages sent for this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="109"/>
        <source>Copy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="110"/>
        <source>No message copied for this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/top_bar.py" line="69"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="70"/>
        <source>&amp;Message in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="71"/>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="91"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="98"/>
        <source>&amp;Reload templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="99"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100"/>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="101"/>
        <source>&amp;New order (clear the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>&amp;Find template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>&amp;Fill in the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>Add to &amp;favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="105"/>
        <source>Write in &amp;Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="106"/>
        <source>Write in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="107"/>
        <source>Show the &amp;other language beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="108"/>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="111"/>
        <source>&amp;About Teinei</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOrders</name>
    <message>
        <location filename="../../app/ui/window_orders.py" line="32"/>
        <location filename="../../app/ui/window_orders.py" line="163"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="136"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="143"/>
        <source>Exported the orders to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="151"/>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="153"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="164"/>
        <source>&amp;Paste an order page to fill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="165"/>
        <source>&amp;Export orders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
