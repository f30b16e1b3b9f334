#include "models/textfolder.h"

#include <QTest>

// Search folding: what a reader types finds what the briefing says, in any of its scripts.
class TestTextFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("written");
        QTest::newRow("case") << u"baku"_qs << u"BAKU"_qs;
        QTest::newRow("schwa") << u"Eliyev"_qs << u"Əliyev"_qs;
        QTest::newRow("schwa lower") << u"pezeskian"_qs << u"Pezeşkian"_qs;
        QTest::newRow("dotless i") << u"baki"_qs << u"Bakı"_qs;
        QTest::newRow("dotted capital I") << u"ilham"_qs << u"İlham"_qs;
        QTest::newRow("cedilla and breve") << u"cagdas"_qs << u"çağdaş"_qs;
        QTest::newRow("umlauts") << u"ozunu gostermek"_qs << u"özünü göstərmək"_qs;
        QTest::newRow("typed with the letters") << u"Naxçıvan"_qs << u"naxcivan"_qs;
        QTest::newRow("latin accents") << u"cafe"_qs << u"Café"_qs;
        QTest::newRow("persian zwnj") << u"علیاف"_qs << u"علی‌اف"_qs;
        QTest::newRow("persian with zwnj typed") << u"علی‌اف"_qs << u"علیاف"_qs;
        QTest::newRow("persian diacritics") << u"پزشکیان"_qs << u"پِزِشکیان"_qs;
        QTest::newRow("arabic yeh and kaf") << u"پزشكيان"_qs << u"پزشکیان"_qs;
        QTest::newRow("alef with madda") << u"اذربایجان"_qs << u"آذربایجان"_qs;
        QTest::newRow("tatweel") << u"ارس"_qs << u"ارـــس"_qs;
    }

    void matches()
    {
        QFETCH(QString, typed);
        QFETCH(QString, written);
        QCOMPARE(TextFolder::fold(typed), TextFolder::fold(written));
    }

    void differences_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("different letters") << u"baku"_qs << u"bako"_qs;
        QTest::newRow("persian letters") << u"ارس"_qs << u"ارز"_qs;
        QTest::newRow("digits") << u"2024"_qs << u"2025"_qs;
    }

    void differences()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(TextFolder::fold(a) != TextFolder::fold(b));
    }
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
