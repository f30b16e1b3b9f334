#include "document/briefingreader.h"

#include <QRegularExpression>
#include <QTest>

// The built-in briefing in its three languages: every text is there in each, the Persian has
// no English left where a Persian word belongs, and the Azerbaijani uses its own letters.
class TestBriefingTranslations : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_briefing;
    QList<std::pair<QString, LocalizedText>> m_texts;

    void collect(const QString &where, const LocalizedText &text)
    {
        if (!text.isEmpty())
            m_texts.append({where, text});
    }

    void collectEntry(const Entry &entry)
    {
        collect(entry.id, entry.title);
        collect(entry.id, entry.text);
        collect(entry.id, entry.note);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(result.briefing);
        QVERIFY(result.problems.isEmpty()); // a missing translation would be a warning
        m_briefing = result.briefing;
        const Briefing &b = *m_briefing;
        QCOMPARE(b.languages, QStringList({u"en"_qs, u"az"_qs, u"fa"_qs}));
        collect(u"title"_qs, b.title);
        collect(u"subtitle"_qs, b.subtitle);
        collect(u"summary"_qs, b.summary);
        collect(u"visit"_qs, b.visit.purpose);
        collect(u"visit"_qs, b.visit.kind);
        for (const Country &c : b.countries)
            collect(c.id, c.name);
        for (const Person &p : b.people) {
            collect(p.id, p.name);
            collect(p.id, p.role);
        }
        for (const AgendaArea &area : b.agenda) {
            collect(area.id, area.title);
            collect(area.id, area.summary);
            for (const AgendaItem &item : area.items)
                collectEntry(item);
        }
        for (const Tension &t : b.tensions)
            collectEntry(t);
        for (const BackgroundSection &s : b.background)
            collectEntry(s);
        for (const Outcome &o : b.outcomes)
            collectEntry(o);
        for (const TimelineEvent &e : b.events)
            collectEntry(e);
        for (const Place &p : b.places) {
            collect(p.id, p.name);
            collect(p.id, p.note);
        }
        for (const MapLine &l : b.lines) {
            collect(l.id, l.name);
            collect(l.id, l.note);
        }
        for (const Lane &l : b.lanes)
            collect(l.id, l.title);
        for (const Period &p : b.periods)
            collect(p.id, p.title);
        QVERIFY(m_texts.size() > 250);
    }

    void everyTextInEveryLanguage()
    {
        for (const auto &[where, text] : std::as_const(m_texts)) {
            for (const QString &language : m_briefing->languages) {
                QVERIFY2(!text.exact(language).trimmed().isEmpty(),
                         qPrintable(where + u" lacks "_qs + language));
            }
            QVERIFY2(text.exact(u"fa"_qs) != text.exact(u"en"_qs) || text.exact(u"en"_qs).size() < 6,
                     qPrintable(where + u": the Persian is the English"_qs));
        }
    }

    void persianHasNoEnglishLeft()
    {
        // Latin letters may stay in Persian text only as abbreviations (INSTC, COP29), web
        // addresses and outlet names that have no Persian form (Day.Az); any other Latin word
        // is an English leftover.
        static const QRegularExpression allowed(QStringLiteral(
            "\\b(JAM-\\x{2060}?news|ExBulletin|AzTV|de-academic|anewz\\.tv)\\b|"
            "(?i:\\b[\\w.-]+\\.(az|tv|com|ru|net|org|ir)\\b)|"
            "\\b[A-Z][A-Z0-9-]{1,9}\\b"));
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
        for (const auto &[where, text] : std::as_const(m_texts)) {
            QString persian = text.exact(u"fa"_qs);
            persian.remove(allowed);
            const auto match = latin.match(persian);
            QVERIFY2(!match.hasMatch(),
                     qPrintable(where + u": \""_qs + match.captured() + u"\" in "_qs
                                + text.exact(u"fa"_qs)));
            QVERIFY2(!text.exact(u"fa"_qs).contains(QChar(0x064A))
                         && !text.exact(u"fa"_qs).contains(QChar(0x0643)),
                     qPrintable(where + u": Arabic yeh or kaf in Persian text"_qs));
        }
    }

    void azerbaijaniUsesItsOwnLetters()
    {
        static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
        // Letters of neighbouring alphabets that look right but are wrong in Azerbaijani.
        static const QRegularExpression lookAlikes(QStringLiteral("[äÄâÂîÎûÛ]"));
        int schwa = 0;
        for (const auto &[where, text] : std::as_const(m_texts)) {
            const QString az = text.exact(u"az"_qs);
            QVERIFY2(!cyrillic.match(az).hasMatch(), qPrintable(where + u": Cyrillic in "_qs + az));
            QVERIFY2(!lookAlikes.match(az).hasMatch(), qPrintable(where + u": "_qs + az));
            schwa += int(az.count(u'ə') + az.count(u'Ə'));
        }
        QVERIFY(schwa > 500); // Azerbaijani prose without ə is not Azerbaijani
    }

    void establishedSpellings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("az");
        QTest::addColumn<QString>("fa");
        QTest::newRow("Pezeshkian") << m_briefing->visit.visitors.first() << u"Pezeşkian"_qs << u"پزشکیان"_qs;
        QTest::newRow("Aliyev") << m_briefing->visit.hosts.first() << u"Əliyev"_qs << u"علی‌اف"_qs;
    }

    void establishedSpellings()
    {
        QFETCH(QString, id);
        QFETCH(QString, az);
        QFETCH(QString, fa);
        const Person *person = m_briefing->person(id);
        QVERIFY(person);
        QVERIFY2(person->name.exact(u"az"_qs).contains(az), qPrintable(person->name.exact(u"az"_qs)));
        QVERIFY2(person->name.exact(u"fa"_qs).contains(fa), qPrintable(person->name.exact(u"fa"_qs)));
    }

    void placeNames()
    {
        const auto nameContaining = [this](const QString &english) -> const Place * {
            for (const Place &place : m_briefing->places) {
                if (place.name.exact(u"en"_qs).contains(english))
                    return &place;
            }
            return nullptr;
        };
        const Place *nakhchivan = nameContaining(u"Nakhchivan"_qs);
        QVERIFY(nakhchivan);
        QVERIFY(nakhchivan->name.exact(u"az"_qs).contains(u"Naxçıvan"_qs));
        QVERIFY(nakhchivan->name.exact(u"fa"_qs).contains(u"نخجوان"_qs));
        bool araz = false;
        for (const MapLine &line : m_briefing->lines) {
            if (line.kind == MapLine::Kind::River) {
                araz = line.name.exact(u"az"_qs).contains(u"Araz"_qs)
                    && line.name.exact(u"fa"_qs).contains(u"ارس"_qs);
            }
        }
        QVERIFY(araz);
    }
};

QTEST_GUILESS_MAIN(TestBriefingTranslations)
#include "tst_briefingtranslations.moc"
