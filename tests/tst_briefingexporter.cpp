// The exported briefing read back as a reader gets it: poppler's pdftotext, pdffonts and
// pdfinfo, and qpdf for the outline and the links.
#define POINTERHOLDER_TRANSITION 4

#include "document/briefingreader.h"
#include "document/dateformatter.h"
#include "document/vocabulary.h"
#include "export/briefingexporter.h"
#include "export/pagedlayout.h"
#include "models/chipstyle.h"
#include "models/fallbackmark.h"
#include "testdata.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cmath>
#include <set>

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return run(u"pdftotext"_qs, {u"-f"_qs, n, u"-l"_qs, n, pdf, u"-"_qs});
}

QString normalized(const QString &text)
{
    // Text extraction yields presentation forms and drops joiners and direction marks.
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.remove(QRegularExpression(u"[\\x{200c}-\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"_qs));
    // The font's final forms of Persian yeh and kaf extract as their Arabic twins.
    plain.replace(QChar(0x064A), QChar(0x06CC)).replace(QChar(0x0643), QChar(0x06A9));
    return plain.simplified();
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_qs, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_qs, {pdf})).captured(1).toInt();
}

struct OutlineEntry
{
    QString title;
    int page; // 1-based
};

QList<OutlineEntry> outline(const QString &pdf)
{
    QPDF document;
    document.processFile(pdf.toLocal8Bit().constData());
    QPDFOutlineDocumentHelper outlines(document);
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
    QList<OutlineEntry> entries;
    for (QPDFOutlineObjectHelper &item : outlines.getTopLevelOutlines()) {
        const QPDFObjectHandle page = item.getDestPage();
        int number = 0;
        for (size_t i = 0; i < pages.size(); ++i) {
            if (pages[i].getObjectHandle().getObjGen() == page.getObjGen())
                number = int(i) + 1;
        }
        entries.append({QString::fromStdString(item.getTitle()), number});
    }
    return entries;
}

// Every /URI of every link annotation.
// How many text objects (BT ... ET) the pages' content streams hold: one for each run of
// glyphs that Qt's PDF writer draws in one font.
int textObjects(const QString &pdf)
{
    QPDF document;
    document.processFile(pdf.toLocal8Bit().constData());
    int count = 0;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(document).getAllPages()) {
        for (QPDFObjectHandle &stream : page.getPageContents()) {
            const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            const QByteArray content = QByteArray::fromRawData(
                reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
            count += int(content.count("\nBT\n"));
        }
    }
    return count;
}

QStringList links(const QString &pdf)
{
    QPDF document;
    document.processFile(pdf.toLocal8Bit().constData());
    QStringList uris;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(document).getAllPages()) {
        for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations("/Link")) {
            QPDFObjectHandle action = annotation.getObjectHandle().getKey("/A");
            if (action.isDictionary() && action.getKey("/URI").isString())
                uris << QString::fromStdString(action.getKey("/URI").getStringValue());
        }
    }
    return uris;
}

const char *TimelineMark = "TIMELINE-FIGURE-MARK";
const char *MapMark = "MAP-FIGURE-MARK";

ExportOptions::Figure markFigure(const char *mark)
{
    return [mark](QPainter *painter, const QRectF &rect) {
        painter->setPen(Qt::darkBlue);
        painter->setFont(QFont(u"Noto Sans"_qs, 10));
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
        painter->drawLine(rect.topLeft(), rect.bottomRight());
        painter->drawText(rect, Qt::AlignCenter, QString::fromLatin1(mark));
    };
}

// The timeline's figure as one mark, whatever the events' numbers.
ExportOptions::TimelineFigures markTimeline(const char *mark)
{
    return [mark](const QHash<QString, int> &) {
        return QList<ExportOptions::TimelineView>{{markFigure(mark)}};
    };
}

// A briefing made in code, so that it can hold what the validator would refuse.
BriefingPtr hostileBriefing()
{
    auto briefing = std::make_shared<Briefing>();
    briefing->languages = {u"en"_qs};
    briefing->title.set(u"en"_qs, u"<img src=x> Visit & talks"_qs);
    briefing->summary.set(u"en"_qs, u"<b>not bold</b> <a href=\"file:///etc/passwd\">x</a>"_qs);
    briefing->produced = FuzzyDate::parse(u"2025-04-01");
    briefing->visit.date = FuzzyDate::parse(u"2025-04-28");
    const QStringList addresses = {
        u"https://example.org/ä?q=1"_qs, u"http://example.com/"_qs,
        // Not web addresses by WebLink's rule: a space, a user name.
        u"https://example.org/a b"_qs, u"https://user@example.org/"_qs,
        u"javascript:alert(1)"_qs, u"file:///etc/passwd"_qs, u"ftp://example.org/x"_qs,
        u"https:///nohost"_qs, u"data:text/html,<script>alert(1)</script>"_qs};
    AgendaArea area;
    area.id = u"area"_qs;
    area.title.set(u"en"_qs, u"Trade <script>"_qs);
    AgendaItem item;
    item.id = u"item"_qs;
    item.area = area.id;
    item.title.set(u"en"_qs, u"<img src=x>"_qs);
    item.text.set(u"en"_qs, u"Text with <img src=\"/dev/zero\"> inside."_qs);
    for (int i = 0; i < addresses.size(); ++i) {
        Source source;
        source.id = u"s%1"_qs.arg(i);
        source.title.set(u"en"_qs, u"Source %1"_qs.arg(i));
        source.url = addresses.at(i);
        briefing->sources << source;
        item.sources << source.id;
    }
    area.items << item;
    briefing->agenda << area;
    TimelineEvent event;
    event.id = u"event"_qs;
    event.title.set(u"en"_qs, u"<img src=x> event"_qs);
    event.date = FuzzyDate::parse(u"2025-04-28");
    briefing->events << event;
    briefing->buildIndex();
    return briefing;
}

// A briefing whose events table runs over dozens of pages; every event on a day of its own.
BriefingPtr longBriefing(int events)
{
    auto briefing = std::make_shared<Briefing>();
    briefing->languages = {u"en"_qs};
    briefing->title.set(u"en"_qs, u"A long record"_qs);
    briefing->produced = FuzzyDate::parse(u"2025-04-01");
    briefing->visit.date = FuzzyDate::parse(u"2025-04-28");
    const QDate first(1990, 1, 1);
    for (int i = 0; i < events; ++i) {
        TimelineEvent event;
        event.id = u"e%1"_qs.arg(i);
        event.title.set(u"en"_qs, u"Recorded event %1"_qs.arg(i));
        event.date = FuzzyDate::parse(first.addDays(i * 3).toString(Qt::ISODate));
        briefing->events << event;
    }
    briefing->buildIndex();
    return briefing;
}

// `events` events, most of them named in English with a word of another script, and agenda
// areas whose text is in further scripts: the events list runs in several parts, and the
// sections bring scripts that the cover and the contents do not have.
BriefingPtr manyScriptsBriefing(int events)
{
    const QStringList words = {u"Αθήνα"_qs, u"Москва"_qs, u"Երևան"_qs, u"თბილისი"_qs,
                               u"ירושלים"_qs, u"تهران"_qs};
    auto briefing = std::make_shared<Briefing>(*longBriefing(events));
    for (qsizetype i = 0; i < briefing->events.size(); i += 7) {
        TimelineEvent &event = briefing->events[i];
        event.title.set(u"en"_qs, u"Recorded event %1 in "_qs.arg(i)
                                      + words.at((i / 7) % words.size()));
    }
    for (qsizetype k = 0; k < words.size(); ++k) {
        AgendaArea area;
        area.id = u"area%1"_qs.arg(k);
        area.title.set(u"en"_qs, u"Agenda area %1"_qs.arg(k));
        for (int n = 0; n < 12; ++n) {
            AgendaItem item;
            item.id = u"item%1-%2"_qs.arg(k).arg(n);
            item.area = area.id;
            item.title.set(u"en"_qs, u"Item %1 on "_qs.arg(n) + words.at(k));
            item.text.set(u"en"_qs, QStringList(30, words.at((k + n) % words.size())).join(u' '));
            area.items << item;
        }
        briefing->agenda << area;
    }
    briefing->buildIndex();
    return briefing;
}

// What each page of a PDF draws: its content streams, decoded.
QList<QByteArray> pageContents(const QString &pdf)
{
    QPDF document;
    document.processFile(pdf.toLocal8Bit().constData());
    QList<QByteArray> pages;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(document).getAllPages()) {
        QByteArray content;
        for (QPDFObjectHandle &stream : page.getPageContents()) {
            const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
            content.append(reinterpret_cast<const char *>(data->getBuffer()),
                           qsizetype(data->getSize()));
        }
        pages << content;
    }
    return pages;
}

// A briefing whose background is one section of many paragraphs of two to twelve lines, so that
// paragraphs fall across page breaks; each word of paragraph k is "pK" (two digits), so that
// every line read back says which paragraph it belongs to. `shift` varies the lengths, and
// with them where the breaks fall.
BriefingPtr paragraphsBriefing(int shift)
{
    auto briefing = std::make_shared<Briefing>();
    briefing->languages = {u"en"_qs};
    briefing->title.set(u"en"_qs, u"Many paragraphs"_qs);
    briefing->produced = FuzzyDate::parse(u"2025-04-01");
    briefing->visit.date = FuzzyDate::parse(u"2025-04-28");
    BackgroundSection section;
    section.id = u"history"_qs;
    section.title.set(u"en"_qs, u"History"_qs);
    // Lengths drawn from a fixed seed, so that page breaks fall after every line of a
    // paragraph somewhere: lengths in a regular sequence never left one last line alone.
    QRandomGenerator lengths(quint32(shift) + 1);
    QStringList paragraphs;
    for (int k = 0; k < 60; ++k) {
        const QString word = u"p%1"_qs.arg(k, 2, 10, QChar(u'0'));
        paragraphs << QStringList(15 + int(lengths.bounded(150)), word).join(u' ');
    }
    section.text.set(u"en"_qs, paragraphs.join(u"\n\n"_qs));
    briefing->background << section;
    briefing->buildIndex();
    return briefing;
}

// `count` tensions, each citing a source of its own and naming a place of its own.
BriefingPtr longLists(int count)
{
    auto briefing = std::make_shared<Briefing>();
    briefing->languages = {u"en"_qs};
    briefing->title.set(u"en"_qs, u"Many tensions, places and sources"_qs);
    briefing->produced = FuzzyDate::parse(u"2025-04-01");
    briefing->visit.date = FuzzyDate::parse(u"2025-04-28");
    for (int i = 0; i < count; ++i) {
        Source source;
        source.id = u"s%1"_qs.arg(i);
        source.title.set(u"en"_qs, u"Report number %1 on the border talks"_qs.arg(i));
        source.publisher = u"Agency %1"_qs.arg(i % 7);
        source.url = u"https://example.org/report/%1"_qs.arg(i);
        briefing->sources << source;
        Place place;
        place.id = u"p%1"_qs.arg(i);
        place.name.set(u"en"_qs, u"Village %1"_qs.arg(i));
        place.position = {40 + (i % 100) / 50.0, 45 + (i / 100) / 50.0};
        place.hasPosition = true;
        briefing->places << place;
        Tension tension;
        tension.id = u"t%1"_qs.arg(i);
        tension.title.set(u"en"_qs, u"Dispute over water rights, case %1"_qs.arg(i));
        tension.text.set(u"en"_qs, u"The two sides disagree on who may draw water from the "
                                   "river near the village, and when."_qs);
        tension.sources = {source.id};
        tension.places = {place.id};
        briefing->tensions << tension;
    }
    briefing->buildIndex();
    return briefing;
}

// The most pages whose layout a PDF export of the briefing held at once; `pages` gets the
// export's pages.
int peakPagesHeld(const Briefing &briefing, int *pages)
{
    ExportOptions options;
    const PagedLayout layout(briefing, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(LayoutDpi);
    QPainter painter(&writer);
    const bool complete = layout.paint(&painter, [&writer] { return writer.newPage(); }, 1.0);
    painter.end();
    *pages = complete ? layout.pageCount() : 0;
    return layout.peakPagesHeld();
}

// The built-in briefing with texts that Persian lacks: a summary, an agenda item's title and a
// source's title in English only, each ending with a full stop.
BriefingPtr withEnglishFallbacks(const BriefingPtr &builtIn)
{
    auto briefing = std::make_shared<Briefing>(*builtIn);
    const auto english = [](const QString &text) {
        LocalizedText value;
        value.set(u"en"_qs, text);
        return value;
    };
    briefing->summary = english(u"The presidency said the talks went well."_qs);
    briefing->agenda.first().items.first().title = english(u"Ferry routes reopened."_qs);
    briefing->sources.first().title = english(u"Ahead of the visit."_qs);
    briefing->buildIndex();
    return briefing;
}

// The typical distance between two lines that follow each other on the pages from `first`
// to `last`, from the lines' boxes that pdftotext gives: the most frequent one (to a quarter
// point), that of the lines of a paragraph. A median mixes them with the steps between list
// items and moves with the pages' mix of paragraphs and lists.
double linePitch(const QString &pdf, int first, int last)
{
    const QString xml = run(u"pdftotext"_qs, {u"-bbox-layout"_qs, u"-f"_qs, QString::number(first),
                                              u"-l"_qs, QString::number(last), pdf, u"-"_qs});
    const QRegularExpression page(u"<page[^>]*>(.*?)</page>"_qs,
                                  QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression line(u"<line [^>]*yMax=\"([\\d.]+)\""_qs);
    QList<double> pitches;
    for (auto pages = page.globalMatch(xml); pages.hasNext();) {
        QList<double> bottoms;
        for (auto lines = line.globalMatch(pages.next().captured(1)); lines.hasNext();)
            bottoms << lines.next().captured(1).toDouble();
        for (int i = 1; i < bottoms.size(); ++i) {
            const double pitch = bottoms.at(i) - bottoms.at(i - 1);
            if (pitch > 0 && pitch < 40) // lines of one paragraph, not a gap or a new column
                pitches << pitch;
        }
    }
    if (pitches.isEmpty())
        return 0;
    QHash<int, int> counts;
    for (const double pitch : std::as_const(pitches))
        ++counts[qRound(pitch * 4)];
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(most) || (it.value() == counts.value(most) && it.key() < most))
            most = it.key();
    }
    return most / 4.0;
}

// The contents (page 2) give the page on which each section of the outline really starts.
void verifyContents(const QString &pdf)
{
    const QString toc = pageText(pdf, 2);
    const QList<OutlineEntry> entries = outline(pdf);
    QVERIFY(!entries.isEmpty());
    for (const OutlineEntry &entry : entries) {
        // pdftotext keeps a table row on one line or puts the number on a line after it.
        const QRegularExpression line(QRegularExpression::escape(entry.title) + u"\\s+(\\d+)"_qs);
        const QRegularExpressionMatch match = line.match(toc);
        QVERIFY2(match.hasMatch(), qPrintable(entry.title + u"\n"_qs + toc));
        const int listed = match.captured(1).toInt();
        QCOMPARE(listed, entry.page);
        QVERIFY2(normalized(pageText(pdf, listed)).contains(entry.title), qPrintable(entry.title));
    }
}

} // namespace

class TestBriefingExporter : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_briefing;
    QTemporaryDir m_dir;

    QString en(const LocalizedText &text) const { return m_briefing->text(text, u"en"_qs).text; }

    // Exports the built-in briefing; kept in $BRIEFING_EXPORT_KEEP when set, for looking at.
    QString exportBuiltIn(const QString &language, ExportOptions options = {})
    {
        options.language = language;
        options.timelineFigure = markTimeline(TimelineMark);
        options.mapFigure = markFigure(MapMark);
        const QString keep = qEnvironmentVariable("BRIEFING_EXPORT_KEEP");
        const QString file = (keep.isEmpty() ? m_dir.path() : keep) + u"/briefing-"_qs + language
            + (options.pageSize == QPageSize::Letter ? u"-letter"_qs : QString()) + u".pdf"_qs;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool written = BriefingExporter(m_briefing, options).writePdf(file, &error);
        qInfo("exported %s in %lld ms", qPrintable(language), timer.elapsed());
        return written ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(QString::fromLatin1(tool) + u" is missing (poppler-utils)"_qs));
        }
        m_briefing = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        QVERIFY(m_briefing);
        QVERIFY(m_dir.isValid());
    }

    void readsBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_qs;
        QTest::newRow("Azerbaijani") << u"az"_qs;
        QTest::newRow("Persian") << u"fa"_qs;
    }

    // Page count, fonts, metadata, outline, figures, and the briefing's own words.
    void readsBack()
    {
        QFETCH(QString, language);
        const QString pdf = exportBuiltIn(language);
        QVERIFY(!pdf.isEmpty());

        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 8 && pages <= 80, qPrintable(QString::number(pages)));

        const QStringList fonts =
            run(u"pdffonts"_qs, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts) {
            const QStringList columns = font.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == u"yes"_qs,
                     qPrintable(font));
            QVERIFY2(font.contains(u"NotoSans"_qs), qPrintable(font));
        }

        const QString info = run(u"pdfinfo"_qs, {u"-isodates"_qs, pdf});
        const QString title = m_briefing->text(m_briefing->title, language).text;
        QVERIFY2(info.contains(u"Title:"_qs) && normalized(info).contains(normalized(title)),
                 qPrintable(info));
        QVERIFY(info.contains(u"Author:          Briefing Viewer"_qs));
        QVERIFY(info.contains(u"Subject:"_qs));
        QPDF document;
        document.processFile(pdf.toLocal8Bit().constData());
        QCOMPARE(QString::fromStdString(document.getRoot().getKey("/Lang").getUTF8Value()),
                 language);

        const QList<OutlineEntry> entries = outline(pdf);
        // Overview, programme (the built-in briefing has an itinerary), the agenda areas,
        // tensions, background, outcomes, timeline, map, places and routes, sources.
        QVERIFY(!m_briefing->itinerary.isEmpty());
        QCOMPARE(entries.size(), 2 + m_briefing->agenda.size() + 7);
        for (const OutlineEntry &entry : entries) {
            QVERIFY(entry.page >= 3 && entry.page <= pages);
            QVERIFY2(normalized(pageText(pdf, entry.page)).contains(normalized(entry.title)),
                     qPrintable(entry.title));
        }

        const QString all = normalized(run(u"pdftotext"_qs, {pdf, u"-"_qs}));
        QVERIFY(all.contains(QLatin1String(TimelineMark)));
        QVERIFY(all.contains(QLatin1String(MapMark)));
        // The briefing's own text, in the export's language, every word of it whole: Qt's PDF
        // writer maps a glyph back to text only through the font's character map, so a font
        // that shapes letters into forms the map does not name would lose them.
        // Brackets and punctuation around a word are left out: in a right-to-left line the
        // extraction mirrors them and moves them to the word's other side.
        const auto allWordsFound = [&all](const QString &text) {
            const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
            for (QString word : words) {
                word.remove(QRegularExpression(u"^\\p{P}+|\\p{P}+$"_qs));
                word.remove(QRegularExpression(u"[()]"_qs));
                if (!word.isEmpty() && !all.contains(normalized(word)))
                    return false;
            }
            return !words.isEmpty();
        };
        QVERIFY2(allWordsFound(title), qPrintable(title));
        const QString item =
            m_briefing->text(m_briefing->agenda.first().items.first().title, language).text;
        QVERIFY2(allWordsFound(item), qPrintable(item));
        const QString purpose = m_briefing->text(m_briefing->visit.purpose, language).text;
        QVERIFY2(allWordsFound(purpose), qPrintable(purpose));
        // Dates as the reader's calendar writes them: Solar Hijri with Persian digits in Persian.
        const QString visitDate = DateFormatter(QLocale(language)).format(m_briefing->visit.date);
        QVERIFY2(allWordsFound(visitDate), qPrintable(visitDate));
        if (language == u"fa"_qs) {
            QVERIFY(visitDate.contains(u"۱۴۰۴"_qs));
            QVERIFY(all.contains(u"۱۴۰۴"_qs));
        }
    }

    // The table of contents gives the page on which each section really starts.
    void tableOfContentsMatchesPages()
    {
        verifyContents(exportBuiltIn(u"en"_qs));
    }

    // Exported again in the same run, the briefing comes out the same, page for page, and
    // nothing is said on the way (a document deleted away from the thread that made it would
    // warn about its timers).
    void exportsAgainTheSameWithoutWarnings()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_qs));
        const QString first = exportBuiltIn(u"fa"_qs);
        QVERIFY(!first.isEmpty());
        const QString firstText = run(u"pdftotext"_qs, {first, u"-"_qs});
        const int firstPages = pageCount(first);
        const QString second = exportBuiltIn(u"fa"_qs);
        QVERIFY(!second.isEmpty());
        QCOMPARE(pageCount(second), firstPages);
        QCOMPARE(run(u"pdftotext"_qs, {second, u"-"_qs}), firstText);
        for (int page = 1; page <= firstPages; ++page)
            QVERIFY(!pageText(second, page).trimmed().isEmpty());
    }

    // A long briefing in many scripts, exported again and again: its events list goes in
    // parts, and fonts are chosen for scripts met first in a section. Every export draws the
    // same pages. (When a second thread laid out some of the sections, the two threads filled
    // the table of fonts by script at once and now and then corrupted the heap.)
    void exportsManyPartsTheSameEachTime()
    {
        const BriefingPtr briefing = manyScriptsBriefing(2500);
        ExportOptions options;
        options.language = u"en"_qs;
        QList<QByteArray> first;
        for (int round = 0; round < 4; ++round) {
            const QString pdf = m_dir.filePath(u"many-parts-%1.pdf"_qs.arg(round));
            QString error;
            QVERIFY2(BriefingExporter(briefing, options).writePdf(pdf, &error), qPrintable(error));
            const QList<QByteArray> pages = pageContents(pdf);
            if (round == 0) {
                first = pages;
                QVERIFY2(first.size() > 80, qPrintable(QString::number(first.size())));
                const QString text = run(u"pdftotext"_qs, {pdf, u"-"_qs});
                for (const QString &word : {u"Αθήνα"_qs, u"Москва"_qs, u"Երևան"_qs})
                    QVERIFY2(text.contains(word), qPrintable(word));
                continue;
            }
            QCOMPARE(pages.size(), first.size());
            for (qsizetype page = 0; page < pages.size(); ++page) {
                QVERIFY2(pages.at(page) == first.at(page),
                         qPrintable(u"export %1, page %2"_qs.arg(round + 1).arg(page + 1)));
            }
        }
    }

    void noParagraphLeavesALineAlone_data()
    {
        QTest::addColumn<int>("shift");
        for (int shift = 0; shift < 6; ++shift)
            QTest::addRow("lengths %d", shift) << shift;
    }

    // No paragraph leaves its first line alone at the foot of a page (an orphan) or its last
    // alone at the head of the next (a widow): a paragraph that goes on over a page break has
    // two lines at least on each side of it.
    void noParagraphLeavesALineAlone()
    {
        QFETCH(int, shift);
        ExportOptions options;
        options.language = u"en"_qs;
        const QString pdf = m_dir.path() + u"/paragraphs-%1.pdf"_qs.arg(shift);
        QString error;
        QVERIFY2(BriefingExporter(paragraphsBriefing(shift), options).writePdf(pdf, &error),
                 qPrintable(error));
        // Each page's lines of text, as the paragraph numbers they carry; the headings,
        // footers and the contents carry none.
        QList<QList<int>> pages;
        const QRegularExpression tag(u"^(?:p(\\d\\d) ?)+$"_qs);
        for (const QString &page : run(u"pdftotext"_qs, {pdf, u"-"_qs}).split(u'\f')) {
            QList<int> lines;
            for (const QString &line : page.split(u'\n')) {
                const QRegularExpressionMatch match = tag.match(line.trimmed());
                if (match.hasMatch())
                    lines << match.captured(1).toInt();
            }
            if (!lines.isEmpty())
                pages << lines;
        }
        QVERIFY(pages.size() >= 3);
        int splits = 0;
        for (int i = 0; i + 1 < pages.size(); ++i) {
            const QList<int> &before = pages.at(i);
            const QList<int> &after = pages.at(i + 1);
            if (before.last() != after.first())
                continue;
            ++splits;
            const int paragraph = after.first();
            const auto foot = std::count(before.cbegin(), before.cend(), paragraph);
            const auto head = std::count(after.cbegin(), after.cend(), paragraph);
            QVERIFY2(foot >= 2 && head >= 2,
                     qPrintable(u"paragraph %1: %2 line(s) at the foot of a page, %3 at the head "
                                "of the next"_qs.arg(paragraph).arg(foot).arg(head)));
        }
        // The paragraphs did go on over page breaks: the rule was put to the test.
        QVERIFY(splits > 0);
    }

    void aboveEachPagesTextOnlyItsHeader_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("paragraphs");
        QTest::newRow("built-in, English") << u"en"_qs << false;
        QTest::newRow("built-in, Persian") << u"fa"_qs << false;
        QTest::newRow("long paragraphs") << u"en"_qs << true;
    }

    // A paragraph, list item or table cell that goes on over a page break is drawn on the
    // next page from its first line there: no line of the page before hides above the text,
    // clipped out of sight but in the PDF, where a search or a screen reader would find it
    // twice. Every page after the cover has the same running header above its text, and
    // nothing else.
    void aboveEachPagesTextOnlyItsHeader()
    {
        QFETCH(QString, language);
        QFETCH(bool, paragraphs);
        QString pdf;
        if (paragraphs) {
            ExportOptions options;
            options.language = language;
            pdf = m_dir.path() + u"/paragraphs-header.pdf"_qs;
            QString error;
            QVERIFY2(BriefingExporter(paragraphsBriefing(0), options).writePdf(pdf, &error),
                     qPrintable(error));
        } else {
            pdf = exportBuiltIn(language);
        }
        QVERIFY(!pdf.isEmpty());
        ExportOptions options;
        options.language = language;
        const QRectF content = PagedLayout(*m_briefing, options).content();
        const int top = int(content.top() * PointsPerUnit);
        const int bottom = int(std::ceil(content.bottom() * PointsPerUnit));
        const int pages = pageCount(pdf);
        QVERIFY(pages > 5);
        // The text of a band across the page, the page numbers taken out.
        const auto band = [&pdf](int page, int y, int height) {
            const QString n = QString::number(page);
            return normalized(run(u"pdftotext"_qs,
                {u"-f"_qs, n, u"-l"_qs, n, u"-y"_qs, QString::number(y), u"-W"_qs, u"2000"_qs,
                 u"-H"_qs, QString::number(height), pdf, u"-"_qs}))
                .remove(QRegularExpression(u"\\d"_qs, QRegularExpression::UseUnicodePropertiesOption));
        };
        const QString header = band(2, 0, top);
        const QString footer = band(2, bottom, 200);
        QVERIFY(!header.isEmpty() && !footer.isEmpty());
        for (int page = 3; page <= pages; ++page) {
            const QString above = band(page, 0, top);
            QVERIFY2(above == header, qPrintable(u"page %1: \"%2\" above the text, where the "
                                                 "header is \"%3\""_qs.arg(page).arg(above, header)));
            const QString below = band(page, bottom, 200);
            QVERIFY2(below == footer, qPrintable(u"page %1: \"%2\" below the text, where the "
                                                 "footer is \"%3\""_qs.arg(page).arg(below, footer)));
        }
    }

    // Two thousand events: the list runs over dozens of pages, each with the header row at its
    // top, no row split between two pages, and the contents still right.
    void longEventList()
    {
        const int count = 2000;
        const BriefingPtr briefing = longBriefing(count);
        ExportOptions options;
        options.language = u"en"_qs;
        const QString keep = qEnvironmentVariable("BRIEFING_EXPORT_KEEP");
        const QString pdf = (keep.isEmpty() ? m_dir.path() : keep) + u"/briefing-long.pdf"_qs;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(BriefingExporter(briefing, options).writePdf(pdf, &error), qPrintable(error));
        qInfo("exported %d events in %lld ms", count, timer.elapsed());
        verifyContents(pdf);
        if (QTest::currentTestFailed())
            return;

        int first = 0;
        int last = pageCount(pdf);
        const QList<OutlineEntry> entries = outline(pdf);
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).title == u"Timeline of events"_qs) {
                first = entries.at(i).page;
                if (i + 1 < entries.size())
                    last = entries.at(i + 1).page - 1;
            }
        }
        QVERIFY(first > 0);
        QVERIFY2(last - first >= 30, qPrintable(u"%1 to %2"_qs.arg(first).arg(last)));

        // pdftotext ends every page with a form feed; in its layout mode a table row is a line.
        const QStringList pages =
            run(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs}).split(u'\f');
        QVERIFY(pages.size() >= last);
        const QRegularExpression header(u"Date +Event +Lane"_qs);
        const QRegularExpression title(u"Recorded event (\\d+)\\b"_qs);
        const DateFormatter dates{QLocale(u"en"_qs)};
        QList<int> pageOfEvent(count, 0);
        for (int page = first; page <= last; ++page) {
            const QString text = pages.at(page - 1);
            QVERIFY2(header.match(text).hasMatch(), qPrintable(u"page %1"_qs.arg(page)));
            auto matches = title.globalMatch(text);
            while (matches.hasNext()) {
                const int event = matches.next().captured(1).toInt();
                QVERIFY(event >= 0 && event < count);
                QCOMPARE(pageOfEvent.at(event), 0);
                pageOfEvent[event] = page;
                // The row's date is on the same page as its title.
                const QString date = dates.format(briefing->events.at(event).date);
                QVERIFY2(text.contains(date), qPrintable(date + u" on page %1"_qs.arg(page)));
            }
        }
        QVERIFY(!pageOfEvent.contains(0));
        QVERIFY(std::is_sorted(pageOfEvent.cbegin(), pageOfEvent.cend()));
    }

    // A long events list is laid out and painted in parts, each dropped once its pages are
    // painted: the layout held at one time does not grow with the number of events.
    void longEventListHoldsABoundedLayout()
    {
        int fewPages = 0;
        int manyPages = 0;
        const int few = peakPagesHeld(*longBriefing(2000), &fewPages);
        const int many = peakPagesHeld(*longBriefing(5000), &manyPages);
        qInfo("held at most %d of %d pages (2,000 events), %d of %d (5,000)", few, fewPages,
              many, manyPages);
        QVERIFY2(manyPages > 2 * fewPages, qPrintable(u"%1, %2"_qs.arg(fewPages).arg(manyPages)));
        QVERIFY2(many <= few + 2, qPrintable(u"%1, %2"_qs.arg(few).arg(many)));
        QVERIFY2(many * 3 < manyPages, qPrintable(u"%1 of %2"_qs.arg(many).arg(manyPages)));
    }

    // The tensions, the places and the sources, like the events, are laid out in parts: three
    // times as many of each take three times the pages, and the layout held at once stays.
    void longListsHoldABoundedLayout()
    {
        int fewPages = 0;
        int manyPages = 0;
        const int few = peakPagesHeld(*longLists(400), &fewPages);
        const int many = peakPagesHeld(*longLists(1200), &manyPages);
        qInfo("held at most %d of %d pages (400 of each), %d of %d (1,200)", few, fewPages, many,
              manyPages);
        QVERIFY2(manyPages > 2 * fewPages, qPrintable(u"%1, %2"_qs.arg(fewPages).arg(manyPages)));
        QVERIFY2(many <= few + 2, qPrintable(u"%1, %2"_qs.arg(few).arg(many)));
        QVERIFY2(many * 3 < manyPages, qPrintable(u"%1 of %2"_qs.arg(many).arg(manyPages)));
    }

    // A long address is printed short: the PDF writes a link's whole address once for every
    // line its text takes (24 for 2,000 characters), which took a PDF of 15,601 such sources
    // past 2 GB. Each link still leads to the whole address, and the HTML copy shows it whole.
    void longAddressesArePrintedShort()
    {
        constexpr int count = 30;
        auto briefing = std::make_shared<Briefing>(*longLists(count));
        QStringList addresses;
        for (Source &source : briefing->sources) {
            source.url = u"https://example.org/%1/"_qs.arg(source.id);
            source.url += QString(2000 - source.url.size(), u'a');
            addresses << source.url;
        }
        const QString file = m_dir.filePath(u"long-addresses.pdf"_qs);
        QString error;
        QVERIFY2(BriefingExporter(briefing, {}).writePdf(file, &error), qPrintable(error));
        const QStringList found = links(file);
        QVERIFY2(found.size() <= 6 * count, qPrintable(QString::number(found.size())));
        QStringList distinct = found;
        distinct.removeDuplicates();
        distinct.sort();
        addresses.sort();
        QCOMPARE(distinct, addresses);
        const QString text = run(u"pdftotext"_qs, {file, u"-"_qs});
        QVERIFY(text.contains(u"https://example.org/s7/"_qs));
        QVERIFY(text.contains(QChar(0x2026)));
        QVERIFY(!text.contains(QString(200, u'a')));
        // The link and its text.
        QCOMPARE(BriefingExporter(briefing, {}).html().count(addresses.first()), 2);
    }

    void persianIsRightToLeftText()
    {
        const QString pdf = exportBuiltIn(u"fa"_qs);
        QVERIFY(!pdf.isEmpty());
        const QString all = normalized(run(u"pdftotext"_qs, {pdf, u"-"_qs}));
        const AgendaArea &area = m_briefing->agenda.first();
        const QString areaTitle = m_briefing->text(area.title, u"fa"_qs).text;
        QVERIFY(!areaTitle.isEmpty());
        for (const QString &word : areaTitle.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(all.contains(normalized(word)), qPrintable(word));
        // The footer counts in Persian digits.
        const QString footer = normalized(pageText(pdf, 3));
        QVERIFY2(footer.contains(u"۳"_qs), qPrintable(footer));
    }

    void letterPaper()
    {
        ExportOptions options;
        options.pageSize = QPageSize::Letter;
        const QString pdf = exportBuiltIn(u"en"_qs, options);
        QVERIFY(run(u"pdfinfo"_qs, {pdf}).contains(u"612 x 792 pts (letter)"_qs));
        const QString a4 = exportBuiltIn(u"en"_qs);
        QVERIFY(run(u"pdfinfo"_qs, {a4}).contains(u"(A4)"_qs));
    }

    void mapFigureTakesThePage_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::addColumn<double>("textWidth");  // millimetres: the page less its side margins
        QTest::addColumn<double>("textHeight"); // less the top and bottom margins
        QTest::newRow("A4") << QPageSize::A4 << 210.0 - 40 << 297.0 - 46;
        QTest::newRow("Letter") << QPageSize::Letter << 215.9 - 40 << 279.4 - 46;
    }

    // The map figure is as wide as the text and takes most of a page, not half of one with
    // the rest left blank: its legend and key are under the map, within it.
    void mapFigureTakesThePage()
    {
        QFETCH(QPageSize::PageSizeId, paper);
        QFETCH(double, textWidth);
        QFETCH(double, textHeight);
        QSizeF figure; // in millimetres on the page
        ExportOptions options;
        options.pageSize = paper;
        options.mapFigure = [&figure](QPainter *painter, const QRectF &rect) {
            const QRectF onPage = painter->transform().mapRect(rect);
            const double mmPerPixel = 25.4 / painter->device()->logicalDpiX();
            figure = onPage.size() * mmPerPixel;
        };
        QString error;
        QVERIFY2(BriefingExporter(m_briefing, options).writePdf(m_dir.filePath(u"map.pdf"_qs), &error),
                 qPrintable(error));
        QVERIFY2(std::abs(figure.width() - textWidth) < 0.5, qPrintable(QString::number(figure.width())));
        QVERIFY2(figure.height() > textHeight * 0.75, qPrintable(QString::number(figure.height())));
    }

    void scopeAgendaArea()
    {
        ExportOptions options;
        options.scope = ExportOptions::Scope::Area;
        const AgendaArea &area = m_briefing->agenda.at(1);
        options.areaId = area.id;
        const QString pdf = exportBuiltIn(u"en"_qs, options);
        const QList<OutlineEntry> entries = outline(pdf);
        // The area, the places and routes its items name, the sources.
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).title, en(area.title));
        const QString all = normalized(run(u"pdftotext"_qs, {pdf, u"-"_qs}));
        QVERIFY(all.contains(normalized(en(area.items.first().title))));
        // Another area's item may be named as related, but is not told.
        QVERIFY(!all.contains(normalized(en(m_briefing->agenda.at(0).items.first().text)).left(60)));
        QVERIFY(!all.contains(QLatin1String(TimelineMark)));
        // Only the sources this area and its places cite are listed.
        QSet<QString> cited;
        for (const AgendaItem &item : area.items) {
            for (const QString &id : item.sources)
                cited.insert(id);
            for (const QString &placeId : item.places) {
                for (const QString &id : m_briefing->place(placeId)->sources)
                    cited.insert(id);
            }
            for (const QString &lineId : item.lines) {
                for (const QString &id : m_briefing->line(lineId)->sources)
                    cited.insert(id);
            }
        }
        const QString last = u"[%1]"_qs.arg(cited.size());
        const QString beyond = u"[%1]"_qs.arg(cited.size() + 1);
        QVERIFY(all.contains(last));
        QVERIFY(!all.contains(beyond));
    }

    void scopeFilteredEvents()
    {
        ExportOptions options;
        options.scope = ExportOptions::Scope::Events;
        options.eventIds = {m_briefing->events.at(2).id, m_briefing->events.at(5).id};
        const QString pdf = exportBuiltIn(u"en"_qs, options);
        const QList<OutlineEntry> entries = outline(pdf);
        const bool namePlaces = !m_briefing->events.at(2).places.isEmpty()
            || !m_briefing->events.at(2).lines.isEmpty()
            || !m_briefing->events.at(5).places.isEmpty()
            || !m_briefing->events.at(5).lines.isEmpty();
        // The events, the places and routes they name, the sources.
        QCOMPARE(entries.size(), namePlaces ? 3 : 2);
        const QString all = normalized(run(u"pdftotext"_qs, {pdf, u"-"_qs}));
        QVERIFY(all.contains(normalized(en(m_briefing->events.at(2).title)).left(25)));
        QVERIFY(all.contains(normalized(en(m_briefing->events.at(5).title)).left(25)));
        // Another event may be named as related, but is not told.
        QVERIFY(!all.contains(normalized(en(m_briefing->events.at(3).text)).left(40)));
        QVERIFY(all.contains(QLatin1String(TimelineMark)));
    }

    void pdfLinksAreOnlyWebAddresses()
    {
        const QString file = m_dir.filePath(u"hostile.pdf"_qs);
        ExportOptions options;
        QString error;
        QVERIFY2(BriefingExporter(hostileBriefing(), options).writePdf(file, &error),
                 qPrintable(error));
        // A link broken over lines gives one annotation per line.
        QStringList found = links(file);
        found.sort();
        found.removeDuplicates();
        QCOMPARE(found, QStringList({u"http://example.com/"_qs,
                                     u"https://example.org/%C3%A4?q=1"_qs}));
        // Markup in document text stays text.
        const QString all = run(u"pdftotext"_qs, {file, u"-"_qs});
        QVERIFY(all.contains(u"<img src=x>"_qs));
        QVERIFY(all.contains(u"<b>not bold</b>"_qs));
        QVERIFY(all.contains(u"javascript:alert(1)"_qs));

        const QStringList builtIn = links(exportBuiltIn(u"en"_qs));
        QVERIFY(builtIn.size() >= 50);
        for (const QString &uri : builtIn)
            QVERIFY2(uri.startsWith(u"https://"_qs) || uri.startsWith(u"http://"_qs), qPrintable(uri));
    }

    // A cross-reference's page number is a link that opens that page, at the entry; the PDF
    // keeps no link to "#id" (which a reader would take for an address). Each link inside the
    // PDF is one number, whole: one link object for each cross-reference, which keeps a long
    // briefing's PDF and the memory its export takes small.
    void crossReferencesLinkToTheirPage()
    {
        const QString pdf = exportBuiltIn(u"en"_qs);
        QVERIFY(!pdf.isEmpty());
        QPDF document;
        document.processFile(pdf.toLocal8Bit().constData());
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        const auto pageNumber = [&pages](const QPDFObjectHandle &page) {
            for (size_t i = 0; i < pages.size(); ++i) {
                if (pages[i].getObjectHandle().getObjGen() == page.getObjGen())
                    return int(i) + 1;
            }
            return 0;
        };
        // Each word with its box, from pdftotext, in points from the page's top left.
        static const QRegularExpression wordBox(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_qs);
        static const QRegularExpression mark(u"^\\(p\\. (\\d+)\\)$"_qs);
        int inside = 0;
        int checked = 0;
        for (size_t index = 0; index < pages.size(); ++index) {
            QPDFPageObjectHelper page = pages[index];
            const QPDFObjectHandle::Rectangle box =
                page.getObjectHandle().getKey("/MediaBox").getArrayAsRectangle();
            const QString n = QString::number(index + 1);
            const QString xml = run(u"pdftotext"_qs,
                                    {u"-bbox"_qs, u"-f"_qs, n, u"-l"_qs, n, pdf, u"-"_qs});
            QList<std::pair<QRectF, QString>> words;
            for (const QRegularExpressionMatch &match : wordBox.globalMatch(xml)) {
                words.append({QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                                     QPointF(match.captured(3).toDouble(), match.captured(4).toDouble())),
                              match.captured(5)});
            }
            for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations("/Link")) {
                QPDFObjectHandle object = annotation.getObjectHandle();
                QPDFObjectHandle action = object.getKey("/A");
                if (action.isDictionary() && action.getKey("/URI").isString())
                    QVERIFY(!QString::fromStdString(action.getKey("/URI").getStringValue())
                                 .startsWith(u'#'));
                QPDFObjectHandle destination = object.getKey("/Dest");
                if (!destination.isArray())
                    continue;
                ++inside;
                const int target = pageNumber(destination.getArrayItem(0));
                QVERIFY(target > 0);
                const QPDFObjectHandle::Rectangle r = annotation.getRect();
                const QRectF area(QPointF(r.llx, box.ury - r.ury), QPointF(r.urx, box.ury - r.lly));
                QStringList text;
                for (const auto &[wordRect, word] : std::as_const(words)) {
                    if (area.contains(wordRect.center()))
                        text << word;
                }
                const QRegularExpressionMatch number = mark.match(text.join(u' '));
                if (number.hasMatch()) {
                    ++checked;
                    QCOMPARE(target, number.captured(1).toInt());
                }
            }
        }
        QVERIFY2(inside >= 400, qPrintable(QString::number(inside)));
        QVERIFY2(checked >= 200, qPrintable(QString::number(checked)));
        QCOMPARE(checked, inside);
    }

    void htmlIsSelfContainedAndEscaped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_qs;
        QTest::newRow("Persian") << u"fa"_qs;
    }

    void htmlIsSelfContainedAndEscaped()
    {
        QFETCH(QString, language);
        ExportOptions options;
        options.language = language;
        options.timelineFigure = markTimeline(TimelineMark);
        options.mapFigure = markFigure(MapMark);
        const QString html = BriefingExporter(m_briefing, options).html();
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_qs));
        QVERIFY(html.contains(u"<html lang=\"%1\" dir=\"%2\">"_qs.arg(
            language, language == u"fa"_qs ? u"rtl"_qs : u"ltr"_qs)));
        QCOMPARE(html.count(u"<svg"_qs), 2);
        QVERIFY(html.contains(QLatin1String(TimelineMark)));
        QVERIFY(html.contains(m_briefing->text(m_briefing->title, language).text.toHtmlEscaped()));
        for (const QString &external : {u"<link"_qs, u"<script"_qs, u"<img"_qs, u"<iframe"_qs,
                                        u"<object"_qs, u"src="_qs, u"url("_qs, u"@import"_qs,
                                        u"<!DOCTYPE svg"_qs, u"<?xml"_qs})
            QVERIFY2(!html.contains(external, Qt::CaseInsensitive), qPrintable(external));

        const QString hostile = BriefingExporter(hostileBriefing(), {}).html();
        QVERIFY(hostile.contains(u"&lt;img src=x&gt; Visit &amp; talks"_qs));
        QVERIFY(hostile.contains(u"Trade &lt;script&gt;"_qs));
        for (const QString &external : {u"<img"_qs, u"<script"_qs, u"src=\""_qs, u"<b>"_qs,
                                        u"href=\"javascript"_qs, u"href=\"file"_qs,
                                        u"href=\"data"_qs, u"href=\"ftp"_qs})
            QVERIFY2(!hostile.contains(external, Qt::CaseInsensitive), qPrintable(external));
        QVERIFY(hostile.contains(u"href=\"https://example.org/%C3%A4?q=1\""_qs));
        QVERIFY(!hostile.contains(u"href=\"https://example.org/a"_qs));
        QVERIFY(!hostile.contains(u"href=\"https://user@"_qs));

        const QString file = m_dir.filePath(u"copy-%1.html"_qs.arg(language));
        QString error;
        QVERIFY2(BriefingExporter(m_briefing, options).writeHtml(file, &error), qPrintable(error));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), html);
    }

    // Severity and status are chips in the export, and each chip carries its word: the PDF's
    // text and the HTML copy both say it.
    void chipsCarryTheirWords()
    {
        const QString pdf = exportBuiltIn(u"en"_qs);
        QVERIFY(!pdf.isEmpty());
        const QString all = normalized(run(u"pdftotext"_qs, {pdf, u"-"_qs}));
        const QString html = BriefingExporter(m_briefing, {}).html();
        for (const Tension &tension : m_briefing->tensions) {
            const QString meta = u"Severity: %1 · Status: %2"_qs.arg(
                Vocabulary::name(tension.severity), Vocabulary::name(tension.status));
            QVERIFY2(all.contains(meta), qPrintable(meta));
            QVERIFY(html.contains(ChipStyle::html(Vocabulary::name(tension.severity),
                                                  ChipStyle::of(tension.severity))));
        }
        for (const Outcome &outcome : m_briefing->outcomes) {
            const QString status = u"Status: %1"_qs.arg(Vocabulary::name(outcome.status));
            QVERIFY2(all.contains(status), qPrintable(status));
            QVERIFY(html.contains(ChipStyle::html(Vocabulary::name(outcome.status),
                                                  ChipStyle::of(outcome.status))));
        }
    }

    // Text that Persian lacks is shown in English, marked, and isolated: its full stop stays at
    // its end (not ".Ferry routes reopened") in the PDF and in the HTML copy.
    void fallbackIsMarkedAndIsolated()
    {
        const BriefingPtr briefing = withEnglishFallbacks(m_briefing);
        ExportOptions options;
        options.language = u"fa"_qs;
        const QString pdf = m_dir.filePath(u"fallback-fa.pdf"_qs);
        QString error;
        QVERIFY2(BriefingExporter(briefing, options).writePdf(pdf, &error), qPrintable(error));
        const QString layout = run(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs});
        const QString label = FallbackMark::label({u"x"_qs, u"en"_qs}, u"fa"_qs);
        for (const QString &text : {u"The presidency said the talks went well."_qs,
                                    u"Ferry routes reopened."_qs, u"Ahead of the visit."_qs}) {
            const QString start = text.left(12);
            bool found = false;
            for (const QString &line : layout.split(u'\n')) {
                if (!line.contains(start))
                    continue;
                found = true;
                QVERIFY2(normalized(line).contains(text), qPrintable(line));
                QVERIFY2(!line.contains(u'.' + start), qPrintable(line));
            }
            QVERIFY2(found, qPrintable(text));
        }
        QVERIFY(normalized(layout).contains(label));

        const QString html = BriefingExporter(briefing, options).html();
        QVERIFY(html.contains(u"<bdi>Ferry routes reopened.</bdi> "_qs + FallbackMark::html(label).mid(1)));
        QVERIFY(html.contains(u"<bdi>Ahead of the visit.</bdi>"_qs));
        QVERIFY(html.contains(u"<title>"_qs + m_briefing->text(m_briefing->title, u"fa"_qs).text.toHtmlEscaped()));
        QVERIFY(!html.contains(QChar(0xFDD0)));
        // English pages have no mark.
        QVERIFY(!BriefingExporter(briefing, {}).html().contains(label));
    }

    // Persian and Latin paragraphs keep one rhythm: their lines stand the same distance apart.
    // The words of a Persian line and the spaces and punctuation between them come from one
    // font, so that the line is one run of glyphs, not one run a word: the Persian PDF was
    // 1.7 times the size of the English one, each run writing its position, colour and font
    // anew. A Latin name inside the Persian text is a run of its own, in Noto Sans.
    void persianLinesAreWholeRunsOfGlyphs()
    {
        const QString english = exportBuiltIn(u"en"_qs);
        const QString persian = exportBuiltIn(u"fa"_qs);
        QVERIFY(!english.isEmpty() && !persian.isEmpty());
        const int latinRuns = textObjects(english);
        const int arabicRuns = textObjects(persian);
        QVERIFY(latinRuns > 100);
        // Brackets, dashes and the like come from the Arabic font too and end no run. Each
        // cross-reference's page number is a run of its own in both languages.
        QVERIFY2(5 * arabicRuns < 13 * latinRuns,
                 qPrintable(u"%1 text objects in Persian, %2 in English"_qs.arg(arabicRuns)
                                .arg(latinRuns)));
        const qint64 latinBytes = QFileInfo(english).size();
        const qint64 arabicBytes = QFileInfo(persian).size();
        QVERIFY2(arabicBytes < latinBytes * 3 / 2,
                 qPrintable(u"%1 bytes in Persian, %2 in English"_qs.arg(arabicBytes)
                                .arg(latinBytes)));
        const QString all = normalized(run(u"pdftotext"_qs, {persian, u"-"_qs}));
        QVERIFY(all.contains(u"INSTC"_qs));
        QVERIFY(all.contains(u"Briefing Viewer"_qs));
    }

    void persianAndLatinShareALineHeight()
    {
        const QString english = exportBuiltIn(u"en"_qs);
        const QString persian = exportBuiltIn(u"fa"_qs);
        QVERIFY(!english.isEmpty() && !persian.isEmpty());
        const double latin = linePitch(english, 3, 8);
        const double arabic = linePitch(persian, 3, 8);
        QVERIFY(latin > 5 && arabic > 5);
        QVERIFY2(arabic / latin < 1.1 && arabic / latin > 0.9,
                 qPrintable(u"%1 and %2"_qs.arg(arabic).arg(latin)));
    }

    // The Persian cover gives the visit's date in the Solar Hijri calendar and, for a reader
    // matching foreign sources, in the Gregorian one; the citations count in Persian digits.
    void persianDatesAndDigits()
    {
        const QString pdf = exportBuiltIn(u"fa"_qs);
        QVERIFY(!pdf.isEmpty());
        const QString cover = normalized(pageText(pdf, 1));
        const DateFormatter dates{QLocale(u"fa"_qs)};
        for (const QString &date : {dates.format(m_briefing->visit.date),
                                    dates.formatGregorian(m_briefing->visit.date)}) {
            for (const QString &word : date.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(cover.contains(normalized(word)), qPrintable(word + u"\n"_qs + cover));
        }
        QVERIFY(cover.contains(u"۲۰۲۵"_qs));
        const QString all = run(u"pdftotext"_qs, {pdf, u"-"_qs});
        const QRegularExpression persianCitation(u"\\[[۰-۹]+(\\s*،\\s*[۰-۹]+)*\\]"_qs);
        const QRegularExpression latinCitation(u"\\[[0-9]+(\\s*[،,]\\s*[0-9]+)*\\]"_qs);
        QVERIFY(persianCitation.match(all).hasMatch());
        QVERIFY2(!latinCitation.match(all).hasMatch(),
                 qPrintable(latinCitation.match(all).captured()));
        ExportOptions persianOptions;
        persianOptions.language = u"fa"_qs;
        const QString html = BriefingExporter(m_briefing, persianOptions).html();
        QVERIFY(persianCitation.match(html).hasMatch());
        QVERIFY(!latinCitation.match(html).hasMatch());
    }

    // A failed export leaves the earlier file as it was and says why.
    void failedExportLeavesTargetUntouched()
    {
        const QString old = m_dir.filePath(u"old.pdf"_qs);
        {
            QFile file(old);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("earlier export");
        }
        ExportOptions options;
        options.cancelled = [] { return true; };
        QString error;
        QVERIFY(!BriefingExporter(m_briefing, options).writePdf(old, &error));
        QVERIFY(!error.isEmpty());
        QFile file(old);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier export"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"old.pdf*"_qs}, QDir::Files | QDir::Hidden),
                 QStringList{u"old.pdf"_qs});

        // A folder that cannot be written: its "parent" is a regular file.
        const QString impossible = old + u"/briefing.pdf"_qs;
        error.clear();
        QVERIFY(!BriefingExporter(m_briefing, {}).writePdf(impossible, &error));
        QVERIFY2(error.contains(u"briefing.pdf"_qs), qPrintable(error));
        QVERIFY(!BriefingExporter(m_briefing, {}).writeHtml(impossible, &error));

        // A directory where the file should be.
        const QString folder = m_dir.filePath(u"folder.pdf"_qs);
        QVERIFY(QDir().mkpath(folder + u"/inside"_qs));
        error.clear();
        QVERIFY(!BriefingExporter(m_briefing, {}).writePdf(folder, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(folder + u"/inside"_qs).isDir());
    }
};

QTEST_MAIN(TestBriefingExporter)
#include "tst_briefingexporter.moc"
