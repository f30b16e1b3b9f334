#include "models/briefingselection.h"

#include <QSignalSpy>
#include <QTest>

// The shared selection and its Back/Forward history.
class TestBriefingSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectAndWalkHistory()
    {
        BriefingSelection selection;
        QSignalSpy changed(&selection, &BriefingSelection::currentChanged);
        QVERIFY(!selection.canGoBack());
        selection.select(u"a"_qs);
        selection.select(u"b"_qs);
        selection.select(u"c"_qs);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(selection.currentId(), u"c"_qs);
        QVERIFY(selection.canGoBack());
        QVERIFY(!selection.canGoForward());

        selection.back();
        QCOMPARE(selection.currentId(), u"b"_qs);
        selection.back();
        QCOMPARE(selection.currentId(), u"a"_qs);
        QVERIFY(!selection.canGoBack());
        selection.back(); // nothing further back: no change
        QCOMPARE(selection.currentId(), u"a"_qs);
        QCOMPARE(changed.size(), 5);

        selection.forward();
        QCOMPARE(selection.currentId(), u"b"_qs);
        // A new selection drops what lay ahead.
        selection.select(u"d"_qs);
        QVERIFY(!selection.canGoForward());
        selection.back();
        QCOMPARE(selection.currentId(), u"b"_qs);
    }

    void selectingTheSameIdIsNoChange()
    {
        BriefingSelection selection;
        QSignalSpy changed(&selection, &BriefingSelection::currentChanged);
        selection.select(u"a"_qs);
        selection.select(u"a"_qs);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!selection.canGoBack());
    }

    void retainKeepsWhatStillExists()
    {
        BriefingSelection selection;
        for (const char *id : {"a", "gone", "b", "c"})
            selection.select(QString::fromLatin1(id));
        selection.back(); // at b
        selection.retain([](const QString &id) { return id != u"gone"; });
        QCOMPARE(selection.currentId(), u"b"_qs);
        selection.back();
        QCOMPARE(selection.currentId(), u"a"_qs);
        selection.forward();
        selection.forward();
        QCOMPARE(selection.currentId(), u"c"_qs);

        selection.retain([](const QString &) { return false; });
        QVERIFY(selection.currentId().isEmpty());
        QVERIFY(!selection.canGoBack());
    }

    void historyIsBounded()
    {
        BriefingSelection selection;
        for (int i = 0; i < BriefingSelection::MaxHistory + 50; ++i)
            selection.select(QString::number(i));
        int steps = 0;
        while (selection.canGoBack()) {
            selection.back();
            ++steps;
        }
        QCOMPARE(steps, BriefingSelection::MaxHistory - 1);
    }
};

QTEST_GUILESS_MAIN(TestBriefingSelection)
#include "tst_briefingselection.moc"
