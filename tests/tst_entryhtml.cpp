#include "document/briefingreader.h"
#include "document/htmltext.h"
#include "document/textlist.h"
#include "document/vocabulary.h"
#include "document/weblink.h"
#include "models/chipstyle.h"
#include "models/entryhtml.h"
#include "models/fallbackmark.h"
#include "models/textfolder.h"
#include "testdata.h"
#include "tourbriefing.h"
#include "v2briefing.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QUrl>
#include <QTextBlock>
#include <QTextDocument>
#include <QLocale>
#include <QTest>

#include <algorithm>

// The HTML the pages show: document text never becomes markup, and only web addresses become
// outside links.
class TestEntryHtml : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimal()
    {
        QFile file(testDataPath(QStringLiteral("valid/minimal.briefing.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the minimal briefing");
        return file.readAll();
    }

private Q_SLOTS:
    void documentTextIsEscaped()
    {
        QByteArray data = minimal();
        data.replace("\"Minimal test briefing\"",
                     "\"<img src=\\\"/dev/zero\\\"><b>bold</b> & <a href='file:///etc/passwd'>x</a>\"");
        data.replace("\"agenda\": []",
                     "\"agenda\": [{\"id\": \"a\", \"title\": \"<script>alert(1)</script>\", "
                     "\"items\": [{\"id\": \"i\", \"title\": \"<h1>big</h1>\", \"text\": "
                     "\"<img src=x>\\n\\nsecond <style>p{}</style>\", \"sources\": [\"source-1\"]}]}]");
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(result.briefing);
        const EntryHtml html(result.briefing, u"en"_qs);
        const QString overview = html.overview();
        const QString item = html.entry(u"i"_qs);
        for (const QString &page : {overview, item}) {
            QVERIFY(!page.contains(u"<img"_qs));
            QVERIFY(!page.contains(u"<b>bold"_qs));
            QVERIFY(!page.contains(u"<script"_qs));
            QVERIFY(!page.contains(u"file:"_qs) || page.contains(u"&lt;a href=&#39;file:"_qs));
        }
        QVERIFY(overview.contains(u"&lt;img src=&quot;/dev/zero&quot;&gt;"_qs));
        QVERIFY(item.contains(u"&lt;h1&gt;big&lt;/h1&gt;"_qs));
        QVERIFY(item.contains(u"<p dir=\"ltr\">&lt;img src=x&gt;</p><p dir=\"ltr\">second &lt;style&gt;"_qs));
    }

    void onlyWebAddressesBecomeLinks()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        const QString overview = EntryHtml(result.briefing, u"en"_qs).overview();
        qsizetype at = 0;
        int links = 0;
        while ((at = overview.indexOf(u"href=\""_qs, at)) >= 0) {
            at += 6;
            const QString target = overview.mid(at, overview.indexOf(u'"', at) - at);
            QVERIFY2(target.startsWith(u"https://"_qs) || target.startsWith(u"http://"_qs)
                         || target.startsWith(u"briefing:"_qs),
                     qPrintable(target));
            ++links;
        }
        QVERIFY(links >= result.briefing->sources.size());
    }

    void internalLinks()
    {
        const QUrl link = EntryHtml::internalLink(u"ev-visit"_qs);
        QCOMPARE(EntryHtml::idFromLink(link), u"ev-visit"_qs);
        QCOMPARE(EntryHtml::idFromLink(QUrl(u"https://example.org/ev-visit"_qs)), QString());
    }

    // In a Persian pane, an English area's title on the line under an item's title keeps its
    // full stop at its end: it is isolated from the Persian line around it.
    void anEnglishAreaTitleIsIsolatedInAPersianLine()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        auto b = std::make_shared<Briefing>(*result.briefing);
        LocalizedText english;
        english.set(u"en"_qs, u"Trade and tariffs."_qs);
        b->agenda[0].title = english;
        b->buildIndex();
        const QString item = EntryHtml(b, u"fa"_qs).entry(b->agenda.at(0).items.at(0).id);
        QVERIFY2(item.contains(QChar(0x2068) + u"Trade and tariffs."_qs + QChar(0x2069)),
                 qPrintable(item));
        // In English it needs none.
        const QString inEnglish = EntryHtml(b, u"en"_qs).entry(b->agenda.at(0).items.at(0).id);
        QVERIFY(!inEnglish.contains(QChar(0x2068) + u"Trade and tariffs."_qs));
        QVERIFY(inEnglish.contains(u"Trade and tariffs."_qs));
    }

    void entryPages()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        const EntryHtml html(result.briefing, u"en"_qs);
        const Briefing &b = *result.briefing;
        for (const TimelineEvent &event : b.events)
            QVERIFY(html.entry(event.id).contains(HtmlText::escape(b.text(event.title, u"en"_qs).text)));
        for (const Place &place : b.places)
            QVERIFY(!html.entry(place.id).isEmpty());
        QVERIFY(html.entry(u"no-such-id"_qs).isEmpty());
        QVERIFY(html.entry(b.sources.first().id).isEmpty()); // a source has no page of its own
    }

    void fallbackIsMarked()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        const Briefing &b = *result.briefing;
        // An event whose title exists in English only.
        for (const TimelineEvent &event : b.events) {
            if (!event.title.has(u"fa"_qs)) {
                const QString page = EntryHtml(result.briefing, u"fa"_qs).entry(event.id);
                const QString mark =
                    FallbackMark::html(FallbackMark::label({{}, u"en"_qs}, u"fa"_qs));
                QVERIFY2(page.contains(mark), qPrintable(page));
                // The language is named as the program names it, without a territory.
                QVERIFY(mark.contains(u"English"_qs));
                QVERIFY(!page.contains(u"American"_qs));
                return;
            }
        }
        QFAIL("the test briefing should have an English-only event title");
    }

    // A source's title is in its own language: no "in English" mark after it, where every
    // other English-only text in a Persian page has one.
    void sourceTitlesCarryNoFallbackMark()
    {
        // The tour cites CCTV's transcripts by their Chinese titles.
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs));
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        const QString mark = FallbackMark::html(FallbackMark::label({{}, u"en"_qs}, u"fa"_qs));
        for (const AgendaArea &area : b.agenda) {
            for (const AgendaItem &item : area.items) {
                for (const QString &sourceId : item.sources) {
                    const Source *source = b.source(sourceId);
                    if (!source || source->title.has(u"fa"_qs))
                        continue;
                    const QString page = EntryHtml(result.briefing, u"fa"_qs).entry(item.id);
                    const QString title =
                        HtmlText::escape(TextList::isolated(b.text(source->title, u"fa"_qs).text));
                    QVERIFY2(page.contains(title), qPrintable(source->id));
                    QVERIFY2(!page.contains(title + mark), qPrintable(source->id));
                    return;
                }
            }
        }
        QFAIL("the tour briefing should cite a source with a title in one language only");
    }

    // The overview lists its outcomes and open tensions with how far each is verified, as
    // every list does.
    void overviewSaysHowFarEachIsVerified()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        const Briefing &b = *result.briefing;
        const QString text =
            HtmlText::toPlainText(EntryHtml(result.briefing, u"en"_qs).overview()).text.simplified();
        int checked = 0;
        for (const Outcome &outcome : b.outcomes) {
            if (outcome.confidence == Confidence::Unstated)
                continue;
            const QString line = b.text(outcome.title, u"en"_qs).text + u' '
                + Vocabulary::name(outcome.confidence);
            QVERIFY2(text.contains(line), qPrintable(line));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // The overview marks its fallbacks too: an English summary in a Persian overview ends with
    // the mark, and an English title in a Persian list is isolated, its full stop at its end.
    void overviewMarksFallbacks()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        auto briefing = std::make_shared<Briefing>(*result.briefing);
        LocalizedText summary;
        summary.set(u"en"_qs, u"The presidency said the talks went well."_qs);
        briefing->summary = summary;
        LocalizedText title;
        title.set(u"en"_qs, u"Ferry routes reopened."_qs);
        briefing->events.first().title = title;
        briefing->visit.event = briefing->events.first().id;
        briefing->buildIndex();
        const QString mark = FallbackMark::html(FallbackMark::label({{}, u"en"_qs}, u"fa"_qs));
        const QString page = EntryHtml(briefing, u"fa"_qs).overview();
        QVERIFY2(page.contains(u"went well."_qs + mark + u"</p>"_qs), qPrintable(page));
        QVERIFY2(page.contains(TextList::isolated(u"Ferry routes reopened."_qs) + u"</a>"_qs + mark),
                 qPrintable(page));
        QVERIFY(!EntryHtml(briefing, u"en"_qs).overview().contains(mark));
    }

    // Lists are punctuated in the page's script: a person's role and country are joined with
    // the Persian comma in Persian and with the Latin one elsewhere.
    void listsUseTheLanguagesComma()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        const Briefing &b = *result.briefing;
        const Person &person = b.people.first();
        QVERIFY(!person.country.isEmpty());
        const QString persian = EntryHtml(result.briefing, u"fa"_qs).overview();
        QVERIFY(persian.contains(HtmlText::escape(b.text(person.role, u"fa"_qs).text) + u"، "_qs));
        QVERIFY(!persian.contains(HtmlText::escape(b.text(person.role, u"fa"_qs).text) + u", "_qs));
        const QString english = EntryHtml(result.briefing, u"en"_qs).overview();
        QVERIFY(english.contains(HtmlText::escape(b.text(person.role, u"en"_qs).text) + u", "_qs));
    }

    // Sources are numbered in the page's digits: Qt would number an <ol> in Latin ones.
    void sourcesAreNumberedInTheLanguagesDigits()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        const Briefing &b = *result.briefing;
        const QString persian = EntryHtml(result.briefing, u"fa"_qs).overview();
        QVERIFY(!persian.contains(u"<ol"_qs));
        QVERIFY(persian.contains(u"<li>۱. "_qs));
        QVERIFY(persian.contains(u"<li>"_qs + QLocale(u"fa"_qs).toString(int(b.sources.size())) + u". "_qs));
        QVERIFY(!persian.contains(u"<li>1. "_qs));
        const QString english = EntryHtml(result.briefing, u"en"_qs).overview();
        QVERIFY(english.contains(u"<li>1. "_qs));
    }

    // Before a meeting the reader wants the visit, its programme, what it should bring and what
    // stands in its way; the fourteen people come after them.
    void overviewOpensWithWhatMatters()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        // As a reader sees it: the text without markup, one space for any run of spaces.
        const QString text = HtmlText::toPlainText(EntryHtml(result.briefing, u"en"_qs).overview())
                                 .text.simplified();
        const auto at = [&text](const QString &what) { return text.indexOf(what); };
        const qsizetype visit = at(u"Masoud Pezeshkian (Iran) visits Ilham Aliyev (Azerbaijan)"_qs);
        const qsizetype programme = at(u"Programme"_qs);
        const qsizetype outcomes = at(u"Expected outcomes"_qs);
        const qsizetype tensions = at(u"Open tensions"_qs);
        const qsizetype people = at(u"People"_qs);
        QVERIFY2(visit > 0, qPrintable(text.left(400)));
        QVERIFY(visit < programme);
        QVERIFY(programme < outcomes);
        QVERIFY(outcomes < tensions);
        QVERIFY(tensions < people);
        QVERIFY(people < at(u"Purpose"_qs));
        // The programme holds the day's itinerary, in its order.
        QVERIFY(!b.itinerary.isEmpty());
        qsizetype stepFrom = programme;
        for (const ItineraryStep &step : b.itinerary) {
            const qsizetype stepAt = text.indexOf(b.text(step.title, u"en"_qs).text, stepFrom);
            QVERIFY2(stepAt > stepFrom && stepAt < outcomes, qPrintable(step.id));
            stepFrom = stepAt;
        }
        // Every outcome with its status word; every unresolved tension with its severity word,
        // the most severe first; a resolved one is not there.
        for (const Outcome &outcome : b.outcomes) {
            const QString line = Vocabulary::name(outcome.status) + u' '
                + b.text(outcome.title, u"en"_qs).text;
            QVERIFY2(at(line) > outcomes && at(line) < tensions, qPrintable(line));
        }
        qsizetype previous = tensions;
        for (Tension::Severity severity : {Tension::Severity::High, Tension::Severity::Medium,
                                           Tension::Severity::Low}) {
            for (const Tension &tension : b.tensions) {
                const QString line = Vocabulary::name(tension.severity) + u' '
                    + b.text(tension.title, u"en"_qs).text;
                if (tension.severity != severity)
                    continue;
                if (tension.status == Tension::Status::Resolved) {
                    QVERIFY2(at(line) < 0, qPrintable(line));
                    continue;
                }
                QVERIFY2(at(line) > previous && at(line) < people, qPrintable(line));
                previous = at(line);
            }
        }
        // Every fact the overview had: kind, place, date, people, purpose, summary, sources.
        for (const QString &fact : {b.text(b.visit.kind, u"en"_qs).text, u"Baku"_qs,
                                    u"28 April 2025"_qs, u"Sources"_qs, u"Summary"_qs}) {
            QVERIFY2(at(fact) >= 0, qPrintable(fact));
        }
        for (const Person &person : b.people)
            QVERIFY(text.lastIndexOf(b.text(person.name, u"en"_qs).text) > people);
    }

    // A tour names every host country and says who received the guest in each.
    void tourNamesEveryHostCountry()
    {
        const QString text =
            HtmlText::toPlainText(EntryHtml(TourBriefing::make(), u"en"_qs).overview())
                .text.simplified();
        QVERIFY2(text.contains(u"(New Zealand) visits Fiji and Tonga"_qs), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Suva and Nuku'alofa"_qs));
        QVERIFY(text.contains(u"Host countries: Fiji, Tonga"_qs));
        QVERIFY2(text.contains(u"Received by: in Fiji: Losana Example (Minister of Foreign Affairs "
                               "(fictional)); in Tonga: Aisake Eke (Prime Minister)"_qs),
                 qPrintable(text.left(600)));
    }

    // One host country keeps the one line it always had.
    void oneHostCountryKeepsItsLine()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        const QString text = HtmlText::toPlainText(EntryHtml(result.briefing, u"en"_qs).overview())
                                 .text.simplified();
        QVERIFY(text.contains(u"visits Losana Example (Fiji)"_qs));
        QVERIFY(!text.contains(u"Received by"_qs));
        QVERIFY(!text.contains(u"Host countries"_qs));
    }

    // The programme: a heading per local day, each step under the day it begins on, in the
    // journey's order, with its time in the language's digits.
    void programmeByDay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("en") << u"en"_qs
                            << QStringList{u"Programme"_qs, u"28 April 2025"_qs,
                                           u"14:05–18:30"_qs, u"Talks in Suva"_qs,
                                           u"Met: Losana Example"_qs, u"21:00"_qs,
                                           u"Night drive to Nadi"_qs, u"from Suva to Nadi"_qs,
                                           u"By road"_qs, u"29 April 2025"_qs, u"09:30"_qs,
                                           u"Flight to Tonga"_qs, u"By air"_qs, u"14:00"_qs,
                                           u"Visit to Tonga"_qs, u"until 30 April 2025"_qs,
                                           u"Met: Aisake Eke"_qs, u"Expected outcomes"_qs};
        // 28 April 2025 is 8 Ordibehesht 1404.
        QTest::newRow("fa") << u"fa"_qs
                            << QStringList{u"۸ اردیبهشت ۱۴۰۴"_qs, u"۱۴:۰۵–۱۸:۳۰"_qs,
                                           u"گفت‌وگو در سووا"_qs, u"۲۱:۰۰"_qs,
                                           u"سفر شبانه به نادی"_qs, u"۹ اردیبهشت ۱۴۰۴"_qs,
                                           u"۰۹:۳۰"_qs, u"پرواز به تونگا"_qs, u"۱۴:۰۰"_qs,
                                           u"دیدار از تونگا"_qs};
    }

    void programmeByDay()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, order);
        QString text = HtmlText::toPlainText(EntryHtml(TourBriefing::make(), language).overview())
                           .text.simplified();
        text.remove(QChar(0x2068)).remove(QChar(0x2069));
        qsizetype previous = -1;
        for (const QString &part : std::as_const(order)) {
            const qsizetype at = text.indexOf(part, previous + 1);
            QVERIFY2(at > previous, qPrintable(part + u" in "_qs + text.left(1200)));
            previous = at;
        }
    }

    // The example tour file (format version 2) read as a reader gets it: every step under the
    // local day it begins on, in journey order, with its time; the hosts by country.
    void exampleTourFile()
    {
        const auto result =
            BriefingReader::readFile(testDataPath(u"valid/tour-example.briefing.json"_qs));
        QVERIFY(result.briefing);
        QString text = HtmlText::toPlainText(EntryHtml(result.briefing, u"en"_qs).overview())
                           .text.simplified();
        text.remove(QChar(0x2068)).remove(QChar(0x2069));
        QVERIFY2(text.contains(u"Host countries: Country B, Country C"_qs), qPrintable(text));
        qsizetype previous = -1;
        for (const QString &part :
             {u"Received by: in Country B:"_qs, u"in Country C:"_qs, u"Programme"_qs,
              u"10 March 2031"_qs, u"07:15 (UTC+1)"_qs, u"Flight to the capital of Country B"_qs,
              u"By air"_qs, u"11:00 (UTC+2)"_qs, u"Talks in the capital of Country B"_qs,
              u"11 March 2031"_qs, u"21:30 (UTC+2)"_qs,
              u"Overnight train to the capital of Country C"_qs,
              u"until 12 March 2031, 07:05 (UTC+3)"_qs, u"By train"_qs, u"12 March 2031"_qs,
              u"Meeting with the President of Country C"_qs}) {
            const qsizetype at = text.indexOf(part, previous + 1);
            QVERIFY2(at > previous, qPrintable(part + u" in "_qs + text));
            previous = at;
        }
    }

    // Each step links to its detail, as the overview's other entries do.
    void programmeStepsLink()
    {
        const QString html = EntryHtml(TourBriefing::make(), u"en"_qs).overview();
        for (const QString &id : {u"it-suva"_qs, u"it-suva-nadi"_qs, u"it-nadi-tonga"_qs,
                                  u"it-tonga"_qs}) {
            QVERIFY2(html.contains(u"href=\""_qs
                                   + QString::fromLatin1(EntryHtml::internalLink(id).toEncoded())
                                   + u'"'),
                     qPrintable(id));
        }
    }

    // A version 1 briefing has no itinerary: no day-by-day programme at all.
    void noItineraryNoProgrammeDays()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        QVERIFY(result.briefing->itinerary.isEmpty());
        const QString html = EntryHtml(result.briefing, u"en"_qs).overview();
        QVERIFY(!html.contains(u"<h4>"_qs));
        QVERIFY(!html.contains(u"Met:"_qs));
    }

    // The detail pane shows severity and status as chips that carry their words.
    void detailsShowChipsWithTheirWords()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(result.briefing);
        const EntryHtml html(result.briefing, u"en"_qs);
        for (const Tension &tension : result.briefing->tensions) {
            const QString page = html.entry(tension.id);
            QVERIFY(page.contains(ChipStyle::html(Vocabulary::name(tension.severity),
                                                  ChipStyle::of(tension.severity))));
            QVERIFY(page.contains(ChipStyle::html(Vocabulary::name(tension.status),
                                                  ChipStyle::of(tension.status))));
            QVERIFY(HtmlText::toPlainText(page).text.simplified().contains(
                u"Severity: "_qs + Vocabulary::name(tension.severity)));
        }
        for (const Outcome &outcome : result.briefing->outcomes) {
            QVERIFY(html.entry(outcome.id).contains(ChipStyle::html(
                Vocabulary::name(outcome.status), ChipStyle::of(outcome.status))));
        }
    }

    // Every kind of entry shows its confidence the same way: its word on its chip, last on the
    // line under the title; an entry without one shows none.
    void everyKindShowsItsConfidence_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("confidence");
        const BriefingPtr b = V2Briefing::make();
        QTest::newRow("agenda item") << b->agenda[0].items[0].id << int(Confidence::Verified);
        QTest::newRow("tension") << V2Briefing::TensionId << int(Confidence::Unverified);
        QTest::newRow("background") << b->background[0].id << int(Confidence::Unverified);
        QTest::newRow("outcome") << b->outcomes[0].id << int(Confidence::PartlyVerified);
        QTest::newRow("event") << u"ev-relief"_qs << int(Confidence::PartlyVerified);
        QTest::newRow("stop") << V2Briefing::StopId << int(Confidence::Verified);
        QTest::newRow("leg") << V2Briefing::LegId << int(Confidence::PartlyVerified);
        QTest::newRow("place") << b->places[2].id << int(Confidence::Verified);
        QTest::newRow("place without position") << V2Briefing::UnplacedId
                                                << int(Confidence::Unverified);
        QTest::newRow("line") << b->lines[0].id << int(Confidence::PartlyVerified);
        QTest::newRow("area") << V2Briefing::AreaId << int(Confidence::PartlyVerified);
        QTest::newRow("none stated") << b->agenda[0].items[1].id << int(Confidence::Unstated);
    }

    void everyKindShowsItsConfidence()
    {
        QFETCH(QString, id);
        QFETCH(int, confidence);
        const BriefingPtr b = V2Briefing::make();
        for (const QString &language : {u"en"_qs, u"fa"_qs}) {
            const QString page = EntryHtml(b, language).entry(id);
            QVERIFY(!page.isEmpty());
            if (confidence == int(Confidence::Unstated)) {
                const qsizetype meta = page.indexOf(u"<p class=\"meta\">"_qs);
                const QString line = page.mid(meta, page.indexOf(u"</p>"_qs, meta) - meta);
                for (const auto &word : Vocabulary::confidences())
                    QVERIFY(!line.contains(ChipStyle::of(word.second).fill));
                continue;
            }
            const auto value = Confidence(confidence);
            const QString chip = ChipStyle::html(Vocabulary::name(value), ChipStyle::of(value));
            QVERIFY2(page.contains(chip), qPrintable(page));
            // On the line under the title, its last part.
            const qsizetype meta = page.indexOf(u"<p class=\"meta\">"_qs);
            QVERIFY(meta >= 0);
            QVERIFY2(page.indexOf(u"</p>"_qs, meta) == page.indexOf(chip, meta) + chip.size(),
                     qPrintable(page.mid(meta, 300)));
        }
    }

    // An area has a page of its own: name, kind, outline, note, confidence, sources and the
    // entries that name it.
    void anAreaHasItsPage()
    {
        const BriefingPtr b = V2Briefing::make();
        const QString page = EntryHtml(b, u"en"_qs).entry(V2Briefing::AreaId);
        const QString text = HtmlText::toPlainText(page).text.simplified();
        for (const QString &expected : {u"Qamea reef grounds"_qs, u"Disputed area"_qs,
                                        u"approximate outline"_qs,
                                        u"Outline drawn from a fisheries map."_qs,
                                        u"Partly verified"_qs, u"Named by"_qs,
                                        u"Fishing grounds off Qamea"_qs, u"Sources"_qs}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" in: "_qs + text));
        }
        QVERIFY(page.contains(QString::fromLatin1(
            EntryHtml::internalLink(V2Briefing::TensionId).toEncoded())));
        // And the tension names it among its places, by its name.
        const QString tension = HtmlText::toPlainText(
            EntryHtml(b, u"en"_qs).entry(V2Briefing::TensionId)).text.simplified();
        QVERIFY2(tension.contains(u"Places and lines Qamea reef grounds"_qs), qPrintable(tension));
        QVERIFY2(tension.contains(u"Unknown"_qs), qPrintable(tension));
    }

    // A step of the itinerary shows when and where, how the guest travelled and whom they met.
    void itineraryStepsHaveTheirFields()
    {
        const BriefingPtr b = V2Briefing::make();
        const EntryHtml html(b, u"en"_qs);
        const QString stop = HtmlText::toPlainText(html.entry(V2Briefing::StopId)).text.simplified();
        for (const QString &expected : {u"Talks in Suva"_qs, u"28"_qs, u"Stop"_qs,
                                        u"Suva, Fiji"_qs, u"Met: "_qs, u"Verified"_qs}) {
            QVERIFY2(stop.contains(expected), qPrintable(expected + u" in: "_qs + stop));
        }
        const QString minister = b->text(b->person(u"person-fj-minister"_qs)->name, u"en"_qs).text;
        QVERIFY2(stop.contains(u"Met: "_qs + minister), qPrintable(stop));
        const QString leg = HtmlText::toPlainText(html.entry(V2Briefing::LegId)).text.simplified();
        for (const QString &expected : {u"Flight to Nadi"_qs, u"30 April 2025"_qs,
                                        u"from Suva to Nadi"_qs, u"By air"_qs, u"Partly verified"_qs}) {
            QVERIFY2(leg.contains(expected), qPrintable(expected + u" in: "_qs + leg));
        }
    }

    // A place that hundreds of entries name lists every one of them, in the file's order, as
    // one evenly spaced list: the list is written in runs (EntryHtml::ListRun) that meet
    // without a gap. The same for the sources an entry cites, numbered on across the runs.
    void longListsReadAsOne()
    {
        constexpr int count = 250;
        static_assert(count > 2 * EntryHtml::ListRun);
        QByteArray sources = "\"sources\": [";
        QByteArray cited;
        for (int i = 0; i < count; ++i) {
            const QByteArray id = "s" + QByteArray::number(i);
            sources += QByteArray(i ? ", " : "") + "{\"id\": \"" + id + "\", \"title\": \"Source "
                + QByteArray::number(i) + "\", \"publisher\": \"P\", "
                + "\"url\": \"https://example.org/" + id + "\"}";
            cited += QByteArray(i ? ", \"" : "\"") + id + '"';
        }
        sources += ']';
        QByteArray events = "\"agenda\": [], \"events\": [";
        for (int i = 0; i < count; ++i) {
            events += QByteArray(i ? ", " : "") + "{\"id\": \"e" + QByteArray::number(i)
                + "\", \"title\": \"Event " + QByteArray::number(i)
                + "\", \"date\": \"2025-01-01\", \"places\": [\"place-b\"], \"sources\": ["
                + (i ? QByteArray("\"s0\"") : cited) + "]}";
        }
        events += ']';
        QByteArray data = minimal();
        const qsizetype from = data.indexOf("\"sources\": [");
        data.replace(from, data.indexOf(']', from) + 1 - from, sources);
        data.replace("\"agenda\": []", events);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).message));
        const EntryHtml html(result.briefing, u"en"_qs);

        // The list items as the pane lays them out: their texts, and the distance from each
        // to the next.
        const auto listed = [](const QString &page, QStringList *texts, QList<double> *steps) {
            QTextDocument document;
            document.setTextWidth(600);
            document.setHtml(page);
            double previous = -1;
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                if (!block.textList())
                    continue;
                const double top = document.documentLayout()->blockBoundingRect(block).top();
                if (previous >= 0)
                    steps->append(top - previous);
                previous = top;
                texts->append(block.text());
            }
        };
        QStringList names;
        QList<double> steps;
        listed(html.entry(u"place-b"_qs), &names, &steps);
        QCOMPARE(names.size(), count);
        for (int i = 0; i < count; ++i)
            QVERIFY2(names.at(i).startsWith(u"Event %1 "_qs.arg(i)), qPrintable(names.at(i)));
        QCOMPARE(std::count(steps.cbegin(), steps.cend(), steps.first()), steps.size());

        QStringList cites;
        steps.clear();
        listed(html.entry(u"e0"_qs), &cites, &steps);
        QCOMPARE(cites.size(), count + 1); // and the one place the event names
        for (int i = 0; i < count; ++i)
            QVERIFY2(cites.at(i + 1).startsWith(u"%1. Source %2"_qs.arg(i + 1).arg(i)),
                     qPrintable(cites.at(i + 1)));
        QCOMPARE(std::count(steps.cbegin() + 1, steps.cend(), steps.at(1)), steps.size() - 1);
    }

    // A place the sources do not locate says so where a position would be, in every language,
    // and never shows the position it does not have.
    void aPlaceWithoutPositionSaysSo()
    {
        const BriefingPtr b = V2Briefing::make();
        const QString en = HtmlText::toPlainText(EntryHtml(b, u"en"_qs).entry(V2Briefing::UnplacedId))
                               .text.simplified();
        QVERIFY2(en.contains(u"Site · no position given · Not verified"_qs), qPrintable(en));
        QVERIFY(!en.contains(u"0°"_qs) && !en.contains(u"0.0000"_qs));
        const QString fa =
            HtmlText::toPlainText(EntryHtml(b, u"fa"_qs).entry(V2Briefing::UnplacedId)).text;
        QVERIFY(!fa.contains(u"۰°"_qs) && !fa.contains(u"0°"_qs));
    }

    // A source shows how far it is verified, and its note, wherever it is listed.
    void sourcesShowConfidenceAndNote()
    {
        const BriefingPtr b = V2Briefing::make();
        const Source &source = b->sources[1];
        const EntryHtml html(b, u"en"_qs);
        const QString chip = ChipStyle::html(Vocabulary::name(Confidence::Unverified),
                                             ChipStyle::of(Confidence::Unverified));
        // In an entry that cites it, and in the overview's list of sources.
        QString citing;
        for (const TimelineEvent &event : b->events) {
            if (event.sources.contains(source.id))
                citing = event.id;
        }
        QVERIFY(!citing.isEmpty());
        for (const QString &page : {html.entry(citing), html.overview()}) {
            QVERIFY(page.contains(chip));
            QVERIFY(HtmlText::toPlainText(page).text.contains(
                u"Only one outlet reported the figures."_qs));
        }
        // A source without either shows neither.
        const QString first = html.entry(u"ev-visit"_qs);
        QVERIFY(!first.contains(chip));
    }

    // The overview lists every source: a long address is shortened there, its link keeps the
    // whole address, and the page of an entry that cites the source shows it whole.
    void longAddressesAreShortenedInTheOverview()
    {
        auto b = std::make_shared<Briefing>(*V2Briefing::make());
        Source &source = b->sources[1];
        const QString address = u"https://example.org/long/"_qs + QString(1960, u'a')
            + u"/report.html"_qs;
        source.url = address;
        QString citing;
        for (const TimelineEvent &event : b->events) {
            if (event.sources.contains(source.id))
                citing = event.id;
        }
        QVERIFY(!citing.isEmpty());
        const EntryHtml html(b, u"en"_qs);
        QTextDocument overview;
        overview.setHtml(html.overview());
        const QString listed = overview.toPlainText();
        QVERIFY(!listed.contains(address));
        QVERIFY(listed.contains(WebLink::shortened(address)));
        QVERIFY(listed.contains(u"https://example.org/long/aaaa"_qs));
        QVERIFY(listed.contains(u"aaaa/report.html"_qs));
        QVERIFY(html.overview().contains(u"href=\""_qs + address + u'"'));
        QTextDocument entry;
        entry.setHtml(html.entry(citing));
        QVERIFY(entry.toPlainText().contains(address));
    }

    // A long list of sources reads as one list: no gap between one item and the next anywhere
    // (the overview builds it in runs, see numberedList()).
    void manySourcesAreOneEvenList()
    {
        auto b = std::make_shared<Briefing>(*V2Briefing::make());
        const Source model = b->sources.first();
        b->sources.clear();
        for (int i = 0; i < 250; ++i) {
            Source source = model;
            source.id = u"s%1"_qs.arg(i);
            source.note = {};
            source.confidence = Confidence::Unstated;
            source.date = {};
            b->sources << source;
        }
        b->buildIndex();
        QTextDocument document;
        document.setTextWidth(600);
        document.setHtml(EntryHtml(b, u"en"_qs).overview());
        QList<double> tops;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(QString::number(tops.size() + 1) + u". "_qs))
                tops << document.documentLayout()->blockBoundingRect(block).top();
        }
        QCOMPARE(tops.size(), 250);
        const double step = tops.at(1) - tops.at(0);
        QVERIFY(step > 0);
        for (int i = 1; i < tops.size(); ++i)
            QVERIFY2(qFuzzyCompare(tops.at(i) - tops.at(i - 1), step),
                     qPrintable(u"item %1: %2, not %3"_qs.arg(i + 1).arg(tops.at(i) - tops.at(i - 1)).arg(step)));
    }

    // The matches of a search are marked where they are, in any language; the text around and
    // inside the marks stays escaped data.
    void matchesAreMarked_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("typed");
        QTest::newRow("English") << u"en"_qs << u"Rail & <b>rail</b> links; the RAIL"_qs
                                 << u"rail"_qs;
        QTest::newRow("Azerbaijani") << u"az"_qs << u"Naxçıvan dəmir yolu, naxçıvan"_qs
                                     << u"naxcivan"_qs;
        QTest::newRow("Persian") << u"fa"_qs << u"راه‌آهن ارس و راه آهن"_qs << u"ارس"_qs;
    }

    void matchesAreMarked()
    {
        QFETCH(QString, language);
        QFETCH(QString, written);
        QFETCH(QString, typed);
        QByteArray data = minimal();
        const QByteArray agenda =
            QByteArray("\"agenda\": [{\"id\": \"a\", \"title\": \"Area\", \"items\": [{\"id\": "
                       "\"i\", \"title\": \"Item\", \"text\": \"")
            + written.toUtf8() + QByteArray("\", \"sources\": [\"source-1\"]}]}]");
        data.replace("\"agenda\": []", agenda);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(result.briefing);
        EntryHtml html(result.briefing, language);
        const QString plain = html.entry(u"i"_qs);
        QVERIFY(!plain.contains(u"class=\"match\""_qs));

        html.markMatches(typed);
        const QString page = html.entry(u"i"_qs);
        const TextFolder folder(written);
        const auto matches = folder.findAll(TextFolder::fold(typed));
        QVERIFY(!matches.isEmpty());
        QCOMPARE(page.count(u"<span class=\"match\">"_qs), matches.size());
        for (const TextFolder::Span &match : matches) {
            QVERIFY(page.contains(u"<span class=\"match\">"_qs
                                  + HtmlText::escape(written.mid(match.start, match.length))
                                  + u"</span>"_qs));
        }
        QCOMPARE(page.count(u"<a name=\"match\">"_qs), 1);
        QVERIFY(!page.contains(u"<b>"_qs));
        // Marking adds the marks and nothing else.
        QString unmarked = page;
        unmarked.remove(u"<a name=\"match\">"_qs).remove(u"</a>"_qs);
        unmarked.remove(u"<span class=\"match\">"_qs).remove(u"</span>"_qs);
        QString plainUnmarked = plain;
        plainUnmarked.remove(u"</a>"_qs).remove(u"</span>"_qs);
        QCOMPARE(unmarked, plainUnmarked);
    }

    // The window lays each paragraph out in its own text's direction, not the interface's.
    void paragraphsReadInTheirOwnDirection()
    {
        QByteArray data = minimal();
        const QString persian = u"گفت‌وگوها در باکو آغاز شد."_qs;
        const QByteArray agenda =
            QByteArray("\"agenda\": [{\"id\": \"a\", \"title\": \"Area\", \"items\": [{\"id\": "
                       "\"i\", \"title\": \"Item\", \"text\": \"The talks began.\\n\\n")
            + persian.toUtf8() + QByteArray("\", \"sources\": [\"source-1\"]}]}]");
        data.replace("\"agenda\": []", agenda);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QTextDocument document;
        document.setHtml(EntryHtml(result.briefing, u"en"_qs).entry(u"i"_qs));
        int checked = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.text() == persian) {
                QCOMPARE(block.textDirection(), Qt::RightToLeft);
                ++checked;
            } else if (block.text() == u"The talks began."_qs) {
                QCOMPARE(block.textDirection(), Qt::LeftToRight);
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
    }

    // A position south of the equator or west of Greenwich says so, in every language: never
    // "-18.1416° N".
    void positionsNameTheirHemisphere_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en south east") << u"en"_qs << u"place-suva"_qs << u"18.1416° S, 178.4419° E"_qs;
        QTest::newRow("en south west") << u"en"_qs << u"place-lomaloma"_qs << u"17.2900° S, 178.9900° W"_qs;
        // The same rule under Persian, untranslated here: the digits are the locale's.
        QTest::newRow("fa south east") << u"fa"_qs << u"place-suva"_qs << u"۱۸٫۱۴۱۶° S"_qs;
    }

    void positionsNameTheirHemisphere()
    {
        QFETCH(QString, language);
        QFETCH(QString, place);
        QFETCH(QString, expected);
        const auto result = BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        const QString page = HtmlText::toPlainText(EntryHtml(result.briefing, language).entry(place)).text;
        QVERIFY2(page.contains(expected), qPrintable(page));
        QVERIFY(!page.contains(u"-1"_qs) && !page.contains(u"−۱"_qs));
    }

    // In a Persian line, a Latin publisher and a web address are isolated, so that the date
    // after the publisher and the address's closing "/" stay where they belong.
    void sourcesKeepTheirDirection()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        const Source &source = b.sources.constFirst();
        const QString page = EntryHtml(result.briefing, u"fa"_qs).entry(b.agenda.constFirst().items.constFirst().id);
        const QString fsi(QChar(0x2068));
        const QString pdi(QChar(0x2069));
        QVERIFY2(page.contains(fsi + HtmlText::escape(TextList::keepTogether(source.publisher)) + pdi),
                 qPrintable(source.publisher));
        QVERIFY(page.contains(fsi + HtmlText::escape(QUrl(source.url).toDisplayString()) + pdi));
    }

    // People are a list, which mirrors under a right-to-left page; a rich-text table does not,
    // and its names stood at the far (left) end of a Persian page.
    void peopleMirrorUnderPersian()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(result.briefing);
        const QString overview = EntryHtml(result.briefing, u"fa"_qs).overview();
        QVERIFY(!overview.contains(u"<table"_qs));
        const Person &person = result.briefing->people.constFirst();
        QVERIFY(overview.contains(u"<li><b>"_qs
                                  + HtmlText::escape(result.briefing->text(person.name, u"fa"_qs).text)
                                  + u"</b>"_qs));
    }
};

QTEST_MAIN(TestEntryHtml) // a QGuiApplication: the lists are laid out with fonts
#include "tst_entryhtml.moc"
