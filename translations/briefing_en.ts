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
    <message numerus="yes">
        <source>a ring of an area needs at least three points, but this one has %n; the ring closes itself, so the first point is not repeated at the end</source>
        <translation>
            <numerusform>a ring of an area needs at least three points, but this one has %n; the ring closes itself, so the first point is not repeated at the end</numerusform>
            <numerusform>a ring of an area needs at least three points, but this one has %n; the ring closes itself, so the first point is not repeated at the end</numerusform>
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
    <name>FormatAdvice</name>
    <message numerus="yes">
        <source>an itinerary: %n event(s) fall on the days of the visit (%1); &quot;itinerary&quot; lists the journey as stops and legs, with times of day and their UTC offset</source>
        <translation>
            <numerusform>an itinerary: %n event falls on the days of the visit (%1); &quot;itinerary&quot; lists the journey as stops and legs, with times of day and their UTC offset</numerusform>
            <numerusform>an itinerary: %n events fall on the days of the visit (%1); &quot;itinerary&quot; lists the journey as stops and legs, with times of day and their UTC offset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>confidence: %n entry(ies) speak of verification in their text or note (%1); version 2 gives every entry, place, line and source a &quot;confidence&quot;</source>
        <translation>
            <numerusform>confidence: %n entry speaks of verification in its text or note (%1); version 2 gives every entry, place, line and source a &quot;confidence&quot;</numerusform>
            <numerusform>confidence: %n entries speak of verification in their text or note (%1); version 2 gives every entry, place, line and source a &quot;confidence&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>places without coordinates: %n place(s) sit at 0, 0 or are marked as placeholders (%1); version 2 lets a place leave out &quot;lat&quot; and &quot;lon&quot;: it is listed, not drawn</source>
        <translation>
            <numerusform>places without coordinates: %n place sits at 0, 0 or is marked as a placeholder (%1); version 2 lets a place leave out &quot;lat&quot; and &quot;lon&quot;: it is listed, not drawn</numerusform>
            <numerusform>places without coordinates: %n places sit at 0, 0 or are marked as placeholders (%1); version 2 lets a place leave out &quot;lat&quot; and &quot;lon&quot;: it is listed, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flights: %n route(s) join points more than %L1 km apart (%2); a line of kind &quot;flight&quot; is drawn as a great circle</source>
        <translation>
            <numerusform>flights: %n route joins points more than %L1 km apart (%2); a line of kind &quot;flight&quot; is drawn as a great circle</numerusform>
            <numerusform>flights: %n routes join points more than %L1 km apart (%2); a line of kind &quot;flight&quot; is drawn as a great circle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place kinds: %n place(s) are named as a station, an airport or a landmark (%1); version 2 has the kinds &quot;station&quot;, &quot;airport&quot; and &quot;landmark&quot;</source>
        <translation>
            <numerusform>place kinds: %n place is named as a station, an airport or a landmark (%1); version 2 has the kinds &quot;station&quot;, &quot;airport&quot; and &quot;landmark&quot;</numerusform>
            <numerusform>place kinds: %n places are named as a station, an airport or a landmark (%1); version 2 has the kinds &quot;station&quot;, &quot;airport&quot; and &quot;landmark&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statuses: %n outcome(s) are said to be unclear (%1); version 2 has the outcome status &quot;unclear&quot; and the tension status &quot;unknown&quot;</source>
        <translation>
            <numerusform>statuses: %n outcome is said to be unclear (%1); version 2 has the outcome status &quot;unclear&quot; and the tension status &quot;unknown&quot;</numerusform>
            <numerusform>statuses: %n outcomes are said to be unclear (%1); version 2 has the outcome status &quot;unclear&quot; and the tension status &quot;unknown&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host country(ies)</source>
        <translation>
            <numerusform>%n host country</numerusform>
            <numerusform>%n host countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) in the itinerary</source>
        <translation>
            <numerusform>%n stop in the itinerary</numerusform>
            <numerusform>%n stops in the itinerary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leg(s) in the itinerary</source>
        <translation>
            <numerusform>%n leg in the itinerary</numerusform>
            <numerusform>%n legs in the itinerary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) on the map</source>
        <translation>
            <numerusform>%n area on the map</numerusform>
            <numerusform>%n areas on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) without coordinates</source>
        <translation>
            <numerusform>%n place without coordinates</numerusform>
            <numerusform>%n places without coordinates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n entry(ies) with a confidence</source>
        <translation>
            <numerusform>%L1 of %n entry with a confidence</numerusform>
            <numerusform>%L1 of %n entries with a confidence</numerusform>
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
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>and %Ln more place(s) at this point</source>
        <translation>
            <numerusform>and %Ln more place at this point</numerusform>
            <numerusform>and %Ln more places at this point</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message numerus="yes">
        <source>and %Ln more place(s), neither named nor numbered on the map</source>
        <extracomment>the last line of a printed map&apos;s key that lists only the first of many places</extracomment>
        <translation>
            <numerusform>and %Ln more place, neither named nor numbered on the map</numerusform>
            <numerusform>and %Ln more places, neither named nor numbered on the map</numerusform>
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
