<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/copying.py" line="35"/>
        <source>These fields are still empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="37"/>
        <source>This may break %1&apos;s rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="55"/>
        <source>There is no text to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="60"/>
        <source>Copy the text anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="60"/>
        <source>Copy anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="64"/>
        <source>Not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="85"/>
        <source>No template matches the search, so nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/copying.py" line="50"/>
        <source>Copied %1 characters. Paste them into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="46"/>
        <source>Move through the template list from the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="47"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="48"/>
        <source>Next box in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="49"/>
        <source>Open the calendar in a date box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="50"/>
        <source>Today in an empty date box, then a day earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="57"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="60"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="60"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="75"/>
        <source>Choose where you sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="76"/>
        <source>Pick the platform at the top. The message language follows it; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="79"/>
        <source>Find the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="80"/>
        <source>Press Ctrl+F and type what happened (返金, late, 発送…). Press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="83"/>
        <source>Fill in the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="85"/>
        <source>Type in each box; Tab moves to the next. Dates can be typed as 12/4 or 12月4日. A box still needed is marked in red, and the message shows its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="90"/>
        <source>Copy and paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="91"/>
        <source>Press Ctrl+Return to copy, then paste into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/help_pages.py" line="99"/>
        <source>Your first message in four steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="44"/>
        <source>This order has no deadlines yet: enter its dates (paid, shipped) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar_export.py" line="60"/>
        <source>Saved %n deadline(s) to %1; open it to add them to your calendar.</source>
        <translation>
            <numerusform>Saved %n deadline to %1; open it to add it to your calendar.</numerusform>
            <numerusform>Saved %n deadlines to %1; open it to add them to your calendar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="69"/>
        <source>Deadlines to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="69"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_export.py" line="74"/>
        <source>Export the order&apos;s &amp;deadlines to a calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBanner</name>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="76"/>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="77"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="88"/>
        <source>This file was changed by another program. Reload it, or keep your text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="96"/>
        <source>This file was moved or deleted by another program. Keep your text and save to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamageDialogs</name>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="19"/>
        <source>Orders database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="24"/>
        <source>The orders database is damaged and cannot be read.

Teinei can keep a copy of the damaged file (so nothing is deleted) and start a new, empty orders database. Your templates are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="33"/>
        <source>Keep a copy and start new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="37"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="55"/>
        <source>Settings not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/damage_dialogs.py" line="60"/>
        <source>Teinei could not use its settings file, so it started with default settings. Shared template folders and platform corrections are not in use until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <location filename="../../app/ui/date_box.py" line="141"/>
        <source>Open the calendar (Alt+Down or F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="188"/>
        <source>Set the dates above to see the deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="228"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="228"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/deadline_panel.py" line="236"/>
        <source>Order dates and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message numerus="yes">
        <location filename="../../app/ui/desk_view.py" line="128"/>
        <source>%n template file(s) could not be read; run teinei check for details.</source>
        <translation>
            <numerusform>%n template file could not be read; run teinei check for details.</numerusform>
            <numerusform>%n template files could not be read; run teinei check for details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="162"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="172"/>
        <source>About Teinei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="173"/>
        <source>Teinei drafts careful messages to marketplace buyers, in Japanese and English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDock</name>
    <message>
        <location filename="../../app/ui/userset/editor_dock.py" line="31"/>
        <location filename="../../app/ui/userset/editor_dock.py" line="32"/>
        <source>Template editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <location filename="../../app/ui/userset/editor_tabs.py" line="63"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editor_tabs.py" line="64"/>
        <source>Save this template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../app/ui/editor/window.py" line="22"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/window.py" line="23"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/window.py" line="25"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/window.py" line="46"/>
        <source>{0}{1} — Teinei template editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="101"/>
        <source>Teinei kept unsaved text for {0} from {1}, but the file is gone. Save the text as that file again and open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="106"/>
        <source>Teinei kept unsaved text for {0} from {1}. Open it in the editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="110"/>
        <source>Unsaved text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/editors.py" line="129"/>
        <source>Saved the kept text as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleForm</name>
    <message>
        <location filename="../../app/ui/editor/example_form.py" line="79"/>
        <source>Example order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/example_form.py" line="80"/>
        <source>The values the preview and the checks fill in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="30"/>
        <source>Template folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="33"/>
        <source>Extra folders (for example one your sync tool keeps, or a team&apos;s share) with ja/ and en/ inside. Tick Writable to let Teinei save there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="39"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="39"/>
        <source>Writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="42"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/folders_dialog.py" line="88"/>
        <source>Choose a template folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="53"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="66"/>
        <source>label shown in the order form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="75"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="76"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="77"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/front_form.py" line="78"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="26"/>
        <source>Import templates from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="28"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="28"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="32"/>
        <source>Replace my templates that have the same id (the old ones go to the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="40"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="73"/>
        <source>{0} (shown instead of {1} &apos;{2}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="77"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="79"/>
        <source>Would replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="86"/>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="88"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="94"/>
        <source>Some files are broken or refused, so nothing will be imported. Fix them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="98"/>
        <source>There are no templates to import here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/import_dialog.py" line="100"/>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/ui/names.py" line="64"/>
        <source>A line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="65"/>
        <source>Several lines of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="66"/>
        <source>An amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="67"/>
        <source>A date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="68"/>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="69"/>
        <source>A choice from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="70"/>
        <source>A tick box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../app/ui/names.py" line="55"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="56"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/desk_view.py" line="136"/>
        <source>“%1” is not offered on %2; opened “%3” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Started a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>Loading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <source>Ctrl+F search · Enter fill in · Ctrl+Return copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="30"/>
        <source>Click to go to the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="55"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/notices.py" line="59"/>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSync</name>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="95"/>
        <source>Fix the front matter in Source first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="152"/>
        <source>Fix the front matter in Source first; new values go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="213"/>
        <location filename="../../app/ui/editor/message_sync.py" line="218"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="213"/>
        <source>What the order form asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="218"/>
        <source>Kind of value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="229"/>
        <source>A new tick box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="232"/>
        <location filename="../../app/ui/editor/message_sync.py" line="241"/>
        <source>Only when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="232"/>
        <source>Show the selected lines only when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_sync.py" line="243"/>
        <source>When should these lines be in the message?
The order form asks it with a tick box (e.g. “I sent photos”):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="79"/>
        <source>Insert value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="80"/>
        <source>Put the chosen value where the cursor is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="81"/>
        <source>New value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="82"/>
        <source>Only when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="84"/>
        <source>Show the selected lines only when a tick box in the order form is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="86"/>
        <source>Always show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="87"/>
        <source>The selected lines are shown in every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="103"/>
        <source>This text uses characters the message view cannot keep; edit it in Source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="131"/>
        <source>From the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="132"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="144"/>
        <source>only when %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="166"/>
        <source>The template needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="180"/>
        <source>%1: %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="184"/>
        <source>%1: %2 / %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/message_view.py" line="190"/>
        <source>%1 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="48"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="52"/>
        <source>e.g. Sorry for the late reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="54"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="57"/>
        <source>All marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="85"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="87"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="88"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="89"/>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="90"/>
        <source>Write first in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/new_dialog.py" line="133"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepBanner</name>
    <message>
        <location filename="../../app/ui/next_step_banner.py" line="66"/>
        <source>Open template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../../app/ui/order_card.py" line="199"/>
        <source>These notes are %1 characters long: the start is shown here, and they are kept whole. An export holds them in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="235"/>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="241"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="242"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="243"/>
        <source>Amazon shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="244"/>
        <source>Shipping notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="245"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="246"/>
        <source>Buyer&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="247"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="248"/>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_card.py" line="249"/>
        <source>Anything to remember about this deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../app/ui/order_form.py" line="145"/>
        <source>In %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="156"/>
        <source>When “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="190"/>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="192"/>
        <source>Choose a template on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="194"/>
        <source>This template needs no details; the text is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_form.py" line="195"/>
        <source>For reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLine</name>
    <message>
        <location filename="../../app/ui/order_line.py" line="34"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_line.py" line="36"/>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_line.py" line="38"/>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_line.py" line="40"/>
        <source>Open the orders panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="32"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="33"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="34"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="35"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="111"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="112"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="113"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="114"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="115"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/order_table_model.py" line="116"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="194"/>
        <source>The copy was not added to the order&apos;s timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_panel.py" line="117"/>
        <source>Copy again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../app/ui/orders_view.py" line="153"/>
        <source>Search buyer, item, order number, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="154"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="155"/>
        <source>Paste to fill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="164"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_view.py" line="164"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteFillDialog</name>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="58"/>
        <source>Paste to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="60"/>
        <source>Paste the order page&apos;s text. Check what Teinei found; untick anything wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="69"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="69"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="69"/>
        <source>From the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="76"/>
        <source>Fill the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="80"/>
        <source>Only the first %1 characters are read: an order page is far shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="147"/>
        <source>Nothing recognisable was found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/paste_fill_dialog.py" line="152"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="210"/>
        <source>Start the %1 version from the %2 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="240"/>
        <source>No template matches “%1”. Change the search or clear it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="247"/>
        <source>This template is not written in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="256"/>
        <source>This template cannot be filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="264"/>
        <source>Example order. Type in the form to write your own.
Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="270"/>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/preview_pane.py" line="291"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="294"/>
        <source>%1 / %2 characters: %3 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="301"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="312"/>
        <source>Not written in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="316"/>
        <source>No %1 version of this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="320"/>
        <source>The same message in %1: some values are not written in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="326"/>
        <source>The same message in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/preview_pane.py" line="365"/>
        <source>⇆ Other language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <location filename="../../app/ui/qr_dialog.py" line="47"/>
        <source>Send from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_dialog.py" line="59"/>
        <source>This message is too long for one QR code (%1 bytes; at most %2). Shorten it, or copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/qr_dialog.py" line="69"/>
        <source>Point your phone&apos;s camera at the code and open the text it finds. Copy it there and paste it into the marketplace&apos;s app (%n character(s)).</source>
        <translation>
            <numerusform>Point your phone&apos;s camera at the code and open the text it finds. Copy it there and paste it into the marketplace&apos;s app (%n character).</numerusform>
            <numerusform>Point your phone&apos;s camera at the code and open the text it finds. Copy it there and paste it into the marketplace&apos;s app (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/qr_dialog.py" line="100"/>
        <source>Shown as a QR code for your phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShownText</name>
    <message>
        <location filename="../../app/ui/shown_text.py" line="39"/>
        <source>This text is %1 characters long: the start is shown here, and it is kept whole. An export holds it in full.</source>
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
    <message>
        <location filename="../../app/ui/names.py" line="30"/>
        <source>Question about a listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="31"/>
        <source>Price offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="32"/>
        <source>Listing for one buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="33"/>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="34"/>
        <source>Buyer asks to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="35"/>
        <source>Shipping late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="36"/>
        <source>Parcel not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="37"/>
        <source>Parcel came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="38"/>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="39"/>
        <source>Accepting a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="40"/>
        <source>Refund done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="41"/>
        <source>After the buyer rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/names.py" line="42"/>
        <source>Answering a low rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="86"/>
        <source>Customize (both languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="87"/>
        <source>Customize (this language only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="88"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="89"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="90"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="91"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="92"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="93"/>
        <source>Restore a deleted template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="94"/>
        <source>Revert to built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="95"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="96"/>
        <source>Export my templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="97"/>
        <source>Template folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="136"/>
        <source>Undo delete of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="139"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="160"/>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="161"/>
        <source>Save where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="161"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="183"/>
        <source>{0} is now in your set ({1}); edit it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="192"/>
        <source>Edit a built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="194"/>
        <source>Built-in templates stay as shipped. Copy {0} into your own set and edit the copy? (Revert to built-in undoes this.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="243"/>
        <source>Made {0}; write the message, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="266"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="266"/>
        <source>New id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="272"/>
        <source>{0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="292"/>
        <source>Copied {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="303"/>
        <source>Deleted {0} (moved to the trash; Undo delete brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="315"/>
        <source>{0} is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="321"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="328"/>
        <source>Restore a deleted template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="328"/>
        <source>Deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="341"/>
        <source>{0} shows the built-in again; Undo delete brings your copy back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="346"/>
        <source>A zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="346"/>
        <source>A folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="348"/>
        <location filename="../../app/ui/userset/actions.py" line="353"/>
        <source>Import templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="348"/>
        <source>Import from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="363"/>
        <source>Imported {0} file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="367"/>
        <source>Export my templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="376"/>
        <source>Exported {0} file(s) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/actions.py" line="384"/>
        <source>Template folders updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <location filename="../../app/ui/template_browser.py" line="87"/>
        <source>All situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="90"/>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/template_browser.py" line="220"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="222"/>
        <source>No template matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="242"/>
        <source>Search templates (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/template_browser.py" line="243"/>
        <source>Title, tags or text, in Japanese or English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="123"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="124"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="188"/>
        <source>This template is read-only here. Customize it to edit your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="199"/>
        <source>Unsaved text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="201"/>
        <source>Teinei kept unsaved text for {0} from {1}, probably because it closed before you saved. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="222"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="223"/>
        <source>{0} has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="244"/>
        <source>Changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="246"/>
        <source>{0} was changed by another program since you opened it. Replace it with your text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="254"/>
        <source>Could not save {0}: {1}. Your text is still here and autosaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="257"/>
        <source>Could not save {0}: {1}. Your text is still here only; copy it somewhere safe before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="272"/>
        <source>Saved, but line {0} has a problem; the library skips this file until it is fixed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_widget.py" line="375"/>
        <source>Fix the front matter first; the form edits it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../app/ui/template_list_model.py" line="74"/>
        <source>From: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="28"/>
        <source>Preview with the example values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="48"/>
        <source>The preview waits until the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="75"/>
        <source>The example has no value for: {0}. Add them under [example].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/preview.py" line="84"/>
        <source>{0} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSource</name>
    <message>
        <location filename="../../app/ui/userset/source_label.py" line="13"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/userset/source_label.py" line="15"/>
        <source>My templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="123"/>
        <source>Messages sent for this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="124"/>
        <source>Copy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline_view.py" line="125"/>
        <source>No message copied for this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../app/ui/top_bar.py" line="84"/>
        <source>Paste into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="93"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="94"/>
        <source>&amp;Message in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/top_bar.py" line="95"/>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message numerus="yes">
        <location filename="../../app/ui/warnings_bar.py" line="103"/>
        <source>%n warning(s): click one to see its words in the message</source>
        <translation>
            <numerusform>%n warning: click it to see its words in the message</numerusform>
            <numerusform>%n warnings: click one to see its words in the message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="43"/>
        <source>Welcome to Teinei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="47"/>
        <source>Teinei writes careful messages to your buyers from ready templates: you fill in the order, it checks the platform&apos;s rules, you copy and paste.

Where do you sell? (You can change this at any time.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="60"/>
        <source>Most of my messages are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="69"/>
        <source>Mercari US and eBay start in English either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="72"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86"/>
        <source>the marketplace&apos;s message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="93"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="95"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100"/>
        <source>&amp;Reload templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="101"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102"/>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="103"/>
        <source>Show as &amp;QR code (to send from the phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="104"/>
        <source>&amp;New order (clear the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="105"/>
        <source>&amp;Find template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="106"/>
        <source>&amp;Fill in the selected template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="107"/>
        <source>Add to &amp;favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="108"/>
        <source>Write in &amp;Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="109"/>
        <source>Write in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="110"/>
        <source>Show the &amp;other language beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="111"/>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="114"/>
        <source>&amp;About Teinei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="115"/>
        <source>Your &amp;first message in four steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="116"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/orders_dock.py" line="23"/>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="138"/>
        <source>Exported the orders to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/desk_screenshots.py" line="84"/>
        <location filename="../../app/ui/window_orders.py" line="145"/>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="147"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="153"/>
        <source>&amp;Paste an order page to fill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window_orders.py" line="154"/>
        <source>&amp;Export orders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
