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
        checkWords(Vocabulary::placeKinds(), 6);
        checkWords(Vocabulary::lineKinds(), 6);
        checkWords(Vocabulary::severities(), 3);
        checkWords(Vocabulary::tensionStatuses(), 3);
        checkWords(Vocabulary::outcomeStatuses(), 4);
        checkWords(Vocabulary::confidences(), 3);
    }

    void anUnstatedConfidenceSaysNothing()
    {
        QVERIFY(Vocabulary::name(TimelineEvent::Confidence::Unstated).isEmpty());
    }

    void namesAreTheInterfaceWords()
    {
        QCOMPARE(Vocabulary::name(Place::Kind::BorderCrossing), u"Border crossing"_qs);
        QCOMPARE(Vocabulary::name(Outcome::Status::NotReached), u"Not reached"_qs);
        QCOMPARE(Vocabulary::name(TimelineEvent::Confidence::PartlyVerified), u"Partly verified"_qs);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
