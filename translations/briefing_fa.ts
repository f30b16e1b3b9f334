<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be read; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged or is not Briefing Viewer&apos;s; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is from another version; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 holds values of the wrong kind; the defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingReader</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a briefing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2 for a briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit for a briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a briefing file holds one JSON object { … }, but this one holds a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingSearch</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingValidator</name>
    <message>
        <source>a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a background section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timeline lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; is ignored (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, but it is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of this list should be an object { … }, but this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in the language &quot;%1&quot;, which the briefing&apos;s &quot;languages&quot; list does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no text in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, or an object of texts by language such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text in %1; the %2 text is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range: it must be between -%3 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may use only letters A–Z, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;, start with a letter or digit, and be at most 64 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2; every id must be unique in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; should be an id in double quotes, but this one is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this entry cites no source; add &quot;sources&quot; so readers can check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a line needs at least two points, but this one has %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the region&apos;s south edge (%1) must be below its north edge (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region&apos;s west and east edges are the same (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry has the id &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, but %3 is expected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry cannot name itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a briefing file holds one JSON object { … }, but this one holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this JSON file is not a briefing: it lacks &quot;format&quot;: &quot;briefing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;briefing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;version&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is in format version %1, but this program reads version %2; open it with a newer Briefing Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language is written as a code such as &quot;en&quot;, &quot;az&quot; or &quot;fa&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;iso3&quot; is a three-letter country code in capitals, such as &quot;AZE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source address must be a web address starting with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cite at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period needs a span such as &quot;2020-09-27/2020-11-10&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>%1–%2</source>
        <comment>a range of months in one year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>an approximate date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetailView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit at a glance: who, where, when, why, the people, the expected outcomes and the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected entry: its text, places, related entries and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available in this language; shown in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schematic course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties: %1 · Severity: %2 · Status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>Filter this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the entries that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-04-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year 0000 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: %2 has %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message numerus="yes">
        <source>this text is longer than the limit of about %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a JSON value (a missing quote, or a stray character?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes (a trailing comma?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; (a missing comma?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; (a missing comma?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash escape in this text is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file with UTF-8 encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a NUL byte: it is not a text file, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete (was it cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkGate</name>
    <message>
        <source>Link refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefing Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the open briefing file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Built-in Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to what was selected before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Briefing Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s); run briefing --check on the file to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>built-in briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Briefing Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agenda area lists no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This briefing lists no tensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This briefing has no background sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefings (*.briefing.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed or renamed; the briefing stays open as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1 after it changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Briefing Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Viewer %1

A reader for diplomatic briefings: the visit, its agenda, the tensions around it, the background, the timeline and the map.

The built-in briefing rests on the JAM-news article of 28 April 2025 and on the published reports it lists; each entry names its own sources, with their addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>This briefing lists no places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceModel</name>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file in a text editor and open it again. The briefing that was open stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the whole briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds text in titles, texts, names, places and sources; Enter goes to the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each match is; Enter or a double click goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search titles, texts, names, places and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; type more to narrow them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensionModel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>This briefing lists no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads and shows a diplomatic briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing to open (default: the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a briefing file, print its problems as FILE:LINE:COLUMN: message, and exit 0 when it is valid, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at a tab: overview, tensions, background, timeline, or an agenda area&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window offscreen to a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the remembered window, tab, recent files and language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface and briefing language: en, az or fa (default: the system&apos;s, else English).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
