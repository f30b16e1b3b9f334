#include "document/entryid.h"

#include <QTest>

// The one rule for an entry's id, which the validator and both importers ask.
class TestEntryId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << u"transport"_qs << true;
        QTest::newRow("digit first") << u"2025-visit"_qs << true;
        QTest::newRow("dots, dashes, underscores") << u"a.b-c_d"_qs << true;
        QTest::newRow("64 characters") << QString(64, u'a') << true;
        QTest::newRow("65 characters") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dash first") << u"-a"_qs << false;
        QTest::newRow("dot first") << u".a"_qs << false;
        QTest::newRow("space") << u"a b"_qs << false;
        QTest::newRow("slash") << u"a/b"_qs << false;
        QTest::newRow("Azerbaijani letter") << u"bakı"_qs << false;
        QTest::newRow("Persian digit") << u"a۱"_qs << false;
        // A regular expression ending in $ also matched before a final line break: the three
        // copies of the pattern let such an id through.
        QTest::newRow("final line break (used to pass)") << u"abc\n"_qs << false;
    }

    void isValid()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(EntryId::isValid(id), valid);
    }
};

QTEST_GUILESS_MAIN(TestEntryId)
#include "tst_entryid.moc"
