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

    // A match found in the folded text is placed on the text as written, whole characters with
    // their marks, so that a snippet quotes it and a page marks it where it is.
    void spans_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("plain") << u"The Araz river, the ARAZ"_qs << u"araz"_qs
                               << QStringList{u"Araz"_qs, u"ARAZ"_qs};
        QTest::newRow("azerbaijani letters") << u"Bakı və Naxçıvan"_qs << u"naxcivan"_qs
                                             << QStringList{u"Naxçıvan"_qs};
        QTest::newRow("combining accent kept") << u"a cafe\u0301 noir"_qs << u"café"_qs
                                               << QStringList{u"cafe\u0301"_qs};
        QTest::newRow("persian diacritics kept") << u"آقای پِزِشکیان"_qs << u"پزشکیان"_qs
                                                 << QStringList{u"پِزِشکیان"_qs};
        QTest::newRow("persian zwnj inside") << u"دیدار علی‌اف و پزشکیان"_qs << u"علیاف"_qs
                                             << QStringList{u"علی‌اف"_qs};
        QTest::newRow("arabic forms") << u"پزشكيان"_qs << u"پزشکیان"_qs
                                      << QStringList{u"پزشكيان"_qs};
        QTest::newRow("none") << u"Baku"_qs << u"tehran"_qs << QStringList{};
    }

    void spans()
    {
        QFETCH(QString, written);
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        const TextFolder folder(written);
        QCOMPARE(folder.folded(), TextFolder::fold(written));
        QStringList quoted;
        for (const TextFolder::Span &span : folder.findAll(TextFolder::fold(typed)))
            quoted.append(written.mid(span.start, span.length));
        QCOMPARE(quoted, found);
    }
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
