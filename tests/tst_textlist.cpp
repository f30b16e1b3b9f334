// Lists in the three languages: Persian without a comma before its last "و", as Persian editors
// write it; English and Azerbaijani as Qt's locale data joins them.
#include "document/textlist.h"

#include <QTest>

class TestTextList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void join_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("joined");
        QTest::newRow("en three") << u"en"_qs << QStringList{u"Iran"_qs, u"Azerbaijan"_qs, u"Israel"_qs}
                                  << u"Iran, Azerbaijan, and Israel"_qs;
        QTest::newRow("az three") << u"az"_qs << QStringList{u"İran"_qs, u"Azərbaycan"_qs, u"İsrail"_qs}
                                  << u"İran, Azərbaycan və İsrail"_qs;
        QTest::newRow("fa three") << u"fa"_qs << QStringList{u"ایران"_qs, u"جمهوری آذربایجان"_qs, u"اسرائیل"_qs}
                                  << u"ایران، جمهوری آذربایجان و اسرائیل"_qs;
        QTest::newRow("fa two") << u"fa"_qs << QStringList{u"ایران"_qs, u"ارمنستان"_qs}
                                << u"ایران و ارمنستان"_qs;
        QTest::newRow("fa one") << u"fa"_qs << QStringList{u"ایران"_qs} << u"ایران"_qs;
        QTest::newRow("fa none") << u"fa"_qs << QStringList{} << QString();
    }

    void join()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, parts);
        QFETCH(QString, joined);
        QCOMPARE(TextList::join(parts, QLocale(language)), joined);
    }

    void keepTogether()
    {
        QCOMPARE(TextList::keepTogether(u"JAM-news"_qs), u"JAM-\u2060news"_qs);
        QCOMPARE(TextList::keepTogether(u"IRNA"_qs), u"IRNA"_qs);
    }

    void comma()
    {
        QCOMPARE(TextList::comma(QLocale(u"fa"_qs)), u"، "_qs);
        QCOMPARE(TextList::comma(QLocale(u"az"_qs)), u", "_qs);
    }

    // Beside Persian digits a middle dot reads as the zero «۰»: Persian lines use a bar.
    void separator()
    {
        QCOMPARE(TextList::separator(QLocale(u"en"_qs)), u" · "_qs);
        QCOMPARE(TextList::separator(QLocale(u"az"_qs)), u" · "_qs);
        const QString persian = TextList::separator(QLocale(u"fa"_qs));
        QVERIFY(!persian.contains(u'·'));
        QCOMPARE(persian, u" | "_qs);
    }
};

QTEST_GUILESS_MAIN(TestTextList)
#include "tst_textlist.moc"
