#include "document/briefingreader.h"
#include "models/briefingsearch.h"
#include "models/searchresultmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Searching the whole briefing: where each hit is and where it leads.
class TestBriefingSearch : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_fiji;
    BriefingPtr m_builtIn;

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
