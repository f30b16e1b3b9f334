#include "document/briefingreader.h"
#include "models/briefingsearch.h"
#include "models/searchresultmodel.h"
#include "models/textfolder.h"
#include "testdata.h"
#include "v2briefing.h"

#include <QRegularExpression>

#include <QAbstractItemModelTester>
#include <QTest>

// Searching the whole briefing: where each hit is and where it leads.
class TestBriefingSearch : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_fiji;
    BriefingPtr m_builtIn;

    // Where the reader sees the match: the results' text column shows the snippet's start, and
    // a narrow panel cuts its end.
    static constexpr qsizetype VisibleStart = 30;

    // The snippet is the original text between word boundaries, ellipses where it was cut.
    static void checkCutBetweenWords(const QString &snippet, const QString &text)
    {
        const QString simplified = text.simplified();
        QString inner = snippet;
        const bool cutStart = inner.startsWith(u'…');
        const bool cutEnd = inner.endsWith(u'…');
        if (cutStart)
            inner.remove(0, 1);
        if (cutEnd)
            inner.chop(1);
        const qsizetype at = simplified.indexOf(inner);
        QVERIFY2(at >= 0, qPrintable(snippet));
        QCOMPARE(cutStart, at > 0);
        QCOMPARE(cutEnd, at + inner.size() < simplified.size());
        if (cutStart)
            QVERIFY2(simplified.at(at - 1).isSpace(), qPrintable(snippet));
        if (cutEnd)
            QVERIFY2(simplified.at(at + inner.size()).isSpace(), qPrintable(snippet));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fiji = BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                     .briefing;
        m_builtIn = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        QVERIFY(m_fiji);
        QVERIFY(m_builtIn);
    }

    void hits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstTab");
        QTest::addColumn<QString>("firstId");
        QTest::newRow("an event's title") << u"ferry refit"_qs << u"timeline"_qs << u"ev-ferry-refit"_qs;
        QTest::newRow("case and spaces") << u"  FERRY   refit "_qs << u"timeline"_qs << u"ev-ferry-refit"_qs;
        QTest::newRow("a place") << u"suva"_qs << u"overview"_qs << QString();
        QTest::newRow("a source address") << u"example.org/press"_qs << u"overview"_qs << QString();
    }

    void hits()
    {
        QFETCH(QString, query);
        QFETCH(QString, firstTab);
        QFETCH(QString, firstId);
        const BriefingSearch search(m_fiji, u"en"_qs);
        const auto found = search.find(query);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().tabKey, firstTab);
        QCOMPARE(found.first().id, firstId);
        QVERIFY(!found.first().snippet.isEmpty());
    }

    void everyHitContainsTheQuery()
    {
        const BriefingSearch search(m_builtIn, u"en"_qs);
        const auto found = search.find(u"Araz"_qs);
        QVERIFY(found.size() > 5);
        for (const auto &hit : found) {
            QVERIFY2(hit.snippet.contains(u"Araz"_qs, Qt::CaseInsensitive), qPrintable(hit.snippet));
            if (!hit.id.isEmpty())
                QVERIFY(m_builtIn->find(hit.id));
        }
    }

    // A word near the end of the longest text of the built-in briefing, in each language: the
    // snippet shows it near its start, among whole words.
    void snippetShowsAMatchAtTheEndOfALongText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_qs;
        QTest::newRow("Azerbaijani") << u"az"_qs;
        QTest::newRow("Persian") << u"fa"_qs;
    }

    void snippetShowsAMatchAtTheEndOfALongText()
    {
        QFETCH(QString, language);
        const Briefing &b = *m_builtIn;
        const Entry *longest = nullptr;
        QString text;
        for (const Tension &tension : b.tensions) {
            const QString t = b.text(tension.text, language).text;
            if (t.size() > text.size()) {
                longest = &tension;
                text = t;
            }
        }
        for (const BackgroundSection &section : b.background) {
            const QString t = b.text(section.text, language).text;
            if (t.size() > text.size()) {
                longest = &section;
                text = t;
            }
        }
        QVERIFY(longest);
        QVERIFY2(text.size() > 500, qPrintable(text));

        // The last word of five letters or more that occurs once in the entry: its only match
        // is near the end of the text.
        const QString all = TextFolder::fold(QString(b.text(longest->title, language).text + u'\n'
                                                     + text + u'\n'
                                                     + b.text(longest->note, language).text));
        QStringList words = text.split(
            QRegularExpression(u"[^\\w\\x{200C}]+"_qs,
                               QRegularExpression::UseUnicodePropertiesOption),
            Qt::SkipEmptyParts);
        QString term;
        while (!words.isEmpty() && term.isEmpty()) {
            const QString word = words.takeLast();
            const QString folded = TextFolder::fold(word);
            if (word.size() >= 5 && all.count(folded) == 1)
                term = word;
        }
        QVERIFY(!term.isEmpty());
        QVERIFY(text.lastIndexOf(term) > text.size() * 3 / 4);

        const auto found = BriefingSearch(m_builtIn, language).find(term);
        const auto hit = std::find_if(found.begin(), found.end(),
                                      [&](const auto &h) { return h.id == longest->id; });
        QVERIFY(hit != found.end());
        const QString snippet = hit->snippet;
        const qsizetype at = TextFolder::fold(snippet).indexOf(TextFolder::fold(term));
        QVERIFY2(at >= 0, qPrintable(snippet));
        QVERIFY2(at <= VisibleStart, qPrintable(snippet));
        QVERIFY(!snippet.contains(u'\n'));
        checkCutBetweenWords(snippet, text);
    }

    void snippetRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("match");
        const QString words = u"one two three four five six seven eight nine ten "_qs.repeated(8);
        QTest::newRow("at the end") << words + u"needle."_qs << u"needle"_qs;
        QTest::newRow("at the start") << u"needle "_qs + words << u"needle"_qs;
        QTest::newRow("in the middle") << words + u"needle "_qs + words << u"needle"_qs;
        QTest::newRow("inside a word") << words + u"haystackneedlehay "_qs + words << u"needle"_qs;
        QTest::newRow("short") << u"a needle here"_qs << u"needle"_qs;
        QTest::newRow("lines") << u"first line\n\nsecond line with the needle\nthird"_qs
                               << u"needle"_qs;
        QTest::newRow("persian") << u"این یک متن بلند است که "_qs.repeated(10) + u"سوزن"_qs
                                 << u"سوزن"_qs;
    }

    void snippetRule()
    {
        QFETCH(QString, text);
        QFETCH(QString, match);
        const TextFolder folder(text);
        const TextFolder::Span span = folder.original(
            folder.folded().indexOf(TextFolder::fold(match)), TextFolder::fold(match).size());
        const QString snippet = BriefingSearch::snippet(text, span);
        const qsizetype at = snippet.indexOf(match);
        QVERIFY2(at >= 0 && at <= VisibleStart, qPrintable(snippet));
        QVERIFY(snippet.size() < 140);
        if (QTest::currentDataTag() != QByteArrayLiteral("inside a word"))
            checkCutBetweenWords(snippet, text);
        else
            QVERIFY2(snippet.contains(u" haystackneedlehay "_qs), qPrintable(snippet));
    }

    // What version 2 adds is found like the rest: a place without a position, an area, a step
    // of the itinerary, a source's note; each hit leads to the tab that shows it.
    void findsWhatVersion2Adds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("tab");
        QTest::newRow("place without position") << u"clinic"_qs << V2Briefing::UnplacedId
                                                << u"map"_qs;
        QTest::newRow("area") << u"reef grounds"_qs << V2Briefing::AreaId << u"map"_qs;
        QTest::newRow("area in Persian") << u"آبسنگ قامیا"_qs << V2Briefing::AreaId << u"map"_qs;
        QTest::newRow("itinerary step") << u"flight to nadi"_qs << V2Briefing::LegId
                                        << u"overview"_qs;
        QTest::newRow("source note") << u"one outlet"_qs << QString() << u"overview"_qs;
    }

    void findsWhatVersion2Adds()
    {
        QFETCH(QString, query);
        QFETCH(QString, id);
        QFETCH(QString, tab);
        const bool persian = query.front().script() == QChar::Script_Arabic;
        const BriefingSearch search(V2Briefing::make(), persian ? u"fa"_qs : u"en"_qs);
        const QList<BriefingSearch::Hit> hits = search.find(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().id, id);
        QCOMPARE(hits.first().tabKey, tab);
    }

    void nothingAndBlank()
    {
        const BriefingSearch search(m_builtIn, u"en"_qs);
        QVERIFY(search.find(u"no such words anywhere"_qs).isEmpty());
        QVERIFY(search.find(u"   "_qs).isEmpty());
        QVERIFY(BriefingSearch().find(u"Baku"_qs).isEmpty());
    }

    void searchesTheContentLanguage()
    {
        // The Fiji briefing has Persian titles for some entries.
        const BriefingSearch persian(m_fiji, u"fa"_qs);
        const auto found = persian.find(u"تاب‌آوری"_qs);
        QVERIFY(!found.isEmpty());
        QVERIFY(BriefingSearch(m_fiji, u"en"_qs).find(u"تاب‌آوری"_qs).isEmpty());
    }

    void resultModel()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BriefingSearch search(m_builtIn, u"en"_qs);
        model.setHits(search.find(u"gas"_qs));
        QVERIFY(model.rowCount() > 3);
        QCOMPARE(model.columnCount(), int(SearchResultModel::ColumnCount));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBriefingSearch)
#include "tst_briefingsearch.moc"
