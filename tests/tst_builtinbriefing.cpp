#include "document/briefingreader.h"

#include <QTest>

// The briefing compiled into the program: it loads without a single problem, its agenda is the
// visit's, and every entry can be checked against its sources.
class TestBuiltInBriefing : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_briefing;

    QString en(const LocalizedText &text) const { return m_briefing->text(text, u"en"_qs).text; }

private Q_SLOTS:
    void loadsWithoutProblems()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QStringList problems;
        for (const Problem &problem : result.problems)
            problems.append(problem.toString());
        QVERIFY2(result.problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(result.briefing);
        m_briefing = result.briefing;
    }

    void theVisit()
    {
        const Visit &visit = m_briefing->visit;
        QCOMPARE(visit.date.toIsoString(), u"2025-04-28"_qs);
        QCOMPARE(m_briefing->country(visit.guest)->iso3, u"IRN"_qs);
        QCOMPARE(m_briefing->country(visit.host)->iso3, u"AZE"_qs);
        QVERIFY(en(m_briefing->person(visit.visitors.first())->name).contains(u"Pezeshkian"_qs));
        QVERIFY(en(m_briefing->person(visit.hosts.first())->name).contains(u"Aliyev"_qs));
        const Place *baku = m_briefing->place(visit.place);
        QVERIFY(baku);
        QCOMPARE(baku->position.lat, 40.3777);
        QCOMPARE(baku->position.lon, 49.8920);
        QVERIFY(m_briefing->entry(visit.event));
        QVERIFY(visit.sources.size() >= 1);
    }

    void theAgendaIsTheArticles()
    {
        QStringList titles;
        for (const AgendaArea &area : m_briefing->agenda)
            titles.append(en(area.title).toLower());
        QCOMPARE(titles.size(), 4);
        QVERIFY(titles.at(0).contains(u"transport"_qs));
        QVERIFY(titles.at(1).contains(u"trade"_qs));
        QVERIFY(titles.at(2).contains(u"energy"_qs));
        QVERIFY(titles.at(3).contains(u"security"_qs));
        for (const AgendaArea &area : m_briefing->agenda)
            QVERIFY(!area.items.isEmpty());
    }

    void counts()
    {
        // Every row of the checked timeline is there; the facts list 30 rows and extra items.
        QVERIFY(m_briefing->events.size() >= 30);
        QVERIFY(m_briefing->tensions.size() >= 4);
        QVERIFY(m_briefing->background.size() >= 3);
        QVERIFY(m_briefing->outcomes.size() >= 3);
        QVERIFY(m_briefing->places.size() >= 19);
        QVERIFY(m_briefing->lines.size() >= 4);
    }

    void everyEntryCitesASource()
    {
        const auto check = [this](const Entry &entry) {
            QVERIFY2(!entry.sources.isEmpty(), qPrintable(entry.id));
            for (const QString &id : entry.sources)
                QVERIFY(m_briefing->source(id));
        };
        for (const AgendaArea &area : m_briefing->agenda) {
            for (const AgendaItem &item : area.items)
                check(item);
        }
        for (const Tension &tension : m_briefing->tensions)
            check(tension);
        for (const TimelineEvent &event : m_briefing->events)
            check(event);
        for (const Outcome &outcome : m_briefing->outcomes)
            check(outcome);
        for (const BackgroundSection &section : m_briefing->background)
            check(section);
    }

    void everySourceIsCitedAndIsAWebAddress()
    {
        QSet<QString> cited(m_briefing->visit.sources.cbegin(), m_briefing->visit.sources.cend());
        const auto collect = [&cited](const QStringList &ids) {
            for (const QString &id : ids)
                cited.insert(id);
        };
        for (const AgendaArea &area : m_briefing->agenda) {
            for (const AgendaItem &item : area.items)
                collect(item.sources);
        }
        for (const Tension &t : m_briefing->tensions)
            collect(t.sources);
        for (const TimelineEvent &e : m_briefing->events)
            collect(e.sources);
        for (const Outcome &o : m_briefing->outcomes)
            collect(o.sources);
        for (const BackgroundSection &s : m_briefing->background)
            collect(s.sources);
        for (const Place &p : m_briefing->places)
            collect(p.sources);
        for (const MapLine &l : m_briefing->lines)
            collect(l.sources);
        for (const Source &source : m_briefing->sources) {
            QVERIFY2(cited.contains(source.id), qPrintable(source.id));
            QVERIFY(source.url.startsWith(u"https://"_qs) || source.url.startsWith(u"http://"_qs));
        }
    }

    void datesKeepTheirPrecision()
    {
        // The checked facts give these with less than a day's precision.
        bool sawMonth = false;
        bool sawApproximate = false;
        for (const TimelineEvent &event : m_briefing->events) {
            sawMonth |= event.date.start().precision == FuzzyDate::Precision::Month
                || event.date.end().precision == FuzzyDate::Precision::Month;
            sawApproximate |= event.date.isApproximate();
        }
        QVERIFY(sawMonth);
        QVERIFY(sawApproximate);
    }

    void theGasDirectionIsStatedAndTheDisagreementNoted()
    {
        const AgendaArea *energy = nullptr;
        for (const AgendaArea &area : m_briefing->agenda) {
            if (en(area.title).toLower().contains(u"energy"_qs))
                energy = &area;
        }
        QVERIFY(energy);
        bool stated = false;
        for (const AgendaItem &item : energy->items) {
            const QString text = (en(item.title) + u' ' + en(item.text) + u' ' + en(item.note)).toLower();
            if (text.contains(u"to iran"_qs) && text.contains(u"via azerbaijan"_qs)
                && !item.note.isEmpty())
                stated = true;
        }
        QVERIFY2(stated, "the energy area must say Russian gas goes to Iran via Azerbaijan and "
                         "note that the article words it the other way");
    }
};

QTEST_GUILESS_MAIN(TestBuiltInBriefing)
#include "tst_builtinbriefing.moc"
