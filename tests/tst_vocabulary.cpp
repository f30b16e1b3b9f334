#include "document/vocabulary.h"

#include <QSet>
#include <QTest>

// Each closed choice of the format once: every value has one keyword and one name, no two
// values share either, and the validator reads exactly these keywords.
class TestVocabulary : public QObject
{
    Q_OBJECT

    template <typename Enum>
    static void checkWords(const Vocabulary::Words<Enum> &words, int valueCount)
    {
        QSet<QString> keywords;
        QSet<int> values;
        QSet<QString> names;
        for (const auto &[keyword, value] : words) {
            QVERIFY2(!keyword.isEmpty() && keyword == keyword.toLower(), qPrintable(keyword));
            keywords.insert(keyword);
            values.insert(int(value));
            const QString name = Vocabulary::name(value);
            QVERIFY2(!name.isEmpty(), qPrintable(keyword));
            names.insert(name);
        }
        QCOMPARE(keywords.size(), words.size());
        QCOMPARE(values.size(), valueCount);
        QCOMPARE(names.size(), words.size());
    }

private Q_SLOTS:
    void everyValueHasOneKeywordAndOneName()
    {
        checkWords(Vocabulary::placeKinds(), 9);
        checkWords(Vocabulary::lineKinds(), 7);
        checkWords(Vocabulary::severities(), 3);
        checkWords(Vocabulary::tensionStatuses(), 4);
        checkWords(Vocabulary::outcomeStatuses(), 5);
        checkWords(Vocabulary::confidences(), 3);
        checkWords(Vocabulary::areaKinds(), 4);
        checkWords(Vocabulary::stepKinds(), 2);
        checkWords(Vocabulary::travelModes(), 4);
    }

    void anUnstatedConfidenceSaysNothing()
    {
        QVERIFY(Vocabulary::name(Confidence::Unstated).isEmpty());
    }

    void namesAreTheInterfaceWords()
    {
        QCOMPARE(Vocabulary::name(Place::Kind::BorderCrossing), u"Border crossing"_qs);
        QCOMPARE(Vocabulary::name(Outcome::Status::NotReached), u"Not reached"_qs);
        QCOMPARE(Vocabulary::name(Confidence::PartlyVerified), u"Partly verified"_qs);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
