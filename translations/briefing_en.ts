<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefingExporter</name>
    <message numerus="yes">
        <source>%n selected event(s)</source>
        <translation>
            <numerusform>%n selected event</numerusform>
            <numerusform>%n selected events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingValidator</name>
    <message numerus="yes">
        <source>a line needs at least two points, but this one has %n</source>
        <translation>
            <numerusform>a line needs at least two points, but this one has %n</numerusform>
            <numerusform>a line needs at least two points, but this one has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; they are shown in %2. briefing --check lists them.</source>
        <translation>
            <numerusform>%n text has no %1 version; it is shown in %2. briefing --check lists it.</numerusform>
            <numerusform>%n texts have no %1 version; they are shown in %2. briefing --check lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more text(s) without a translation</source>
        <translation>
            <numerusform>… and %n more text without a translation</numerusform>
            <numerusform>… and %n more texts without a translation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message numerus="yes">
        <source>%1 visits %2</source>
        <translation>
            <numerusform>%1 visits %2</numerusform>
            <numerusform>%1 visit %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Only the %n filtered event(s)</source>
        <translation>
            <numerusform>Only the %n filtered event</numerusform>
            <numerusform>Only the %n filtered events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeoJsonLayer</name>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message numerus="yes">
        <source>this text is longer than the limit of about %n characters</source>
        <translation>
            <numerusform>this text is longer than the limit of about %n character</numerusform>
            <numerusform>this text is longer than the limit of about %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Added %n map feature(s) with warnings; the layer&apos;s file may be incomplete.</source>
        <translation>
            <numerusform>Added %n map feature with warnings; the layer&apos;s file may be incomplete.</numerusform>
            <numerusform>Added %n map features with warnings; the layer&apos;s file may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n map feature(s).</source>
        <translation>
            <numerusform>Added %n map feature.</numerusform>
            <numerusform>Added %n map features.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s); File &gt; Warnings lists them.</source>
        <translation>
            <numerusform>Opened with %n warning; File &gt; Warnings lists it.</numerusform>
            <numerusform>Opened with %n warnings; File &gt; Warnings lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message numerus="yes">
        <source>%n place(s) have no position and are not drawn</source>
        <translation>
            <numerusform>%n place has no position and is not drawn</numerusform>
            <numerusform>%n places have no position and are not drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 could not be opened: %n problem found.</numerusform>
            <numerusform>%1 could not be opened: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is open; %n warning(s) about it:</source>
        <translation>
            <numerusform>%1 is open; %n warning about it:</numerusform>
            <numerusform>%1 is open; %n warnings about it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>The first %n results; type more to narrow them.</source>
        <translation>
            <numerusform>The first result; type more to narrow it down.</numerusform>
            <numerusform>The first %n results; type more to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%1 of %n tension(s)</source>
        <translation>
            <numerusform>%1 of %n tension</numerusform>
            <numerusform>%1 of %n tensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tension(s)</source>
        <translation>
            <numerusform>%n tension</numerusform>
            <numerusform>%n tensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n section(s)</source>
        <translation>
            <numerusform>%1 of %n section</numerusform>
            <numerusform>%1 of %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) and line(s)</source>
        <translation>
            <numerusform>%1 of %n place or line</numerusform>
            <numerusform>%1 of %n places and lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) and line(s)</source>
        <translation>
            <numerusform>%n place or line</numerusform>
            <numerusform>%n places and lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineJsImporter</name>
    <message numerus="yes">
        <source>none of the %n event(s) in the file can be placed on the timeline (the warnings say why for each), so it is not opened: it would show nothing</source>
        <translation>
            <numerusform>the file&apos;s one event cannot be placed on the timeline (the warning says why), so it is not opened: it would show nothing</numerusform>
            <numerusform>none of the %n events in the file can be placed on the timeline (the warnings say why for each), so it is not opened: it would show nothing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n more event(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n more event here; click to zoom in</numerusform>
            <numerusform>%n more events here; click to zoom in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) on this date; click to choose one</source>
        <translation>
            <numerusform>%n more event on this date; click to choose it</numerusform>
            <numerusform>%n more events on this date; click to choose one</numerusform>
        </translation>
    </message>
</context>
</TS>
